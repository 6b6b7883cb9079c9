#include "storage/Database.h"
#include "storage/ForceStatus.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QRegularExpression>
#include <QTest>

using namespace homeward;

// A confirmed batch is read-only in the database itself: these tests go
// around the program with plain SQL, as a careless tool or an attacker would.
class BatchLockTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void confirmedBatchRefuses_data();
    void confirmedBatchRefuses();
    void draftBatchAllows_data();
    void draftBatchAllows();
    void statusMayStillMove();
    void repositoryReportsTheLock();
    void refusedWritesLeaveNoStatementBehind();
    void freeItemSkipsSealedPersons();

private:
    void setStatus(const char *status);
    testing::TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_exchangeId = 0;
    qint64 m_batchId = 0;
    qint64 m_personId = 0;
    qint64 m_otherPersonId = 0;
};

void BatchLockTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void BatchLockTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void BatchLockTest::init()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    QVERIFY(testing::signInAs(*m_store).ok());
    Exchange exchange;
    exchange.title = QStringLiteral("1000 на 1000");
    m_exchangeId = m_store->exchanges().create(exchange).value();
    Batch batch;
    batch.exchangeId = m_exchangeId;
    batch.plannedServicemen = 1;
    m_batchId = m_store->batches().create(batch).value();
    Person person;
    person.surname = QStringLiteral("Коваленко");
    person.givenName = QStringLiteral("Андрій");
    m_personId = m_store->persons().addToBatch(m_batchId, person).value();
    person.surname = QStringLiteral("Шевчук");
    batch.sequenceNo = 0;
    const qint64 otherBatch = m_store->batches().create(batch).value();
    m_otherPersonId = m_store->persons().addToBatch(otherBatch, person).value();
}

void BatchLockTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void BatchLockTest::setStatus(const char *status)
{
    // Plain SQL too, along the edges the database allows (schema 5).
    const Status done = testing::forceBatchStatus(m_db->connection(), m_batchId, QString::fromLatin1(status),
                                                  m_store->actor().officialId);
    QVERIFY2(done.ok(), qPrintable(QString::fromLatin1(status) + QStringLiteral(": ") + done.text()));
}

static void addStatements()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("list another person")
        << "INSERT INTO batch_member (batch_id, person_id, position, created_at, updated_at) "
           "VALUES (%BATCH%, %OTHER%, 9, 'x', 'x')";
    QTest::newRow("take a person off the list") << "DELETE FROM batch_member WHERE batch_id = %BATCH%";
    QTest::newRow("withdraw a person") << "UPDATE batch_member SET status = 'withdrawn' WHERE batch_id = %BATCH%";
    QTest::newRow("change a surname") << "UPDATE person SET surname = 'Коваль' WHERE id = %PERSON%";
    QTest::newRow("change a checklist item")
        << "UPDATE verification_item SET note = 'x' WHERE person_id = %PERSON% AND item = 'surname'";
    QTest::newRow("change the planned counts") << "UPDATE batch SET planned_civilians = 5 WHERE id = %BATCH%";
    QTest::newRow("change the place") << "UPDATE batch SET place = 'elsewhere' WHERE id = %BATCH%";
}

static QString bind(QString statement, qint64 batch, qint64 person, qint64 other)
{
    return statement.replace(QLatin1String("%BATCH%"), QString::number(batch))
        .replace(QLatin1String("%PERSON%"), QString::number(person))
        .replace(QLatin1String("%OTHER%"), QString::number(other));
}

void BatchLockTest::confirmedBatchRefuses_data()
{
    addStatements();
    QTest::newRow("delete the batch") << "DELETE FROM batch WHERE id = %BATCH%";
}

void BatchLockTest::confirmedBatchRefuses()
{
    QFETCH(QString, statement);
    for (const char *status : {"confirmed", "completed"}) {
        setStatus(status);
        auto done = sql::run(m_db->connection(), bind(statement, m_batchId, m_personId, m_otherPersonId));
        QVERIFY2(!done.ok(), status);
        QVERIFY2(done.error().detail.contains(QLatin1String("confirmed")), qPrintable(done.text()));
    }
    QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT surname FROM person WHERE id = ?"), {m_personId})
                 .value()
                 .toString(),
             QStringLiteral("Коваленко"));
}

void BatchLockTest::draftBatchAllows_data()
{
    addStatements();
}

void BatchLockTest::draftBatchAllows()
{
    QFETCH(QString, statement);
    for (const char *status : {"draft", "in_verification", "verified", "cancelled"}) {
        cleanup();  // a fresh database for each status
        init();
        setStatus(status);
        auto done = sql::run(m_db->connection(), bind(statement, m_batchId, m_personId, m_otherPersonId));
        QVERIFY2(done.ok(), qPrintable(QString::fromLatin1(status) + QStringLiteral(": ") + done.text()));
    }
}

void BatchLockTest::statusMayStillMove()
{
    setStatus("confirmed");
    setStatus("in_verification"); // a supervisor reopened it (who may is checked in models)
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE person SET surname = 'Коваль' WHERE id = ?"),
                     {m_personId})
                .ok());
    setStatus("confirmed");
    setStatus("completed"); // the handover happened
    QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT status FROM batch WHERE id = ?"), {m_batchId})
                 .value()
                 .toString(),
             QStringLiteral("completed"));
}

void BatchLockTest::repositoryReportsTheLock()
{
    setStatus("confirmed");
    Person person = m_store->persons().get(m_personId).value();
    person.rank = QStringLiteral("сержант");
    const Status saved = m_store->persons().update(person);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.text().contains(QLatin1String("confirmed")), qPrintable(saved.text()));
    QVERIFY(!m_store->persons().removeFromBatch(m_batchId, m_personId).ok());
    QVERIFY(!m_store->batches().remove(m_batchId).ok());
    QVERIFY(!m_store->exchanges().remove(m_exchangeId).ok());
    QCOMPARE(m_store->persons().countInBatch(m_batchId).value(), 1);
}

// On PostgreSQL a refusal aborts the transaction, where the driver cannot free the refused
// statement's prepared copy: it is kept until the transaction has ended, then freed, so a desk
// that meets many refusals keeps no statements on the server and logs no warning.
void BatchLockTest::refusedWritesLeaveNoStatementBehind()
{
    if (!m_testDb.isPostgres())
        QSKIP("SQLite frees a refused statement at once");
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free statement")));
    const QSqlDatabase db = m_db->connection();
    const QString count = QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements");
    const qint64 before = sql::scalar(db, count).value().toLongLong();
    setStatus("confirmed");
    Person person = m_store->persons().get(m_personId).value();
    for (int attempt = 0; attempt < 5; ++attempt) {
        person.rank = QStringLiteral("сержант %1").arg(attempt);
        QVERIFY(!m_store->persons().update(person).ok());
        QVERIFY(!m_store->persons().removeFromBatch(m_batchId, m_personId).ok());
    }
    QCOMPARE(sql::failedKept(db), 0);
    QCOMPARE(sql::scalar(db, count).value().toLongLong(), before);
}

void BatchLockTest::freeItemSkipsSealedPersons()
{
    const QSqlDatabase c = m_db->connection();
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("boss"), testing::kSupervisor, QStringLiteral("Керівник")).ok());
    setStatus("confirmed");
    auto added = m_store->verification().addCustomItem(m_exchangeId, QStringLiteral("Фото звірено"));
    QVERIFY2(added.ok(), qPrintable(added.text()));
    const auto itemsOf = [&](qint64 person) {
        return sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE person_id = ? "
                                             "AND item LIKE 'custom:%'"),
                           {person})
            .value()
            .toInt();
    };
    QCOMPARE(itemsOf(m_personId), 0);       // sealed with its batch
    QCOMPARE(itemsOf(m_otherPersonId), 1);  // still being verified
}

QTEST_GUILESS_MAIN(BatchLockTest)
#include "tst_batchlock.moc"
