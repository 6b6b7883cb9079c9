#include "storage/DashboardQueries.h"
#include "storage/Database.h"
#include "storage/ForceStatus.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QTest>

#include <memory>

using namespace homeward;
using namespace homeward::testing;

// The dashboard's read-only questions against a real database: the counts
// per batch agree with VerificationRepository::progress(), withdrawn
// persons and other exchanges are left out, the free items of the exchange
// count, cancelled batches are left out of the composition and the history,
// and a failed read comes back as an error, never as an empty dashboard.
class DashboardQueriesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void batchCounts_data();
    void batchCounts();
    void batchesInOrderWithTheirPlan();
    void otherExchangesAreNotCounted();
    void composition_data();
    void composition();
    void verifiedOverTime();
    void emptyExchange();
    void failedReadIsAnError();

private:
    qint64 addBatch(qint64 exchangeId, int servicemen, int civilians, Direction direction = Direction::Receive);
    qint64 addPerson(qint64 batchId, Category category = Category::Serviceman, Sex sex = Sex::Male);
    // As the verifier: every item confirmed, or all but `leavePending` of them.
    void verifyPerson(qint64 personId, int leavePending = 0);
    // As the verifier: the first `count` items marked discrepant, the rest confirmed.
    void discrepantPerson(qint64 personId, int count);
    DashboardBatchRow rowOf(qint64 exchangeId, qint64 batchId);

    testing::TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    Official m_operator;
    Official m_verifier;
    Official m_supervisor;
    qint64 m_exchange = 0;
    int m_persons = 0;
};

void DashboardQueriesTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void DashboardQueriesTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void DashboardQueriesTest::init()
{
    auto opened = m_testDb.open();
    QVERIFY2(opened.ok(), qPrintable(opened.text()));
    m_db = std::move(opened.value());
    m_store = std::make_unique<Store>(m_db->connection());
    auto op = addOfficial(m_store->connection(), QStringLiteral("operator"), kOperator);
    auto verifier = addOfficial(m_store->connection(), QStringLiteral("verifier"), kVerifier);
    auto supervisor = addOfficial(m_store->connection(), QStringLiteral("supervisor"), kSupervisor);
    QVERIFY(op.ok() && verifier.ok() && supervisor.ok());
    m_operator = op.value();
    m_verifier = verifier.value();
    m_supervisor = supervisor.value();
    signIn(*m_store, m_supervisor);
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін 16 травня");
    exchange.agreedServicemen = 100;
    exchange.agreedCivilians = 20;
    auto id = m_store->exchanges().create(exchange);
    QVERIFY2(id.ok(), qPrintable(id.text()));
    m_exchange = id.value();
    m_persons = 0;
}

void DashboardQueriesTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 DashboardQueriesTest::addBatch(qint64 exchangeId, int servicemen, int civilians, Direction direction)
{
    signIn(*m_store, m_supervisor);
    Batch batch;
    batch.exchangeId = exchangeId;
    batch.plannedServicemen = servicemen;
    batch.plannedCivilians = civilians;
    batch.direction = direction;
    batch.plannedDate = QDate(2025, 6, 12);
    batch.place = QStringLiteral("КПП «Суми»");
    auto id = m_store->batches().create(batch);
    if (!id)
        qWarning("%s", qPrintable(id.text()));
    return id ? id.value() : 0;
}

qint64 DashboardQueriesTest::addPerson(qint64 batchId, Category category, Sex sex)
{
    signIn(*m_store, m_operator);
    Person person;
    person.surname = QStringLiteral("Шевченко%1").arg(++m_persons);
    person.givenName = sex == Sex::Male ? QStringLiteral("Тарас") : QStringLiteral("Оксана");
    person.sex = sex;
    person.category = category;
    auto id = m_store->persons().addToBatch(batchId, person);
    if (!id)
        qWarning("%s", qPrintable(id.text()));
    return id ? id.value() : 0;
}

void DashboardQueriesTest::verifyPerson(qint64 personId, int leavePending)
{
    signIn(*m_store, m_verifier);
    auto items = m_store->verification().itemsForPerson(personId);
    QVERIFY2(items.ok(), qPrintable(items.text()));
    const int toConfirm = int(items.value().size()) - leavePending;
    for (int i = 0; i < toConfirm; ++i) {
        const VerificationItem &item = items.value().at(i);
        const CheckMethod method = item.item == CheckItem::Identity ? CheckMethod::Documents : CheckMethod::Compared;
        Status done = m_store->verification().confirm(item.id, method);
        QVERIFY2(done.ok(), qPrintable(done.text()));
    }
}

void DashboardQueriesTest::discrepantPerson(qint64 personId, int count)
{
    signIn(*m_store, m_verifier);
    auto items = m_store->verification().itemsForPerson(personId);
    QVERIFY2(items.ok(), qPrintable(items.text()));
    for (int i = 0; i < items.value().size(); ++i) {
        const VerificationItem &item = items.value().at(i);
        const CheckMethod method = item.item == CheckItem::Identity ? CheckMethod::Documents : CheckMethod::Compared;
        Status done = i < count ? m_store->verification().markDiscrepancy(item.id, QStringLiteral("Інше по батькові"))
                                : m_store->verification().confirm(item.id, method);
        QVERIFY2(done.ok(), qPrintable(done.text()));
    }
}

DashboardBatchRow DashboardQueriesTest::rowOf(qint64 exchangeId, qint64 batchId)
{
    auto rows = DashboardQueries(m_store->connection()).batches(exchangeId);
    if (!rows) {
        qWarning("%s", qPrintable(rows.text()));
        return {};
    }
    for (const DashboardBatchRow &row : rows.value())
        if (row.batchId == batchId)
            return row;
    return {};
}

void DashboardQueriesTest::batchCounts_data()
{
    QTest::addColumn<int>("pendingPersons");    // nothing verified
    QTest::addColumn<int>("partlyVerified");    // some items confirmed, three pending
    QTest::addColumn<int>("verifiedPersons");   // every item confirmed
    QTest::addColumn<int>("discrepantPersons"); // items marked discrepant, the rest confirmed
    QTest::addColumn<int>("discrepanciesEach");
    QTest::addColumn<int>("withdrawn");      // verified persons then withdrawn from the list
    QTest::addColumn<bool>("freeItemAfter"); // a free item added to the exchange after the work
    QTest::addColumn<int>("entered");
    QTest::addColumn<int>("verified");
    QTest::addColumn<int>("withDiscrepancy");
    QTest::addColumn<int>("openDiscrepancies");
    QTest::addColumn<int>("waiting");

    QTest::newRow("empty list") << 0 << 0 << 0 << 0 << 0 << 0 << false << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("nothing verified") << 3 << 0 << 0 << 0 << 0 << 0 << false << 3 << 0 << 0 << 0 << 3;
    QTest::newRow("partly verified waits") << 1 << 2 << 0 << 0 << 0 << 0 << false << 3 << 0 << 0 << 0 << 3;
    QTest::newRow("all verified") << 0 << 0 << 4 << 0 << 0 << 0 << false << 4 << 4 << 0 << 0 << 0;
    QTest::newRow("mixed") << 2 << 1 << 3 << 2 << 1 << 0 << false << 8 << 3 << 2 << 2 << 3;
    QTest::newRow("several discrepancies in one person")
        << 0 << 0 << 1 << 1 << 3 << 0 << false << 2 << 1 << 1 << 3 << 0;
    QTest::newRow("withdrawn not counted") << 1 << 0 << 2 << 0 << 0 << 2 << false << 3 << 2 << 0 << 0 << 1;
    QTest::newRow("free item of the exchange reopens") << 0 << 0 << 2 << 1 << 1 << 0 << true << 3 << 0 << 1 << 1 << 2;
}

void DashboardQueriesTest::batchCounts()
{
    QFETCH(int, pendingPersons);
    QFETCH(int, partlyVerified);
    QFETCH(int, verifiedPersons);
    QFETCH(int, discrepantPersons);
    QFETCH(int, discrepanciesEach);
    QFETCH(int, withdrawn);
    QFETCH(bool, freeItemAfter);

    const qint64 batch = addBatch(m_exchange, 10, 2);
    QVERIFY(batch != 0);
    for (int i = 0; i < pendingPersons; ++i)
        QVERIFY(addPerson(batch) != 0);
    for (int i = 0; i < partlyVerified; ++i) {
        const qint64 id = addPerson(batch);
        QVERIFY(id != 0);
        verifyPerson(id, 3);
    }
    QList<qint64> verifiedIds;
    for (int i = 0; i < verifiedPersons + withdrawn; ++i) {
        const qint64 id = addPerson(batch, Category::Civilian, Sex::Female);
        QVERIFY(id != 0);
        verifyPerson(id);
        verifiedIds << id;
    }
    for (int i = 0; i < discrepantPersons; ++i) {
        const qint64 id = addPerson(batch);
        QVERIFY(id != 0);
        discrepantPerson(id, discrepanciesEach);
    }
    signIn(*m_store, m_operator);
    for (int i = 0; i < withdrawn; ++i) {
        Status out = m_store->persons().setWithdrawn(batch, verifiedIds.at(i), true);
        QVERIFY2(out.ok(), qPrintable(out.text()));
    }
    if (freeItemAfter) {
        signIn(*m_store, m_supervisor);
        auto added = m_store->verification().addCustomItem(m_exchange, QStringLiteral("Фото з обличчям"));
        QVERIFY2(added.ok(), qPrintable(added.text()));
    }

    const DashboardBatchRow row = rowOf(m_exchange, batch);
    QCOMPARE(row.batchId, batch);
    QTEST(row.entered, "entered");
    QTEST(row.verified, "verified");
    QTEST(row.withDiscrepancy, "withDiscrepancy");
    QTEST(row.openDiscrepancies, "openDiscrepancies");
    QTEST(row.waiting(), "waiting");
    QCOMPARE(row.planned, 12);

    // The same classification as the batch's own progress.
    auto progress = m_store->verification().progress(batch);
    QVERIFY2(progress.ok(), qPrintable(progress.text()));
    QCOMPARE(row.entered, progress.value().persons);
    QCOMPARE(row.verified, progress.value().fullyVerified);
    QCOMPARE(row.withDiscrepancy, progress.value().withDiscrepancy);
}

void DashboardQueriesTest::batchesInOrderWithTheirPlan()
{
    const qint64 first = addBatch(m_exchange, 30, 10);
    const qint64 second = addBatch(m_exchange, 5, 0, Direction::HandOver);
    const qint64 third = addBatch(m_exchange, 0, 7);
    QVERIFY(first && second && third);
    QVERIFY(addPerson(second) != 0);
    QVERIFY(forceBatchStatus(m_store->connection(), second, QStringLiteral("in_verification"), m_supervisor.id).ok());
    QVERIFY(forceBatchStatus(m_store->connection(), third, QStringLiteral("cancelled"), m_supervisor.id).ok());

    auto rows = DashboardQueries(m_store->connection()).batches(m_exchange);
    QVERIFY2(rows.ok(), qPrintable(rows.text()));
    QCOMPARE(rows.value().size(), 3);
    const DashboardBatchRow &a = rows.value().at(0);
    const DashboardBatchRow &b = rows.value().at(1);
    const DashboardBatchRow &c = rows.value().at(2);
    QCOMPARE(a.batchId, first);
    QCOMPARE(a.sequenceNo, 1);
    QCOMPARE(a.planned, 40);
    QCOMPARE(a.direction, Direction::Receive);
    QCOMPARE(a.status, BatchStatus::Draft);
    QCOMPARE(a.plannedDate, QDate(2025, 6, 12));
    QCOMPARE(b.batchId, second);
    QCOMPARE(b.sequenceNo, 2);
    QCOMPARE(b.direction, Direction::HandOver);
    QCOMPARE(b.status, BatchStatus::InVerification);
    QCOMPARE(b.entered, 1);
    QCOMPARE(c.batchId, third);
    QCOMPARE(c.status, BatchStatus::Cancelled);
    QCOMPARE(c.planned, 7);
}

void DashboardQueriesTest::otherExchangesAreNotCounted()
{
    const qint64 ours = addBatch(m_exchange, 3, 0);
    signIn(*m_store, m_supervisor);
    Exchange other;
    other.title = QStringLiteral("Інший обмін");
    auto otherId = m_store->exchanges().create(other);
    QVERIFY2(otherId.ok(), qPrintable(otherId.text()));
    const qint64 theirs = addBatch(otherId.value(), 3, 0);
    QVERIFY(addPerson(ours) != 0);
    for (int i = 0; i < 4; ++i)
        verifyPerson(addPerson(theirs));
    // A free item of the other exchange does not hold up our persons.
    const qint64 ourVerified = addPerson(ours);
    verifyPerson(ourVerified);
    signIn(*m_store, m_supervisor);
    QVERIFY(m_store->verification().addCustomItem(otherId.value(), QStringLiteral("Чуже")).ok());

    auto rows = DashboardQueries(m_store->connection()).batches(m_exchange);
    QVERIFY2(rows.ok(), qPrintable(rows.text()));
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().at(0).batchId, ours);
    QCOMPARE(rows.value().at(0).entered, 2);
    QCOMPARE(rows.value().at(0).verified, 1);
    auto composition = DashboardQueries(m_store->connection()).composition(m_exchange);
    QVERIFY(composition.ok());
    QCOMPARE(composition.value().total(), 2);
    auto history = DashboardQueries(m_store->connection()).verifiedOverTime(m_exchange);
    QVERIFY(history.ok());
    int persons = 0;
    for (const VerifiedInMinute &minute : history.value())
        persons += minute.persons;
    QCOMPARE(persons, 1);
}

void DashboardQueriesTest::composition_data()
{
    // Persons as "category sex" codes: s/c and m/f; a leading "x" puts them in a cancelled batch,
    // a leading "w" withdraws them.
    QTest::addColumn<QStringList>("persons");
    QTest::addColumn<int>("servicemenMen");
    QTest::addColumn<int>("servicemenWomen");
    QTest::addColumn<int>("civiliansMen");
    QTest::addColumn<int>("civiliansWomen");

    QTest::newRow("none") << QStringList() << 0 << 0 << 0 << 0;
    QTest::newRow("one of each") << QStringList{QStringLiteral("sm"), QStringLiteral("sf"), QStringLiteral("cm"),
                                                QStringLiteral("cf")}
                                 << 1 << 1 << 1 << 1;
    QTest::newRow("servicemen only") << QStringList{QStringLiteral("sm"), QStringLiteral("sm"), QStringLiteral("sf")}
                                     << 2 << 1 << 0 << 0;
    QTest::newRow("cancelled batch left out")
        << QStringList{QStringLiteral("cf"), QStringLiteral("xcf"), QStringLiteral("xsm")} << 0 << 0 << 0 << 1;
    QTest::newRow("withdrawn left out") << QStringList{QStringLiteral("cm"), QStringLiteral("wcm"),
                                                       QStringLiteral("wsf")}
                                        << 0 << 0 << 1 << 0;
}

void DashboardQueriesTest::composition()
{
    QFETCH(QStringList, persons);
    const qint64 batch = addBatch(m_exchange, 10, 10);
    const qint64 cancelled = addBatch(m_exchange, 10, 10);
    for (QString code : persons) {
        const bool inCancelled = code.startsWith(QLatin1Char('x'));
        const bool withdraw = code.startsWith(QLatin1Char('w'));
        if (inCancelled || withdraw)
            code.remove(0, 1);
        const qint64 target = inCancelled ? cancelled : batch;
        const qint64 id = addPerson(target, code.at(0) == QLatin1Char('s') ? Category::Serviceman : Category::Civilian,
                                    code.at(1) == QLatin1Char('m') ? Sex::Male : Sex::Female);
        QVERIFY(id != 0);
        if (withdraw)
            QVERIFY(m_store->persons().setWithdrawn(target, id, true).ok());
    }
    QVERIFY(forceBatchStatus(m_store->connection(), cancelled, QStringLiteral("cancelled"), m_supervisor.id).ok());

    auto counts = DashboardQueries(m_store->connection()).composition(m_exchange);
    QVERIFY2(counts.ok(), qPrintable(counts.text()));
    QTEST(counts.value().servicemenMen, "servicemenMen");
    QTEST(counts.value().servicemenWomen, "servicemenWomen");
    QTEST(counts.value().civiliansMen, "civiliansMen");
    QTEST(counts.value().civiliansWomen, "civiliansWomen");
}

void DashboardQueriesTest::verifiedOverTime()
{
    const qint64 batch = addBatch(m_exchange, 10, 0);
    const qint64 cancelled = addBatch(m_exchange, 10, 0);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids << addPerson(batch);
        verifyPerson(ids.last());
    }
    const qint64 discrepant = addPerson(batch);
    discrepantPerson(discrepant, 1);
    const qint64 partly = addPerson(batch);
    verifyPerson(partly, 1);
    const qint64 inCancelled = addPerson(cancelled);
    verifyPerson(inCancelled);
    QVERIFY(forceBatchStatus(m_store->connection(), cancelled, QStringLiteral("cancelled"), m_supervisor.id).ok());

    // Verification times set for the test: a person counts at their last confirmation.
    const auto stamp = [this](qint64 personId, const QString &at) {
        return sql::run(m_store->connection(),
                        QStringLiteral("UPDATE verification_item SET verified_at = ? WHERE person_id = ? AND "
                                       "verified_at IS NOT NULL"),
                        {at, personId})
            .ok();
    };
    QVERIFY(stamp(ids.at(0), QStringLiteral("2025-06-10T08:15:02.000Z")));
    QVERIFY(stamp(ids.at(1), QStringLiteral("2025-06-10T08:15:59.999Z")));
    QVERIFY(stamp(ids.at(2), QStringLiteral("2025-06-11T14:00:00.000Z")));
    QVERIFY(stamp(ids.at(3), QStringLiteral("2025-06-10T09:00:00.000Z")));
    QVERIFY(stamp(ids.at(4), QStringLiteral("2025-06-10T07:00:00.000Z")));
    // One late item of person 4 moves them to the time of that item.
    QVERIFY(sql::run(m_store->connection(),
                     QStringLiteral("UPDATE verification_item SET verified_at = '2025-06-12T10:30:00.000Z' "
                                    "WHERE id = (SELECT MIN(id) FROM verification_item WHERE person_id = ?)"),
                     {ids.at(4)})
                .ok());
    QVERIFY(stamp(discrepant, QStringLiteral("2025-06-09T10:00:00.000Z")));
    QVERIFY(stamp(partly, QStringLiteral("2025-06-09T10:00:00.000Z")));
    QVERIFY(stamp(inCancelled, QStringLiteral("2025-06-09T10:00:00.000Z")));

    auto history = DashboardQueries(m_store->connection()).verifiedOverTime(m_exchange);
    QVERIFY2(history.ok(), qPrintable(history.text()));
    const auto at = [](int day, int hour, int minute) {
        return QDateTime(QDate(2025, 6, day), QTime(hour, minute), Qt::UTC);
    };
    const QList<VerifiedInMinute> expected = {
        {at(10, 8, 15), 2}, {at(10, 9, 0), 1}, {at(11, 14, 0), 1}, {at(12, 10, 30), 1}};
    QCOMPARE(history.value(), expected);
    QCOMPARE(history.value().first().minute.timeSpec(), Qt::UTC);
}

void DashboardQueriesTest::emptyExchange()
{
    DashboardQueries queries(m_store->connection());
    auto rows = queries.batches(m_exchange);
    QVERIFY2(rows.ok(), qPrintable(rows.text()));
    QVERIFY(rows.value().isEmpty());
    auto composition = queries.composition(m_exchange);
    QVERIFY(composition.ok());
    QCOMPARE(composition.value(), DashboardComposition{});
    auto history = queries.verifiedOverTime(m_exchange);
    QVERIFY(history.ok());
    QVERIFY(history.value().isEmpty());
}

void DashboardQueriesTest::failedReadIsAnError()
{
    HOMEWARD_SQLITE_ONLY(m_testDb, "renames a table of a database of its own (a desk may not on the server)");
    QVERIFY(addPerson(addBatch(m_exchange, 1, 0)) != 0);
    // A schema the queries do not know (a newer or damaged file): every question fails with a message.
    QVERIFY(sql::run(m_store->connection(), QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    QVERIFY(
        sql::run(m_store->connection(), QStringLiteral("ALTER TABLE batch_member RENAME TO batch_member_old")).ok());
    DashboardQueries queries(m_store->connection());
    auto rows = queries.batches(m_exchange);
    QVERIFY(!rows.ok());
    QVERIFY(!rows.error().message.isEmpty());
    QVERIFY(!rows.error().detail.isEmpty());
    QVERIFY(!queries.composition(m_exchange).ok());
    QVERIFY(!queries.verifiedOverTime(m_exchange).ok());
}

QTEST_GUILESS_MAIN(DashboardQueriesTest)
#include "tst_dashboardqueries.moc"
