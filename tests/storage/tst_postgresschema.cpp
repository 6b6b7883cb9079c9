#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Dialect.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "PostgresTestServer.h"

using namespace homeward;

// Schemas 1-4 on PostgreSQL (MigrationPg1to4.cpp): they apply, the version is kept, and every
// rule refuses with plain SQL what it refuses on SQLite, with the same text and SQLSTATE HW001.
// One throw-away server for the suite (tools/pg-test-server.sh, as in tst_postgresconnection);
// every test gets a fresh schema of its own on it. Runs when HOMEWARD_TEST_POSTGRES=1 (then a
// server that cannot start is a failure) or when the script and PostgreSQL are present; skips
// otherwise (or with =0). The rules are checked on SQLite too where the statement is portable,
// so both backends are seen to refuse the same things with the same words.
class PostgresSchemaTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void migrationsOneToFourApply();
    void applyingAgainChangesNothing();
    void goingPastFourIsRefusedUntouched();
    void migrationsWaitForTheLock();
    void aSecondDeskFindsTheWorkDone();
    void sqliteKeepsItsOwnText();
    void nowSqlWritesTheStamp();
    void anInsertedPersonGivesItsOwnId();
    void rulesRefuse_data();
    void rulesRefuse();
    void allowedChangesPass_data();
    void allowedChangesPass();
    void psqlAttacksAreRefused_data();
    void psqlAttacksAreRefused();

private:
    Result<std::unique_ptr<Database>> connect();
    static QStringList sampleData();
    static QString firstValue(const QSqlDatabase &db, const QString &statement, QString *error);

    testing::PostgresTestServer m_server;
    QString m_skip; // why the server tests are skipped; empty when the server runs
    QString m_url;
    int m_schemas = 0;
    QString m_schema;               // this test's schema
    std::unique_ptr<Database> m_db; // connected to it
};

void PostgresSchemaTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_server.start(&failure), qPrintable(failure));
    m_skip = m_server.skipReason();
    m_url = m_server.url();
    if (!m_skip.isEmpty())
        return;
    // The password for this suite's connections and for psql.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_server.filePath(QStringLiteral("pgpass")).toLocal8Bit());
}

void PostgresSchemaTest::cleanupTestCase()
{
    m_db.reset();
    qunsetenv("PGPASSFILE");
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
}

Result<std::unique_ptr<Database>> PostgresSchemaTest::connect()
{
    auto url = DatabaseUrl::parse(m_url);
    if (!url)
        return url.error();
    auto database = Database::openServerUnmigrated(url.value());
    if (!database)
        return database;
    // Our own name, not user input; SET cannot be prepared. Notices (DROP ... CASCADE) are noise here.
    for (const QString &setting : {QStringLiteral("SET search_path TO %1").arg(m_schema),
                                   QStringLiteral("SET client_min_messages TO warning")}) {
        if (auto set = sql::exec(database.value()->connection(), setting); !set)
            return set.error();
    }
    return database;
}

void PostgresSchemaTest::init()
{
    if (!m_skip.isEmpty())
        return;
    m_schema = QStringLiteral("t_%1").arg(++m_schemas);
    auto database = connect();
    QVERIFY2(database.ok(), qPrintable(database.text()));
    auto made = sql::exec(database.value()->connection(), QStringLiteral("CREATE SCHEMA %1").arg(m_schema));
    QVERIFY2(made.ok(), qPrintable(made.text()));
    m_db = std::move(database.value());
}

void PostgresSchemaTest::cleanup()
{
    if (!m_db)
        return;
    auto dropped = sql::exec(m_db->connection(), QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
    m_db.reset();
    QVERIFY2(dropped.ok(), qPrintable(dropped.text()));
}

QString PostgresSchemaTest::firstValue(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        *error = statement + QStringLiteral(": ") + query.lastError().text();
        return {};
    }
    error->clear();
    return query.value(0).toString();
}

// Three officials (1: operator and verifier, 2: verifier, 3: a disabled verifier), one
// exchange with a draft batch 1 (person 1) and a confirmed batch 2 (person 2), one audit row.
// Portable: the same text runs on both backends and gives the same ids.
QStringList PostgresSchemaTest::sampleData()
{
    return {
        QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, is_supervisor, "
                       "password_hash, active, created_at, updated_at) VALUES "
                       "('op', 'Operator', 1, 1, 0, 'x', 1, 't', 't'), "
                       "('ver', 'Verifier', 0, 1, 0, 'x', 1, 't', 't'), "
                       "('gone', 'Former verifier', 0, 1, 0, 'x', 0, 't', 't')"),
        QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) VALUES ('Exchange', 't', 't')"),
        QStringLiteral("INSERT INTO batch (exchange_id, sequence_no, direction, created_at, updated_at) VALUES "
                       "(1, 1, 'receive', 't', 't'), (1, 2, 'receive', 't', 't')"),
        QStringLiteral("INSERT INTO person (surname, given_name, sex, category, created_at, updated_at, created_by, "
                       "updated_by) VALUES ('Open', 'Person', 'M', 'civilian', 't', 't', 1, 1), "
                       "('Sealed', 'Person', 'F', 'serviceman', 't', 't', 1, 1)"),
        QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, created_at, updated_at) VALUES "
                       "(1, 1, 1, 't', 't'), (2, 2, 1, 't', 't')"),
        QStringLiteral("UPDATE batch SET status = 'confirmed' WHERE id = 2"),
        QStringLiteral("INSERT INTO audit_log (at, official_id, action, entity, entity_id, prev_hash, hash) "
                       "VALUES ('t', 1, 'create', 'person', 1, '', 'h1')"),
    };
}

void PostgresSchemaTest::migrationsOneToFourApply()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(Dialect::of(db).kind(), Dialect::Kind::Postgres);
    auto before = Migrations::currentVersion(db);
    QVERIFY2(before.ok(), qPrintable(before.text()));
    QCOMPARE(before.value(), 0);

    QElapsedTimer timer;
    timer.start();
    const Status migrated = Migrations::migrateTo(db, 4);
    QVERIFY2(migrated.ok(), qPrintable(migrated.text()));
    qInfo("schemas 1-4 applied in %lld ms", timer.elapsed());
    auto after = Migrations::currentVersion(db);
    QVERIFY2(after.ok(), qPrintable(after.text()));
    QCOMPARE(after.value(), 4);

    QString error;
    // The version is the one row of schema_version.
    QCOMPARE(firstValue(db, QStringLiteral("SELECT COUNT(*) || ':' || MAX(version) FROM schema_version"), &error),
             QStringLiteral("1:4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The tables of 1-4 are in this test's schema, and their triggers.
    QCOMPARE(firstValue(db,
                        QStringLiteral("SELECT string_agg(tablename, ' ' ORDER BY tablename) FROM pg_tables "
                                       "WHERE schemaname = current_schema()"),
                        &error),
             QStringLiteral("audit_log batch batch_member exchange exchange_check_item official person "
                            "schema_version verification_item"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(firstValue(db,
                        QStringLiteral("SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                       "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"),
                        &error),
             // SQLite's 20 triggers of schemas 1-4, and 6 TRUNCATE guards.
             QStringLiteral("26"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Ids are 64-bit identities, as SQLite's rowids.
    QCOMPARE(firstValue(db,
                        QStringLiteral("SELECT data_type || ' ' || is_identity FROM information_schema.columns "
                                       "WHERE table_schema = current_schema() AND table_name = 'person' "
                                       "AND column_name = 'id'"),
                        &error),
             QStringLiteral("bigint YES"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void PostgresSchemaTest::applyingAgainChangesNothing()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    QVERIFY(Migrations::migrateTo(db, 4).ok());
    const QString objects = QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace) || ' ' || "
        "(SELECT COUNT(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace)");
    QString error;
    const QString first = firstValue(db, objects, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Again on this connection, and from another desk.
    const Status again = Migrations::migrateTo(db, 4);
    QVERIFY2(again.ok(), qPrintable(again.text()));
    auto other = connect();
    QVERIFY2(other.ok(), qPrintable(other.text()));
    const Status fromOther = Migrations::migrateTo(other.value()->connection(), 4);
    QVERIFY2(fromOther.ok(), qPrintable(fromOther.text()));

    QCOMPARE(firstValue(db, objects, &error), first);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto version = Migrations::currentVersion(other.value()->connection());
    QVERIFY2(version.ok(), qPrintable(version.text()));
    QCOMPARE(version.value(), 4);
}

void PostgresSchemaTest::goingPastFourIsRefusedUntouched()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(Dialect::of(db).latestVersion(), 4);
    QVERIFY(Dialect::of(db).migration(5).isEmpty());

    // The whole way at once (as Database::open would): nothing is created.
    const Status all = Migrations::migrate(db);
    QVERIFY(!all.ok());
    QVERIFY2(all.error().message.contains(QLatin1String("only up to schema 4")), qPrintable(all.text()));
    QVERIFY2(all.error().message.contains(QLatin1String("it is at schema 0")), qPrintable(all.text()));
    QString error;
    QCOMPARE(firstValue(db, QStringLiteral("SELECT to_regclass('exchange') IS NULL"), &error), QStringLiteral("true"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // From schema 4: it stays at 4.
    QVERIFY(Migrations::migrateTo(db, 4).ok());
    const Status five = Migrations::migrateTo(db, 5);
    QVERIFY(!five.ok());
    QVERIFY2(five.error().message.contains(QLatin1String("it is at schema 4")), qPrintable(five.text()));
    auto version = Migrations::currentVersion(db);
    QVERIFY2(version.ok(), qPrintable(version.text()));
    QCOMPARE(version.value(), 4);
}

void PostgresSchemaTest::migrationsWaitForTheLock()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    // Another desk migrating holds the advisory lock in its open transaction.
    auto other = connect();
    QVERIFY2(other.ok(), qPrintable(other.text()));
    const QSqlDatabase holder = other.value()->connection();
    QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok());
    const QString take = Dialect(Dialect::Kind::Postgres).migrationLock().value(0);
    QVERIFY(take.contains(QString::number(Dialect::kMigrationLockKey)));
    QVERIFY(sql::exec(holder, take).ok());

    // This desk waits for it (here 300 ms instead of the usual 5 s), then gives up untouched.
    const QSqlDatabase db = m_db->connection();
    QVERIFY(sql::run(db, QStringLiteral("SELECT set_config('lock_timeout', '300', false)")).ok());
    QElapsedTimer timer;
    timer.start();
    const Status blocked = Migrations::migrateTo(db, 4);
    QVERIFY(!blocked.ok());
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY2(blocked.error().detail.contains(QLatin1String("lock timeout")), qPrintable(blocked.text()));
    QString error;
    QCOMPARE(firstValue(db, QStringLiteral("SELECT to_regclass('exchange') IS NULL"), &error), QStringLiteral("true"));

    // Once the other desk is done, it goes through.
    QVERIFY(sql::exec(holder, QStringLiteral("COMMIT")).ok());
    const Status migrated = Migrations::migrateTo(db, 4);
    QVERIFY2(migrated.ok(), qPrintable(migrated.text()));
}

void PostgresSchemaTest::aSecondDeskFindsTheWorkDone()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    // This desk holds the lock and migrates by hand, slowly, in one transaction.
    const QSqlDatabase db = m_db->connection();
    const Dialect dialect(Dialect::Kind::Postgres);
    QVERIFY(sql::exec(db, QStringLiteral("BEGIN")).ok());
    QVERIFY(sql::exec(db, dialect.migrationLock().value(0)).ok());

    // Another desk starts meanwhile: it finds schema 0 and waits for the lock (its own thread,
    // as a connection belongs to the thread that made it).
    Status second = Status::failure(QStringLiteral("not run"));
    QThread *thread = QThread::create([&] {
        auto other = connect();
        second = other ? Migrations::migrateTo(other.value()->connection(), 4) : other.status();
    });
    thread->start();
    // A failed check below must not leave the thread writing to this frame.
    const auto joined = qScopeGuard([&] {
        if (thread->isRunning()) {
            (void)sql::exec(db, QStringLiteral("ROLLBACK"));
            thread->wait();
        }
        delete thread;
    });
    const auto waiting = [&] {
        auto count = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' "
                                                    "AND NOT granted"));
        return count.ok() ? count.value().toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(waiting(), 1, 4000);

    for (int version = 1; version <= 4; ++version) {
        for (const QString &statement : dialect.migration(version))
            QVERIFY2(sql::exec(db, statement).ok(), qPrintable(statement));
        QVERIFY(dialect.setSchemaVersion(db, version).ok());
    }
    QVERIFY(sql::exec(db, QStringLiteral("COMMIT")).ok());
    QVERIFY(thread->wait(10000));
    // The other desk read the version again under the lock and did nothing twice.
    QVERIFY2(second.ok(), qPrintable(second.text()));
    auto version = Migrations::currentVersion(db);
    QVERIFY2(version.ok(), qPrintable(version.text()));
    QCOMPARE(version.value(), 4);
}

void PostgresSchemaTest::sqliteKeepsItsOwnText()
{
    // The SQLite schema is the one Migrations.cpp has always written, byte for byte.
    auto sqlite = Database::openUnmigrated(QStringLiteral(":memory:"));
    QVERIFY2(sqlite.ok(), qPrintable(sqlite.text()));
    const Dialect dialect = Dialect::of(sqlite.value()->connection());
    QCOMPARE(dialect.kind(), Dialect::Kind::Sqlite);
    QCOMPARE(dialect.latestVersion(), Migrations::latestVersion());
    QVERIFY(dialect.migrationLock().isEmpty());
    for (int version = 1; version <= Migrations::latestVersion(); ++version)
        QCOMPARE(dialect.migration(version), Migrations::statements(version));
    QVERIFY(dialect.migration(Migrations::latestVersion() + 1).isEmpty());
    // And its version is still PRAGMA user_version.
    QVERIFY(Migrations::migrateTo(sqlite.value()->connection(), 3).ok());
    auto pragma = sql::scalar(sqlite.value()->connection(), QStringLiteral("PRAGMA user_version"));
    QVERIFY2(pragma.ok(), qPrintable(pragma.text()));
    QCOMPARE(pragma.value().toInt(), 3);
}

void PostgresSchemaTest::nowSqlWritesTheStamp()
{
    // Triggers stamp rows in the form sql::nowStamp() writes, on both backends.
    const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QVERIFY(stamp.match(sql::nowStamp()).hasMatch());
    auto sqlite = Database::openUnmigrated(QStringLiteral(":memory:"));
    QVERIFY2(sqlite.ok(), qPrintable(sqlite.text()));
    const QSqlDatabase lite = sqlite.value()->connection();
    auto fromSqlite = sql::scalar(lite, QStringLiteral("SELECT ") + Dialect::of(lite).nowSql());
    QVERIFY2(fromSqlite.ok(), qPrintable(fromSqlite.text()));
    QVERIFY2(stamp.match(fromSqlite.value().toString()).hasMatch(), qPrintable(fromSqlite.value().toString()));

    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    const QString before = sql::nowStamp();
    auto fromServer = sql::scalar(db, QStringLiteral("SELECT ") + Dialect::of(db).nowSql());
    const QString after = sql::nowStamp();
    QVERIFY2(fromServer.ok(), qPrintable(fromServer.text()));
    const QString value = fromServer.value().toString();
    QVERIFY2(stamp.match(value).hasMatch(), qPrintable(value));
    // Same clock (one machine): the same second, give or take the one the call spans.
    QVERIFY2(before.left(19) <= value.left(19) && value.left(19) <= after.left(19),
             qPrintable(before + u' ' + value + u' ' + after));
}

void PostgresSchemaTest::anInsertedPersonGivesItsOwnId()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    QVERIFY(Migrations::migrateTo(db, 4).ok());
    for (const QString &statement : sampleData())
        QVERIFY2(sql::exec(db, statement).ok(), qPrintable(statement));
    // The checklist trigger inserts 9 rows after each person: RETURNING still gives the person's id.
    auto id = sql::insertReturningId(db,
                                     QStringLiteral("INSERT INTO person (surname, given_name, sex, category, "
                                                    "created_at, updated_at, created_by, updated_by) "
                                                    "VALUES (?, ?, 'M', 'civilian', 't', 't', 1, 1) RETURNING id"),
                                     {QStringLiteral("Третій"), QStringLiteral("Особа")});
    QVERIFY2(id.ok(), qPrintable(id.text()));
    QCOMPARE(id.value(), 3);
    QString error;
    QCOMPARE(firstValue(db, QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE person_id = 3"), &error),
             QStringLiteral("9"));
}

void PostgresSchemaTest::rulesRefuse_data()
{
    QTest::addColumn<QStringList>("steps"); // all but the last must pass; the last is refused
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<bool>("portable"); // SQLite refuses it the same way

    const QString neverDeleted = QStringLiteral("officials are never deleted; disable the account instead");
    const QString appendOnly = QStringLiteral("the audit trail is append-only");
    const QString twoPerson =
        QStringLiteral("two-person rule: the official who last changed this detail cannot verify it");
    const QString verifier = QStringLiteral("only an active verifier can verify a detail");
    const QString list = QStringLiteral("the batch is confirmed: its list cannot change");
    const QString details = QStringLiteral("the person is listed in a confirmed batch: the details cannot change");
    const QString personDeleted = QStringLiteral("the person is listed in a confirmed batch and cannot be deleted");
    const QString checklist = QStringLiteral("the person is listed in a confirmed batch: the checklist cannot change");
    const QString batchDetails = QStringLiteral("the batch is confirmed: its details cannot change");
    const QString batchDeleted = QStringLiteral("the batch is confirmed and cannot be deleted");
    const QString verify = QStringLiteral("UPDATE verification_item SET state = 'confirmed', method = 'compared', "
                                          "verified_by = %1, verified_at = 't' WHERE person_id = 1 AND item = "
                                          "'surname'");
    const QString insertVerified =
        QStringLiteral("INSERT INTO verification_item (person_id, item, changed_by, changed_at, state, method, "
                       "verified_by, verified_at) VALUES (1, 'custom:99', 1, 't', 'confirmed', 'compared', %1, 't')");

    QTest::newRow("delete an official") << QStringList{QStringLiteral("DELETE FROM official WHERE id = 3")}
                                        << neverDeleted << true;
    QTest::newRow("update the audit trail")
        << QStringList{QStringLiteral("UPDATE audit_log SET action = 'edited'")} << appendOnly << true;
    QTest::newRow("delete from the audit trail")
        << QStringList{QStringLiteral("DELETE FROM audit_log")} << appendOnly << true;
    QTest::newRow("truncate the audit trail")
        << QStringList{QStringLiteral("TRUNCATE audit_log")} << appendOnly << false;
    QTest::newRow("verify one's own change") << QStringList{verify.arg(1)} << twoPerson << true;
    QTest::newRow("insert a verification of one's own change")
        << QStringList{insertVerified.arg(1)} << twoPerson << true;
    QTest::newRow("verify as a disabled verifier") << QStringList{verify.arg(3)} << verifier << true;
    QTest::newRow("insert a verification by a disabled verifier")
        << QStringList{insertVerified.arg(3)} << verifier << true;
    QTest::newRow("verify after the role was taken away")
        << QStringList{QStringLiteral("UPDATE official SET is_verifier = 0 WHERE id = 2"), verify.arg(2)} << verifier
        << true;
    QTest::newRow("list in a confirmed batch")
        << QStringList{QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, created_at, "
                                      "updated_at) VALUES (2, 1, 2, 't', 't')")}
        << list << true;
    QTest::newRow("reorder a confirmed list")
        << QStringList{QStringLiteral("UPDATE batch_member SET position = 5 WHERE batch_id = 2")} << list << true;
    QTest::newRow("move into a confirmed batch")
        << QStringList{QStringLiteral("UPDATE batch_member SET batch_id = 2, position = 7 WHERE batch_id = 1")} << list
        << true;
    QTest::newRow("unlist from a confirmed batch")
        << QStringList{QStringLiteral("DELETE FROM batch_member WHERE batch_id = 2")} << list << true;
    QTest::newRow("unlist from a completed batch")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'completed' WHERE id = 2"),
                       QStringLiteral("DELETE FROM batch_member WHERE batch_id = 2")}
        << list << true;
    QTest::newRow("edit a sealed person")
        << QStringList{QStringLiteral("UPDATE person SET surname = 'Forged' WHERE id = 2")} << details << true;
    QTest::newRow("delete a sealed person")
        << QStringList{QStringLiteral("DELETE FROM person WHERE id = 2")} << personDeleted << true;
    QTest::newRow("edit a sealed checklist")
        << QStringList{QStringLiteral("UPDATE verification_item SET note = 'forged' WHERE person_id = 2")} << checklist
        << true;
    QTest::newRow("add to a sealed checklist")
        << QStringList{QStringLiteral("INSERT INTO verification_item (person_id, item, changed_by, changed_at) "
                                      "VALUES (2, 'custom:7', 1, 't')")}
        << checklist << true;
    QTest::newRow("edit a confirmed batch")
        << QStringList{QStringLiteral("UPDATE batch SET place = 'Elsewhere' WHERE id = 2")} << batchDetails << true;
    QTest::newRow("date a confirmed batch (no date before)")
        << QStringList{QStringLiteral("UPDATE batch SET planned_date = '2024-01-01' WHERE id = 2")} << batchDetails
        << true;
    QTest::newRow("delete a confirmed batch")
        << QStringList{QStringLiteral("DELETE FROM batch WHERE id = 2")} << batchDeleted << true;
    QTest::newRow("truncate the lists") << QStringList{QStringLiteral("TRUNCATE batch_member")} << list << false;
    QTest::newRow("truncate the checklists")
        << QStringList{QStringLiteral("TRUNCATE verification_item")} << checklist << false;
    QTest::newRow("truncate everything from the exchanges")
        << QStringList{QStringLiteral("TRUNCATE exchange, batch, batch_member, person, verification_item, "
                                      "exchange_check_item CASCADE")}
        << QString() << false; // any of the guards may speak first
}

void PostgresSchemaTest::rulesRefuse()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, refusal);
    QFETCH(bool, portable);
    const QString attack = steps.takeLast();

    const auto check = [&](const QSqlDatabase &db, bool postgres) {
        for (const QString &statement : sampleData() + steps) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
        QSqlQuery query(db);
        QVERIFY2(!query.exec(attack), qPrintable(QStringLiteral("not refused: ") + attack));
        const QSqlError error = query.lastError();
        QVERIFY2(error.databaseText().contains(refusal), qPrintable(error.text()));
        if (postgres)
            QCOMPARE(error.nativeErrorCode(), QString::fromLatin1(Dialect::kRuleSqlState));
    };

    if (portable) {
        auto sqlite = Database::openUnmigrated(QStringLiteral(":memory:"));
        QVERIFY2(sqlite.ok(), qPrintable(sqlite.text()));
        QVERIFY(Migrations::migrateTo(sqlite.value()->connection(), 4).ok());
        check(sqlite.value()->connection(), false);
        if (QTest::currentTestFailed())
            return;
    }
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    const Status migrated = Migrations::migrateTo(db, 4);
    QVERIFY2(migrated.ok(), qPrintable(migrated.text()));
    check(db, true);
}

void PostgresSchemaTest::allowedChangesPass_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("probe"); // a query whose first value shows the change
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("portable");

    const QString verifyBy2 = QStringLiteral("UPDATE verification_item SET state = 'confirmed', method = 'compared', "
                                             "verified_by = 2, verified_at = 't' WHERE person_id = 1 AND item = "
                                             "'surname'");
    const QString newPerson = QStringLiteral("INSERT INTO person (surname, given_name, sex, category, created_at, "
                                             "updated_at, created_by, updated_by) VALUES ('New', 'Person', 'M', "
                                             "'civilian', 't', 't', 1, 1)");
    const QString checkItem = QStringLiteral("INSERT INTO exchange_check_item (exchange_id, label, created_by, "
                                             "created_at) VALUES (1, 'Tattoo', 1, 't')");
    const QString listNew = QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, created_at, "
                                           "updated_at) VALUES (1, 3, 2, 't', 't')");

    QTest::newRow("disable an official") << QStringList{QStringLiteral("UPDATE official SET active = 0 WHERE id = 2")}
                                         << QStringLiteral("SELECT active FROM official WHERE id = 2")
                                         << QStringLiteral("0") << true;
    QTest::newRow("append to the audit trail")
        << QStringList{QStringLiteral("INSERT INTO audit_log (at, official_id, action, entity, entity_id, "
                                      "prev_hash, hash) VALUES ('t', 2, 'update', 'person', 1, 'h1', 'h2')")}
        << QStringLiteral("SELECT COUNT(*) FROM audit_log") << QStringLiteral("2") << true;
    QTest::newRow("verify another's change")
        << QStringList{verifyBy2}
        << QStringLiteral("SELECT state FROM verification_item WHERE person_id = 1 AND "
                          "item = 'surname'")
        << QStringLiteral("confirmed") << true;
    QTest::newRow("a disabled verifier keeps past verifications")
        << QStringList{verifyBy2, QStringLiteral("UPDATE official SET active = 0 WHERE id = 2"),
                       QStringLiteral("UPDATE verification_item SET note = 'seen' WHERE person_id = 1 AND "
                                      "item = 'surname'")}
        << QStringLiteral("SELECT note || ' ' || verified_by FROM verification_item WHERE person_id = 1 AND "
                          "item = 'surname'")
        << QStringLiteral("seen 2") << true;
    QTest::newRow("a changed detail is verified again")
        << QStringList{verifyBy2, QStringLiteral("UPDATE person SET surname = 'Renamed', updated_by = 2, "
                                                 "updated_at = 't2' WHERE id = 1")}
        << QStringLiteral("SELECT state || ' ' || changed_by || ' ' || changed_at || ' ' || "
                          "COALESCE(verified_by, 0) FROM verification_item WHERE person_id = 1 AND item = 'surname'")
        << QStringLiteral("pending 2 t2 0") << true;
    QTest::newRow("an unchanged detail keeps its verification")
        << QStringList{verifyBy2, QStringLiteral("UPDATE person SET given_name = 'Other', updated_by = 2 WHERE id = 1")}
        << QStringLiteral("SELECT state FROM verification_item WHERE person_id = 1 AND item = 'surname'")
        << QStringLiteral("confirmed") << true;
    QTest::newRow("a new person gets the checklist")
        << QStringList{newPerson} << QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE person_id = 3")
        << QStringLiteral("9") << true;
    QTest::newRow("a listed person gets the exchange's items")
        << QStringList{checkItem, newPerson, listNew}
        << QStringLiteral("SELECT label FROM verification_item WHERE person_id = 3 AND item = 'custom:1'")
        << QStringLiteral("Tattoo") << true;
    QTest::newRow("a removed item leaves the checklists")
        << QStringList{checkItem, newPerson, listNew, QStringLiteral("DELETE FROM exchange_check_item WHERE id = 1")}
        << QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE item LIKE 'custom:%'") << QStringLiteral("0")
        << true;
    QTest::newRow("a confirmed batch is completed")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'completed' WHERE id = 2")}
        << QStringLiteral("SELECT status FROM batch WHERE id = 2") << QStringLiteral("completed") << true;
    QTest::newRow("a reopened batch can be edited")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'draft' WHERE id = 2"),
                       QStringLiteral("UPDATE person SET surname = 'Fixed' WHERE id = 2")}
        << QStringLiteral("SELECT surname FROM person WHERE id = 2") << QStringLiteral("Fixed") << true;
    QTest::newRow("a draft batch's list changes")
        << QStringList{QStringLiteral("DELETE FROM batch_member WHERE batch_id = 1")}
        << QStringLiteral("SELECT COUNT(*) FROM batch_member") << QStringLiteral("1") << true;
    QTest::newRow("a draft batch is deleted")
        << QStringList{QStringLiteral("DELETE FROM batch WHERE id = 1")}
        << QStringLiteral("SELECT COUNT(*) FROM batch_member") << QStringLiteral("1") << true;
    QTest::newRow("lists truncated while nothing is confirmed")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'draft' WHERE id = 2"),
                       QStringLiteral("TRUNCATE batch_member")}
        << QStringLiteral("SELECT COUNT(*) FROM batch_member") << QStringLiteral("0") << false;
}

void PostgresSchemaTest::allowedChangesPass()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, probe);
    QFETCH(QString, expected);
    QFETCH(bool, portable);

    const auto check = [&](const QSqlDatabase &db) {
        for (const QString &statement : sampleData() + steps) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
        QString error;
        QCOMPARE(firstValue(db, probe, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    };

    if (portable) {
        auto sqlite = Database::openUnmigrated(QStringLiteral(":memory:"));
        QVERIFY2(sqlite.ok(), qPrintable(sqlite.text()));
        QVERIFY(Migrations::migrateTo(sqlite.value()->connection(), 4).ok());
        check(sqlite.value()->connection());
        if (QTest::currentTestFailed())
            return;
    }
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    QVERIFY(Migrations::migrateTo(db, 4).ok());
    check(db);
}

void PostgresSchemaTest::psqlAttacksAreRefused_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("delete the audit trail") << "DELETE FROM audit_log"
                                            << "ERROR:  HW001: the audit trail is append-only";
    QTest::newRow("truncate the audit trail") << "TRUNCATE audit_log"
                                              << "ERROR:  HW001: the audit trail is append-only";
    QTest::newRow("edit a sealed person")
        << "UPDATE person SET surname = 'Forged' WHERE id = 2"
        << "ERROR:  HW001: the person is listed in a confirmed batch: the details cannot change";
}

void PostgresSchemaTest::psqlAttacksAreRefused()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    QFETCH(QString, attack);
    QFETCH(QString, refusal);
    QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty()) {
        const QStringList versions =
            QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &version : versions) {
            const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(version);
            if (QFileInfo(candidate).isExecutable())
                psql = candidate;
        }
    }
    if (psql.isEmpty())
        QSKIP("psql is not installed");

    const QSqlDatabase db = m_db->connection();
    QVERIFY(Migrations::migrateTo(db, 4).ok());
    for (const QString &statement : sampleData())
        QVERIFY2(sql::exec(db, statement).ok(), qPrintable(statement));

    // As an official at the psql prompt would: the application's own role, a plain statement.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSFILE"), m_server.filePath(QStringLiteral("pgpass")));
    environment.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c search_path=%1").arg(m_schema));
    environment.remove(QStringLiteral("PGPASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(psql, {QStringLiteral("--no-psqlrc"), QStringLiteral("--set=ON_ERROR_STOP=1"),
                         QStringLiteral("--set=VERBOSITY=verbose"), QStringLiteral("--dbname=") + m_url,
                         QStringLiteral("--command=") + attack});
    QVERIFY(process.waitForFinished(30000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() != 0, qPrintable(errors));
    QVERIFY2(errors.contains(refusal), qPrintable(errors));

    // And nothing changed.
    QString error;
    QCOMPARE(firstValue(db,
                        QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_log) || ' ' || "
                                       "(SELECT surname FROM person WHERE id = 2)"),
                        &error),
             QStringLiteral("1 Sealed"));
}

QTEST_GUILESS_MAIN(PostgresSchemaTest)
#include "tst_postgresschema.moc"
