#pragma once

// A fresh, migrated database for a test on the backend the environment chooses, so that one suite runs
// on both (#include "storage/TestDatabase.h" from any test folder):
//   HOMEWARD_TEST_BACKEND=postgres  an emptied database on a throw-away PostgreSQL server that the
//                                   suite starts once (PostgresTestServer), opened as a desk's role;
//   anything else                   SQLite, in memory or in a file of a temporary folder, as before.
// ctest runs each converted suite twice: <name> on SQLite and <name>_postgres (tests/CMakeLists.txt).
//
// On PostgreSQL the suite's database is migrated once, by its owner; every open() empties it (TRUNCATE
// of every table the migrations leave empty, ids restarted: 73 ms a test on a loaded machine). Measured
// there against the other ways: a copy of a migrated template database (CREATE DATABASE … TEMPLATE) took
// 570 ms a test (950 ms with STRATEGY FILE_COPY), migrating a new schema 420-750 ms.
//
//   initTestCase:    QVERIFY2(m_testDb.start(&failure), …); HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
//   init / a test:   auto db = m_testDb.open();
//   cleanupTestCase: QVERIFY2(m_testDb.stop(&failure), …);

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Result.h"
#include "storage/Sql.h"

#include "PostgresTestServer.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace homeward::testing {

class TestDatabase final {
public:
    TestDatabase() : m_postgres(qgetenv("HOMEWARD_TEST_BACKEND") == "postgres") {}
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isPostgres() const { return m_postgres; }
    const char *backendName() const { return m_postgres ? "PostgreSQL" : "SQLite"; }
    // Why the suite cannot run on the chosen backend (PostgreSQL absent and not required); empty when it can.
    const QString &skipReason() const { return m_skip; }
    const PostgresTestServer &server() const { return m_server; }
    // A path in the suite's temporary folder (for files a test writes).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // For initTestCase: on PostgreSQL starts the server and migrates its database. False (with
    // *failure) when the backend was required, or should have started, and did not.
    bool start(QString *failure)
    {
        if (!m_dir.isValid()) {
            *failure = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
            return false;
        }
        if (!m_postgres)
            return true;
        if (!m_server.start(failure))
            return false;
        m_skip = m_server.skipReason();
        if (!m_skip.isEmpty())
            return true;
        QElapsedTimer timer;
        timer.start();
        if (!m_server.migrate(failure)) // with this suite's pgpass file: nothing of the user's own setup
            return false;
        qInfo("database migrated in %lld ms", timer.elapsed());
        auto owner = DatabaseUrl::parse(m_server.ownerUrl());
        if (!owner) {
            *failure = owner.text();
            return false;
        }
        auto admin = Database::openServerUnmigrated(owner.value());
        if (!admin) {
            *failure = admin.text();
            return false;
        }
        m_admin = std::move(admin.value());
        // The tables the migrations leave rows in (the schema version) keep them; every other is emptied.
        auto tables = sql::run(m_admin->connection(),
                               QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                              "current_schema() ORDER BY tablename"));
        if (!tables) {
            *failure = tables.text();
            return false;
        }
        QStringList all;
        while (tables.value().next())
            all << tables.value().value(0).toString();
        tables.value().finish();
        // The statement-level guards that refuse TRUNCATE (the append-only tables, the locked batches).
        auto guards =
            sql::run(m_admin->connection(),
                     QStringLiteral("SELECT c.relname, t.tgname FROM pg_catalog.pg_trigger t JOIN "
                                    "pg_catalog.pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
                                    "AND (t.tgtype & 32) <> 0 AND c.relnamespace = current_schema()::regnamespace"));
        if (!guards) {
            *failure = guards.text();
            return false;
        }
        while (guards.value().next())
            m_truncateGuards << QStringLiteral("%1 %2").arg(guards.value().value(0).toString(),
                                                            guards.value().value(1).toString());
        guards.value().finish();
        for (const QString &table : std::as_const(all)) {
            auto rows = sql::scalar(m_admin->connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
            if (!rows) {
                *failure = rows.text();
                return false;
            }
            if (rows.value().toLongLong() == 0)
                m_tables << table;
        }
        return true;
    }

    // For cleanupTestCase: stops the server (if any) and removes its folder.
    bool stop(QString *failure)
    {
        m_admin.reset();
        if (!m_postgres)
            return true;
        qunsetenv("PGPASSFILE");
        if (m_count > 0)
            qInfo("the database emptied %d times in %lld ms (%lld ms each)", m_count, m_resetMs, m_resetMs / m_count);
        return m_server.stop(failure);
    }

    // A fresh database at the latest schema, opened as Database::open opens it (on PostgreSQL as a
    // desk's role). On SQLite in memory, or in a new file of the temporary folder when `onDisk` (for
    // tests that open it again through address()); PostgreSQL's is always reachable again.
    // On PostgreSQL the suite's one database is emptied as its owner (every table the migrations leave
    // empty, with their ids restarted): close the previous test's connections first.
    Result<std::unique_ptr<Database>> open(bool onDisk = false)
    {
        ++m_count;
        if (!m_postgres) {
            m_address =
                onDisk ? m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(m_count)) : QStringLiteral(":memory:");
            return Database::open(m_address);
        }
        if (!m_skip.isEmpty())
            return Status::failure(m_skip);
        if (!m_admin)
            return Status::failure(QStringLiteral("TestDatabase::start was not called"));
        QElapsedTimer timer;
        timer.start();
        // The rules refuse TRUNCATE of the append-only tables: the owner switches those guards off for it
        // (and on again). One text of several statements: the server runs it as one transaction.
        QString reset;
        for (const QString &guard : std::as_const(m_truncateGuards))
            reset += QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2; ")
                         .arg(guard.section(u' ', 0, 0), guard.section(u' ', 1));
        reset += QStringLiteral("TRUNCATE %1 RESTART IDENTITY CASCADE; ").arg(m_tables.join(QStringLiteral(", ")));
        for (const QString &guard : std::as_const(m_truncateGuards))
            reset += QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2; ")
                         .arg(guard.section(u' ', 0, 0), guard.section(u' ', 1));
        if (auto emptied = sql::exec(m_admin->connection(), reset); !emptied)
            return emptied.error();
        m_resetMs += timer.elapsed();
        m_address = m_server.url();
        return Database::open(m_address);
    }

    // Where the last open() put its database: a file path (":memory:" for one in memory) or a
    // postgresql:// address, for Database::open to connect to it again (another desk, say).
    const QString &address() const { return m_address; }

    // The last open()'s database as its owner (PostgreSQL), for plain-SQL set-ups and attacks on rows
    // a desk may not change (the append-only tables); the schema's triggers still hold for the owner.
    // On SQLite another connection to the same file (there is no other role): open(true) first.
    Result<std::unique_ptr<Database>> openAsOwner() const
    {
        if (!m_postgres)
            return Database::open(m_address);
        auto url = DatabaseUrl::parse(m_server.ownerUrl());
        if (!url)
            return url.error();
        return Database::openServerUnmigrated(url.value());
    }

private:
    const bool m_postgres;
    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_skip;
    std::unique_ptr<Database> m_admin; // PostgreSQL: the owner's connection
    QStringList m_tables;              // PostgreSQL: the tables open() empties
    QStringList m_truncateGuards;      // PostgreSQL: "table trigger" of each guard against TRUNCATE
    int m_count = 0;
    qint64 m_resetMs = 0; // PostgreSQL: time spent emptying the database
    QString m_address;    // the last open()'s address
};

} // namespace homeward::testing

// For initTestCase after start(): skips the whole suite when its backend cannot run here.
#define HOMEWARD_SKIP_WITHOUT_BACKEND(testDb)                                                                          \
    do {                                                                                                               \
        if (!(testDb).skipReason().isEmpty())                                                                          \
            QSKIP(qPrintable((testDb).skipReason()));                                                                  \
    } while (false)

// For a test about SQLite itself (its file, WAL, PRAGMAs): skipped on PostgreSQL, saying why.
#define HOMEWARD_SQLITE_ONLY(testDb, why)                                                                              \
    do {                                                                                                               \
        if ((testDb).isPostgres())                                                                                     \
            QSKIP("SQLite only: " why);                                                                                \
    } while (false)
