// How fast name fields compare: the matcher compares a person with many
// registry candidates, so compareNames runs millions of times. Measures the
// string form (prepares both sides each call), the prepared form with and
// without the reason text, the building blocks, and the table lookup.
// Run through tests/bench/run.sh.

#include "names/ComparisonKey.h"
#include "names/FieldComparison.h"
#include "names/GivenNames.h"
#include "names/NameNormaliser.h"

#include <QTest>

using namespace homeward;
using namespace homeward::names;

namespace {

// Pairs of every kind of agreement, as the matcher meets them.
struct Pair final {
    NameKind kind;
    QString a;
    QString b;
};

QList<Pair> pairs()
{
    return {
        {NameKind::Surname, QStringLiteral("Коваленко"), QStringLiteral("Коваленко")},
        {NameKind::Surname, QStringLiteral("Коваленко"), QStringLiteral("Ковалепко")},
        {NameKind::Surname, QStringLiteral("Гнатюк"), QStringLiteral("Hnatiuk")},
        {NameKind::Surname, QStringLiteral("Kовaленко"), QStringLiteral("Коваленко")},
        {NameKind::Surname, QStringLiteral("Шевченко"), QStringLiteral("Бондаренко")},
        {NameKind::GivenName, QStringLiteral("Олександр"), QStringLiteral("Александр")},
        {NameKind::GivenName, QStringLiteral("Олександр"), QStringLiteral("Микола")},
        {NameKind::Patronymic, QStringLiteral("Сергійович"), QStringLiteral("Сергеевич")},
    };
}

} // namespace

class NamesBench final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void compareStrings();
    void comparePrepared();
    void comparePreparedNoReason();
    void prepare();
    void comparisonKeyOnly();
    void normaliseAndFoldOnly();
    void compareStringsExact();
    void givenNameLookup();
    void damerauLevenshteinLimit1();
    void jaroWinklerKeys();
};

void NamesBench::initTestCase()
{
    // Load the table and the ICU data outside the measured loops.
    QVERIFY(GivenNames::instance().status().ok());
    QCOMPARE(compareNames(NameKind::Surname, QStringLiteral("Kовaленко"), QStringLiteral("Коваленко")).level,
             NameLevel::LookAlikeRepair);
}

// Per iteration: one comparison of each of the 8 pairs.
void NamesBench::compareStrings()
{
    const QList<Pair> list = pairs();
    int levels = 0;
    QBENCHMARK
    {
        for (const Pair &pair : list)
            levels += static_cast<int>(compareNames(pair.kind, pair.a, pair.b).level);
    }
    QVERIFY(levels > 0);
}

void NamesBench::comparePrepared()
{
    QList<std::pair<PreparedName, PreparedName>> prepared;
    for (const Pair &pair : pairs())
        prepared.append({prepareName(pair.kind, pair.a), prepareName(pair.kind, pair.b)});
    int levels = 0;
    QBENCHMARK
    {
        for (const auto &[a, b] : prepared)
            levels += static_cast<int>(compareNames(a, b).level);
    }
    QVERIFY(levels > 0);
}

void NamesBench::comparePreparedNoReason()
{
    QList<std::pair<PreparedName, PreparedName>> prepared;
    for (const Pair &pair : pairs())
        prepared.append({prepareName(pair.kind, pair.a), prepareName(pair.kind, pair.b)});
    int levels = 0;
    QBENCHMARK
    {
        for (const auto &[a, b] : prepared)
            levels += static_cast<int>(compareNames(a, b, false).level);
    }
    QVERIFY(levels > 0);
}

// Per iteration: 16 names prepared.
void NamesBench::prepare()
{
    const QList<Pair> list = pairs();
    qsizetype keys = 0;
    QBENCHMARK
    {
        for (const Pair &pair : list) {
            keys += prepareName(pair.kind, pair.a).key.size();
            keys += prepareName(pair.kind, pair.b).key.size();
        }
    }
    QVERIFY(keys > 0);
}

void NamesBench::comparisonKeyOnly()
{
    const QList<Pair> list = pairs();
    qsizetype keys = 0;
    QBENCHMARK
    {
        for (const Pair &pair : list) {
            keys += comparisonKey(pair.a).size();
            keys += comparisonKey(pair.b).size();
        }
    }
    QVERIFY(keys > 0);
}

void NamesBench::normaliseAndFoldOnly()
{
    const QList<Pair> list = pairs();
    qsizetype total = 0;
    QBENCHMARK
    {
        for (const Pair &pair : list) {
            total += foldCase(normalise(pair.a)).size();
            total += foldCase(normalise(pair.b)).size();
        }
    }
    QVERIFY(total > 0);
}

// Equal spellings take the short way (no key, no lookup): per iteration 8 comparisons.
void NamesBench::compareStringsExact()
{
    const QList<Pair> list = pairs();
    int levels = 0;
    QBENCHMARK
    {
        for (const Pair &pair : list)
            levels += static_cast<int>(compareNames(pair.kind, pair.a, pair.a).level);
    }
    QCOMPARE(levels, 0);
}

void NamesBench::givenNameLookup()
{
    const QStringList inputs = {QStringLiteral("Олександр"), QStringLiteral("Aleksandr"), QStringLiteral("Наталья"),
                                QStringLiteral("Serhii"), QStringLiteral("Коваленко")};
    int ids = 0;
    QBENCHMARK
    {
        for (const QString &input : inputs)
            ids += GivenNames::instance().givenNameId(input);
    }
    QVERIFY(ids > 0);
}

void NamesBench::damerauLevenshteinLimit1()
{
    const QString a = QStringLiteral("kovalenko");
    const QString b = QStringLiteral("shevchenko");
    const QString c = QStringLiteral("kovalepko");
    int total = 0;
    QBENCHMARK
    {
        total += damerauLevenshtein(a, b, 1) + damerauLevenshtein(a, c, 1);
    }
    QVERIFY(total > 0);
}

void NamesBench::jaroWinklerKeys()
{
    const QString a = QStringLiteral("kovalenko");
    const QString b = QStringLiteral("shevchenko");
    double total = 0;
    QBENCHMARK
    {
        total += jaroWinkler(a, b);
    }
    QVERIFY(total > 0);
}

QTEST_GUILESS_MAIN(NamesBench)
#include "bench_names.moc"
