#pragma once

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace homeward::testing {

// A throw-away PostgreSQL server for one suite (tools/pg-test-server.sh in a
// temporary folder), with the roles of a real shared database: the owner, who
// migrates, and a desk's role. Point PGPASSFILE at filePath("pgpass"). It runs when HOMEWARD_TEST_POSTGRES=1 (then a server
// that cannot start is a failure) or when the script, PostgreSQL and the QPSQL
// driver are present; otherwise skipReason() says why the suite's server
// tests are skipped (also with HOMEWARD_TEST_POSTGRES=0).
class PostgresTestServer final {
public:
    PostgresTestServer() = default;
    PostgresTestServer(const PostgresTestServer &) = delete;
    PostgresTestServer &operator=(const PostgresTestServer &) = delete;

    const QString &skipReason() const { return m_skip; }
    // The desk's login role (homeward_app, a member of homeward_desk; owns nothing).
    const QString &url() const { return m_url; }
    // The database's owner (homeward_owner): runs the migrations, may create schemas and databases.
    const QString &ownerUrl() const { return m_ownerUrl; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

    // For initTestCase: false (with *failure) when the server was required
    // or should have started and did not.
    bool start(QString *failure)
    {
        const QByteArray wanted = qgetenv("HOMEWARD_TEST_POSTGRES");
        if (wanted == "0") {
            m_skip = QStringLiteral("HOMEWARD_TEST_POSTGRES=0: no PostgreSQL server");
            return true;
        }
        const bool required = wanted == "1";
        m_script = qEnvironmentVariable("HOMEWARD_PG_TEST_SERVER");
        if (m_script.isEmpty())
            m_script = QFINDTESTDATA("../../tools/pg-test-server.sh");
        const bool hasPostgres =
            !QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty() ||
            !QStandardPaths::findExecutable(QStringLiteral("initdb")).isEmpty();
        QString missing;
        if (m_script.isEmpty() || !QFileInfo::exists(m_script))
            missing = QStringLiteral("tools/pg-test-server.sh not found");
        else if (!hasPostgres)
            missing = QStringLiteral("PostgreSQL is not installed (apt-get install postgresql)");
        else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            missing = QStringLiteral("the QPSQL driver is not installed (apt-get install libqt6sql6-psql)");
        if (!missing.isEmpty()) {
            if (required) {
                *failure = QStringLiteral("HOMEWARD_TEST_POSTGRES=1 but ") + missing;
                return false;
            }
            m_skip = missing + QStringLiteral(": set HOMEWARD_TEST_POSTGRES=1 to require the server");
            return true;
        }
        if (!m_dir.isValid()) {
            *failure = QStringLiteral("no temporary folder for the server");
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        QString errors;
        m_url = runScript(QStringLiteral("start"), 120000, &errors);
        if (m_url.isEmpty()) {
            *failure = errors;
            return false;
        }
        m_started = true;
        m_ownerUrl = runScript(QStringLiteral("owner-url"), 10000, &errors);
        if (m_ownerUrl.isEmpty()) {
            *failure = errors;
            return false;
        }
        qInfo("server started in %lld ms at %s", timer.elapsed(), qPrintable(m_url));
        return true;
    }

    // Points libpq at this server's pgpass file and forgets PGPASSWORD, so that nothing of the
    // user's own setup reaches the suite's connections.
    void usePassFile() const
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toLocal8Bit());
    }

    // usePassFile(), then brings the server's database to the latest schema as its owner (as
    // `homeward migrate` does). False (with *failure) when it could not.
    bool migrate(QString *failure) const
    {
        usePassFile();
        auto owner = DatabaseUrl::parse(m_ownerUrl);
        if (!owner) {
            *failure = owner.text();
            return false;
        }
        auto migrated = Database::migrateServer(owner.value());
        if (!migrated) {
            *failure = migrated.text();
            return false;
        }
        return true;
    }

    // For cleanupTestCase: stops the server (also one a failed start may
    // have left) and removes its folder; false (with *failure) when it could not.
    bool stop(QString *failure)
    {
        if (!m_started && !QFileInfo::exists(m_dir.filePath(QStringLiteral("homeward-pg-test-server"))))
            return true;
        QElapsedTimer timer;
        timer.start();
        runScript(QStringLiteral("stop"), 60000, failure);
        m_started = false;
        if (!failure->isEmpty())
            return false;
        qInfo("server stopped in %lld ms", timer.elapsed());
        return true;
    }

    // Runs the script with `command` on this server's folder; its output, or
    // empty with *errors set.
    QString runScript(const QString &command, int timeoutMs, QString *errors)
    {
        QProcess process;
        process.start(QStringLiteral("bash"), {m_script, command, m_dir.path()});
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            *errors = QStringLiteral("%1 did not finish in %2 ms").arg(command).arg(timeoutMs);
            return {};
        }
        *errors = QString::fromUtf8(process.readAllStandardError());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            if (errors->isEmpty())
                *errors = QStringLiteral("%1 failed with exit code %2").arg(command).arg(process.exitCode());
            return {};
        }
        errors->clear();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

private:
    QTemporaryDir m_dir;
    QString m_script;
    QString m_skip;
    QString m_url;
    QString m_ownerUrl;
    bool m_started = false;
};

} // namespace homeward::testing

// Skips a test when the suite's server does not run.
#define HOMEWARD_REQUIRE_POSTGRES(server)                                                                              \
    do {                                                                                                               \
        if (!(server).skipReason().isEmpty())                                                                          \
            QSKIP(qPrintable((server).skipReason()));                                                                  \
    } while (false)
