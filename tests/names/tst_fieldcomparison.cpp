#include "names/FieldComparison.h"

#include <QTest>

using namespace homeward;
using namespace homeward::names;

Q_DECLARE_METATYPE(homeward::names::NameKind)
Q_DECLARE_METATYPE(homeward::names::NameLevel)
Q_DECLARE_METATYPE(homeward::names::DateLevel)

class FieldComparisonTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names_data();
    void names();
    void namesAreSymmetric_data() { names_data(); }
    void namesAreSymmetric();
    void preparedNamesAgree_data() { names_data(); }
    void preparedNamesAgree();
    void similarityFollowsLevel_data() { names_data(); }
    void similarityFollowsLevel();
    void typoReasons_data();
    void typoReasons();
    void lookAlikeReasonNamesTheLetters();
    void dates_data();
    void dates();
    void damerauLevenshtein_data();
    void damerauLevenshtein();
    void jaroWinkler_data();
    void jaroWinkler();
    void labels();
};

namespace {

void nameRow(NameKind kind, const char *a, const char *b, NameLevel level, const char *reasonPart = "")
{
    static const char *const kinds[] = {"surname", "given", "patronymic"};
    const QString tag =
        QStringLiteral("%1: %2 / %3")
            .arg(QLatin1String(kinds[static_cast<int>(kind)]), QString::fromUtf8(a), QString::fromUtf8(b));
    QTest::newRow(qPrintable(tag)) << kind << QString::fromUtf8(a) << QString::fromUtf8(b) << level
                                   << QString::fromUtf8(reasonPart);
}

} // namespace

void FieldComparisonTest::names_data()
{
    QTest::addColumn<NameKind>("kind");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<NameLevel>("level");
    QTest::addColumn<QString>("reasonPart");

    constexpr auto S = NameKind::Surname;
    constexpr auto G = NameKind::GivenName;
    constexpr auto P = NameKind::Patronymic;
    using L = NameLevel;

    // Surnames.
    nameRow(S, "Коваленко", "Коваленко", L::Exact, "«Коваленко»");
    nameRow(S, "Коваленко", "КОВАЛЕНКО", L::Exact);
    nameRow(S, " Коваленко  ", "коваленко", L::Exact);
    nameRow(S, "Дем'яненко", "Дем’яненко", L::Exact);
    nameRow(S, "Дем`яненко", "Демʼяненко", L::Exact);
    nameRow(S, "Шевченко-Ткач", "Шевченко–Ткач", L::Exact);
    nameRow(S, "Kovalenko", "KOVALENKO", L::Exact);
    nameRow(S, "Kовaленко", "Коваленко", L::LookAlikeRepair, "«K», «a»");
    nameRow(S, "Шевчeнко", "Шевченко", L::LookAlikeRepair, "«e»");
    nameRow(S, "Гнaтюк", "Гнатюк", L::LookAlikeRepair, "Latin");
    nameRow(S, "Kovalenkо", "Kovalenko", L::LookAlikeRepair, "Cyrillic letters «о» in a Latin word");
    nameRow(S, "Kовaленко", "Коваленкo", L::LookAlikeRepair);
    nameRow(S, "Гнатюк", "Hnatiuk", L::Transliteration, "another alphabet");
    nameRow(S, "Гнатюк", "Gnatiuk", L::Transliteration);
    nameRow(S, "Hnatiuk", "Gnatiuk", L::Transliteration);
    nameRow(S, "Hnatyuk", "Гнатюк", L::Transliteration);
    nameRow(S, "Ковальський", "Ковальский", L::Transliteration);
    nameRow(S, "Ковальський", "Kovalskyi", L::Transliteration);
    nameRow(S, "Kovalskyi", "Kovalsky", L::Transliteration);
    nameRow(S, "Ковальська", "Kovalskaya", L::Transliteration);
    nameRow(S, "Шевченко", "Shevchenko", L::Transliteration);
    nameRow(S, "Щербак", "Shcherbak", L::Transliteration);
    nameRow(S, "Хоменко", "Khomenko", L::Transliteration);
    nameRow(S, "Цибулько", "Tsybulko", L::Transliteration);
    nameRow(S, "Хрущёв", "Хрущев", L::Transliteration);
    nameRow(S, "Олександр", "Александр", L::OneTypo, "letter 1 «о» / «а»"); // no language variants for surnames
    nameRow(S, "Коваленко", "Ковалепко", L::OneTypo, "«Коваленко» / «Ковалепко», letter 7 «н» / «п»");
    nameRow(S, "Коваленко", "Коваленков", L::OneTypo, "letter 10 «в» is only in the second");
    nameRow(S, "Шевченко", "Шевчено", L::OneTypo, "letter 7 «к» is only in the first");
    nameRow(S, "Коваленко", "Коавленко", L::OneTypo, "letters 3 and 4 «ва» / «ав»");
    nameRow(S, "Kovalenko", "Kovalenkp", L::OneTypo, "letter 9 «o» / «p»");
    nameRow(S, "Коваленко", "Kovalenka", L::OneTypo, "written in Latin letters");
    nameRow(S, "Бондаренко", "Бондарчук", L::Similar, "(88 %)"); // Jaro–Winkler favours a shared beginning
    nameRow(S, "Коваленко", "Коваленченко", L::Similar, "similar");
    nameRow(S, "Шевченко", "Шевчук", L::Similar);
    nameRow(S, "Коваленко", "Шевченко", L::Different, "differ");
    nameRow(S, "Smith", "Коваленко", L::Different);
    nameRow(S, "Мельник", "Мельниченко", L::Similar);
    nameRow(S, "Петренко", "Сидоренко", L::Different);
    nameRow(S, "Бондар", "Бондаренко", L::Similar);
    nameRow(S, "Ткаченко", "Ткачeнкo", L::LookAlikeRepair);
    nameRow(S, "Кравченко", "Кравчепко", L::OneTypo);
    nameRow(S, "Кравченко", "Кравчинко", L::OneTypo, "letter 6 «е» / «и»");
    nameRow(S, "Литвиненко", "Литвиненко-Литвин", L::Similar);
    nameRow(S, "Савченко", "Савчеико", L::OneTypo);
    nameRow(S, "Петренко", "Петрепка", L::Similar);
    nameRow(S, "", "Коваленко", L::Missing, "Only one side has a value: «Коваленко»");
    nameRow(S, "Коваленко", "", L::Missing);
    nameRow(S, "", "", L::Missing, "Both are empty");
    nameRow(S, "   ", "Коваленко", L::Missing);

    // Given names.
    nameRow(G, "Олександр", "олександр", L::Exact);
    nameRow(G, "Марія", "МАРІЯ", L::Exact);
    nameRow(G, "Мар'яна", "Мар’яна", L::Exact);
    nameRow(G, "Олeксандр", "Олександр", L::LookAlikeRepair, "«e»");
    nameRow(G, "Iван", "Іван", L::LookAlikeRepair, "«I»");
    nameRow(G, "Марiя", "Марія", L::LookAlikeRepair);
    nameRow(G, "Олександр", "Oleksandr", L::Transliteration);
    nameRow(G, "Сергій", "Сергей", L::Transliteration);
    nameRow(G, "Сергій", "Serhii", L::Transliteration);
    nameRow(G, "Сергей", "Sergey", L::Transliteration);
    nameRow(G, "Андрій", "Andrii", L::Transliteration);
    nameRow(G, "Юрій", "Yurii", L::Transliteration);
    nameRow(G, "Ігор", "Игорь", L::Transliteration);
    nameRow(G, "Наталія", "Наталья", L::Transliteration);
    nameRow(G, "Наталія", "Наталя", L::Transliteration);
    nameRow(G, "Наталія", "Nataliia", L::Transliteration);
    nameRow(G, "Тетяна", "Tetiana", L::Transliteration);
    nameRow(G, "Євген", "Yevhen", L::Transliteration);
    nameRow(G, "Пётр", "Петр", L::Transliteration);
    nameRow(G, "Гліб", "Hlib", L::Transliteration);
    nameRow(G, "Ілля", "Илья", L::Transliteration);
    nameRow(G, "Любов", "Любовь", L::Transliteration);
    nameRow(G, "Олександр", "Александр", L::LanguageVariant,
            "«Олександр» and «Александр» are Ukrainian and Russian forms of one given name («Олександр»)");
    nameRow(G, "Oleksandr", "Aleksandr", L::LanguageVariant);
    nameRow(G, "Олександр", "Aleksandr", L::LanguageVariant);
    nameRow(G, "Oleksandr", "Alexander", L::LanguageVariant);
    nameRow(G, "Микола", "Николай", L::LanguageVariant);
    nameRow(G, "Mykola", "Nikolai", L::LanguageVariant);
    nameRow(G, "Дмитро", "Дмитрий", L::LanguageVariant);
    nameRow(G, "Петро", "Пётр", L::LanguageVariant);
    nameRow(G, "Павло", "Павел", L::LanguageVariant);
    nameRow(G, "Михайло", "Михаил", L::LanguageVariant);
    nameRow(G, "Федір", "Фёдор", L::LanguageVariant);
    nameRow(G, "Гліб", "Глеб", L::LanguageVariant);
    nameRow(G, "Яків", "Яков", L::LanguageVariant);
    nameRow(G, "Олена", "Елена", L::LanguageVariant);
    nameRow(G, "Надія", "Надежда", L::LanguageVariant);
    nameRow(G, "Віра", "Вера", L::LanguageVariant);
    nameRow(G, "Тетяна", "Татьяна", L::LanguageVariant);
    nameRow(G, "Катерина", "Екатерина", L::LanguageVariant);
    nameRow(G, "Ганна", "Анна", L::LanguageVariant);
    nameRow(G, "Євген", "Евгений", L::LanguageVariant);
    nameRow(G, "Василь", "Василий", L::LanguageVariant);
    nameRow(G, "Kateryna", "Ekaterina", L::LanguageVariant);
    nameRow(G, "Олександр", "Олексндр", L::OneTypo, "letter 6 «а» is only in the first");
    nameRow(G, "Ярослав", "Ярсолав", L::OneTypo, "letters 3 and 4 «ос» / «со»");
    nameRow(G, "Марія", "Маріа", L::Transliteration); // я and іа meet in the key
    nameRow(G, "Марія", "Мапія", L::OneTypo, "letter 3 «р» / «п»");
    nameRow(G, "Олександр", "Олександра", L::Different, "different given names");
    nameRow(G, "Валентин", "Валентина", L::Different);
    nameRow(G, "Ярослав", "Ярослава", L::Different);
    nameRow(G, "Іван", "Яна", L::Different);
    nameRow(G, "Олександр", "Микола", L::Different);
    nameRow(G, "Ivan", "Petro", L::Different);
    nameRow(G, "Олександр", "Олесандро", L::Similar);
    nameRow(G, "", "Олександр", L::Missing);
    nameRow(G, "Олександр", "", L::Missing);

    // Patronymics.
    nameRow(P, "Миколайович", "миколайович", L::Exact);
    nameRow(P, "Миколaйович", "Миколайович", L::LookAlikeRepair);
    nameRow(P, "Миколайович", "Mykolaiovych", L::Transliteration);
    nameRow(P, "Сергійович", "Serhiiovych", L::Transliteration);
    nameRow(P, "Олександрович", "Oleksandrovych", L::Transliteration);
    nameRow(P, "Петрович", "Petrovych", L::Transliteration);
    nameRow(P, "Федорович", "Фёдорович", L::Transliteration);
    nameRow(P, "Ілліч", "Ильич", L::Transliteration);
    nameRow(P, "Сергійович", "Сергеевич", L::LanguageVariant,
            "«Сергійович» and «Сергеевич» are Ukrainian and Russian forms of one patronymic (from «Сергій»)");
    nameRow(P, "Олександрович", "Александрович", L::LanguageVariant);
    nameRow(P, "Oleksandrovych", "Aleksandrovich", L::LanguageVariant);
    nameRow(P, "Миколайович", "Николаевич", L::LanguageVariant);
    nameRow(P, "Миколаївна", "Николаевна", L::LanguageVariant);
    nameRow(P, "Іллівна", "Ильинична", L::LanguageVariant);
    nameRow(P, "Якович", "Яковлевич", L::LanguageVariant);
    nameRow(P, "Яківна", "Яковлевна", L::LanguageVariant);
    nameRow(P, "Львівна", "Львовна", L::LanguageVariant);
    nameRow(P, "Юрійович", "Юрьевич", L::LanguageVariant);
    nameRow(P, "Кузьмівна", "Кузьминична", L::LanguageVariant);
    nameRow(P, "Микитович", "Никитич", L::LanguageVariant);
    nameRow(P, "Євгенович", "Евгеньевич", L::LanguageVariant);
    nameRow(P, "Григорович", "Григорьевич", L::LanguageVariant);
    nameRow(P, "Олександрович", "Олександрівна", L::Different, "one is a man's patronymic and the other a woman's");
    nameRow(P, "Миколайович", "Николаевна", L::Different);
    nameRow(P, "Сергеевич", "Сергеевна", L::Different);
    nameRow(P, "Олександрович", "Миколайович", L::Different, "from different given names");
    nameRow(P, "Петрович", "Павлович", L::Different);
    nameRow(P, "Олександрович", "Олександрвич", L::OneTypo, "letter 10 «о» is only in the first");
    nameRow(P, "Миколайович", "Миколайвоич", L::OneTypo, "letters 8 and 9 «ов» / «во»");
    nameRow(P, "Петрович", "", L::Missing);
}

void FieldComparisonTest::names()
{
    QFETCH(NameKind, kind);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(NameLevel, level);
    QFETCH(QString, reasonPart);
    const NameComparison result = compareNames(kind, a, b);
    QVERIFY2(result.level == level, qPrintable(label(result.level) + QStringLiteral(": ") + result.reason));
    QVERIFY(!result.reason.isEmpty());
    QVERIFY2(result.reason.contains(reasonPart), qPrintable(result.reason));
}

void FieldComparisonTest::namesAreSymmetric()
{
    QFETCH(NameKind, kind);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const NameComparison ab = compareNames(kind, a, b);
    const NameComparison ba = compareNames(kind, b, a);
    QCOMPARE(ba.level, ab.level);
    QCOMPARE(ba.similarity, ab.similarity);
}

void FieldComparisonTest::preparedNamesAgree()
{
    QFETCH(NameKind, kind);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const PreparedName preparedA = prepareName(kind, a);
    const PreparedName preparedB = prepareName(kind, b);
    const NameComparison fromStrings = compareNames(kind, a, b);
    QCOMPARE(compareNames(preparedA, preparedB), fromStrings);
    const NameComparison quick = compareNames(preparedA, preparedB, false);
    QCOMPARE(quick.level, fromStrings.level);
    QCOMPARE(quick.similarity, fromStrings.similarity);
    QVERIFY(quick.reason.isEmpty());
}

void FieldComparisonTest::similarityFollowsLevel()
{
    QFETCH(NameKind, kind);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const NameComparison result = compareNames(kind, a, b);
    // The documented bands: never rising from one level to the next.
    const auto band = [](NameLevel level) -> std::pair<double, double> {
        switch (level) {
        case NameLevel::Exact:
            return {1.0, 1.0};
        case NameLevel::LookAlikeRepair:
            return {0.99, 0.99};
        case NameLevel::Transliteration:
            return {0.97, 0.97};
        case NameLevel::LanguageVariant:
            return {0.95, 0.95};
        case NameLevel::OneTypo:
            return {0.90, 0.93};
        case NameLevel::Similar:
            return {kSimilarThreshold, 0.90};
        case NameLevel::Different:
            return {0.0, 0.87};
        case NameLevel::Missing:
            return {0.0, 0.0};
        }
        return {-1, -1};
    };
    const auto [low, high] = band(result.level);
    QVERIFY2(result.similarity >= low - 1e-9 && result.similarity <= high + 1e-9,
             qPrintable(QString::number(result.similarity)));
}

void FieldComparisonTest::typoReasons_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("reason");
    QTest::newRow("substitution") << QStringLiteral("Коваленко") << QStringLiteral("Ковалепко")
                                  << QStringLiteral(
                                         "One letter differs: «Коваленко» / «Ковалепко», letter 7 «н» / «п»");
    QTest::newRow("extra letter") << QStringLiteral("Коваленко") << QStringLiteral("Коваленков")
                                  << QStringLiteral("One letter differs: «Коваленко» / «Коваленков», letter 10 «в» "
                                                    "is only in the second");
    QTest::newRow("missing letter") << QStringLiteral("Гнатюк") << QStringLiteral("Гнаюк")
                                    << QStringLiteral("One letter differs: «Гнатюк» / «Гнаюк», letter 4 «т» is only "
                                                      "in the first");
    QTest::newRow("swapped") << QStringLiteral("Гнатюк") << QStringLiteral("Гантюк")
                             << QStringLiteral("Two letters swapped: «Гнатюк» / «Гантюк», letters 2 and 3 «на» / «ан»");
    QTest::newRow("capitals kept in the quote") << QStringLiteral("КОВАЛЕНКО") << QStringLiteral("Ковалепко")
                                                << QStringLiteral("One letter differs: «КОВАЛЕНКО» / «Ковалепко», "
                                                                  "letter 7 «н» / «п»");
}

void FieldComparisonTest::typoReasons()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, reason);
    const NameComparison result = compareNames(NameKind::Surname, a, b);
    QCOMPARE(result.level, NameLevel::OneTypo);
    QCOMPARE(result.reason, reason);
}

void FieldComparisonTest::lookAlikeReasonNamesTheLetters()
{
    // Latin K and a in a Cyrillic surname.
    const NameComparison result =
        compareNames(NameKind::Surname, QStringLiteral("K\u043Eв\u0061ленко"), QStringLiteral("Коваленко"));
    QCOMPARE(result.level, NameLevel::LookAlikeRepair);
    QCOMPARE(result.reason, QStringLiteral("«Kовaленко» has Latin letters «K», «a» in a Cyrillic word; with the "
                                           "look-alike letters replaced, «Kовaленко» and «Коваленко» agree"));
    QCOMPARE(result.similarity, 0.99);
}

void FieldComparisonTest::dates_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<DateLevel>("level");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *a, const char *b, DateLevel level, const char *reason) {
        QTest::newRow(qPrintable(QStringLiteral("%1 / %2").arg(QLatin1String(a), QLatin1String(b))))
            << QString::fromLatin1(a) << QString::fromLatin1(b) << level << QString::fromUtf8(reason);
    };
    using L = DateLevel;
    row("1990-05-07", "1990-05-07", L::Exact, "Same date: «07.05.1990»");
    row("1990-05-07", "07.05.1990", L::Exact, "Same date: «07.05.1990»");
    row("1990", "1990", L::Exact, "Same date: «1990»");
    row("1990-05", "1990-05", L::Exact, "Same date: «05.1990»");
    row("1990-05-07", "1990-07-05", L::DayMonthSwapped, "Day and month swapped: «07.05.1990» / «05.07.1990»");
    row("1985-12-01", "1985-01-12", L::DayMonthSwapped, "Day and month swapped: «01.12.1985» / «12.01.1985»");
    row("1990-01-10", "1990-10-01", L::DayMonthSwapped, "Day and month swapped");
    row("1990-05-07", "1990-05-17", L::OneDigit, "One digit of the day differs: «07.05.1990» / «17.05.1990»");
    row("1990-05-07", "1990-06-07", L::OneDigit, "One digit of the month differs: «07.05.1990» / «07.06.1990»");
    row("1990-05-07", "1991-05-07", L::OneDigit, "One digit of the year differs: «07.05.1990» / «07.05.1991»");
    row("1990-05-07", "1980-05-07", L::OneDigit, "One digit of the year differs");
    row("1990-03-03", "1990-03-04", L::OneDigit, "One digit of the day differs");
    row("1990-05-05", "1990-05-06", L::OneDigit, "day");
    row("1990", "1990-05-07", L::YearOnly, "The dates agree as far as both are known: «1990» / «07.05.1990»");
    row("1990-05-07", "1990", L::YearOnly, "The dates agree as far as both are known: «07.05.1990» / «1990»");
    row("1990-05", "1990-05-07", L::YearOnly, "The dates agree as far as both are known: «05.1990» / «07.05.1990»");
    row("1990", "1990-05", L::YearOnly, "as far as both are known");
    row("1990-05", "1990-06-07", L::YearOnly, "Only the years agree: «05.1990» / «07.06.1990»");
    row("1990-05", "1990-06", L::YearOnly, "Only the years agree");
    row("1990-05-07", "1990-11-23", L::YearOnly, "Only the years agree: «07.05.1990» / «23.11.1990»");
    row("1990-02-14", "1990-03-25", L::YearOnly, "Only the years agree");
    row("", "1990-05-07", L::Missing, "Only one side has a date: «07.05.1990»");
    row("1990", "", L::Missing, "Only one side has a date: «1990»");
    row("", "", L::Missing, "Both dates are unknown");
    row("1990-05-07", "1985-05-07", L::Different, "The dates differ: «07.05.1990» / «07.05.1985»");
    row("1990", "1991", L::Different, "The dates differ");
    row("1990", "1991-05-07", L::Different, "The dates differ");
    row("1990-05-07", "1991-06-07", L::Different, "The dates differ");
    row("1990-05-07", "2001-12-30", L::Different, "The dates differ");
}

void FieldComparisonTest::dates()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(DateLevel, level);
    QFETCH(QString, reason);
    const auto dateA = PartialDate::parse(a);
    const auto dateB = PartialDate::parse(b);
    QVERIFY(dateA && dateB);
    const DateComparison result = compareDates(*dateA, *dateB);
    QVERIFY2(result.level == level, qPrintable(label(result.level) + QStringLiteral(": ") + result.reason));
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    // Symmetric in level.
    QCOMPARE(compareDates(*dateB, *dateA).level, level);
}

void FieldComparisonTest::damerauLevenshtein_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("distance");
    QTest::newRow("equal") << "kovalenko"
                           << "kovalenko" << 3 << 0;
    QTest::newRow("both empty") << ""
                                << "" << 3 << 0;
    QTest::newRow("one empty") << ""
                               << "abc" << 3 << 3;
    QTest::newRow("one empty, over the limit") << ""
                                               << "abcdef" << 3 << 4;
    QTest::newRow("substitution") << "kovalenko"
                                  << "kovalepko" << 3 << 1;
    QTest::newRow("insertion") << "kovalenko"
                               << "kovalenkov" << 3 << 1;
    QTest::newRow("deletion") << "kovalenko"
                              << "kovaleko" << 3 << 1;
    QTest::newRow("transposition") << "kovalenko"
                                   << "kovaelnko" << 3 << 1;
    QTest::newRow("transposition at the start") << "ab"
                                                << "ba" << 3 << 1;
    QTest::newRow("two edits") << "kovalenko"
                               << "kovalepka" << 3 << 2;
    QTest::newRow("OSA, not unrestricted: CA / ABC") << "CA"
                                                     << "ABC" << 5 << 3;
    QTest::newRow("kitten / sitting") << "kitten"
                                      << "sitting" << 5 << 3;
    QTest::newRow("kitten / sitting, limit 1") << "kitten"
                                               << "sitting" << 1 << 2;
    QTest::newRow("early stop") << "abcdefgh"
                                << "zyxwvuts" << 2 << 3;
    QTest::newRow("length difference over the limit") << "abc"
                                                      << "abcdefg" << 2 << 3;
    QTest::newRow("limit 0, equal") << "abc"
                                    << "abc" << 0 << 0;
    QTest::newRow("limit 0, different") << "abc"
                                        << "abd" << 0 << 1;
    QTest::newRow("Cyrillic") << "Коваленко"
                              << "Ковалепко" << 3 << 1;
    QTest::newRow("Cyrillic swap") << "Гнатюк"
                                   << "Гантюк" << 3 << 1;
}

void FieldComparisonTest::damerauLevenshtein()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, limit);
    QFETCH(int, distance);
    QCOMPARE(names::damerauLevenshtein(a, b, limit), distance);
    QCOMPARE(names::damerauLevenshtein(b, a, limit), distance);
}

void FieldComparisonTest::jaroWinkler_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");
    QTest::newRow("MARTHA / MARHTA") << "MARTHA"
                                     << "MARHTA" << 0.961;
    QTest::newRow("DIXON / DICKSONX") << "DIXON"
                                      << "DICKSONX" << 0.813;
    QTest::newRow("DWAYNE / DUANE") << "DWAYNE"
                                    << "DUANE" << 0.840;
    QTest::newRow("JELLYFISH / SMELLYFISH") << "JELLYFISH"
                                            << "SMELLYFISH" << 0.896;
    QTest::newRow("CRATE / TRACE") << "CRATE"
                                   << "TRACE" << 0.733;
    QTest::newRow("equal") << "kovalenko"
                           << "kovalenko" << 1.0;
    QTest::newRow("nothing in common") << "abc"
                                       << "xyz" << 0.0;
    QTest::newRow("both empty") << ""
                                << "" << 1.0;
    QTest::newRow("one empty") << "abc"
                               << "" << 0.0;
    QTest::newRow("one letter") << "a"
                                << "a" << 1.0;
}

void FieldComparisonTest::jaroWinkler()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    QVERIFY2(qAbs(names::jaroWinkler(a, b) - expected) < 0.0005, qPrintable(QString::number(names::jaroWinkler(a, b))));
    QVERIFY(qAbs(names::jaroWinkler(b, a) - expected) < 0.0005);
}

void FieldComparisonTest::labels()
{
    QSet<QString> nameLabels;
    for (int level = 0; level <= static_cast<int>(NameLevel::Missing); ++level)
        nameLabels.insert(label(static_cast<NameLevel>(level)));
    QCOMPARE(nameLabels.size(), static_cast<int>(NameLevel::Missing) + 1);
    QVERIFY(!nameLabels.contains(QString()));
    QSet<QString> dateLabels;
    for (int level = 0; level <= static_cast<int>(DateLevel::Different); ++level)
        dateLabels.insert(label(static_cast<DateLevel>(level)));
    QCOMPARE(dateLabels.size(), static_cast<int>(DateLevel::Different) + 1);
    QVERIFY(!dateLabels.contains(QString()));
}

QTEST_GUILESS_MAIN(FieldComparisonTest)
#include "tst_fieldcomparison.moc"
