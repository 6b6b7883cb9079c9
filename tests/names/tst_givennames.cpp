#include "names/GivenNames.h"
#include "names/Transliterator.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace homeward::names;

Q_DECLARE_METATYPE(homeward::names::GivenNames::Sex)

namespace {
// Latin spellings of patronymics of two names of the table that share a comparison key.
const QStringList kSharedPatronymicKeys = {QStringLiteral("Arseniivna"), QStringLiteral("Arsenivna")};
} // namespace

class GivenNamesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tableLoads();
    void everyVariantAndPatronymicFindsItsName();
    void spellingsOfOneName_data();
    void spellingsOfOneName();
    void patronymics_data();
    void patronymics();
    void unknownNames_data();
    void unknownNames();
    void sexOfNames_data();
    void sexOfNames();
    void canonicalAndVariants();
    void collidingKeysAreUnknown_data();
    void collidingKeysAreUnknown();
    void sharedSpellingIsUnknown();
    void collisionInTheTable_data();
    void collisionInTheTable();
    void malformedTables_data();
    void malformedTables();
    void lookupsFromSeveralThreads();

private:
    static int id(const char *canonical)
    {
        const int found = GivenNames::instance().givenNameId(QString::fromUtf8(canonical));
        if (found == 0)
            qWarning("not in the table: %s", canonical);
        return found;
    }
};

void GivenNamesTest::tableLoads()
{
    const GivenNames &names = GivenNames::instance();
    QVERIFY2(names.status().ok(), qPrintable(names.status().text()));
    QVERIFY2(names.maleCount() >= 150, qPrintable(QString::number(names.maleCount())));
    QVERIFY2(names.femaleCount() >= 80, qPrintable(QString::number(names.femaleCount())));
    QCOMPARE(names.count(), names.maleCount() + names.femaleCount());
    // Canonical names are distinct.
    QSet<QString> canonical;
    for (int id = 1; id <= names.count(); ++id)
        canonical.insert(names.canonical(id));
    QCOMPARE(canonical.size(), names.count());
}

// The whole table: every form, every patronymic and the passport spelling of each reach their own name, so
// no two names of the table share a spelling or a key by accident.
void GivenNamesTest::everyVariantAndPatronymicFindsItsName()
{
    const GivenNames &names = GivenNames::instance();
    QStringList failures;
    for (int id = 1; id <= names.count(); ++id) {
        const QStringList variants = names.variants(id);
        QVERIFY(!variants.isEmpty());
        QCOMPARE(variants.constFirst(), names.canonical(id));
        for (const QString &variant : variants) {
            if (names.givenNameId(variant) != id)
                failures << variant;
            if (names.givenNameId(variant.toUpper()) != id)
                failures << variant.toUpper();
            for (const auto system :
                 {PassportTransliterator::System::UkrainianPassport, PassportTransliterator::System::RussianIcao}) {
                const auto latin = PassportTransliterator::transliterate(system, variant);
                if (latin.ok() && names.givenNameId(latin.value()) != id)
                    failures << latin.value() + QStringLiteral(" (") + variant + QLatin1Char(')');
            }
        }
        const QStringList patronymics = names.patronymics(id);
        QCOMPARE(patronymics.isEmpty(), names.sex(id) == GivenNames::Sex::Female);
        for (qsizetype i = 0; i < patronymics.size(); ++i) {
            const GivenNames::Patronymic found = names.patronymic(patronymics.at(i));
            const auto sex = i % 2 == 0 ? GivenNames::Sex::Male : GivenNames::Sex::Female;
            if (found.id != id || found.sex != sex)
                failures << patronymics.at(i);
            const auto latin = PassportTransliterator::transliterate(PassportTransliterator::System::UkrainianPassport,
                                                                     patronymics.at(i));
            // Арсеніївна (Арсеній) and Арсенівна (Арсен) share the key "arsenivna": found as neither.
            const bool sharedKey =
                latin.ok() && names.patronymicId(latin.value()) == 0 && kSharedPatronymicKeys.contains(latin.value());
            if (latin.ok() && !sharedKey && names.patronymicId(latin.value()) != id)
                failures << latin.value() + QStringLiteral(" (") + patronymics.at(i) + QLatin1Char(')');
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral(", "))));
}

void GivenNamesTest::spellingsOfOneName_data()
{
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QStringList>("spellings");
    const auto row = [](const char *canonical, std::initializer_list<const char *> spellings) {
        QStringList list;
        for (const char *s : spellings)
            list << QString::fromUtf8(s);
        QTest::newRow(canonical) << QString::fromUtf8(canonical) << list;
    };
    row("Олександр", {"Олександр", "Александр", "Oleksandr", "Aleksandr", "Alexandr", "Alexander", "OLEKSANDR",
                      "олександр", "  Олександр ", "Олeксандр" /* Latin e */, "Oлександр" /* Latin O */});
    row("Сергій", {"Сергій", "Сергей", "Serhii", "Serhiy", "Sergei", "Sergey", "SERGEY"});
    row("Микола", {"Микола", "Николай", "Mykola", "Nikolai", "Nikolay", "Nicolai"});
    row("Андрій", {"Андрій", "Андрей", "Andrii", "Andriy", "Andrei", "Andrey"});
    row("Володимир", {"Володимир", "Владимир", "Volodymyr", "Vladimir"});
    row("Дмитро", {"Дмитро", "Дмитрий", "Dmytro", "Dmitrii", "Dmitry", "Dmitriy"});
    row("Іван", {"Іван", "Иван", "Ivan", "IVAN", "Iван" /* Latin I */});
    row("Юрій", {"Юрій", "Юрий", "Yurii", "Iurii", "Yuriy", "Yury"});
    row("Олексій", {"Олексій", "Алексей", "Oleksii", "Aleksei", "Alexey"});
    row("Євген", {"Євген", "Євгеній", "Евгений", "Yevhen", "Evgenii", "Evgeny", "Eugene"});
    row("Григорій", {"Григорій", "Григорий", "Hryhorii", "Grigorii", "Grigory"});
    row("Петро", {"Петро", "Пётр", "Петр", "Petro", "Petr", "Peter"});
    row("Павло", {"Павло", "Павел", "Pavlo", "Pavel"});
    row("Михайло", {"Михайло", "Михаил", "Mykhailo", "Mikhail"});
    row("Віталій", {"Віталій", "Виталий", "Vitalii", "Vitaliy", "Vitaly"});
    row("Ігор", {"Ігор", "Игорь", "Ihor", "Igor"});
    row("Олег", {"Олег", "Oleh", "Oleg"});
    row("Василь", {"Василь", "Василий", "Vasyl", "Vasilii", "Vasily"});
    row("Федір", {"Федір", "Фёдор", "Федор", "Fedir", "Fedor"});
    row("Гліб", {"Гліб", "Глеб", "Hlib", "Gleb"});
    row("Лев", {"Лев", "Lev"});
    row("Ілля", {"Ілля", "Илья", "Illia", "Ilia", "Ilya"});
    row("Яків", {"Яків", "Яков", "Yakiv", "Iakov", "Yakov"});
    row("В’ячеслав", {"В'ячеслав", "В’ячеслав", "Вʼячеслав", "В`ячеслав", "Вячеслав", "Viacheslav", "Vyacheslav"});
    row("Йосип", {"Йосип", "Йосиф", "Осип", "Иосиф", "Yosyp", "Iosif", "Osip"});
    row("Данило", {"Данило", "Даниил", "Данила", "Danylo", "Daniil"});
    row("Пилип", {"Пилип", "Філіп", "Филипп", "Pylyp", "Filipp"});
    row("Олена", {"Олена", "Елена", "Olena", "Elena", "Yelena"});
    row("Ольга", {"Ольга", "Olha", "Olga"});
    row("Наталія", {"Наталія", "Наталя", "Наталья", "Наталия", "Nataliia", "Natalia", "Natalya", "Nataliya"});
    row("Тетяна", {"Тетяна", "Татьяна", "Tetiana", "Tatiana", "Tatyana"});
    row("Ірина", {"Ірина", "Ирина", "Iryna", "Irina"});
    row("Катерина", {"Катерина", "Екатерина", "Kateryna", "Ekaterina"});
    row("Юлія", {"Юлія", "Юлия", "Yuliia", "Iuliia", "Yulia"});
    row("Анастасія", {"Анастасія", "Анастасия", "Anastasiia", "Anastasia"});
    row("Марія", {"Марія", "Мария", "Mariia", "Maria"});
    row("Світлана", {"Світлана", "Светлана", "Svitlana", "Svetlana"});
    row("Людмила", {"Людмила", "Liudmyla", "Lyudmila", "Liudmila"});
    row("Валентина", {"Валентина", "Valentyna", "Valentina"});
    row("Галина", {"Галина", "Halyna", "Galina"});
    row("Надія", {"Надія", "Надежда", "Nadiia", "Nadezhda"});
    row("Любов", {"Любов", "Любовь", "Liubov", "Lyubov"});
    row("Віра", {"Віра", "Вера", "Vira", "Vera"});
    row("Ганна", {"Ганна", "Анна", "Hanna", "Anna"});
    row("Дарія", {"Дарія", "Дар'я", "Дарья", "Dariia", "Daria", "Darya"});
    row("Мар’яна", {"Мар'яна", "Марьяна", "Mariana", "Maryana"});
    row("Олександра", {"Олександра", "Александра", "Oleksandra", "Aleksandra", "Alexandra"});
    row("Єлизавета", {"Єлизавета", "Елизавета", "Yelyzaveta", "Elizaveta"});
    row("Альона", {"Альона", "Алёна", "Алена", "Alona", "Alyona"});
}

void GivenNamesTest::spellingsOfOneName()
{
    QFETCH(QString, canonical);
    QFETCH(QStringList, spellings);
    const GivenNames &names = GivenNames::instance();
    const int expected = names.givenNameId(canonical);
    QVERIFY(expected != 0);
    QCOMPARE(names.canonical(expected), canonical);
    for (const QString &spelling : std::as_const(spellings)) {
        const int found = names.givenNameId(spelling);
        QVERIFY2(found == expected, qPrintable(spelling + QStringLiteral(" → ") + names.canonical(found)));
    }
}

void GivenNamesTest::patronymics_data()
{
    QTest::addColumn<QString>("patronymic");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<GivenNames::Sex>("sex");
    const auto row = [](const char *patronymic, const char *canonical, GivenNames::Sex sex) {
        QTest::newRow(patronymic) << QString::fromUtf8(patronymic) << QString::fromUtf8(canonical) << sex;
    };
    constexpr auto M = GivenNames::Sex::Male;
    constexpr auto F = GivenNames::Sex::Female;
    row("Олександрович", "Олександр", M);
    row("Олександрівна", "Олександр", F);
    row("Александрович", "Олександр", M);
    row("Александровна", "Олександр", F);
    row("Oleksandrovych", "Олександр", M);
    row("Oleksandrivna", "Олександр", F);
    row("Aleksandrovich", "Олександр", M);
    row("Aleksandrovna", "Олександр", F);
    row("Миколайович", "Микола", M);
    row("Миколаївна", "Микола", F);
    row("Николаевич", "Микола", M);
    row("Николаевна", "Микола", F);
    row("Mykolaiovych", "Микола", M);
    row("Mykolaivna", "Микола", F);
    row("Nikolaevich", "Микола", M);
    row("Сергійович", "Сергій", M);
    row("Сергіївна", "Сергій", F);
    row("Сергеевич", "Сергій", M);
    row("Сергеевна", "Сергій", F);
    row("Serhiiovych", "Сергій", M);
    row("Serhiivna", "Сергій", F);
    row("Sergeevich", "Сергій", M);
    row("Ілліч", "Ілля", M);
    row("Іллівна", "Ілля", F);
    row("Ильич", "Ілля", M);
    row("Ильинична", "Ілля", F);
    row("Illich", "Ілля", M);
    row("Ilinichna", "Ілля", F);
    row("Якович", "Яків", M);
    row("Яківна", "Яків", F);
    row("Яковлевич", "Яків", M);
    row("Яковлевна", "Яків", F);
    row("Львович", "Лев", M);
    row("Львівна", "Лев", F);
    row("Львовна", "Лев", F);
    row("Павлович", "Павло", M);
    row("Павлівна", "Павло", F);
    row("Петрович", "Петро", M);
    row("Петрівна", "Петро", F);
    row("Петровна", "Петро", F);
    row("Petrovych", "Петро", M);
    row("Григорович", "Григорій", M);
    row("Григорівна", "Григорій", F);
    row("Григорьевич", "Григорій", M);
    row("Васильович", "Василь", M);
    row("Василівна", "Василь", F);
    row("Васильевна", "Василь", F);
    row("Кузьмич", "Кузьма", M);
    row("Кузьмівна", "Кузьма", F);
    row("Кузьминична", "Кузьма", F);
    row("Лукич", "Лука", M);
    row("Лукинична", "Лука", F);
    row("Хомич", "Хома", M);
    row("Фомич", "Хома", M);
    row("Фоминична", "Хома", F);
    row("Никитич", "Микита", M);
    row("Никитична", "Микита", F);
    row("Микитович", "Микита", M);
    row("Саввич", "Сава", M);
    row("Саввична", "Сава", F);
    row("Федорович", "Федір", M);
    row("Фёдорович", "Федір", M);
    row("Федорівна", "Федір", F);
    row("Fedorovych", "Федір", M);
    row("Євгенович", "Євген", M);
    row("Евгеньевич", "Євген", M);
    row("Евгеньевна", "Євген", F);
    row("Юрійович", "Юрій", M);
    row("Юріївна", "Юрій", F);
    row("Юрьевич", "Юрій", M);
    row("Yuriiovych", "Юрій", M);
    row("Андріївна", "Андрій", F);
    row("Андреевич", "Андрій", M);
    row("Дмитрович", "Дмитро", M);
    row("Дмитриевич", "Дмитро", M);
    row("Георгиевич", "Георгій", M);
    row("Георгійович", "Георгій", M);
    row("Михайлович", "Михайло", M);
    row("Михайлівна", "Михайло", F);
    row("Ігорович", "Ігор", M);
    row("Игоревна", "Ігор", F);
    row("В'ячеславович", "В’ячеслав", M);
    row("Вячеславовна", "В’ячеслав", F);
    row("Йосипович", "Йосип", M);
    row("Иосифович", "Йосип", M);
    row("Осипович", "Йосип", M);
    row("Даниилович", "Данило", M);
    row("Данилович", "Данило", M);
    row("МИКОЛАЙОВИЧ", "Микола", M);
    row("Миколайoвич (Latin o)", "Микола", M);
}

void GivenNamesTest::patronymics()
{
    QFETCH(QString, patronymic);
    QFETCH(QString, canonical);
    QFETCH(GivenNames::Sex, sex);
    patronymic = patronymic.section(QLatin1Char(' '), 0, 0);
    const GivenNames &names = GivenNames::instance();
    const GivenNames::Patronymic found = names.patronymic(patronymic);
    QCOMPARE(names.canonical(found.id), canonical);
    QCOMPARE(names.patronymicId(patronymic), found.id);
    QVERIFY(found.sex.has_value());
    QCOMPARE(*found.sex, sex);
    // A patronymic is not a given name, and the reverse.
    QCOMPARE(names.givenNameId(patronymic), 0);
    QCOMPARE(names.patronymicId(canonical), 0);
}

void GivenNamesTest::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("surname") << QStringLiteral("Коваленко");
    QTest::newRow("English name") << QStringLiteral("John");
    QTest::newRow("nonsense") << QStringLiteral("Xyzzy");
    QTest::newRow("digits") << QStringLiteral("123");
    QTest::newRow("diminutive") << QStringLiteral("Саша");
    QTest::newRow("typo") << QStringLiteral("Олексндр");
    QTest::newRow("two names") << QStringLiteral("Олександр Петро");
    QTest::newRow("patronymic") << QStringLiteral("Олександрович");
}

void GivenNamesTest::unknownNames()
{
    QFETCH(QString, name);
    QCOMPARE(GivenNames::instance().givenNameId(name), 0);
}

void GivenNamesTest::sexOfNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<GivenNames::Sex>("sex");
    QTest::newRow("Олександр") << QStringLiteral("Олександр") << GivenNames::Sex::Male;
    QTest::newRow("Олександра") << QStringLiteral("Олександра") << GivenNames::Sex::Female;
    QTest::newRow("Микола ends in -а") << QStringLiteral("Микола") << GivenNames::Sex::Male;
    QTest::newRow("Кузьма ends in -а") << QStringLiteral("Кузьма") << GivenNames::Sex::Male;
    QTest::newRow("Ілля ends in -я") << QStringLiteral("Ілля") << GivenNames::Sex::Male;
    QTest::newRow("Валентин") << QStringLiteral("Valentyn") << GivenNames::Sex::Male;
    QTest::newRow("Валентина") << QStringLiteral("Valentyna") << GivenNames::Sex::Female;
    QTest::newRow("Любов ends in a consonant") << QStringLiteral("Любов") << GivenNames::Sex::Female;
    QTest::newRow("Ярослава") << QStringLiteral("Ярослава") << GivenNames::Sex::Female;
}

void GivenNamesTest::sexOfNames()
{
    QFETCH(QString, name);
    QFETCH(GivenNames::Sex, sex);
    const int id = GivenNames::instance().givenNameId(name);
    QVERIFY(id != 0);
    QCOMPARE(GivenNames::instance().sex(id), sex);
}

void GivenNamesTest::canonicalAndVariants()
{
    const GivenNames &names = GivenNames::instance();
    const int petro = id("Петро");
    QCOMPARE(names.canonical(petro), QStringLiteral("Петро"));
    QVERIFY(names.variants(petro).contains(QStringLiteral("Пётр")));
    QVERIFY(names.patronymics(petro).contains(QStringLiteral("Петрович")));
    const int natalia = id("Наталія");
    QCOMPARE(names.variants(natalia).mid(0, 2), (QStringList{QStringLiteral("Наталія"), QStringLiteral("Наталя")}));
    // Apostrophes are stored in one form.
    QCOMPARE(names.canonical(id("Мар'ян")), QStringLiteral("Мар’ян"));
    QCOMPARE(names.canonical(0), QString());
    QCOMPARE(names.canonical(names.count() + 1), QString());
    QVERIFY(names.variants(-1).isEmpty());
}

// Лія and Лея are different names whose comparison keys are one ("lia"): a Latin spelling cannot tell them
// apart, so it finds neither, while each Cyrillic spelling still finds its own name.
void GivenNamesTest::collidingKeysAreUnknown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // canonical, or empty for unknown
    QTest::newRow("Лія") << QStringLiteral("Лія") << QStringLiteral("Лія");
    QTest::newRow("Лея") << QStringLiteral("Лея") << QStringLiteral("Лея");
    QTest::newRow("Лия (Russian for Лія)") << QStringLiteral("Лия") << QStringLiteral("Лія");
    QTest::newRow("Liia") << QStringLiteral("Liia") << QString();
    QTest::newRow("Liya") << QStringLiteral("Liya") << QString();
    QTest::newRow("Leia") << QStringLiteral("Leia") << QString();
    QTest::newRow("LIA") << QStringLiteral("LIA") << QString();
    QTest::newRow("Ліа (neither spelling)") << QStringLiteral("Ліа") << QString();
    QTest::newRow("patronymic Liivna") << QStringLiteral("Leivna") << QString();
    QTest::newRow("Іван unaffected") << QStringLiteral("Ivan") << QStringLiteral("Іван");
}

void GivenNamesTest::collidingKeysAreUnknown()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto table =
        GivenNames::fromText(QStringLiteral("# test table\n"
                                            "F | Лія | Лия\n"
                                            "F | Лея |\n"
                                            "M | Іван | Иван | Іванович, Іванівна | Иванович, Ивановна\n"));
    QVERIFY2(table.ok(), qPrintable(table.text()));
    const GivenNames &names = table.value();
    QCOMPARE(names.count(), 3);
    QCOMPARE(names.femaleCount(), 2);
    QCOMPARE(names.maleCount(), 1);
    const int found = names.givenNameId(name);
    QCOMPARE(names.canonical(found), expected);
    if (expected.isEmpty())
        QCOMPARE(found, 0);
}

// One spelling listed under two names (Данила as a Russian form of Данило and as a name of its own): unknown.
void GivenNamesTest::sharedSpellingIsUnknown()
{
    const auto table =
        GivenNames::fromText(QStringLiteral("M | Данило | Данила | Данилович, Данилівна | Данилович, Даниловна\n"
                                            "F | Данила | | \n"));
    QVERIFY2(table.ok(), qPrintable(table.text()));
    const GivenNames &names = table.value();
    QCOMPARE(names.givenNameId(QStringLiteral("Данила")), 0);
    QCOMPARE(names.givenNameId(QStringLiteral("Danyla")), 0);
    QCOMPARE(names.givenNameId(QStringLiteral("Данило")), 1);
    QCOMPARE(names.patronymicId(QStringLiteral("Данилович")), 1);
    // Данилович is both the masculine Ukrainian and Russian form: one sex.
    QCOMPARE(names.patronymic(QStringLiteral("Данилович")).sex, std::optional(GivenNames::Sex::Male));
}

// The one collision of the real table: the feminine patronymics of Арсеній and Арсен.
void GivenNamesTest::collisionInTheTable_data()
{
    QTest::addColumn<QString>("patronymic");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Арсеніївна") << QStringLiteral("Арсеніївна") << QStringLiteral("Арсеній");
    QTest::newRow("Арсенівна") << QStringLiteral("Арсенівна") << QStringLiteral("Арсен");
    QTest::newRow("Арсеньевна") << QStringLiteral("Арсеньевна") << QStringLiteral("Арсеній");
    QTest::newRow("Arsenivna") << QStringLiteral("Arsenivna") << QString();
    QTest::newRow("Arseniivna") << QStringLiteral("Arseniivna") << QString();
    QTest::newRow("ARSENIVNA") << QStringLiteral("ARSENIVNA") << QString();
    QTest::newRow("Arsenovych") << QStringLiteral("Arsenovych") << QStringLiteral("Арсен");
    QTest::newRow("Arseniiovych") << QStringLiteral("Arseniiovych") << QStringLiteral("Арсеній");
}

void GivenNamesTest::collisionInTheTable()
{
    QFETCH(QString, patronymic);
    QFETCH(QString, expected);
    const GivenNames &names = GivenNames::instance();
    const int found = names.patronymicId(patronymic);
    QCOMPARE(names.canonical(found), expected);
    QCOMPARE(found == 0, expected.isEmpty());
}

void GivenNamesTest::malformedTables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");
    QTest::newRow("sex") << QStringLiteral("X | Іван | Иван | Іванович, Іванівна | Иванович, Ивановна") << "line 1";
    QTest::newRow("male without patronymics") << QStringLiteral("# c\nM | Іван | Иван") << "line 2";
    QTest::newRow("female with patronymics") << QStringLiteral("F | Ольга | | Ольгович, Ольгівна") << "line 1";
    QTest::newRow("unpaired patronymic") << QStringLiteral("M | Іван | Иван | Іванович | Иванович") << "line 1";
    QTest::newRow("no Ukrainian form") << QStringLiteral("\n\nF |  | Ольга") << "line 3";
    QTest::newRow("one field") << QStringLiteral("F") << "line 1";
    QTest::newRow("empty table") << QStringLiteral("# nothing\n") << "no names";
}

void GivenNamesTest::malformedTables()
{
    QFETCH(QString, text);
    QFETCH(QString, line);
    const auto table = GivenNames::fromText(text);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().detail.contains(line), qPrintable(table.text()));
    QVERIFY(!table.error().message.isEmpty());
}

void GivenNamesTest::lookupsFromSeveralThreads()
{
    const QStringList inputs = {QStringLiteral("Oleksandr"), QStringLiteral("Николаевна"), QStringLiteral("Ilya"),
                                QStringLiteral("Тетяна"), QStringLiteral("Yakovlevich")};
    std::vector<std::thread> threads;
    std::vector<QList<int>> results(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&inputs, &results, t] {
            const GivenNames &names = GivenNames::instance();
            for (int round = 0; round < 200; ++round) {
                for (const QString &input : inputs)
                    results[t] << names.givenNameId(input) + names.patronymicId(input);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QList<int> &result : results) {
        QCOMPARE(result, results.front());
        QVERIFY(!result.contains(0));
    }
}

QTEST_GUILESS_MAIN(GivenNamesTest)
#include "tst_givennames.moc"
