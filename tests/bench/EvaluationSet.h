#pragma once

// The evaluation set of the registry matcher: a registry of N persons drawn from realistic Ukrainian surnames,
// given names and patronymics (a Zipf-like skew, so namesakes are common, and planted namesake clusters), and a
// list of M persons with the truth: registry persons rendered with one variation each, and absent persons.
// Deterministic for a seed. Header-only, shared by tests/names/tst_matcher.cpp and tests/bench/bench_matcher.cpp.

#include "names/Matcher.h"
#include "names/Transliterator.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace homeward::evaluation {

enum class Variation {
    Exact,
    RussianForm,     // given name and patronymic in their Russian form
    LatinUkrainian,  // all three names by the Ukrainian passport system
    LatinRussian,    // Russian forms, Russian ICAO system
    Typo,            // one typo in the surname
    LookAlike,       // Latin look-alike letters inside the Cyrillic surname
    DayMonthSwapped, // birth date with day and month swapped
    DateDigit,       // one digit of the birth date changed
    YearOnly,        // birth date known only to the year
    Absent,          // a person not in the registry
    AbsentNamesake,  // a registry person's name with a different birth date: not in the registry
};
inline constexpr int kVariations = int(Variation::AbsentNamesake) + 1;

inline QString variationName(Variation v)
{
    static const char *const names[kVariations] = {"exact",     "russian_form", "latin_uk",       "latin_ru",
                                                   "typo",      "look_alike",   "day_month",      "date_digit",
                                                   "year_only", "absent",       "absent_namesake"};
    return QString::fromLatin1(names[int(v)]);
}

inline bool isPresent(Variation v)
{
    return v != Variation::Absent && v != Variation::AbsentNamesake;
}

struct ListEntry final {
    names::MatchRecord person;
    Variation variation = Variation::Exact;
    qsizetype truth = -1; // registry index, -1 for an absent person
};

struct EvaluationSet final {
    QList<names::MatchRecord> registry;
    QList<ListEntry> list;
};

struct Options final {
    qsizetype registrySize = 20000;
    qsizetype listSize = 2000;
    quint64 seed = 1;
    double absentShare = 0.16;  // of the list; half of them namesakes of registry persons
    double clusterShare = 0.04; // of the registry persons, who get 1–3 planted namesakes
};

namespace detail {

struct MaleName {
    const char16_t *uk, *ru, *patUkM, *patUkF, *patRuM, *patRuF;
};

// Most frequent first.
inline const std::vector<MaleName> &maleNames()
{
    static const std::vector<MaleName> names = {
        {u"Олександр", u"Александр", u"Олександрович", u"Олександрівна", u"Александрович", u"Александровна"},
        {u"Сергій", u"Сергей", u"Сергійович", u"Сергіївна", u"Сергеевич", u"Сергеевна"},
        {u"Андрій", u"Андрей", u"Андрійович", u"Андріївна", u"Андреевич", u"Андреевна"},
        {u"Володимир", u"Владимир", u"Володимирович", u"Володимирівна", u"Владимирович", u"Владимировна"},
        {u"Микола", u"Николай", u"Миколайович", u"Миколаївна", u"Николаевич", u"Николаевна"},
        {u"Іван", u"Иван", u"Іванович", u"Іванівна", u"Иванович", u"Ивановна"},
        {u"Дмитро", u"Дмитрий", u"Дмитрович", u"Дмитрівна", u"Дмитриевич", u"Дмитриевна"},
        {u"Василь", u"Василий", u"Васильович", u"Василівна", u"Васильевич", u"Васильевна"},
        {u"Олексій", u"Алексей", u"Олексійович", u"Олексіївна", u"Алексеевич", u"Алексеевна"},
        {u"Юрій", u"Юрий", u"Юрійович", u"Юріївна", u"Юрьевич", u"Юрьевна"},
        {u"Віктор", u"Виктор", u"Вікторович", u"Вікторівна", u"Викторович", u"Викторовна"},
        {u"Петро", u"Петр", u"Петрович", u"Петрівна", u"Петрович", u"Петровна"},
        {u"Михайло", u"Михаил", u"Михайлович", u"Михайлівна", u"Михайлович", u"Михайловна"},
        {u"Анатолій", u"Анатолий", u"Анатолійович", u"Анатоліївна", u"Анатольевич", u"Анатольевна"},
        {u"Валерій", u"Валерий", u"Валерійович", u"Валеріївна", u"Валерьевич", u"Валерьевна"},
        {u"Євген", u"Евгений", u"Євгенович", u"Євгенівна", u"Евгеньевич", u"Евгеньевна"},
        {u"Ігор", u"Игорь", u"Ігорович", u"Ігорівна", u"Игоревич", u"Игоревна"},
        {u"Олег", u"Олег", u"Олегович", u"Олегівна", u"Олегович", u"Олеговна"},
        {u"Роман", u"Роман", u"Романович", u"Романівна", u"Романович", u"Романовна"},
        {u"Віталій", u"Виталий", u"Віталійович", u"Віталіївна", u"Витальевич", u"Витальевна"},
        {u"Максим", u"Максим", u"Максимович", u"Максимівна", u"Максимович", u"Максимовна"},
        {u"Богдан", u"Богдан", u"Богданович", u"Богданівна", u"Богданович", u"Богдановна"},
        {u"Тарас", u"Тарас", u"Тарасович", u"Тарасівна", u"Тарасович", u"Тарасовна"},
        {u"Вадим", u"Вадим", u"Вадимович", u"Вадимівна", u"Вадимович", u"Вадимовна"},
        {u"Артем", u"Артем", u"Артемович", u"Артемівна", u"Артемович", u"Артемовна"},
        {u"Денис", u"Денис", u"Денисович", u"Денисівна", u"Денисович", u"Денисовна"},
        {u"Руслан", u"Руслан", u"Русланович", u"Русланівна", u"Русланович", u"Руслановна"},
        {u"Степан", u"Степан", u"Степанович", u"Степанівна", u"Степанович", u"Степановна"},
        {u"Григорій", u"Григорий", u"Григорович", u"Григорівна", u"Григорьевич", u"Григорьевна"},
        {u"Павло", u"Павел", u"Павлович", u"Павлівна", u"Павлович", u"Павловна"},
        {u"Федір", u"Федор", u"Федорович", u"Федорівна", u"Федорович", u"Федоровна"},
        {u"Ярослав", u"Ярослав", u"Ярославович", u"Ярославівна", u"Ярославович", u"Ярославовна"},
        {u"Леонід", u"Леонид", u"Леонідович", u"Леонідівна", u"Леонидович", u"Леонидовна"},
        {u"Геннадій", u"Геннадий", u"Геннадійович", u"Геннадіївна", u"Геннадьевич", u"Геннадьевна"},
        {u"Костянтин", u"Константин", u"Костянтинович", u"Костянтинівна", u"Константинович", u"Константиновна"},
        {u"Станіслав", u"Станислав", u"Станіславович", u"Станіславівна", u"Станиславович", u"Станиславовна"},
        {u"Георгій", u"Георгий", u"Георгійович", u"Георгіївна", u"Георгиевич", u"Георгиевна"},
        {u"Борис", u"Борис", u"Борисович", u"Борисівна", u"Борисович", u"Борисовна"},
        {u"Назар", u"Назар", u"Назарович", u"Назарівна", u"Назарович", u"Назаровна"},
        {u"Остап", u"Остап", u"Остапович", u"Остапівна", u"Остапович", u"Остаповна"},
        {u"Кирило", u"Кирилл", u"Кирилович", u"Кирилівна", u"Кириллович", u"Кирилловна"},
        {u"Едуард", u"Эдуард", u"Едуардович", u"Едуардівна", u"Эдуардович", u"Эдуардовна"},
        {u"Йосип", u"Иосиф", u"Йосипович", u"Йосипівна", u"Иосифович", u"Иосифовна"},
        {u"Ілля", u"Илья", u"Ілліч", u"Іллівна", u"Ильич", u"Ильинична"},
    };
    return names;
}

struct FemaleName {
    const char16_t *uk, *ru;
};

inline const std::vector<FemaleName> &femaleNames()
{
    static const std::vector<FemaleName> names = {
        {u"Олена", u"Елена"},         {u"Наталія", u"Наталья"},     {u"Ірина", u"Ирина"},   {u"Тетяна", u"Татьяна"},
        {u"Світлана", u"Светлана"},   {u"Оксана", u"Оксана"},       {u"Юлія", u"Юлия"},     {u"Марія", u"Мария"},
        {u"Ольга", u"Ольга"},         {u"Людмила", u"Людмила"},     {u"Галина", u"Галина"}, {u"Катерина", u"Екатерина"},
        {u"Анна", u"Анна"},           {u"Валентина", u"Валентина"}, {u"Надія", u"Надежда"}, {u"Вікторія", u"Виктория"},
        {u"Анастасія", u"Анастасия"}, {u"Любов", u"Любовь"},        {u"Лариса", u"Лариса"}, {u"Віра", u"Вера"},
    };
    return names;
}

// Common Ukrainian surnames, roughly most frequent first.
inline const QStringList &commonSurnames()
{
    static const QStringList surnames = [] {
        const char16_t *const list[] = {
            u"Мельник",    u"Шевченко",    u"Коваленко",  u"Бондаренко", u"Бойко",        u"Ткаченко",   u"Кравченко",
            u"Ковальчук",  u"Коваль",      u"Олійник",    u"Шевчук",     u"Поліщук",      u"Іваненко",   u"Ткачук",
            u"Савченко",   u"Бондар",      u"Марченко",   u"Руденко",    u"Мороз",        u"Лисенко",    u"Петренко",
            u"Клименко",   u"Павленко",    u"Кравчук",    u"Кузьменко",  u"Пономаренко",  u"Савчук",     u"Василенко",
            u"Левченко",   u"Харченко",    u"Сидоренко",  u"Карпенко",   u"Гаврилюк",     u"Швець",      u"Мельничук",
            u"Юрченко",    u"Мартинюк",    u"Антонюк",    u"Костенко",   u"Мазур",        u"Литвиненко", u"Романенко",
            u"Приходько",  u"Лук’яненко",  u"Тарасенко",  u"Кушнір",     u"Гончаренко",   u"Білик",      u"Вакуленко",
            u"Павлюк",     u"Панченко",    u"Дмитренко",  u"Захарченко", u"Стасюк",       u"Остапенко",  u"Нестеренко",
            u"Гуменюк",    u"Бабенко",     u"Тимошенко",  u"Климчук",    u"Ярошенко",     u"Семенюк",    u"Вовк",
            u"Гнатюк",     u"Кириленко",   u"Кучер",      u"Назаренко",  u"Яковенко",     u"Зайченко",   u"Гордієнко",
            u"Пилипенко",  u"Дорошенко",   u"Степаненко", u"Левчук",     u"Приймак",      u"Фесенко",    u"Данильченко",
            u"Гребенюк",   u"Сергієнко",   u"Зінченко",   u"Чорновол",   u"Слободянюк",   u"Демченко",   u"Головко",
            u"Головач",    u"Семенко",     u"Щербак",     u"Гуцул",      u"Гончар",       u"Марчук",     u"Андрієнко",
            u"Максименко", u"Дячук",       u"Дяченко",    u"Кравець",    u"Сорока",       u"Біленко",    u"Білоус",
            u"Свириденко", u"Шаповал",     u"Яремчук",    u"Стецюк",     u"Ничипорук",    u"Федоренко",  u"Тимчук",
            u"Онищенко",   u"Гриценко",    u"Ігнатенко",  u"Ющенко",     u"Мирошниченко", u"Прокопенко", u"Кондратюк",
            u"Вербицький", u"Ковальський", u"Заїка",      u"Науменко",   u"Висоцький",    u"Яворський",  u"Бережний",
            u"Чорний",     u"Білий",       u"Сірий",      u"Грищенко",   u"Єременко",     u"Євтушенко",  u"Їжакевич",
            u"Ґудзенко",   u"Щербина",     u"Жук",        u"Гук",        u"Мар’янчук",    u"Соловйов",   u"Кузнєцов",
            u"Осадчий",    u"Сидорчук",    u"Паламарчук", u"Фурман",     u"Литвин",       u"Рибак",      u"Бабич",
            u"Гаврищук",   u"Карпюк",      u"Даниленко",  u"Лозинський", u"Заєць",        u"Ковтун",     u"Тищенко",
            u"Середа",     u"Кобзар",      u"Цимбал",     u"Бурлака",    u"Хоменко",      u"Юрчишин",    u"Симоненко",
            u"Кравчишин",  u"Ярмоленко",   u"Гнатенко",   u"Бабій",      u"Пасічник",     u"Король",     u"Дзюба",
            u"Чумак",      u"Лещенко",     u"Соколенко",  u"Гайдамака",  u"Гайдай",       u"Кулик",      u"Лебідь",
            u"Дудка",      u"Ничипоренко", u"Коцюба",     u"Процюк",     u"Стефанишин",   u"Гринчук",    u"Возняк",
            u"Гладун",     u"Дмитрук",     u"Зозуля",     u"Мацюк",      u"Оліфіренко",   u"Пугач",      u"Рябоконь",
            u"Сахно",      u"Твердохліб",  u"Устименко",  u"Хмара",      u"Цюпа",         u"Чайка",      u"Шило",
            u"Щур",        u"Юзвак",       u"Ярема",      u"Андрусів",   u"Бевз",         u"Волошин",    u"Горобець",
            u"Дейнека",    u"Жовнір",      u"Загорулько", u"Іщенко",     u"Кабанець",     u"Логвиненко", u"Матвієнко",
            u"Нагорний",   u"Овчаренко",   u"Пархоменко", u"Різник",     u"Скиба",        u"Тесля",      u"Усенко",
            u"Фоменко",    u"Хорошун",     u"Цвях",       u"Черненко",   u"Шуба",         u"Ярошук",     u"Згорянський",
            u"Підгорний",  u"Ґалаґан",     u"Бурʼян",     u"Зубко",      u"Кіт",          u"Рак",
        };
        QStringList out;
        QSet<QString> seen;
        for (const char16_t *s : list) {
            const QString name = QString::fromUtf16(s);
            // Keep only clean Cyrillic entries (guards against a stray Latin letter in this list).
            bool clean = true;
            for (QChar c : name)
                clean = clean && (!c.isLetter() || c.script() == QChar::Script_Cyrillic);
            if (clean && !seen.contains(name)) {
                seen.insert(name);
                out << name;
            }
        }
        return out;
    }();
    return surnames;
}

inline const QStringList &tailFirst()
{
    static const QStringList s = {
        QStringLiteral("Бор"),  QStringLiteral("Вер"), QStringLiteral("Гал"),  QStringLiteral("Дов"),
        QStringLiteral("Жур"),  QStringLiteral("Зел"), QStringLiteral("Кар"),  QStringLiteral("Лоз"),
        QStringLiteral("Мал"),  QStringLiteral("Нос"), QStringLiteral("Пас"),  QStringLiteral("Рад"),
        QStringLiteral("Сав"),  QStringLiteral("Тур"), QStringLiteral("Хом"),  QStringLiteral("Чаб"),
        QStringLiteral("Шиш"),  QStringLiteral("Яц"),  QStringLiteral("Кос"),  QStringLiteral("Лев"),
        QStringLiteral("Гор"),  QStringLiteral("Дуб"), QStringLiteral("Сок"),  QStringLiteral("Тер"),
        QStringLiteral("Гриц"), QStringLiteral("Мих"), QStringLiteral("Стец"), QStringLiteral("Фед"),
        QStringLiteral("Луц"),  QStringLiteral("Щур"), QStringLiteral("Біл"),  QStringLiteral("Ящ"),
    };
    return s;
}

inline const QStringList &tailMiddle()
{
    static const QStringList s = {QString(),
                                  QStringLiteral("а"),
                                  QStringLiteral("ен"),
                                  QStringLiteral("ич"),
                                  QStringLiteral("ан"),
                                  QStringLiteral("ул"),
                                  QStringLiteral("ик"),
                                  QStringLiteral("ор"),
                                  QStringLiteral("ов"),
                                  QStringLiteral("ин"),
                                  QStringLiteral("ес"),
                                  QStringLiteral("ят"),
                                  QStringLiteral("ун"),
                                  QStringLiteral("ал"),
                                  QStringLiteral("ем"),
                                  QStringLiteral("ох")};
    return s;
}

inline const QStringList &tailEnding()
{
    static const QStringList s = {
        QStringLiteral("енко"), QStringLiteral("ук"), QStringLiteral("юк"),    QStringLiteral("чук"),
        QStringLiteral("ишин"), QStringLiteral("ів"), QStringLiteral("ський"), QStringLiteral("ак"),
        QStringLiteral("ець"),  QStringLiteral("ич"), QStringLiteral("ко"),    QStringLiteral("ян"),
        QStringLiteral("ар"),   QStringLiteral("ун"), QStringLiteral("ай"),    QStringLiteral("ищак")};
    return s;
}

// The feminine form of a surname.
inline QString feminine(const QString &surname)
{
    if (surname.endsWith(QStringLiteral("ський")) || surname.endsWith(QStringLiteral("цький")) ||
        surname.endsWith(QStringLiteral("зький"))) {
        return surname.left(surname.size() - 2) + QStringLiteral("а");
    }
    if (surname.endsWith(QStringLiteral("ий")))
        return surname.left(surname.size() - 2) + QStringLiteral("а");
    if (surname.endsWith(QStringLiteral("ов")) || surname.endsWith(QStringLiteral("єв")))
        return surname + QStringLiteral("а");
    return surname;
}

// A Russian rendering of a Ukrainian surname, so the Russian ICAO system can spell it.
inline QString russified(const QString &surname)
{
    QString out;
    for (QChar c : surname) {
        switch (c.unicode()) {
        case u'і':
            out += QChar(u'и');
            break;
        case u'І':
            out += QChar(u'И');
            break;
        case u'ї':
            out += QStringLiteral("йи");
            break;
        case u'Ї':
            out += QStringLiteral("Йи");
            break;
        case u'є':
            out += QChar(u'е');
            break;
        case u'Є':
            out += QChar(u'Е');
            break;
        case u'ґ':
            out += QChar(u'г');
            break;
        case u'Ґ':
            out += QChar(u'Г');
            break;
        case u'’':
        case u'ʼ':
        case u'\'':
            out += QChar(u'ь');
            break;
        default:
            out += c;
        }
    }
    return out;
}

class Random final {
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % quint64(n)); } // n small: the bias is negligible
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 m_engine;
};

// Picks index k with probability proportional to 1 / (k + 1)^s.
class Zipf final {
public:
    Zipf(int n, double s)
    {
        double sum = 0;
        for (int k = 0; k < n; ++k) {
            sum += 1.0 / std::pow(double(k + 1), s);
            m_cumulative.push_back(sum);
        }
        for (double &c : m_cumulative)
            c /= sum;
    }
    int pick(Random &random) const
    {
        const double u = random.unit();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

// How a registry person was drawn, to render variations.
struct Drawn final {
    bool female = false;
    int given = 0;  // into maleNames() or femaleNames()
    int father = 0; // into maleNames()
};

inline QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

inline QString patronymic(const Drawn &d, bool russian)
{
    const MaleName &f = maleNames()[size_t(d.father)];
    return s(russian ? (d.female ? f.patRuF : f.patRuM) : (d.female ? f.patUkF : f.patUkM));
}

inline QString givenName(const Drawn &d, bool russian)
{
    if (d.female)
        return s(russian ? femaleNames()[size_t(d.given)].ru : femaleNames()[size_t(d.given)].uk);
    return s(russian ? maleNames()[size_t(d.given)].ru : maleNames()[size_t(d.given)].uk);
}

inline PartialDate randomDate(Random &random)
{
    const QDate first(1965, 1, 1);
    return PartialDate::fromDate(first.addDays(random.below(40 * 365)));
}

inline int digitDifferences(const QString &a, const QString &b)
{
    int n = 0;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        n += a.at(i) != b.at(i) ? 1 : 0;
    return n + int(std::abs(a.size() - b.size()));
}

inline QString exactKey(const names::MatchRecord &r)
{
    return r.surname + QChar(u'|') + r.givenName + QChar(u'|') + r.patronymic + QChar(u'|') + r.birthDate.toIso();
}

inline QString latinFor(Variation v, const QString &cyrillic)
{
    const auto system = v == Variation::LatinRussian ? names::PassportTransliterator::System::RussianIcao
                                                     : names::PassportTransliterator::System::UkrainianPassport;
    const Result<QString> latin = names::PassportTransliterator::transliterate(system, cyrillic);
    if (latin.ok())
        return latin.value();
    return names::PassportTransliterator::ukrainianPassport(cyrillic);
}

} // namespace detail

inline EvaluationSet generate(const Options &options)
{
    using namespace detail;
    Random random(options.seed);
    const QStringList &common = commonSurnames();
    const Zipf surnameZipf(int(common.size()), 0.8);
    const Zipf maleZipf(int(maleNames().size()), 1.0);
    const Zipf femaleZipf(int(femaleNames().size()), 1.0);

    const auto drawSurname = [&] {
        if (random.chance(0.3))
            return common.at(surnameZipf.pick(random));
        return tailFirst().at(random.below(int(tailFirst().size()))) +
               tailMiddle().at(random.below(int(tailMiddle().size()))) +
               tailEnding().at(random.below(int(tailEnding().size())));
    };
    const auto drawPerson = [&](Drawn &d) {
        d.female = random.chance(0.12);
        d.given = d.female ? femaleZipf.pick(random) : maleZipf.pick(random);
        d.father = maleZipf.pick(random);
        names::MatchRecord r;
        const QString surname = drawSurname();
        r.surname = d.female ? feminine(surname) : surname;
        r.givenName = givenName(d, false);
        r.patronymic = patronymic(d, false);
        r.birthDate = randomDate(random);
        r.sex = d.female ? QLatin1Char('F') : QLatin1Char('M');
        return r;
    };

    EvaluationSet set;
    std::vector<Drawn> drawn;
    set.registry.reserve(options.registrySize);
    drawn.reserve(size_t(options.registrySize));
    QSet<QString> exact;
    const auto push = [&](names::MatchRecord r, const Drawn &d) {
        r.recordId = QStringLiteral("R%1").arg(set.registry.size() + 1, 7, 10, QLatin1Char('0'));
        exact.insert(exactKey(r));
        set.registry.append(std::move(r));
        drawn.push_back(d);
    };
    while (set.registry.size() < options.registrySize) {
        Drawn d;
        const names::MatchRecord r = drawPerson(d);
        push(r, d);
        if (!random.chance(options.clusterShare))
            continue;
        // A planted namesake cluster: same surname and given name, another patronymic and/or birth date.
        const int extra = 1 + random.below(3);
        for (int k = 0; k < extra && set.registry.size() < options.registrySize; ++k) {
            Drawn nd = d;
            names::MatchRecord n = r;
            const int kind = random.below(3);
            if (kind != 1) {
                do {
                    nd.father = maleZipf.pick(random);
                } while (nd.father == d.father);
                n.patronymic = patronymic(nd, false);
            }
            if (kind != 0)
                n.birthDate = random.chance(0.5)
                                  ? PartialDate::fromDate(QDate(r.birthDate.year(), 1, 1).addDays(random.below(365)))
                                  : randomDate(random);
            if (!exact.contains(exactKey(n)))
                push(n, nd);
        }
    }

    // The list.
    const qsizetype n = set.registry.size();
    set.list.reserve(options.listSize);
    constexpr int kPresentVariations = int(Variation::YearOnly) + 1;
    const QString lookAlikeFrom = QStringLiteral("аоеср хіКТНВМ").remove(QChar(u' '));
    const QString lookAlikeTo = QStringLiteral("aoecpxiKTHBM");
    const QString cyrillicLetters = QStringLiteral("абвгдеєжзиіїйклмнопрстуфхцчшщьюя");
    while (set.list.size() < options.listSize) {
        ListEntry entry;
        if (random.chance(options.absentShare)) {
            if (random.chance(0.5)) {
                Drawn d;
                entry.person = drawPerson(d);
                entry.variation = Variation::Absent;
            } else {
                // A namesake of a registry person, born on a date that differs in at least two digits.
                const qsizetype of = random.below(int(n));
                entry.person = set.registry.at(of);
                const QString iso = entry.person.birthDate.toIso();
                PartialDate other;
                do {
                    other = randomDate(random);
                } while (digitDifferences(other.toIso(), iso) < 2 || other.year() == entry.person.birthDate.year());
                entry.person.birthDate = other;
                entry.variation = Variation::AbsentNamesake;
            }
            if (exact.contains(exactKey(entry.person)))
                continue;
            entry.truth = -1;
        } else {
            const qsizetype truth = random.below(int(n));
            const Variation v = Variation(random.below(kPresentVariations));
            const Drawn &d = drawn[size_t(truth)];
            names::MatchRecord p = set.registry.at(truth);
            bool applicable = true;
            switch (v) {
            case Variation::Exact:
                break;
            case Variation::RussianForm:
                p.givenName = givenName(d, true);
                p.patronymic = patronymic(d, true);
                break;
            case Variation::LatinUkrainian:
                p.surname = latinFor(v, p.surname);
                p.givenName = latinFor(v, p.givenName);
                p.patronymic = latinFor(v, p.patronymic);
                break;
            case Variation::LatinRussian:
                p.surname = latinFor(v, russified(p.surname));
                p.givenName = latinFor(v, givenName(d, true));
                p.patronymic = latinFor(v, patronymic(d, true));
                break;
            case Variation::Typo: {
                QString surname = p.surname;
                if (surname.size() < 5) {
                    applicable = false;
                    break;
                }
                const int at = 1 + random.below(int(surname.size()) - 2);
                switch (random.below(4)) {
                case 0: {
                    QChar c;
                    do {
                        c = cyrillicLetters.at(random.below(int(cyrillicLetters.size())));
                    } while (c == surname.at(at));
                    surname[at] = c;
                    break;
                }
                case 1:
                    surname.remove(at, 1);
                    break;
                case 2:
                    surname.insert(at, cyrillicLetters.at(random.below(int(cyrillicLetters.size()))));
                    break;
                default:
                    if (surname.at(at) == surname.at(at + 1)) {
                        applicable = false;
                        break;
                    }
                    std::swap(surname[at], surname[at + 1]);
                }
                p.surname = surname;
                break;
            }
            case Variation::LookAlike: {
                QList<int> positions;
                for (int i = 0; i < p.surname.size(); ++i) {
                    if (lookAlikeFrom.contains(p.surname.at(i)))
                        positions << i;
                }
                if (positions.isEmpty()) {
                    applicable = false;
                    break;
                }
                const int count = std::min<int>(int(positions.size()), 1 + random.below(2));
                for (int k = 0; k < count; ++k) {
                    const int at = positions.takeAt(random.below(int(positions.size())));
                    p.surname[at] = lookAlikeTo.at(lookAlikeFrom.indexOf(p.surname.at(at)));
                }
                break;
            }
            case Variation::DayMonthSwapped: {
                const PartialDate b = p.birthDate;
                if (b.day() > 12 || b.day() == b.month()) {
                    applicable = false;
                    break;
                }
                p.birthDate = PartialDate::fromDate(QDate(b.year(), b.day(), b.month()));
                break;
            }
            case Variation::DateDigit: {
                const QString iso = p.birthDate.toIso();
                static const int positions[] = {2, 3, 5, 6, 8, 9};
                applicable = false;
                for (int attempt = 0; attempt < 20 && !applicable; ++attempt) {
                    QString changed = iso;
                    const int at = positions[random.below(6)];
                    changed[at] = QChar(u'0' + random.below(10));
                    if (changed == iso)
                        continue;
                    const std::optional<PartialDate> date = PartialDate::parse(changed);
                    if (date && !date->isNull() && date->year() >= 1900 && date->year() <= 2025) {
                        p.birthDate = *date;
                        applicable = true;
                    }
                }
                break;
            }
            case Variation::YearOnly:
                p.birthDate = PartialDate::fromYear(p.birthDate.year());
                break;
            default:
                break;
            }
            if (!applicable)
                continue;
            entry.person = p;
            entry.variation = v;
            entry.truth = truth;
        }
        entry.person.recordId = QStringLiteral("L%1").arg(set.list.size() + 1, 6, 10, QLatin1Char('0'));
        set.list.append(std::move(entry));
    }
    return set;
}

struct VariationReport final {
    Variation variation = Variation::Exact;
    int n = 0;
    int falseMatches = 0; // verdict match on a wrong record (or on anything, for an absent person)
    int automatic = 0;    // verdict match on the right record
    int recalled = 0;     // the right record among the candidates (present) / verdict none (absent)
    double automaticShare() const { return n == 0 ? 0.0 : double(automatic) / n; }
    double recall() const { return n == 0 ? 0.0 : double(recalled) / n; }
};

inline QList<VariationReport> evaluate(const EvaluationSet &set, const QList<names::MatchResult> &results)
{
    QList<VariationReport> rows(kVariations);
    for (int v = 0; v < kVariations; ++v)
        rows[v].variation = Variation(v);
    for (qsizetype i = 0; i < std::min(set.list.size(), results.size()); ++i) {
        const ListEntry &entry = set.list.at(i);
        const names::MatchResult &result = results.at(i);
        VariationReport &row = rows[int(entry.variation)];
        ++row.n;
        const bool match = result.verdict == names::Verdict::Match;
        if (!isPresent(entry.variation)) {
            row.falseMatches += match ? 1 : 0;
            row.recalled += result.verdict == names::Verdict::None ? 1 : 0;
            continue;
        }
        const bool right = !result.candidates.isEmpty() && result.candidates.constFirst().registryIndex == entry.truth;
        row.falseMatches += (match && !right) ? 1 : 0;
        row.automatic += (match && right) ? 1 : 0;
        const bool among = std::any_of(result.candidates.cbegin(), result.candidates.cend(),
                                       [&](const names::Candidate &c) { return c.registryIndex == entry.truth; });
        row.recalled += among ? 1 : 0;
    }
    return rows;
}

inline QString formatReport(const QList<VariationReport> &rows)
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5\n")
                      .arg(QStringLiteral("variation"), -16)
                      .arg(QStringLiteral("n"), 6)
                      .arg(QStringLiteral("false"), 6)
                      .arg(QStringLiteral("auto"), 7)
                      .arg(QStringLiteral("recall*"), 8);
    VariationReport total;
    for (const VariationReport &row : rows) {
        out += QStringLiteral("%1 %2 %3 %4% %5%\n")
                   .arg(variationName(row.variation), -16)
                   .arg(row.n, 6)
                   .arg(row.falseMatches, 6)
                   .arg(100.0 * row.automaticShare(), 6, 'f', 1)
                   .arg(100.0 * row.recall(), 7, 'f', 1);
        if (isPresent(row.variation)) {
            total.n += row.n;
            total.falseMatches += row.falseMatches;
            total.automatic += row.automatic;
            total.recalled += row.recalled;
        } else {
            total.falseMatches += row.falseMatches;
        }
    }
    out += QStringLiteral("%1 %2 %3 %4% %5%\n")
               .arg(QStringLiteral("all present"), -16)
               .arg(total.n, 6)
               .arg(total.falseMatches, 6)
               .arg(100.0 * total.automaticShare(), 6, 'f', 1)
               .arg(100.0 * total.recall(), 7, 'f', 1);
    out += QStringLiteral("recall*: right record among the candidates; for absent persons the share of verdict none."
                          " false (all present) counts the absent rows too.\n");
    return out;
}

} // namespace homeward::evaluation
