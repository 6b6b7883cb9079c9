#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// The connection, migrations, transactions and repositories' basics, on SQLite and on PostgreSQL
// (TestDatabase: HOMEWARD_TEST_BACKEND), a fresh database for every test.
class StorageTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pragmasAreSetOnEveryConnection_data();
    void pragmasAreSetOnEveryConnection();
    void migrationsReachLatestVersion();
    void newerDatabaseIsRefusedUntouched();
    void failingStatementRollsBackEverything();
    void rollbackOnScopeExit();
    void exceptionRollsBack();
    void exchangeBatchPersonRoundTrip();
    void batchRemovalTakesItsPersons();
    void staleUpdateIsRefused();
    void batchStatusIsNotTheRepositorysToWrite();
    void checkConstraintsHoldWithoutTheApplication_data();
    void checkConstraintsHoldWithoutTheApplication();

private:
    testing::TestDatabase m_testDb;
    QTemporaryDir m_dir;
};

void StorageTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void StorageTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void StorageTest::pragmasAreSetOnEveryConnection_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("foreign_keys") << "foreign_keys" << "1";
    QTest::newRow("journal_mode") << "journal_mode" << "wal";
    QTest::newRow("synchronous FULL") << "synchronous" << "2";
    QTest::newRow("busy_timeout") << "busy_timeout" << QString::number(Database::kBusyTimeoutMs);
}

void StorageTest::pragmasAreSetOnEveryConnection()
{
    HOMEWARD_SQLITE_ONLY(m_testDb, "SQLite's PRAGMAs (tst_postgresconnection checks the server's settings)");
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("pragmas.sqlite"));
    for (int i = 0; i < 2; ++i) {  // a second connection to the same file too
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        auto value = sql::scalar(db.value()->connection(), QStringLiteral("PRAGMA ") + pragma);
        QVERIFY2(value.ok(), qPrintable(value.text()));
        QCOMPARE(value.value().toString(), expected);
    }
}

void StorageTest::migrationsReachLatestVersion()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    auto version = Migrations::currentVersion(db.value()->connection());
    QVERIFY(version.ok());
    QCOMPARE(version.value(), Migrations::latestVersion());
    // Migrating again changes nothing.
    QVERIFY(Migrations::migrate(db.value()->connection()).ok());
    QCOMPARE(Migrations::currentVersion(db.value()->connection()).value(), Migrations::latestVersion());
}

void StorageTest::newerDatabaseIsRefusedUntouched()
{
    HOMEWARD_SQLITE_ONLY(m_testDb, "a file's PRAGMA user_version (tst_postgresschema checks the server's schema "
                                   "version)");
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::openUnmigrated(path);
        QVERIFY(db.ok());
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("CREATE TABLE future (x)")).ok());
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QLatin1String("newer")), qPrintable(db.text()));
    auto raw = Database::openUnmigrated(path);
    QCOMPARE(Migrations::currentVersion(raw.value()->connection()).value(), 99);
    QVERIFY(!sql::run(raw.value()->connection(), QStringLiteral("SELECT 1 FROM exchange")).ok());
}

void StorageTest::failingStatementRollsBackEverything()
{
    auto db = m_testDb.open();
    QVERIFY(db.ok());
    const QSqlDatabase c = db.value()->connection();
    {
        WriteTransaction t(c);
        QVERIFY(t.began());
        QVERIFY(sql::run(c, QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) VALUES ('a', 'x', 'x')")).ok());
        // empty title breaks the CHECK
        QVERIFY(!sql::run(c, QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) VALUES ('', 'x', 'x')")).ok());
        // no commit: leaves scope
    }
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM exchange")).value().toInt(), 0);
}

void StorageTest::rollbackOnScopeExit()
{
    auto db = m_testDb.open(true);
    QVERIFY(db.ok());
    const QSqlDatabase c = db.value()->connection();
    {
        WriteTransaction t(c);
        QVERIFY(sql::run(c, QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) VALUES ('kept', 'x', 'x')")).ok());
        QVERIFY(t.commit().ok());
    }
    {
        WriteTransaction t(c);
        QVERIFY(sql::run(c, QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) VALUES ('dropped', 'x', 'x')")).ok());
    }
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM exchange")).value().toInt(), 1);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT title FROM exchange")).value().toString(), QStringLiteral("kept"));
}

void StorageTest::exceptionRollsBack()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const QSqlDatabase c = db.value()->connection();
    try {
        WriteTransaction t(c);
        QVERIFY(sql::run(c, QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) VALUES ('a', 'x', 'x')")).ok());
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error &) {
    }
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM exchange")).value().toInt(), 0);
}

void StorageTest::exchangeBatchPersonRoundTrip()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    QVERIFY(testing::signInAs(store).ok());
    QSignalSpy exchangesChanged(store.notifier(), &ChangeNotifier::exchangesChanged);
    QSignalSpy personsChanged(store.notifier(), &ChangeNotifier::personsChanged);

    Exchange exchange;
    exchange.title = QStringLiteral("1,000 for 1,000");
    exchange.agreedServicemen = 700;
    exchange.agreedCivilians = 300;
    exchange.agreedOn = QDate(2025, 5, 16);
    auto exchangeId = store.exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    QCOMPARE(exchangesChanged.count(), 1);
    exchange.id = exchangeId.value();
    exchange.rowVersion = 1;
    QCOMPARE(store.exchanges().get(exchange.id).value(), exchange);

    Batch batch;
    batch.exchangeId = exchange.id;
    batch.plannedServicemen = 2;
    batch.plannedCivilians = 1;
    auto batchId = store.batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    QCOMPARE(store.batches().get(batchId.value()).value().sequenceNo, 1);
    QCOMPARE(store.batches().nextSequenceNo(exchange.id).value(), 2);

    Person person;
    person.surname = QStringLiteral("Коваленко");
    person.givenName = QStringLiteral("Олександр");
    person.patronymic = QStringLiteral("Петрович");
    person.birthDate = PartialDate::fromYearMonth(1990, 5);
    person.sex = Sex::Male;
    person.category = Category::Serviceman;
    person.rank = QStringLiteral("солдат");
    person.captureDate = QDate(2024, 3, 1);
    auto personId = store.persons().addToBatch(batchId.value(), person);
    QVERIFY2(personId.ok(), qPrintable(personId.text()));
    QCOMPARE(personsChanged.count(), 1);
    person.id = personId.value();
    person.rowVersion = 1;
    QCOMPARE(store.persons().get(person.id).value(), person);

    auto page = store.persons().pageInBatch(batchId.value(), 0, 10);
    QVERIFY(page.ok());
    QCOMPARE(page.value().size(), 1);
    QCOMPARE(page.value().first().position, 1);
    const BatchCounts counts = store.batches().counts(batchId.value()).value();
    QCOMPARE(counts.servicemenMen, 1);
    QCOMPARE(counts.entered(), 1);
    QCOMPARE(counts.planned(), 3);
}

void StorageTest::batchRemovalTakesItsPersons()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    QVERIFY(testing::signInAs(store).ok());
    Exchange exchange;
    exchange.title = QStringLiteral("E");
    const qint64 exchangeId = store.exchanges().create(exchange).value();
    Batch batch;
    batch.exchangeId = exchangeId;
    const qint64 first = store.batches().create(batch).value();
    const qint64 second = store.batches().create(batch).value();
    Person person;
    person.surname = QStringLiteral("Шевченко");
    person.givenName = QStringLiteral("Марія");
    person.sex = Sex::Female;
    person.category = Category::Civilian;
    QVERIFY(store.persons().addToBatch(first, person).ok());
    QVERIFY(store.persons().addToBatch(first, person).ok());
    QVERIFY(store.persons().addToBatch(second, person).ok());
    const BatchRemovalImpact impact = store.batches().removalImpact(first).value();
    QCOMPARE(impact.listedPersons, 2);
    QCOMPARE(impact.personsDeleted, 2);
    QVERIFY(store.batches().remove(first).ok());
    const QSqlDatabase c = store.connection();
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM person")).value().toInt(), 1);
    QVERIFY(store.exchanges().remove(exchangeId).ok());
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM person")).value().toInt(), 0);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM batch")).value().toInt(), 0);
}

void StorageTest::staleUpdateIsRefused()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    QVERIFY(testing::signInAs(store).ok());
    Exchange exchange;
    exchange.title = QStringLiteral("E");
    Batch batch;
    batch.exchangeId = store.exchanges().create(exchange).value();
    const qint64 batchId = store.batches().create(batch).value();
    Person person;
    person.surname = QStringLiteral("Бондар");
    person.givenName = QStringLiteral("Іван");
    const qint64 id = store.persons().addToBatch(batchId, person).value();
    Person mine = store.persons().get(id).value();
    Person theirs = mine;
    theirs.rank = QStringLiteral("сержант");
    QVERIFY(store.persons().update(theirs).ok());
    mine.rank = QStringLiteral("солдат");
    const Status stale = store.persons().update(mine);
    QVERIFY(!stale.ok());
    QCOMPARE(store.persons().get(id).value().rank, QStringLiteral("сержант"));
    QCOMPARE(store.persons().get(id).value().rowVersion, 2);
}

void StorageTest::batchStatusIsNotTheRepositorysToWrite()
{
    // The status moves only through BatchWorkflow: a new batch is a draft
    // whatever it says, and saving the details leaves the status alone.
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    QVERIFY(testing::signInAs(store).ok());
    Exchange exchange;
    exchange.title = QStringLiteral("E");
    Batch batch;
    batch.exchangeId = store.exchanges().create(exchange).value();
    batch.status = BatchStatus::Confirmed;
    auto id = store.batches().create(batch);
    QVERIFY2(id.ok(), qPrintable(id.text()));
    QCOMPARE(store.batches().get(id.value()).value().status, BatchStatus::Draft);

    QVERIFY(sql::run(store.connection(), QStringLiteral("UPDATE batch SET status = 'in_verification' WHERE id = ?"),
                     {id.value()})
                .ok());
    Batch changed = store.batches().get(id.value()).value();
    changed.status = BatchStatus::Draft;
    changed.place = QStringLiteral("КПП Сеньківка");
    const Status saved = store.batches().update(changed);
    QVERIFY2(saved.ok(), qPrintable(saved.text()));
    const Batch stored = store.batches().get(id.value()).value();
    QCOMPARE(stored.status, BatchStatus::InVerification);
    QCOMPARE(stored.place, QStringLiteral("КПП Сеньківка"));
}

void StorageTest::checkConstraintsHoldWithoutTheApplication_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("bad direction") << "INSERT INTO batch (exchange_id, sequence_no, direction, created_at, updated_at) VALUES (1, 9, 'sideways', 'x', 'x')";
    QTest::newRow("duplicate sequence") << "INSERT INTO batch (exchange_id, sequence_no, direction, created_at, updated_at) VALUES (1, 1, 'receive', 'x', 'x')";
    QTest::newRow("unknown exchange") << "INSERT INTO batch (exchange_id, sequence_no, direction, created_at, updated_at) VALUES (77, 1, 'receive', 'x', 'x')";
    QTest::newRow("bad sex") << "INSERT INTO person (surname, given_name, sex, category, created_at, updated_at) VALUES ('a', 'b', 'X', 'civilian', 'x', 'x')";
    QTest::newRow("bad category") << "INSERT INTO person (surname, given_name, sex, category, created_at, updated_at) VALUES ('a', 'b', 'M', 'tourist', 'x', 'x')";
    QTest::newRow("empty surname") << "INSERT INTO person (surname, given_name, sex, category, created_at, updated_at) VALUES ('', 'b', 'M', 'civilian', 'x', 'x')";
    QTest::newRow("duplicate position") << "INSERT INTO batch_member (batch_id, person_id, position, created_at, updated_at) VALUES (1, 2, 1, 'x', 'x')";
    QTest::newRow("exchange with batches") << "DELETE FROM exchange WHERE id = 1";
    QTest::newRow("listed person") << "DELETE FROM person WHERE id = 1";
}

void StorageTest::checkConstraintsHoldWithoutTheApplication()
{
    QFETCH(QString, statement);
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const QSqlDatabase c = db.value()->connection();
    QVERIFY(sql::run(c, QStringLiteral("INSERT INTO exchange (id, title, created_at, updated_at) VALUES (1, 'E', 'x', 'x')")).ok());
    QVERIFY(sql::run(c, QStringLiteral("INSERT INTO batch (id, exchange_id, sequence_no, direction, created_at, updated_at) VALUES (1, 1, 1, 'receive', 'x', 'x')")).ok());
    QVERIFY(sql::run(c, QStringLiteral("INSERT INTO person (id, surname, given_name, sex, category, created_at, updated_at) VALUES (1, 'a', 'b', 'M', 'civilian', 'x', 'x'), (2, 'c', 'd', 'F', 'civilian', 'x', 'x')")).ok());
    QVERIFY(sql::run(c, QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, created_at, updated_at) VALUES (1, 1, 1, 'x', 'x')")).ok());
    QVERIFY(!sql::run(c, statement).ok());
}

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
