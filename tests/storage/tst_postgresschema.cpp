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

// The schemas on PostgreSQL (MigrationPg1to4.cpp, MigrationPg5to10.cpp): they apply, the version
// is kept, and every rule refuses with plain SQL what it refuses on SQLite, with the same text and
// SQLSTATE HW001.
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

    void allMigrationsApply();
    void applyingAgainChangesNothing();
    void theLatestSchemaIsLeftAlone();
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
    void theDeskRoleHasOnlyItsRights_data();
    void theDeskRoleHasOnlyItsRights();
    void aDeskOpensOnlyAMigratedSchemaAsADesk();

private:
    Result<std::unique_ptr<Database>> connect(const QString &url = {});
    static QStringList sampleData(int version);
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
    // The owner makes each case's schema and migrates it; a desk's role signs in where a case says.
    m_url = m_server.ownerUrl();
    if (!m_skip.isEmpty())
        return;
    // The password for this suite's connections and for psql.
    m_server.usePassFile();
}

void PostgresSchemaTest::cleanupTestCase()
{
    m_db.reset();
    qunsetenv("PGPASSFILE");
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
}

Result<std::unique_ptr<Database>> PostgresSchemaTest::connect(const QString &address)
{
    auto url = DatabaseUrl::parse(address.isEmpty() ? m_url : address);
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

void PostgresSchemaTest::theDeskRoleHasOnlyItsRights_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("allowed");

    // Reading and the working tables' changes: what the program does.
    QTest::newRow("read the trail") << QStringLiteral("SELECT COUNT(*) FROM audit_log") << true;
    QTest::newRow("read the version") << QStringLiteral("SELECT version FROM schema_version") << true;
    QTest::newRow("edit a person") << QStringLiteral("UPDATE person SET notes = 'desk' WHERE id = 1") << true;
    QTest::newRow("add a note to an exchange")
        << QStringLiteral("UPDATE exchange SET notes = 'desk' WHERE id = 1") << true;
    QTest::newRow("remove an unconfirmed batch's member")
        << QStringLiteral("DELETE FROM batch_member WHERE batch_id = 1") << true;
    // The append-only records: added to, never rewritten, whatever the triggers would say.
    QTest::newRow("rewrite the trail") << QStringLiteral("UPDATE audit_log SET action = 'x'") << false;
    QTest::newRow("delete the trail") << QStringLiteral("DELETE FROM audit_log") << false;
    QTest::newRow("truncate the trail") << QStringLiteral("TRUNCATE audit_log") << false;
    QTest::newRow("rewrite the status history") << QStringLiteral("UPDATE batch_transition SET reason = 'x'") << false;
    QTest::newRow("delete the status history") << QStringLiteral("DELETE FROM batch_transition") << false;
    QTest::newRow("delete the import log") << QStringLiteral("DELETE FROM registry_import") << false;
    QTest::newRow("set the schema version") << QStringLiteral("UPDATE schema_version SET version = 1") << false;
    QTest::newRow("truncate persons") << QStringLiteral("TRUNCATE person CASCADE") << false;
    // The schema and its rules are the owner's.
    QTest::newRow("switch the trail's triggers off")
        << QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL") << false;
    QTest::newRow("drop a rule") << QStringLiteral("DROP TRIGGER audit_log_no_truncate ON audit_log") << false;
    QTest::newRow("replace a rule's function")
        << QStringLiteral("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql "
                          "AS $$ BEGIN RETURN NEW; END $$")
        << false;
    QTest::newRow("drop a table") << QStringLiteral("DROP TABLE person CASCADE") << false;
    QTest::newRow("add a table") << QStringLiteral("CREATE TABLE shadow (id INTEGER)") << false;
    QTest::newRow("add a trigger")
        << QStringLiteral("CREATE TRIGGER shadow AFTER INSERT ON person FOR EACH ROW "
                          "EXECUTE FUNCTION audit_log_append_only()")
        << false;
}

// The migrations grant the desks' group role its rights (MigrationPgGrants.cpp): a desk's own
// login role, used outside Homeward, still cannot rewrite the append-only records or touch the
// schema. Refusals are the server's permission check (SQLSTATE 42501), before any trigger.
void PostgresSchemaTest::theDeskRoleHasOnlyItsRights()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    QFETCH(QString, statement);
    QFETCH(bool, allowed);
    QVERIFY(Migrations::migrate(m_db->connection()).ok());
    for (const QString &sample : sampleData(Migrations::latestVersion()))
        QVERIFY2(sql::exec(m_db->connection(), sample).ok(), qPrintable(sample));

    auto desk = connect(m_server.url());
    QVERIFY2(desk.ok(), qPrintable(desk.text()));
    const QSqlDatabase db = desk.value()->connection();
    // The desk's additions work, ids included (the identity sequences need no grant of their own).
    auto added = sql::insertReturningId(
        db, QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) VALUES ('desk', 't', 't') RETURNING id"));
    QVERIFY2(added.ok(), qPrintable(added.text()));

    QSqlQuery query(db);
    const bool done = query.exec(statement);
    if (allowed) {
        QVERIFY2(done, qPrintable(query.lastError().text()));
    } else {
        QVERIFY2(!done, qPrintable(statement));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
}

// Database::open on a server address: a desk works only on a schema the owner migrated, and only
// as a role that cannot rewrite the trail; `homeward migrate` (Database::migrateServer) as the owner.
// On the database's own schema (public), not a test schema: that is what a desk sees.
void PostgresSchemaTest::aDeskOpensOnlyAMigratedSchemaAsADesk()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QString desk = m_server.url();
    const QString owner = m_server.ownerUrl();

    auto early = Database::open(desk);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().message.contains(QLatin1String("is at schema 0")), qPrintable(early.text()));
    QVERIFY2(early.error().message.contains(QLatin1String("homeward migrate --database postgresql://OWNER@")),
             qPrintable(early.text()));

    // A desk cannot migrate: nothing changes, and the message says why.
    auto deskUrl = DatabaseUrl::parse(desk);
    QVERIFY(deskUrl.ok());
    auto refused = Database::migrateServer(deskUrl.value());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().detail.contains(QLatin1String("permission denied")), qPrintable(refused.text()));

    auto ownerUrl = DatabaseUrl::parse(owner);
    QVERIFY(ownerUrl.ok());
    auto migrated = Database::migrateServer(ownerUrl.value());
    QVERIFY2(migrated.ok(), qPrintable(migrated.text()));
    QCOMPARE(migrated.value(), Migrations::latestVersion());

    auto opened = Database::open(desk);
    QVERIFY2(opened.ok(), qPrintable(opened.text()));
    QVERIFY(opened.value()->isServer());
    QCOMPARE(opened.value()->path(), desk);

    auto asOwner = Database::open(owner);
    QVERIFY(!asOwner.ok());
    QVERIFY2(asOwner.error().message.contains(QLatin1String("The role homeward_owner may change or delete")),
             qPrintable(asOwner.text()));
    QVERIFY2(asOwner.error().message.contains(QLatin1String("homeward_desk")), qPrintable(asOwner.text()));

    // Up to date: a desk's migrate has nothing to do and succeeds.
    auto again = Database::migrateServer(deskUrl.value());
    QVERIFY2(again.ok(), qPrintable(again.text()));
    QCOMPARE(again.value(), Migrations::latestVersion());
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
// Portable: the same text runs on both backends and gives the same ids. From schema 5 on, batch 2
// goes to confirmed along the edges and with a seal, as the schema then demands.
QStringList PostgresSchemaTest::sampleData(int version)
{
    const QStringList confirm =
        version < 5 ? QStringList{QStringLiteral("UPDATE batch SET status = 'confirmed' WHERE id = 2")}
                    : QStringList{QStringLiteral("UPDATE batch SET status = 'in_verification' WHERE id = 2"),
                                  QStringLiteral("UPDATE batch SET status = 'verified' WHERE id = 2"),
                                  QStringLiteral("UPDATE batch SET status = 'confirmed', seal_head_hash = '%1', "
                                                 "seal_content_hash = '%2', sealed_at = 't', sealed_by = 2 "
                                                 "WHERE id = 2")
                                      .arg(QString(64, u'a'), QString(64, u'b'))};
    return QStringList{
               QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, is_supervisor, "
                              "password_hash, active, created_at, updated_at) VALUES "
                              "('op', 'Operator', 1, 1, 0, 'x', 1, 't', 't'), "
                              "('ver', 'Verifier', 0, 1, 0, 'x', 1, 't', 't'), "
                              "('gone', 'Former verifier', 0, 1, 0, 'x', 0, 't', 't')"),
               QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) VALUES ('Exchange', 't', 't')"),
               QStringLiteral("INSERT INTO batch (exchange_id, sequence_no, direction, created_at, updated_at) VALUES "
                              "(1, 1, 'receive', 't', 't'), (1, 2, 'receive', 't', 't')"),
               QStringLiteral(
                   "INSERT INTO person (surname, given_name, sex, category, created_at, updated_at, created_by, "
                   "updated_by) VALUES ('Open', 'Person', 'M', 'civilian', 't', 't', 1, 1), "
                   "('Sealed', 'Person', 'F', 'serviceman', 't', 't', 1, 1)"),
               QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, created_at, updated_at) VALUES "
                              "(1, 1, 1, 't', 't'), (2, 2, 1, 't', 't')"),
           } +
           confirm +
           QStringList{
               QStringLiteral("INSERT INTO audit_log (at, official_id, action, entity, entity_id, prev_hash, hash) "
                              "VALUES ('t', 1, 'create', 'person', 1, '', 'h1')"),
           };
}

void PostgresSchemaTest::allMigrationsApply()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(Dialect::of(db).kind(), Dialect::Kind::Postgres);
    // Every schema SQLite has is there on PostgreSQL too.
    QCOMPARE(Dialect::of(db).latestVersion(), Migrations::latestVersion());
    auto before = Migrations::currentVersion(db);
    QVERIFY2(before.ok(), qPrintable(before.text()));
    QCOMPARE(before.value(), 0);

    QElapsedTimer timer;
    timer.start();
    // The whole way at once, as Database::open does.
    const Status migrated = Migrations::migrate(db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.text()));
    qInfo("schemas 1-%d applied in %lld ms", Migrations::latestVersion(), timer.elapsed());
    auto after = Migrations::currentVersion(db);
    QVERIFY2(after.ok(), qPrintable(after.text()));
    QCOMPARE(after.value(), Migrations::latestVersion());

    QString error;
    // The version is the one row of schema_version.
    QCOMPARE(firstValue(db, QStringLiteral("SELECT COUNT(*) || ':' || MAX(version) FROM schema_version"), &error),
             QStringLiteral("1:%1").arg(Migrations::latestVersion()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The tables of every schema are in this test's schema, and their triggers.
    QCOMPARE(firstValue(db,
                        QStringLiteral("SELECT string_agg(tablename, ' ' ORDER BY tablename) FROM pg_tables "
                                       "WHERE schemaname = current_schema()"),
                        &error),
             QStringLiteral("audit_log batch batch_member batch_transition counterpart_list counterpart_person "
                            "exchange exchange_check_item official person person_registry_link presence "
                            "reconciliation_resolution registry_import registry_person schema_version "
                            "verification_item"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(firstValue(db,
                        QStringLiteral("SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                       "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"),
                        &error),
             // Schemas 1-4: SQLite's 20 triggers and 6 TRUNCATE guards. Schema 5: 13 (SQLite's eight
             // rules on updating a batch are one trigger, its two handover rules on updating a
             // member another; a TRUNCATE guard). 6: 3, 7: 4, 8: 2, 9: 10 (3 TRUNCATE guards).
             // 11: 3 row-version bumps. 12: the desks' notifications, INSERT, UPDATE and DELETE on
             // 10 tables, and 3 on presence.
             QStringLiteral("94"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Ids are 64-bit identities, as SQLite's rowids; the link's score has 8 bytes, as SQLite's REAL.
    QCOMPARE(firstValue(db,
                        QStringLiteral("SELECT string_agg(table_name || '.' || column_name || ' ' || data_type, ', ' "
                                       "ORDER BY table_name, column_name) FROM information_schema.columns "
                                       "WHERE table_schema = current_schema() AND (column_name = 'id' AND "
                                       "table_name IN ('person', 'counterpart_person') OR column_name = 'score')"),
                        &error),
             QStringLiteral("counterpart_person.id bigint, person.id bigint, person_registry_link.score double "
                            "precision"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void PostgresSchemaTest::applyingAgainChangesNothing()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    QVERIFY(Migrations::migrate(db).ok());
    const QString objects = QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace) || ' ' || "
        "(SELECT COUNT(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace)");
    QString error;
    const QString first = firstValue(db, objects, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Again on this connection, and from another desk.
    const Status again = Migrations::migrate(db);
    QVERIFY2(again.ok(), qPrintable(again.text()));
    auto other = connect();
    QVERIFY2(other.ok(), qPrintable(other.text()));
    const Status fromOther = Migrations::migrate(other.value()->connection());
    QVERIFY2(fromOther.ok(), qPrintable(fromOther.text()));

    QCOMPARE(firstValue(db, objects, &error), first);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto version = Migrations::currentVersion(other.value()->connection());
    QVERIFY2(version.ok(), qPrintable(version.text()));
    QCOMPARE(version.value(), Migrations::latestVersion());
}

void PostgresSchemaTest::theLatestSchemaIsLeftAlone()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    const int latest = Migrations::latestVersion();
    QVERIFY(Dialect::of(db).migration(latest + 1).isEmpty());

    // Schema 10 is SQLite's alone: on PostgreSQL it has no statement, and the version still moves.
    QVERIFY(Dialect::of(db).migration(10).isEmpty());
    QVERIFY(Migrations::migrateTo(db, 9).ok());
    QVERIFY(Migrations::migrateTo(db, 10).ok());
    auto ten = Migrations::currentVersion(db);
    QVERIFY2(ten.ok(), qPrintable(ten.text()));
    QCOMPARE(ten.value(), 10);

    // A database at the latest schema, with rows in it: opening it again changes nothing.
    QVERIFY(Migrations::migrate(db).ok());
    for (const QString &statement : sampleData(latest))
        QVERIFY2(sql::exec(db, statement).ok(), qPrintable(statement));
    const QString state = QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace) || ' ' || "
        "(SELECT COUNT(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace) || ' ' || "
        "(SELECT string_agg(status || ':' || row_version, ',' ORDER BY id) FROM batch) || ' ' || "
        "(SELECT version FROM schema_version)");
    QString error;
    const QString first = firstValue(db, state, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(first.endsWith(QStringLiteral(" %1").arg(latest)), qPrintable(first));
    const Status again = Migrations::migrate(db);
    QVERIFY2(again.ok(), qPrintable(again.text()));
    QCOMPARE(firstValue(db, state, &error), first);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // One written by a newer program is refused, untouched.
    QVERIFY(sql::exec(db, QStringLiteral("UPDATE schema_version SET version = %1").arg(latest + 1)).ok());
    const Status newer = Migrations::migrate(db);
    QVERIFY(!newer.ok());
    QVERIFY2(newer.error().message.contains(QStringLiteral("schema %1").arg(latest + 1)), qPrintable(newer.text()));
    auto version = Migrations::currentVersion(db);
    QVERIFY2(version.ok(), qPrintable(version.text()));
    QCOMPARE(version.value(), latest + 1);
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
    const Status blocked = Migrations::migrate(db);
    QVERIFY(!blocked.ok());
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY2(blocked.error().detail.contains(QLatin1String("lock timeout")), qPrintable(blocked.text()));
    QString error;
    QCOMPARE(firstValue(db, QStringLiteral("SELECT to_regclass('exchange') IS NULL"), &error), QStringLiteral("true"));

    // Once the other desk is done, it goes through.
    QVERIFY(sql::exec(holder, QStringLiteral("COMMIT")).ok());
    const Status migrated = Migrations::migrate(db);
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
        second = other ? Migrations::migrate(other.value()->connection()) : other.status();
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

    for (int version = 1; version <= dialect.latestVersion(); ++version) {
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
    QCOMPARE(version.value(), Migrations::latestVersion());
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
    QVERIFY(Migrations::migrate(db).ok());
    for (const QString &statement : sampleData(Migrations::latestVersion()))
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
    QTest::addColumn<int>("version");   // the schema it runs on

    // Most rows run on the latest schema: the rules of 1-4 still hold there. Those that move a
    // batch straight to another status (schema 5 refuses that) run on schema 4.
    const int latest = Migrations::latestVersion();
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
                                        << neverDeleted << true << latest;
    QTest::newRow("update the audit trail")
        << QStringList{QStringLiteral("UPDATE audit_log SET action = 'edited'")} << appendOnly << true << latest;
    QTest::newRow("delete from the audit trail")
        << QStringList{QStringLiteral("DELETE FROM audit_log")} << appendOnly << true << latest;
    QTest::newRow("truncate the audit trail")
        << QStringList{QStringLiteral("TRUNCATE audit_log")} << appendOnly << false << latest;
    QTest::newRow("verify one's own change") << QStringList{verify.arg(1)} << twoPerson << true << latest;
    QTest::newRow("insert a verification of one's own change")
        << QStringList{insertVerified.arg(1)} << twoPerson << true << latest;
    QTest::newRow("verify as a disabled verifier") << QStringList{verify.arg(3)} << verifier << true << latest;
    QTest::newRow("insert a verification by a disabled verifier")
        << QStringList{insertVerified.arg(3)} << verifier << true << latest;
    QTest::newRow("verify after the role was taken away")
        << QStringList{QStringLiteral("UPDATE official SET is_verifier = 0 WHERE id = 2"), verify.arg(2)} << verifier
        << true << latest;
    QTest::newRow("list in a confirmed batch")
        << QStringList{QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, created_at, "
                                      "updated_at) VALUES (2, 1, 2, 't', 't')")}
        << list << true << latest;
    QTest::newRow("reorder a confirmed list")
        << QStringList{QStringLiteral("UPDATE batch_member SET position = 5 WHERE batch_id = 2")} << list << true
        << latest;
    QTest::newRow("move into a confirmed batch")
        << QStringList{QStringLiteral("UPDATE batch_member SET batch_id = 2, position = 7 WHERE batch_id = 1")} << list
        << true << latest;
    QTest::newRow("unlist from a confirmed batch")
        << QStringList{QStringLiteral("DELETE FROM batch_member WHERE batch_id = 2")} << list << true << latest;
    QTest::newRow("unlist from a completed batch")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'completed' WHERE id = 2"),
                       QStringLiteral("DELETE FROM batch_member WHERE batch_id = 2")}
        << list << true << 4;
    QTest::newRow("edit a sealed person")
        << QStringList{QStringLiteral("UPDATE person SET surname = 'Forged' WHERE id = 2")} << details << true
        << latest;
    QTest::newRow("delete a sealed person")
        << QStringList{QStringLiteral("DELETE FROM person WHERE id = 2")} << personDeleted << true << latest;
    QTest::newRow("edit a sealed checklist")
        << QStringList{QStringLiteral("UPDATE verification_item SET note = 'forged' WHERE person_id = 2")} << checklist
        << true << latest;
    QTest::newRow("add to a sealed checklist")
        << QStringList{QStringLiteral("INSERT INTO verification_item (person_id, item, changed_by, changed_at) "
                                      "VALUES (2, 'custom:7', 1, 't')")}
        << checklist << true << latest;
    QTest::newRow("edit a confirmed batch")
        << QStringList{QStringLiteral("UPDATE batch SET place = 'Elsewhere' WHERE id = 2")} << batchDetails << true
        << latest;
    QTest::newRow("date a confirmed batch (no date before)")
        << QStringList{QStringLiteral("UPDATE batch SET planned_date = '2024-01-01' WHERE id = 2")} << batchDetails
        << true << latest;
    QTest::newRow("delete a confirmed batch")
        << QStringList{QStringLiteral("DELETE FROM batch WHERE id = 2")} << batchDeleted << true << latest;
    QTest::newRow("truncate the lists") << QStringList{QStringLiteral("TRUNCATE batch_member")} << list << false
                                        << latest;
    QTest::newRow("truncate the checklists")
        << QStringList{QStringLiteral("TRUNCATE verification_item")} << checklist << false << latest;
    QTest::newRow("truncate everything from the exchanges")
        << QStringList{QStringLiteral("TRUNCATE exchange, batch, batch_member, person, verification_item, "
                                      "exchange_check_item CASCADE")}
        << QString() << false << latest; // any of the guards may speak first

    // Schemas 5-9 (one row per rule; on SQLite too unless the statement is TRUNCATE).
    const QString transitions = QStringLiteral("the record of batch transitions cannot be changed");
    const QString startsAsDraft = QStringLiteral("a new batch starts as a draft");
    const QString edges = QStringLiteral("the batch cannot move from its status to that one");
    const QString outcomes = QStringLiteral("every listed person must be marked handed over or not handed over");
    const QString recordNeeded = QStringLiteral("a completed batch needs the actual date, place and counts");
    const QString recordOnlyCompleted = QStringLiteral("only a completed batch records the actual handover");
    const QString recordKept = QStringLiteral("the record of a completed handover cannot change");
    const QString sealKept = QStringLiteral("the seal of a confirmed batch cannot change");
    const QString sealOnlyConfirmed = QStringLiteral("only a confirmed batch carries a seal");
    const QString sealNeeded = QStringLiteral("a confirmed batch needs its seal");
    const QString outcomeWhen =
        QStringLiteral("a handover outcome is recorded only when a confirmed batch is completed");
    const QString outcomeReason = QStringLiteral("a person not handed over needs a reason");
    const QString importLog = QStringLiteral("the registry import log is append-only");
    const QString link = QStringLiteral("the person is listed in a confirmed batch: the registry link cannot change");
    const QString counterpartClosed =
        QStringLiteral("the batch is confirmed, completed or cancelled: no counterpart list can be imported");
    const QString counterpartKept = QStringLiteral("an imported counterpart list is never changed");
    const QString reconciliationClosed =
        QStringLiteral("the batch is confirmed, completed or cancelled: its reconciliation cannot change");
    const QString transition = QStringLiteral("INSERT INTO batch_transition (batch_id, from_status, to_status, at) "
                                              "VALUES (1, 'draft', 'in_verification', 't')");
    const QString handedOver = QStringLiteral("UPDATE batch_member SET handover = 'handed_over' WHERE batch_id = 2");
    const QString complete = QStringLiteral("UPDATE batch SET status = 'completed', actual_date = '2024-05-01', "
                                            "actual_place = 'Border', actual_servicemen = 1, actual_civilians = 0, "
                                            "completed_at = 't', completed_by = 1 WHERE id = 2");
    const QStringList verifyBatch1{QStringLiteral("UPDATE batch SET status = 'in_verification' WHERE id = 1"),
                                   QStringLiteral("UPDATE batch SET status = 'verified' WHERE id = 1")};
    const QString confirmBatch1 = QStringLiteral("UPDATE batch SET status = 'confirmed', seal_head_hash = '%1', "
                                                 "seal_content_hash = '%1', sealed_at = 't', sealed_by = 2 "
                                                 "WHERE id = 1")
                                      .arg(QString(64, u'c'));
    const QString cancelBatch1 = QStringLiteral("UPDATE batch SET status = 'cancelled' WHERE id = 1");
    const QString import = QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, "
                                          "rows_inserted, rows_replaced, imported_by, imported_at) "
                                          "VALUES ('registry.csv', '%1', 1, 1, 0, 1, 't')")
                               .arg(QString(64, u'd'));
    const QString registryPerson = QStringLiteral("INSERT INTO registry_person (record_id, surname, given_name, "
                                                  "import_id, created_at, updated_at) "
                                                  "VALUES ('R-1', 'Open', 'Person', 1, 't', 't')");
    const QString linkPerson = QStringLiteral("INSERT INTO person_registry_link (person_id, registry_person_id, "
                                              "verdict, score, linked_by, linked_at) "
                                              "VALUES (%1, 1, 'match', 0.875, 1, 't')");
    const QString counterpartList = QStringLiteral("INSERT INTO counterpart_list (batch_id, file_name, file_sha256, "
                                                   "row_count, imported_by, imported_at) "
                                                   "VALUES (%1, 'theirs.csv', '%2', 1, 1, 't')")
                                        .arg(QStringLiteral("%1"), QString(64, u'e'));
    const QString counterpartPerson = QStringLiteral("INSERT INTO counterpart_person (list_id, line, record_id, "
                                                     "surname, given_name) VALUES (1, 2, 'C-1', 'Their', 'Person')");
    const QString resolution = QStringLiteral("INSERT INTO reconciliation_resolution (batch_id, item_key, note, "
                                              "resolved_by, resolved_at) VALUES (%1, 'surname:1', 'same', 1, 't')");

    QTest::newRow("change a transition") << QStringList{transition,
                                                        QStringLiteral("UPDATE batch_transition SET reason = 'x'")}
                                         << transitions << true << latest;
    QTest::newRow("truncate the transitions")
        << QStringList{transition, QStringLiteral("TRUNCATE batch_transition")} << transitions << false << latest;
    QTest::newRow("insert a confirmed batch")
        << QStringList{QStringLiteral("INSERT INTO batch (exchange_id, sequence_no, direction, status, created_at, "
                                      "updated_at) VALUES (1, 3, 'receive', 'confirmed', 't', 't')")}
        << startsAsDraft << true << latest;
    QTest::newRow("insert a sealed draft")
        << QStringList{QStringLiteral("INSERT INTO batch (exchange_id, sequence_no, direction, sealed_at, created_at, "
                                      "updated_at) VALUES (1, 3, 'receive', 't', 't', 't')")}
        << startsAsDraft << true << latest;
    // The seal is missing too: the missing edge is what is named, on both backends.
    QTest::newRow("confirm a draft") << QStringList{QStringLiteral(
                                            "UPDATE batch SET status = 'confirmed' WHERE id = 1")}
                                     << edges << true << latest;
    QTest::newRow("reopen a completed batch")
        << QStringList{handedOver, complete, QStringLiteral("UPDATE batch SET status = 'draft' WHERE id = 2")} << edges
        << true << latest;
    QTest::newRow("complete without outcomes") << QStringList{complete} << outcomes << true << latest;
    QTest::newRow("complete without the record")
        << QStringList{handedOver, QStringLiteral("UPDATE batch SET status = 'completed' WHERE id = 2")} << recordNeeded
        << true << latest;
    QTest::newRow("complete with a blank place")
        << QStringList{handedOver, QString(complete).replace(QStringLiteral("'Border'"), QStringLiteral("'  '"))}
        << recordNeeded << true << latest;
    QTest::newRow("record a handover of a draft")
        << QStringList{QStringLiteral("UPDATE batch SET actual_place = 'Border' WHERE id = 1")} << recordOnlyCompleted
        << true << latest;
    QTest::newRow("change a completed handover's record")
        << QStringList{handedOver, complete, QStringLiteral("UPDATE batch SET actual_servicemen = 9 WHERE id = 2")}
        << recordKept << true << latest;
    QTest::newRow("change a seal") << QStringList{QStringLiteral("UPDATE batch SET sealed_by = 1 WHERE id = 2")}
                                   << sealKept << true << latest;
    QTest::newRow("seal a draft") << QStringList{QStringLiteral("UPDATE batch SET sealed_at = 't' WHERE id = 1")}
                                  << sealOnlyConfirmed << true << latest;
    QTest::newRow("reopen keeping the seal")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'in_verification' WHERE id = 2")} << sealOnlyConfirmed
        << true << latest;
    QTest::newRow("confirm without a seal")
        << (verifyBatch1 + QStringList{QStringLiteral("UPDATE batch SET status = 'confirmed' WHERE id = 1")})
        << sealNeeded << true << latest;
    // Both the outcome rule and the list lock refuse it: the outcome rule speaks first, on both.
    QTest::newRow("list with an outcome into a confirmed batch")
        << QStringList{QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, handover, "
                                      "created_at, updated_at) VALUES (2, 1, 2, 'handed_over', 't', 't')")}
        << outcomeWhen << true << latest;
    QTest::newRow("an outcome in a draft")
        << QStringList{QStringLiteral("UPDATE batch_member SET handover = 'handed_over' WHERE batch_id = 1")}
        << outcomeWhen << true << latest;
    QTest::newRow("change an outcome after completion")
        << QStringList{handedOver, complete,
                       QStringLiteral("UPDATE batch_member SET handover_reason = 'later' WHERE batch_id = 2")}
        << outcomeWhen << true << latest;
    QTest::newRow("not handed over without a reason")
        << QStringList{QStringLiteral("UPDATE batch_member SET handover = 'not_handed_over' WHERE batch_id = 2")}
        << outcomeReason << true << latest;
    QTest::newRow("reorder a completed list")
        << QStringList{handedOver, complete, QStringLiteral("UPDATE batch_member SET position = 4 WHERE batch_id = 2")}
        << list << true << latest;
    QTest::newRow("withdraw from a confirmed batch")
        << QStringList{QStringLiteral("UPDATE batch_member SET status = 'withdrawn' WHERE batch_id = 2")} << list
        << true << latest;
    QTest::newRow("change a registry import")
        << QStringList{import, QStringLiteral("UPDATE registry_import SET rows_read = 2, rows_inserted = 2")}
        << importLog << true << latest;
    QTest::newRow("delete a registry import")
        << QStringList{import, QStringLiteral("DELETE FROM registry_import")} << importLog << true << latest;
    QTest::newRow("truncate the registry imports")
        << QStringList{import, QStringLiteral("TRUNCATE registry_import CASCADE")} << importLog << false << latest;
    QTest::newRow("link a sealed person")
        << QStringList{import, registryPerson, linkPerson.arg(2)} << link << true << latest;
    QTest::newRow("move a link to a sealed person")
        << QStringList{import, registryPerson, linkPerson.arg(1),
                       QStringLiteral("UPDATE person_registry_link SET person_id = 2")}
        << link << true << latest;
    QTest::newRow("unlink once sealed") << (QStringList{import, registryPerson, linkPerson.arg(1)} + verifyBatch1 +
                                            QStringList{confirmBatch1,
                                                        QStringLiteral("DELETE FROM person_registry_link")})
                                        << link << true << latest;
    QTest::newRow("truncate the links") << QStringList{import, registryPerson, linkPerson.arg(1),
                                                       QStringLiteral("TRUNCATE person_registry_link")}
                                        << link << false << latest;
    QTest::newRow("import their list for a confirmed batch")
        << QStringList{counterpartList.arg(2)} << counterpartClosed << true << latest;
    QTest::newRow("add to their list of a cancelled batch")
        << QStringList{counterpartList.arg(1), cancelBatch1, counterpartPerson} << counterpartClosed << true << latest;
    QTest::newRow("change their list") << QStringList{counterpartList.arg(1),
                                                      QStringLiteral("UPDATE counterpart_list SET file_name = 'x.csv'")}
                                       << counterpartKept << true << latest;
    QTest::newRow("change a row of their list")
        << QStringList{counterpartList.arg(1), counterpartPerson,
                       QStringLiteral("UPDATE counterpart_person SET surname = 'Forged'")}
        << counterpartKept << true << latest;
    QTest::newRow("truncate their lists")
        << QStringList{counterpartList.arg(1), QStringLiteral("TRUNCATE counterpart_list CASCADE")} << counterpartKept
        << false << latest;
    QTest::newRow("resolve in a confirmed batch")
        << QStringList{resolution.arg(2)} << reconciliationClosed << true << latest;
    QTest::newRow("change a resolution of a cancelled batch")
        << QStringList{resolution.arg(1), cancelBatch1,
                       QStringLiteral("UPDATE reconciliation_resolution SET note = 'x'")}
        << reconciliationClosed << true << latest;
    QTest::newRow("move a resolution into a confirmed batch")
        << QStringList{resolution.arg(1), QStringLiteral("UPDATE reconciliation_resolution SET batch_id = 2")}
        << reconciliationClosed << true << latest;
    QTest::newRow("delete a resolution of a cancelled batch")
        << QStringList{resolution.arg(1), cancelBatch1, QStringLiteral("DELETE FROM reconciliation_resolution")}
        << reconciliationClosed << true << latest;
    QTest::newRow("truncate the resolutions")
        << QStringList{resolution.arg(1), QStringLiteral("TRUNCATE reconciliation_resolution")} << reconciliationClosed
        << false << latest;
}

void PostgresSchemaTest::rulesRefuse()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, refusal);
    QFETCH(bool, portable);
    QFETCH(int, version);
    const QString attack = steps.takeLast();

    const auto check = [&](const QSqlDatabase &db, bool postgres) {
        for (const QString &statement : sampleData(version) + steps) {
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
        QVERIFY(Migrations::migrateTo(sqlite.value()->connection(), version).ok());
        check(sqlite.value()->connection(), false);
        if (QTest::currentTestFailed())
            return;
    }
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    const Status migrated = Migrations::migrateTo(db, version);
    QVERIFY2(migrated.ok(), qPrintable(migrated.text()));
    check(db, true);
}

void PostgresSchemaTest::allowedChangesPass_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("probe"); // a query whose first value shows the change
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("portable");
    QTest::addColumn<int>("version"); // the schema it runs on

    const int latest = Migrations::latestVersion();
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
                                         << QStringLiteral("0") << true << latest;
    QTest::newRow("append to the audit trail")
        << QStringList{QStringLiteral("INSERT INTO audit_log (at, official_id, action, entity, entity_id, "
                                      "prev_hash, hash) VALUES ('t', 2, 'update', 'person', 1, 'h1', 'h2')")}
        << QStringLiteral("SELECT COUNT(*) FROM audit_log") << QStringLiteral("2") << true << latest;
    QTest::newRow("verify another's change")
        << QStringList{verifyBy2}
        << QStringLiteral("SELECT state FROM verification_item WHERE person_id = 1 AND "
                          "item = 'surname'")
        << QStringLiteral("confirmed") << true << latest;
    QTest::newRow("a disabled verifier keeps past verifications")
        << QStringList{verifyBy2, QStringLiteral("UPDATE official SET active = 0 WHERE id = 2"),
                       QStringLiteral("UPDATE verification_item SET note = 'seen' WHERE person_id = 1 AND "
                                      "item = 'surname'")}
        << QStringLiteral("SELECT note || ' ' || verified_by FROM verification_item WHERE person_id = 1 AND "
                          "item = 'surname'")
        << QStringLiteral("seen 2") << true << latest;
    QTest::newRow("a changed detail is verified again")
        << QStringList{verifyBy2, QStringLiteral("UPDATE person SET surname = 'Renamed', updated_by = 2, "
                                                 "updated_at = 't2' WHERE id = 1")}
        << QStringLiteral("SELECT state || ' ' || changed_by || ' ' || changed_at || ' ' || "
                          "COALESCE(verified_by, 0) FROM verification_item WHERE person_id = 1 AND item = 'surname'")
        << QStringLiteral("pending 2 t2 0") << true << latest;
    QTest::newRow("an unchanged detail keeps its verification")
        << QStringList{verifyBy2, QStringLiteral("UPDATE person SET given_name = 'Other', updated_by = 2 WHERE id = 1")}
        << QStringLiteral("SELECT state FROM verification_item WHERE person_id = 1 AND item = 'surname'")
        << QStringLiteral("confirmed") << true << latest;
    QTest::newRow("a new person gets the checklist")
        << QStringList{newPerson} << QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE person_id = 3")
        << QStringLiteral("9") << true << latest;
    QTest::newRow("a listed person gets the exchange's items")
        << QStringList{checkItem, newPerson, listNew}
        << QStringLiteral("SELECT label FROM verification_item WHERE person_id = 3 AND item = 'custom:1'")
        << QStringLiteral("Tattoo") << true << latest;
    QTest::newRow("a removed item leaves the checklists")
        << QStringList{checkItem, newPerson, listNew, QStringLiteral("DELETE FROM exchange_check_item WHERE id = 1")}
        << QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE item LIKE 'custom:%'") << QStringLiteral("0")
        << true << latest;
    QTest::newRow("a confirmed batch is completed")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'completed' WHERE id = 2")}
        << QStringLiteral("SELECT status FROM batch WHERE id = 2") << QStringLiteral("completed") << true << 4;
    QTest::newRow("a reopened batch can be edited")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'draft' WHERE id = 2"),
                       QStringLiteral("UPDATE person SET surname = 'Fixed' WHERE id = 2")}
        << QStringLiteral("SELECT surname FROM person WHERE id = 2") << QStringLiteral("Fixed") << true << 4;
    QTest::newRow("a draft batch's list changes")
        << QStringList{QStringLiteral("DELETE FROM batch_member WHERE batch_id = 1")}
        << QStringLiteral("SELECT COUNT(*) FROM batch_member") << QStringLiteral("1") << true << latest;
    QTest::newRow("a draft batch is deleted")
        << QStringList{QStringLiteral("DELETE FROM batch WHERE id = 1")}
        << QStringLiteral("SELECT COUNT(*) FROM batch_member") << QStringLiteral("1") << true << latest;
    QTest::newRow("lists truncated while nothing is confirmed")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'draft' WHERE id = 2"),
                       QStringLiteral("TRUNCATE batch_member")}
        << QStringLiteral("SELECT COUNT(*) FROM batch_member") << QStringLiteral("0") << false << 4;

    // Schemas 5-9.
    const QStringList verifyBatch1{QStringLiteral("UPDATE batch SET status = 'in_verification' WHERE id = 1"),
                                   QStringLiteral("UPDATE batch SET status = 'verified' WHERE id = 1")};
    // What sent a verified batch 1 back: its status, how many automatic returns, their reason and who.
    const QString sentBack = QStringLiteral(
        "SELECT (SELECT status FROM batch WHERE id = 1) || ' ' || (SELECT COUNT(*) FROM batch_transition) || ' ' || "
        "(SELECT MIN(reason) || ' ' || MIN(automatic) || ' ' || COALESCE(MIN(official_id), 0) || ' ' || "
        "MIN(length(at)) FROM batch_transition)");
    const QString handedOver = QStringLiteral("UPDATE batch_member SET handover = 'handed_over' WHERE batch_id = 2");
    const QString complete = QStringLiteral("UPDATE batch SET status = 'completed', actual_date = '2024-05-01', "
                                            "actual_place = 'Border', actual_servicemen = 1, actual_civilians = 0, "
                                            "completed_at = 't', completed_by = 1 WHERE id = 2");
    const QString counterpartList = QStringLiteral("INSERT INTO counterpart_list (batch_id, file_name, file_sha256, "
                                                   "row_count, imported_by, imported_at) "
                                                   "VALUES (1, 'theirs.csv', '%1', 1, 1, 't')")
                                        .arg(QString(64, u'e'));

    QTest::newRow("a verified batch whose person changes goes back")
        << (verifyBatch1 + QStringList{QStringLiteral("UPDATE person SET surname = 'Renamed', updated_by = 2, "
                                                      "updated_at = '2024-05-01T10:00:00.000Z' WHERE id = 1")})
        << sentBack << QStringLiteral("in_verification 1 details_changed 1 2 24") << true << latest;
    // The person's checklist items come with them: the list is named, not the checklist.
    QTest::newRow("a verified batch whose list grows goes back")
        << (QStringList{checkItem, newPerson} + verifyBatch1 +
            QStringList{QString(listNew).replace(QStringLiteral("'t', 't')"),
                                                 QStringLiteral("'2024-05-01T10:00:00.000Z', 't')"))})
        << sentBack << QStringLiteral("in_verification 1 list_changed 1 0 24") << true << latest;
    QTest::newRow("a verified batch whose member is withdrawn goes back")
        << (verifyBatch1 + QStringList{QStringLiteral("UPDATE batch_member SET status = 'withdrawn', "
                                                      "updated_at = '2024-05-01T10:00:00.000Z' WHERE batch_id = 1")})
        << sentBack << QStringLiteral("in_verification 1 list_changed 1 0 24") << true << latest;
    // Stamped with the database's clock (Dialect::nowSql()): 24 characters.
    QTest::newRow("a verified batch whose member is removed goes back")
        << (verifyBatch1 + QStringList{QStringLiteral("DELETE FROM batch_member WHERE batch_id = 1")}) << sentBack
        << QStringLiteral("in_verification 1 list_changed 1 0 24") << true << latest;
    QTest::newRow("a verified batch whose checklist changes goes back")
        << (verifyBatch1 + QStringList{QStringLiteral("UPDATE verification_item SET note = 'scar' "
                                                      "WHERE person_id = 1 AND item = 'surname'")})
        << sentBack << QStringLiteral("in_verification 1 checklist_changed 1 1 24") << true << latest;
    QTest::newRow("a verified batch whose checklist grows goes back")
        << (verifyBatch1 + QStringList{QStringLiteral("INSERT INTO verification_item (person_id, item, changed_by, "
                                                      "changed_at) VALUES (1, 'custom:5', 2, 't')")})
        << sentBack << QStringLiteral("in_verification 1 checklist_changed 1 2 24") << true << latest;
    QTest::newRow("a verified batch whose plan changes goes back")
        << (verifyBatch1 + QStringList{QStringLiteral("UPDATE batch SET planned_civilians = 3, "
                                                      "updated_at = '2024-05-01T10:00:00.000Z' WHERE id = 1")})
        << sentBack << QStringLiteral("in_verification 1 plan_changed 1 0 24") << true << latest;
    QTest::newRow("a confirmed verification leaves the batch verified")
        << (QStringList{verifyBy2} + verifyBatch1 +
            QStringList{QStringLiteral("UPDATE verification_item SET note = 'seen' WHERE person_id = 1 AND "
                                       "item = 'surname'")})
        << QStringLiteral("SELECT status || ' ' || (SELECT COUNT(*) FROM batch_transition) FROM batch WHERE id = 1")
        << QStringLiteral("verified 0") << true << latest;
    QTest::newRow("a confirmed batch is completed with its outcomes")
        << QStringList{handedOver, complete}
        << QStringLiteral("SELECT b.status || ' ' || b.actual_place || ' ' || m.handover FROM batch b "
                          "JOIN batch_member m ON m.batch_id = b.id WHERE b.id = 2")
        << QStringLiteral("completed Border handed_over") << true << latest;
    QTest::newRow("a person not handed over, with the reason")
        << QStringList{QStringLiteral("UPDATE batch_member SET handover = 'not_handed_over', handover_reason = 'ill' "
                                      "WHERE batch_id = 2"),
                       complete}
        << QStringLiteral("SELECT handover_reason FROM batch_member WHERE batch_id = 2") << QStringLiteral("ill")
        << true << latest;
    QTest::newRow("a reopened batch is unsealed and can be edited")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'in_verification', seal_head_hash = NULL, "
                                      "seal_content_hash = NULL, sealed_at = NULL, sealed_by = NULL WHERE id = 2"),
                       QStringLiteral("UPDATE person SET surname = 'Fixed' WHERE id = 2")}
        << QStringLiteral("SELECT surname FROM person WHERE id = 2") << QStringLiteral("Fixed") << true << latest;
    QTest::newRow("a cancelled batch keeps no seal")
        << QStringList{QStringLiteral("UPDATE batch SET status = 'cancelled', seal_head_hash = NULL, "
                                      "seal_content_hash = NULL, sealed_at = NULL, sealed_by = NULL WHERE id = 2")}
        << QStringLiteral("SELECT status FROM batch WHERE id = 2") << QStringLiteral("cancelled") << true << latest;
    // sampleData moved batch 2 three times.
    QTest::newRow("every update bumps the row version")
        << QStringList{QStringLiteral("UPDATE batch SET notes = 'n' WHERE id = 1"),
                       QStringLiteral("UPDATE batch SET notes = 'm' WHERE id = 1"),
                       QStringLiteral("UPDATE exchange SET title = 'Renamed'")}
        << QStringLiteral("SELECT (SELECT row_version FROM batch WHERE id = 1) || ' ' || "
                          "(SELECT row_version FROM batch WHERE id = 2) || ' ' || (SELECT row_version FROM exchange)")
        << QStringLiteral("3 4 2") << true << latest;
    QTest::newRow("a row version written is kept")
        << QStringList{QStringLiteral("UPDATE exchange SET title = 'Renamed', row_version = 7")}
        << QStringLiteral("SELECT row_version FROM exchange") << QStringLiteral("7") << true << latest;
    QTest::newRow("a listed person of a draft is linked and unlinked")
        << QStringList{QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, "
                                      "rows_inserted, rows_replaced, imported_by, imported_at) "
                                      "VALUES ('registry.csv', '%1', 1, 1, 0, 1, 't')")
                           .arg(QString(64, u'd')),
                       QStringLiteral("INSERT INTO registry_person (record_id, surname, given_name, birth_date, "
                                      "import_id, created_at, updated_at) "
                                      "VALUES ('R-1', 'Open', 'Person', '1990-02', 1, 't', 't')"),
                       QStringLiteral("INSERT INTO person_registry_link (person_id, registry_person_id, verdict, "
                                      "score, linked_by, linked_at) VALUES (1, 1, 'match', 0.875, 1, 't')"),
                       QStringLiteral("UPDATE person_registry_link SET verdict = 'probable'"),
                       QStringLiteral("INSERT INTO registry_person (record_id, surname, given_name, import_id, "
                                      "created_at, updated_at) VALUES ('R-2', 'Other', 'Person', 1, 't', 't')"),
                       QStringLiteral("DELETE FROM person_registry_link")}
        << QStringLiteral("SELECT COUNT(*) FROM person_registry_link") << QStringLiteral("0") << true << latest;
    QTest::newRow("a draft's list from the other side, with a resolution")
        << QStringList{counterpartList,
                       QStringLiteral("INSERT INTO counterpart_person (list_id, line, record_id, surname, given_name, "
                                      "birth_date) VALUES (1, 2, 'C-1', 'Their', 'Person', '1990')"),
                       QStringLiteral("INSERT INTO reconciliation_resolution (batch_id, item_key, note, resolved_by, "
                                      "resolved_at) VALUES (1, 'surname:1', 'same', 1, 't')"),
                       QStringLiteral("UPDATE reconciliation_resolution SET note = 'the same person'"),
                       QStringLiteral("INSERT INTO reconciliation_resolution (batch_id, item_key, note, resolved_by, "
                                      "resolved_at) VALUES (1, 'sex:1', 'typo', 1, 't')"),
                       QStringLiteral("DELETE FROM reconciliation_resolution WHERE item_key = 'sex:1'")}
        << QStringLiteral("SELECT (SELECT COUNT(*) FROM counterpart_person) || ' ' || "
                          "(SELECT note FROM reconciliation_resolution)")
        << QStringLiteral("1 the same person") << true << latest;
    QTest::newRow("a deleted draft takes its lists along")
        << QStringList{counterpartList, QStringLiteral("DELETE FROM batch WHERE id = 1")}
        << QStringLiteral("SELECT COUNT(*) FROM counterpart_list") << QStringLiteral("0") << true << latest;
}

void PostgresSchemaTest::allowedChangesPass()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, probe);
    QFETCH(QString, expected);
    QFETCH(bool, portable);
    QFETCH(int, version);

    const auto check = [&](const QSqlDatabase &db) {
        for (const QString &statement : sampleData(version) + steps) {
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
        QVERIFY(Migrations::migrateTo(sqlite.value()->connection(), version).ok());
        check(sqlite.value()->connection());
        if (QTest::currentTestFailed())
            return;
    }
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const QSqlDatabase db = m_db->connection();
    const Status migrated = Migrations::migrateTo(db, version);
    QVERIFY2(migrated.ok(), qPrintable(migrated.text()));
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
    QTest::newRow("truncate the record of transitions")
        << "TRUNCATE batch_transition"
        << "ERROR:  HW001: the record of batch transitions cannot be changed";
    QTest::newRow("break a batch's seal") << "UPDATE batch SET seal_head_hash = NULL WHERE id = 2"
                                          << "ERROR:  HW001: the seal of a confirmed batch cannot change";
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
    QVERIFY(Migrations::migrate(db).ok());
    for (const QString &statement : sampleData(Migrations::latestVersion()))
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
