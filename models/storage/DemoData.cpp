#include "DemoData.h"

#include "Accounts.h"
#include "Database.h"
#include "Sql.h"
#include "Store.h"
#include "domain/Validation.h"
#include "domain/Verification.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <iterator>

namespace homeward {
namespace {

// One invented person. Names, numbers and contacts are fictional; the
// placeholder unit numbers (в/ч А00xx), document numbers starting with zeros
// and the telephone numbers with operator code 00 belong to nobody.
struct DemoPerson {
    const char *surname;
    const char *givenName;
    const char *patronymic;
    const char *birthDate; // ISO, possibly partial
    const char *birthPlace;
    Sex sex;
    Category category;
    const char *rank;
    const char *unit;
    const char *serviceNumber;
    const char *documentNumber;
    const char *region;
    const char *captureDate; // ISO
    const char *capturePlace;
    const char *detentionPlace;
    const char *health;
    const char *informName;
    const char *informContact;
    const char *notes;
};

constexpr Sex M = Sex::Male;
constexpr Sex F = Sex::Female;
constexpr Category S = Category::Serviceman;
constexpr Category C = Category::Civilian;

// Batch 1, we receive: 18 servicemen (two women) and 6 civilians.
const DemoPerson kFirstBatch[] = {
    {"Коваленко", "Андрій", "Петрович", "1991-04-12", "м. Харків", M, S, "старший солдат", "в/ч А0001", "Ю-000101",
     "АА000101", "Харківська область", "2022-05-20", "м. Маріуполь", "СІЗО, м. Таганрог",
     "поранення лівого передпліччя, загоєне", "Коваленко Олена Миколаївна (дружина)", "+380 00 000 01 01", ""},
    {"Шевчук", "Олександр", "Іванович", "1985-09-03", "м. Полтава", M, S, "капітан", "в/ч А0002", "Ю-000102",
     "АА000102", "Полтавська область", "2022-05-17", "м. Маріуполь", "виправна колонія, Рязанська обл.", "задовільний",
     "Шевчук Ганна Олександрівна (мати)", "+380 00 000 01 02", ""},
    {"Бондаренко", "Максим", "Сергійович", "1998-01-27", "м. Кременчук", M, S, "солдат", "в/ч А0001", "Ю-000103",
     "АА000103", "Полтавська область", "2022-05-20", "м. Маріуполь", "СІЗО, м. Таганрог", "задовільний",
     "Бондаренко Сергій Васильович (батько)", "+380 00 000 01 03", ""},
    {"Ткаченко", "Віталій", "Олегович", "1979-11-30", "м. Суми", M, S, "старший сержант", "в/ч А0003", "Ю-000104",
     "АА000104", "Сумська область", "2023-02-14", "м. Бахмут", "виправна колонія, Мордовія", "хронічний бронхіт",
     "Ткаченко Людмила Іванівна (дружина)", "+380 00 000 01 04", ""},
    {"Бондар", "Олена", "Вікторівна", "1994-06-08", "м. Київ", F, S, "старший сержант", "в/ч А0004", "Ю-000105",
     "АА000105", "Київська область", "2022-05-17", "м. Маріуполь", "СІЗО, м. Таганрог", "задовільний",
     "Бондар Віктор Павлович (батько)", "+380 00 000 01 05", "бойовий медик"},
    {"Кравчук", "Дмитро", "Васильович", "1993-07", "смт Великий Бурлук", M, S, "сержант", "в/ч А0003", "Ю-000106",
     "АА000106", "Харківська область", "2023-05-09", "м. Бахмут", "місце тримання невідоме",
     "контузія, потребує огляду", "Кравчук Марія Дмитрівна (сестра)", "+380 00 000 01 06",
     "Точна дата народження невідома: у військовому квитку лише рік і місяць"},
    {"Олійник", "Сергій", "Миколайович", "1988-02-19", "м. Запоріжжя", M, S, "молодший сержант", "в/ч А0005",
     "Ю-000107", "АА000107", "Запорізька область", "2023-06-11", "с. Роботине", "СІЗО, м. Курськ", "задовільний",
     "Олійник Тетяна Петрівна (дружина)", "+380 00 000 01 07", ""},
    {"Лисенко", "Богдан", "Ярославович", "2001-10-02", "м. Чернігів", M, S, "солдат", "в/ч А0006", "Ю-000108",
     "АА000108", "Чернігівська область", "2024-02-17", "м. Авдіївка", "СІЗО, м. Курськ",
     "ампутація пальців правої стопи", "Лисенко Ярослав Богданович (батько)", "+380 00 000 01 08", ""},
    {"Мельник", "Ірина", "Степанівна", "1990-03-23", "м. Вінниця", F, S, "молодший сержант", "в/ч А0007", "Ю-000109",
     "АА000109", "Вінницька область", "2022-05-17", "м. Маріуполь", "виправна колонія, Рязанська обл.", "задовільний",
     "Мельник Степан Ігорович (батько)", "+380 00 000 01 09", ""},
    {"Савченко", "Роман", "Анатолійович", "1983-12-05", "м. Дніпро", M, S, "майор", "в/ч А0002", "Ю-000110", "АА000110",
     "Дніпропетровська область", "2022-05-17", "м. Маріуполь", "виправна колонія, Мордовія", "гіпертонія",
     "Савченко Наталія Юріївна (дружина)", "+380 00 000 01 10", ""},
    {"Руденко", "Тарас", "Михайлович", "1996-08-14", "м. Львів", M, S, "старший лейтенант", "в/ч А0008", "Ю-000111",
     "АА000111", "Львівська область", "2024-02-17", "м. Авдіївка", "СІЗО, м. Курськ", "задовільний",
     "Руденко Михайло Тарасович (батько)", "+380 00 000 01 11", ""},
    {"Марченко", "Ігор", "Володимирович", "1975-05-01", "м. Миколаїв", M, S, "старший матрос", "в/ч А0009", "Ю-000112",
     "АА000112", "Миколаївська область", "2022-04-12", "м. Маріуполь", "виправна колонія, Мордовія", "цукровий діабет",
     "Марченко Світлана Олексіївна (дружина)", "+380 00 000 01 12", ""},
    {"Гончаренко", "Артем", "Юрійович", "1999-09-17", "м. Житомир", M, S, "солдат", "в/ч А0006", "Ю-000113", "АА000113",
     "Житомирська область", "2024-10-03", "м. Вугледар", "СІЗО, м. Бєлгород", "осколкове поранення стегна",
     "Гончаренко Юрій Петрович (батько)", "+380 00 000 01 13", ""},
    {"Павленко", "Василь", "Григорович", "1972-01-09", "с. Петрівка", M, S, "головний сержант", "в/ч А0005", "Ю-000114",
     "АА000114", "Одеська область", "2023-06-11", "с. Роботине", "СІЗО, м. Курськ", "задовільний",
     "Павленко Оксана Василівна (донька)", "+380 00 000 01 14", ""},
    {"Кузьменко", "Євген", "Олександрович", "1995-04-30", "м. Черкаси", M, S, "лейтенант", "в/ч А0007", "Ю-000115",
     "АА000115", "Черкаська область", "2022-05-17", "м. Маріуполь", "СІЗО, м. Таганрог", "задовільний",
     "Кузьменко Олександр Євгенович (батько)", "+380 00 000 01 15",
     "У списку іншої сторони по батькові записано «Александрович»; уточнити"},
    {"Поліщук", "Микола", "Степанович", "1986-07-21", "м. Рівне", M, S, "старший солдат", "в/ч А0003", "Ю-000116",
     "АА000116", "Рівненська область", "2023-05-09", "м. Бахмут", "виправна колонія, Мордовія", "задовільний",
     "Поліщук Галина Миколаївна (дружина)", "+380 00 000 01 16", ""},
    {"Сидоренко-Лисенко", "Юрій", "Андрійович", "1981-03-15", "м. Краматорськ", M, S, "штаб-сержант", "в/ч А0001",
     "Ю-000117", "АА000117", "Донецька область", "2022-05-20", "м. Маріуполь", "СІЗО, м. Таганрог",
     "потребує огляду кардіолога", "Сидоренко Віра Юріївна (донька)", "+380 00 000 01 17", ""},
    {"Дем'яненко", "Владислав", "Ігорович", "2003-02-11", "м. Тернопіль", M, S, "солдат", "в/ч А0008", "Ю-000118",
     "АА000118", "Тернопільська область", "2025-01-22", "м. Покровськ", "СІЗО, м. Бєлгород", "задовільний",
     "Дем'яненко Ігор Васильович (батько)", "+380 00 000 01 18", ""},
    // civilians
    {"Петренко", "Галина", "Іванівна", "1958", "с. Велика Лепетиха", F, C, "", "", "", "000000119",
     "Херсонська область", "2022-08-03", "с. Велика Лепетиха", "СІЗО, м. Сімферополь",
     "гіпертонія, потребує ліків щодня", "Петренко Ольга Іванівна (сестра)", "+380 00 000 01 19",
     "Точна дата народження невідома: відомий лише рік"},
    {"Литвиненко", "Олег", "Борисович", "1967-10-28", "м. Мелітополь", M, C, "", "", "", "000000120",
     "Запорізька область", "2022-06-15", "м. Мелітополь", "СІЗО, м. Сімферополь", "задовільний",
     "Литвиненко Неля Петрівна (дружина)", "+380 00 000 01 20", ""},
    {"Антоненко", "Наталія", "Сергіївна", "1979-12-12", "м. Херсон", F, C, "", "", "", "000000121",
     "Херсонська область", "2022-09-21", "м. Херсон", "СІЗО, м. Сімферополь", "задовільний",
     "Антоненко Сергій Павлович (батько)", "+380 00 000 01 21", ""},
    {"Собко", "Петро", "Олексійович", "1961-06-06", "с. Кам'янка", M, C, "", "", "", "000000122", "Запорізька область",
     "2023-03-02", "м. Енергодар", "місце тримання невідоме", "після інсульту, потребує догляду",
     "Собко Андрій Петрович (син)", "+380 00 000 01 22", ""},
    {"Федоренко", "Людмила", "Андріївна", "1970-02-25", "м. Нова Каховка", F, C, "", "", "", "000000123",
     "Херсонська область", "2022-07-30", "м. Нова Каховка", "СІЗО, м. Сімферополь", "задовільний",
     "Федоренко Віктор Андрійович (брат)", "+380 00 000 01 23", ""},
    {"Захарченко", "Ілля", "Вадимович", "1990-09-09", "м. Бердянськ", M, C, "", "", "", "000000124",
     "Запорізька область", "2022-05-04", "м. Бердянськ", "виправна колонія, м. Донецьк (тимчасово окупована територія)",
     "задовільний", "Захарченко Вадим Ілліч (батько)", "+380 00 000 01 24", ""},
};

// Batch 2, we hand over: 12 servicemen (one woman) and 4 civilians.
const DemoPerson kSecondBatch[] = {
    {"Гнатюк", "Василь", "Романович", "1989-05-18", "м. Луцьк", M, S, "сержант", "в/ч А0010", "Ю-000201", "АА000201",
     "Волинська область", "2023-09-12", "с. Кліщіївка", "місце тримання невідоме", "задовільний",
     "Гнатюк Ольга Василівна (дружина)", "+380 00 000 02 01", ""},
    {"Іваненко", "Олексій", "Дмитрович", "1997-03-03", "м. Біла Церква", M, S, "старший солдат", "в/ч А0011",
     "Ю-000202", "АА000202", "Київська область", "2024-05-14", "м. Вовчанськ", "СІЗО, м. Бєлгород", "задовільний",
     "Іваненко Дмитро Олексійович (батько)", "+380 00 000 02 02", ""},
    {"Мороз", "Станіслав", "Павлович", "1984-08-08", "м. Ізюм", M, S, "молодший лейтенант", "в/ч А0012", "Ю-000203",
     "АА000203", "Харківська область", "2022-09-25", "м. Лиман", "виправна колонія, Мордовія", "задовільний",
     "Мороз Катерина Павлівна (сестра)", "+380 00 000 02 03", ""},
    {"Клименко", "Анна", "Олегівна", "1992-11-11", "м. Кропивницький", F, S, "солдат", "в/ч А0010", "Ю-000204",
     "АА000204", "Кіровоградська область", "2023-09-12", "с. Кліщіївка", "СІЗО, м. Таганрог", "задовільний",
     "Клименко Олег Іванович (батько)", "+380 00 000 02 04", "бойовий медик"},
    {"Остапенко", "Віктор", "Леонідович", "1977-04-04", "м. Умань", M, S, "старший сержант", "в/ч А0013", "Ю-000205",
     "АА000205", "Черкаська область", "2025-02-08", "м. Торецьк", "СІЗО, м. Курськ",
     "поранення голови, потребує огляду", "Остапенко Любов Федорівна (дружина)", "+380 00 000 02 05", ""},
    {"Ярошенко", "Назар", "Богданович", "2002-07-07", "м. Івано-Франківськ", M, S, "солдат", "в/ч А0011", "Ю-000206",
     "АА000206", "Івано-Франківська область", "2024-05-14", "м. Вовчанськ", "СІЗО, м. Бєлгород", "задовільний",
     "Ярошенко Богдан Іванович (батько)", "+380 00 000 02 06", ""},
    {"Гуменюк", "Валерій", "Федорович", "1980-10-10", "м. Хмельницький", M, S, "старший лейтенант", "в/ч А0012",
     "Ю-000207", "АА000207", "Хмельницька область", "2022-09-25", "м. Лиман", "виправна колонія, Рязанська обл.",
     "задовільний", "Гуменюк Інна Валеріївна (донька)", "+380 00 000 02 07", ""},
    {"Приходько", "Денис", "Вікторович", "1994-12-24", "м. Ніжин", M, S, "матрос", "в/ч А0014", "Ю-000208", "АА000208",
     "Чернігівська область", "2022-04-12", "м. Маріуполь", "виправна колонія, Мордовія", "задовільний",
     "Приходько Віктор Денисович (батько)", "+380 00 000 02 08", ""},
    {"Тимошенко", "Григорій", "Анатолійович", "1987-01-31", "м. Конотоп", M, S, "молодший сержант", "в/ч А0013",
     "Ю-000209", "АА000209", "Сумська область", "2025-02-08", "м. Торецьк", "СІЗО, м. Курськ", "задовільний",
     "Тимошенко Лариса Григорівна (мати)", "+380 00 000 02 09", ""},
    {"Білик", "Ростислав", "Ігорович", "2000-06-16", "м. Ужгород", M, S, "солдат", "в/ч А0010", "Ю-000210", "АА000210",
     "Закарпатська область", "2023-09-12", "с. Кліщіївка", "місце тримання невідоме", "осколкове поранення плеча",
     "Білик Ігор Ростиславович (батько)", "+380 00 000 02 10", ""},
    {"Давиденко", "Артур", "Олегович", "1991-09-29", "м. Чернівці", M, S, "капітан", "в/ч А0011", "Ю-000211",
     "АА000211", "Чернівецька область", "2024-05-14", "м. Вовчанськ", "СІЗО, м. Бєлгород", "задовільний",
     "Давиденко Оксана Олегівна (сестра)", "+380 00 000 02 11", ""},
    {"Костенко", "Леонід", "Петрович", "1974-02-02", "м. Слов'янськ", M, S, "старший солдат", "в/ч А0012", "Ю-000212",
     "АА000212", "Донецька область", "2022-09-25", "м. Лиман", "виправна колонія, Мордовія", "хронічний гастрит",
     "Костенко Валентина Леонідівна (донька)", "+380 00 000 02 12", ""},
    // civilians
    {"Юрченко", "Софія", "Андріївна", "1985-05-05", "м. Каховка", F, C, "", "", "", "000000213", "Херсонська область",
     "2022-10-17", "м. Каховка", "СІЗО, м. Сімферополь", "задовільний", "Юрченко Андрій Миколайович (батько)",
     "+380 00 000 02 13", ""},
    {"Пономаренко", "Анатолій", "Семенович", "1955-08-19", "м. Токмак", M, C, "", "", "", "000000214",
     "Запорізька область", "2023-11-06", "м. Токмак", "місце тримання невідоме", "потребує ліків від серця",
     "Пономаренко Лідія Анатоліївна (донька)", "+380 00 000 02 14", ""},
    {"Ковальчук", "Марія", "Тарасівна", "1969-04-14", "м. Генічеськ", F, C, "", "", "", "000000215",
     "Херсонська область", "2022-12-01", "м. Генічеськ", "СІЗО, м. Сімферополь", "задовільний",
     "Ковальчук Тарас Тарасович (брат)", "+380 00 000 02 15", ""},
    {"Гриценко", "Кирило", "Михайлович", "1999-03-28", "м. Старобільськ", M, C, "", "", "", "000000216",
     "Луганська область", "2022-04-02", "м. Старобільськ",
     "виправна колонія, м. Луганськ (тимчасово окупована територія)", "задовільний",
     "Гриценко Михайло Кирилович (батько)", "+380 00 000 02 16", ""},
};

static_assert(std::size(kFirstBatch) == DemoData::kPersonsInFirstBatch);
static_assert(std::size(kSecondBatch) == DemoData::kPersonsInSecondBatch);

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Person toPerson(const DemoPerson &d)
{
    Person p;
    p.surname = text(d.surname);
    p.givenName = text(d.givenName);
    p.patronymic = text(d.patronymic);
    p.birthDate = PartialDate::fromIso(text(d.birthDate)).value_or(PartialDate());
    p.birthPlace = text(d.birthPlace);
    p.sex = d.sex;
    p.citizenship = QStringLiteral("Україна");
    p.category = d.category;
    p.documentType = d.category == Category::Serviceman ? QStringLiteral("військовий квиток")
                                                        : QStringLiteral("паспорт громадянина України (ID-картка)");
    p.documentNumber = text(d.documentNumber);
    p.region = text(d.region);
    p.rank = text(d.rank);
    p.unit = text(d.unit);
    p.serviceNumber = text(d.serviceNumber);
    p.captureDate = QDate::fromString(text(d.captureDate), Qt::ISODate);
    p.capturePlace = text(d.capturePlace);
    p.detentionPlace = text(d.detentionPlace);
    p.health = text(d.health);
    p.informName = text(d.informName);
    p.informContact = text(d.informContact);
    p.notes = text(d.notes);
    return p;
}

template <typename Problem> QString joined(const QList<Problem> &problems)
{
    QStringList messages;
    for (const Problem &problem : problems)
        messages << problem.message;
    return messages.join(QStringLiteral("; "));
}

template <std::size_t N>
Result<QList<qint64>> addPersons(Store &store, qint64 batchId, const DemoPerson (&persons)[N])
{
    const PersonValidator validator;
    QList<qint64> ids;
    for (const DemoPerson &demo : persons) {
        const Person person = PersonValidator::normalised(toPerson(demo));
        if (const auto problems = validator.validate(person); !problems.isEmpty())
            return Error{
                DemoData::tr("A demo person does not pass the checks: %1 %2").arg(person.surname, person.givenName),
                joined(problems)};
        auto added = store.persons().addToBatch(batchId, person);
        if (!added)
            return added.error();
        ids << added.value();
    }
    return ids;
}

// Where one demo person's checklist ends up.
enum class Verified { Fully, WithDiscrepancy, NotYet };

// The verifier's work on one person: every item confirmed (the surname by
// blind re-entry, the identity from documents, the rest compared), or all
// but one, which gets a discrepancy with its note.
Status verifyPerson(Store &store, qint64 personId, Verified how, CheckItem discrepant = CheckItem::Surname,
                    const QString &note = {})
{
    if (how == Verified::NotYet)
        return {};
    auto items = store.verification().itemsForPerson(personId);
    if (!items)
        return items.status();
    auto person = store.persons().get(personId);
    if (!person)
        return person.status();
    for (const VerificationItem &item : items.value()) {
        Status done;
        if (how == Verified::WithDiscrepancy && item.item == discrepant) {
            done = store.verification().markDiscrepancy(item.id, note);
        } else if (item.item == CheckItem::Surname) {
            auto compared = store.verification().verifyBlind(item.id, person.value().surname);
            done = compared ? Status() : compared.status();
        } else if (item.item == CheckItem::Identity) {
            done = store.verification().confirm(item.id, CheckMethod::Documents,
                                                DemoData::tr("checked against the documents received"));
        } else {
            done = store.verification().confirm(item.id, CheckMethod::Compared);
        }
        if (!done)
            return done;
    }
    return {};
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Puts the store's actor back however write() ends.
class ActorRestorer final {
public:
    explicit ActorRestorer(Store &store) : m_store(store), m_saved(store.actor()) {}
    ~ActorRestorer() { m_store.setActor(m_saved); }
    ActorRestorer(const ActorRestorer &) = delete;
    ActorRestorer &operator=(const ActorRestorer &) = delete;

private:
    Store &m_store;
    Actor m_saved;
};

// The three documented demo accounts, made through the same code as real
// ones; only the password rules are waived, for the password "demo".
Result<Official> createDemoAccounts(Store &store)
{
    Accounts accounts(store.connection());
    const QString password = QString::fromLatin1(DemoData::kDemoPassword);
    auto supervisor =
        accounts.createFirstSupervisor(QString::fromLatin1(DemoData::kSupervisorUsername),
                                       DemoData::tr("Demo Supervisor"), password, PasswordPolicy::DemoAccountsOnly);
    if (!supervisor)
        return supervisor.error();
    const Actor bySupervisor = Accounts::actorFor(supervisor.value());

    Official verifier;
    verifier.username = QString::fromLatin1(DemoData::kVerifierUsername);
    verifier.fullName = DemoData::tr("Demo Verifier");
    verifier.isVerifier = true;
    if (auto created = accounts.create(bySupervisor, verifier, password, PasswordPolicy::DemoAccountsOnly); !created)
        return created.error();

    Official operatorAccount;
    operatorAccount.username = QString::fromLatin1(DemoData::kOperatorUsername);
    operatorAccount.fullName = DemoData::tr("Demo Operator");
    operatorAccount.isOperator = true;
    return accounts.create(bySupervisor, operatorAccount, password, PasswordPolicy::DemoAccountsOnly);
}

} // namespace

Status DemoData::write(Store &store)
{
    const ActorRestorer restorer(store);
    auto operatorAccount = createDemoAccounts(store);
    if (!operatorAccount)
        return Status::failure(tr("The demo accounts could not be created"), operatorAccount.error().text());
    Accounts accounts(store.connection());
    auto byUsername = [&accounts](const char *username) -> Result<Actor> {
        auto all = accounts.list();
        if (!all)
            return all.error();
        for (const Official &official : all.value())
            if (official.username == QLatin1String(username))
                return Accounts::actorFor(official);
        return Error{tr("The demo accounts could not be created"), QString::fromLatin1(username)};
    };
    auto supervisor = byUsername(kSupervisorUsername);
    auto verifier = byUsername(kVerifierUsername);
    if (!supervisor || !verifier)
        return Status::failure(tr("The demo accounts could not be created"),
                               !supervisor ? supervisor.text() : verifier.text());
    const Actor byOperator = Accounts::actorFor(operatorAccount.value());

    // Each step by the account whose role it is, as in real work: the
    // supervisor plans the exchange and its batches, the operator enters
    // the persons, the verifier checks them, the supervisor confirms.
    store.setActor(supervisor.value());
    Exchange exchange;
    exchange.title = tr("1,000 for 1,000");
    exchange.agreementRef = tr("agreed in talks on 16 May");
    exchange.place = tr("Ukrainian–Belarusian border, Volyn region");
    exchange.intermediary = tr("ICRC");
    exchange.agreedServicemen = 800;
    exchange.agreedCivilians = 200;
    exchange.agreedOn = QDate(2025, 5, 16);
    exchange.status = ExchangeStatus::InProgress;
    exchange.notes = tr("Demo data: every person here is invented. For trying the program out only.");
    exchange = ExchangeValidator::normalised(exchange);
    if (const auto problems = ExchangeValidator::validate(exchange); !problems.isEmpty())
        return Status::failure(tr("The demo exchange does not pass the checks"), joined(problems));
    auto exchangeId = store.exchanges().create(exchange);
    if (!exchangeId)
        return exchangeId.status();

    Batch receive;
    receive.exchangeId = exchangeId.value();
    receive.sequenceNo = 1;
    receive.direction = Direction::Receive;
    receive.plannedDate = QDate(2025, 5, 23);
    receive.place = tr("Border crossing point, Volyn region");
    receive.plannedServicemen = 18;
    receive.plannedCivilians = 6;

    Batch handOver;
    handOver.exchangeId = exchangeId.value();
    handOver.sequenceNo = 2;
    handOver.direction = Direction::HandOver;
    handOver.plannedDate = QDate(2025, 5, 24);
    handOver.place = tr("Border crossing point, Volyn region");
    // Two servicemen more than listed: the demo shows a batch still being filled.
    handOver.plannedServicemen = 14;
    handOver.plannedCivilians = 4;

    Batch later;
    later.exchangeId = exchangeId.value();
    later.sequenceNo = 3;
    later.direction = Direction::Receive;
    later.plannedDate = QDate(2025, 5, 30);
    later.place = tr("Border crossing point, Volyn region");
    later.plannedServicemen = 20;
    later.plannedCivilians = 5;
    later.notes = tr("Planned; the list has not been received yet.");

    const auto createBatch = [&store](Batch &batch) -> Status {
        batch = BatchValidator::normalised(batch);
        if (const auto problems = BatchValidator::validate(batch); !problems.isEmpty())
            return Status::failure(tr("A demo batch does not pass the checks"), joined(problems));
        auto batchId = store.batches().create(batch);
        if (!batchId)
            return batchId.status();
        batch.id = batchId.value();
        return {};
    };
    for (Batch *batch : {&receive, &handOver})
        if (Status created = createBatch(*batch); !created)
            return created;

    store.setActor(byOperator);
    auto first = addPersons(store, receive.id, kFirstBatch);
    if (!first)
        return first.status();
    auto second = addPersons(store, handOver.id, kSecondBatch);
    if (!second)
        return second.status();
    for (qint64 batchId : {receive.id, handOver.id})
        if (Status submitted = store.workflow().submitForVerification(batchId); !submitted)
            return submitted;

    // Batch 1: every detail of every person verified, then confirmed and sealed.
    store.setActor(verifier.value());
    for (qint64 personId : first.value())
        if (Status done = verifyPerson(store, personId, Verified::Fully); !done)
            return done;
    if (Status verified = store.workflow().markVerified(receive.id); !verified)
        return verified;
    store.setActor(supervisor.value());
    if (Status confirmed = store.workflow().confirm(receive.id, QString::fromLatin1(kDemoPassword)); !confirmed)
        return confirmed;

    // Batch 2: halfway through verification, with two discrepancies noted.
    store.setActor(verifier.value());
    const QList<qint64> &handOverIds = second.value();
    for (qsizetype i = 0; i < handOverIds.size(); ++i) {
        Status done;
        if (i == 0)
            done = verifyPerson(store, handOverIds.at(i), Verified::WithDiscrepancy, CheckItem::Document,
                                tr("The other side's list gives service number Ю-000210; check the military ID"));
        else if (i == 3)
            done = verifyPerson(store, handOverIds.at(i), Verified::WithDiscrepancy, CheckItem::Patronymic,
                                tr("The other side's list spells the patronymic «Олеговна»"));
        else
            done = verifyPerson(store, handOverIds.at(i), i < 8 ? Verified::Fully : Verified::NotYet);
        if (!done)
            return done;
    }

    // Batch 3: planned, still a draft with an empty list.
    store.setActor(supervisor.value());
    return createBatch(later);
}

Status DemoData::createFile(const QString &path)
{
    const QFileInfo target(path);
    if (target.exists())
        return Status::failure(tr("%1 already exists; a demo database is written only to a new file. "
                                  "Nothing was changed.")
                                   .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    const QString folder = target.absolutePath();
    if (!QDir().mkpath(folder))
        return Status::failure(tr("Cannot create the folder for the database"), QDir::toNativeSeparators(folder));

    // Built under a temporary name in the same folder (same file system, so
    // the final rename is atomic) and renamed only once complete.
    const QString partial = QDir(folder).filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    Status written;
    {
        auto database = Database::open(partial);
        if (!database) {
            written = database.status();
        } else {
            Store store(database.value()->connection());
            written = write(store);
            // Leaving WAL mode folds the write-ahead log into the file, so the
            // one file renamed below holds everything (the log's name would
            // not follow the rename). Every later open turns WAL on again.
            if (written) {
                auto mode = sql::scalar(database.value()->connection(), QStringLiteral("PRAGMA journal_mode = DELETE"));
                if (!mode)
                    written = mode.status();
                else if (mode.value().toString() != QLatin1String("delete"))
                    written = Status::failure(tr("The demo database could not be completed"),
                                              QStringLiteral("journal_mode=%1").arg(mode.value().toString()));
            }
        }
    }
    if (!written) {
        removeDatabaseFiles(partial);
        return written;
    }
    // QFile::rename never replaces an existing file: a file that appeared
    // at `path` meanwhile is left alone.
    QFile file(partial);
    if (!file.rename(target.absoluteFilePath())) {
        const QString reason = file.errorString();
        removeDatabaseFiles(partial);
        if (QFileInfo::exists(target.absoluteFilePath()))
            return Status::failure(tr("%1 already exists; a demo database is written only to a new file. "
                                      "Nothing was changed.")
                                       .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
        return Status::failure(tr("The demo database could not be moved into place"), reason);
    }
    return {};
}

} // namespace homeward
