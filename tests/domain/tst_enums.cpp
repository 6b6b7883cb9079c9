#include "domain/Enums.h"

#include <QSet>
#include <QTest>

using namespace homeward;

namespace {

// Every value of every enumeration: a new value must be added here and to Enums.cpp.
const QList<Sex> kSexes{Sex::Male, Sex::Female};
const QList<Category> kCategories{Category::Serviceman, Category::Civilian};
const QList<Direction> kDirections{Direction::Receive, Direction::HandOver};
const QList<BatchStatus> kBatchStatuses{BatchStatus::Draft,     BatchStatus::InVerification, BatchStatus::Verified,
                                        BatchStatus::Confirmed, BatchStatus::Completed,      BatchStatus::Cancelled};
const QList<ExchangeStatus> kExchangeStatuses{ExchangeStatus::Planned, ExchangeStatus::InProgress,
                                              ExchangeStatus::Completed, ExchangeStatus::Cancelled};
const QList<MemberStatus> kMemberStatuses{MemberStatus::Listed, MemberStatus::Withdrawn};

// Checks that every value has a distinct non-empty code and label and that the code reads back.
template <typename E, typename FromCode> void checkRoundTrip(const QList<E> &values, FromCode fromCode)
{
    QSet<QString> codes;
    for (const E value : values) {
        const QString code = toCode(value);
        QVERIFY2(!code.isEmpty(), qPrintable(QString::number(int(value))));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        const std::optional<E> back = fromCode(code);
        QVERIFY2(back.has_value(), qPrintable(code));
        QCOMPARE(*back, value);
        QVERIFY(!label(value).isEmpty());
    }
}

} // namespace

class EnumsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyValueRoundTrips();
    void storedCodesAreStable_data();
    void storedCodesAreStable();
    void unknownCodeIsRejected_data();
    void unknownCodeIsRejected();
};

void EnumsTest::everyValueRoundTrips()
{
    checkRoundTrip(kSexes, sexFromCode);
    checkRoundTrip(kCategories, categoryFromCode);
    checkRoundTrip(kDirections, directionFromCode);
    checkRoundTrip(kBatchStatuses, batchStatusFromCode);
    checkRoundTrip(kExchangeStatuses, exchangeStatusFromCode);
    checkRoundTrip(kMemberStatuses, memberStatusFromCode);
}

// Codes are written to the database and the interchange CSV: changing one breaks stored data.
void EnumsTest::storedCodesAreStable_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("male") << toCode(Sex::Male) << "M";
    QTest::newRow("female") << toCode(Sex::Female) << "F";
    QTest::newRow("serviceman") << toCode(Category::Serviceman) << "serviceman";
    QTest::newRow("civilian") << toCode(Category::Civilian) << "civilian";
    QTest::newRow("receive") << toCode(Direction::Receive) << "receive";
    QTest::newRow("hand over") << toCode(Direction::HandOver) << "hand_over";
    QTest::newRow("draft") << toCode(BatchStatus::Draft) << "draft";
    QTest::newRow("in verification") << toCode(BatchStatus::InVerification) << "in_verification";
    QTest::newRow("verified") << toCode(BatchStatus::Verified) << "verified";
    QTest::newRow("confirmed") << toCode(BatchStatus::Confirmed) << "confirmed";
    QTest::newRow("batch completed") << toCode(BatchStatus::Completed) << "completed";
    QTest::newRow("batch cancelled") << toCode(BatchStatus::Cancelled) << "cancelled";
    QTest::newRow("planned") << toCode(ExchangeStatus::Planned) << "planned";
    QTest::newRow("in progress") << toCode(ExchangeStatus::InProgress) << "in_progress";
    QTest::newRow("exchange completed") << toCode(ExchangeStatus::Completed) << "completed";
    QTest::newRow("exchange cancelled") << toCode(ExchangeStatus::Cancelled) << "cancelled";
    QTest::newRow("listed") << toCode(MemberStatus::Listed) << "listed";
    QTest::newRow("withdrawn") << toCode(MemberStatus::Withdrawn) << "withdrawn";
}

void EnumsTest::storedCodesAreStable()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void EnumsTest::unknownCodeIsRejected_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown word") << "unknown";
    QTest::newRow("other case") << "Serviceman";
    QTest::newRow("surrounding space") << " draft";
    QTest::newRow("label instead of code") << "in verification";
    QTest::newRow("lower-case sex") << "m";
    QTest::newRow("Cyrillic М") << QString::fromUtf8("М");
}

void EnumsTest::unknownCodeIsRejected()
{
    QFETCH(QString, code);
    QVERIFY(!sexFromCode(code).has_value());
    QVERIFY(!categoryFromCode(code).has_value());
    QVERIFY(!directionFromCode(code).has_value());
    QVERIFY(!batchStatusFromCode(code).has_value());
    QVERIFY(!exchangeStatusFromCode(code).has_value());
    QVERIFY(!memberStatusFromCode(code).has_value());
}

QTEST_GUILESS_MAIN(EnumsTest)
#include "tst_enums.moc"
