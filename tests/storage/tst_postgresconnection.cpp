#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Sql.h"

#include "PostgresTestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// Connects to a throw-away PostgreSQL server that tools/pg-test-server.sh starts for this suite
// (in a temporary folder, on a loopback port) and stops afterwards. Runs when
// HOMEWARD_TEST_POSTGRES=1 (then a server that cannot start is a failure) or when the script
// and PostgreSQL's programs are present; skips with the reason otherwise (or with =0).
class PostgresConnectionTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void connectsAndQueries();
    void theRoleIsNotASuperuserAndOwnsTheDatabase();
    void thePasswordComesFromPgpassword();
    void noPasswordIsAClearError();
    void aWrongPasswordIsRefused();
    void sslModeReachesTheDriver_data();
    void sslModeReachesTheDriver();
    void anUnknownDatabaseIsNamed();
    void nothingListeningIsAClearError();
    void boundValuesKeepTheirText();
    void anInsertGivesItsIdThroughReturning();
    void theConnectionGoesWithTheObject();

private:
    Result<std::unique_ptr<Database>> open(const QString &suffix = {});

    testing::PostgresTestServer m_server;
    QString m_skip; // why the server tests are skipped; empty when the server runs
    QString m_url;
    QString m_password;
};

void PostgresConnectionTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_server.start(&failure), qPrintable(failure));
    m_skip = m_server.skipReason();
    m_url = m_server.url();
    if (!m_skip.isEmpty())
        return;

    QString errors;
    m_password = m_server.runScript(QStringLiteral("password"), 10000, &errors);
    QVERIFY2(!m_password.isEmpty(), qPrintable(errors));
    QVERIFY(!m_password.isEmpty());
}

void PostgresConnectionTest::cleanupTestCase()
{
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    // A start that failed half-way may have left a server: stop it too.
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
    if (m_skip.isEmpty())
        QVERIFY(!QFileInfo::exists(m_server.path()));
}

void PostgresConnectionTest::init()
{
    // Each test chooses where the password comes from; nothing from the user's own setup leaks in.
    qunsetenv("PGPASSWORD");
    qunsetenv("PGSSLMODE");
    qputenv("PGPASSFILE", m_server.filePath(QStringLiteral("no-such-pgpass")).toLocal8Bit());
}

Result<std::unique_ptr<Database>> PostgresConnectionTest::open(const QString &suffix)
{
    auto url = DatabaseUrl::parse(m_url + suffix);
    if (!url)
        return url.error();
    return Database::openServerUnmigrated(url.value());
}

void PostgresConnectionTest::connectsAndQueries()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    qputenv("PGPASSFILE", m_server.filePath(QStringLiteral("pgpass")).toLocal8Bit());
    auto database = open();
    QVERIFY2(database.ok(), qPrintable(database.text()));
    const Database &db = *database.value();
    QCOMPARE(db.backend(), Database::Backend::Postgres);
    QCOMPARE(db.path(), m_url);
    QCOMPARE(db.connection().driverName(), QStringLiteral("QPSQL"));

    auto row =
        sql::run(db.connection(),
                 QStringLiteral("SELECT 1, current_setting('server_version'), current_setting('server_version_num'), "
                                "current_setting('lock_timeout'), current_setting('application_name'), "
                                "current_database(), current_user"));
    QVERIFY2(row.ok(), qPrintable(row.text()));
    QVERIFY(row.value().next());
    QCOMPARE(row.value().value(0).toInt(), 1);
    QVERIFY(!row.value().value(1).toString().isEmpty());
    qInfo("server_version %s", qPrintable(row.value().value(1).toString()));
    QVERIFY(row.value().value(2).toInt() >= 120000);
    QCOMPARE(row.value().value(3).toString(), QStringLiteral("5s"));
    QCOMPARE(row.value().value(4).toString(), QStringLiteral("homeward"));
    QCOMPARE(row.value().value(5).toString(), QStringLiteral("homeward_test"));
    QCOMPARE(row.value().value(6).toString(), QStringLiteral("homeward_app"));
}

void PostgresConnectionTest::theRoleIsNotASuperuserAndOwnsTheDatabase()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    qputenv("PGPASSFILE", m_server.filePath(QStringLiteral("pgpass")).toLocal8Bit());
    auto database = open();
    QVERIFY2(database.ok(), qPrintable(database.text()));
    const QSqlDatabase db = database.value()->connection();

    auto role =
        sql::run(db, QStringLiteral("SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, "
                                    "current_setting('is_superuser') FROM pg_roles WHERE rolname = current_user"));
    QVERIFY2(role.ok(), qPrintable(role.text()));
    QVERIFY(role.value().next());
    QCOMPARE(role.value().value(0).toBool(), false);
    QCOMPARE(role.value().value(1).toBool(), false);
    QCOMPARE(role.value().value(2).toBool(), false);
    QCOMPARE(role.value().value(3).toBool(), false);
    QCOMPARE(role.value().value(4).toString(), QStringLiteral("off"));

    auto owner = sql::scalar(
        db, QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
    QVERIFY2(owner.ok(), qPrintable(owner.text()));
    // The desk's role owns nothing: the database is its owner's.
    QCOMPARE(owner.value().toString(), QStringLiteral("homeward_owner"));
    auto member = sql::scalar(db, QStringLiteral("SELECT pg_has_role('homeward_desk', 'MEMBER')"));
    QVERIFY2(member.ok(), qPrintable(member.text()));
    QCOMPARE(member.value().toBool(), true);

    // Not a superuser in deed either: making a role is refused.
    QSqlQuery createRole(db);
    QVERIFY(!createRole.exec(QStringLiteral("CREATE ROLE intruder SUPERUSER")));
}

void PostgresConnectionTest::thePasswordComesFromPgpassword()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    // The driver is given no password: libpq reads PGPASSWORD itself.
    qputenv("PGPASSWORD", m_password.toUtf8());
    auto database = open();
    QVERIFY2(database.ok(), qPrintable(database.text()));
    QCOMPARE(database.value()->connection().password(), QString());
    auto one = sql::scalar(database.value()->connection(), QStringLiteral("SELECT 1"));
    QVERIFY2(one.ok(), qPrintable(one.text()));
    QCOMPARE(one.value().toInt(), 1);
}

void PostgresConnectionTest::noPasswordIsAClearError()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    const auto database = open();
    QVERIFY(!database.ok());
    QVERIFY2(database.error().message.contains(QLatin1String("asks for a password: set PGPASSWORD or put the "
                                                             "password in ~/.pgpass")),
             qPrintable(database.text()));
    QVERIFY2(database.error().message.contains(m_url), qPrintable(database.text()));
}

void PostgresConnectionTest::aWrongPasswordIsRefused()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    qputenv("PGPASSWORD", "not-the-password");
    const auto database = open();
    QVERIFY(!database.ok());
    QVERIFY2(database.error().message.startsWith(QLatin1String("Cannot connect to the database server")),
             qPrintable(database.text()));
    QVERIFY2(database.error().detail.contains(QLatin1String("password authentication failed")),
             qPrintable(database.text()));
}

void PostgresConnectionTest::sslModeReachesTheDriver_data()
{
    // The test server offers no TLS: the modes that insist on it must fail, which shows the mode reached libpq.
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("connects");
    QTest::addColumn<QString>("refusal"); // part of libpq's reason; empty: any reason
    QTest::newRow("not given") << "" << true << "";
    QTest::newRow("disable") << "?sslmode=disable" << true << "";
    QTest::newRow("prefer") << "?sslmode=prefer" << true << "";
    QTest::newRow("require") << "?sslmode=require" << false << "server does not support SSL";
    // Fails on the missing root certificate, or else on the server's lack of TLS.
    QTest::newRow("verify-full") << "?sslmode=verify-full" << false << "";
}

void PostgresConnectionTest::sslModeReachesTheDriver()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    QFETCH(QString, suffix);
    QFETCH(bool, connects);
    QFETCH(QString, refusal);
    qputenv("PGPASSWORD", m_password.toUtf8());
    const auto database = open(suffix);
    if (!connects) {
        QVERIFY(!database.ok());
        QVERIFY2(database.error().message.startsWith(QLatin1String("Cannot connect to the database server")),
                 qPrintable(database.text()));
        QVERIFY2(database.error().detail.contains(refusal), qPrintable(database.text()));
        return;
    }
    QVERIFY2(database.ok(), qPrintable(database.text()));
    auto ssl = sql::scalar(database.value()->connection(),
                           QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    QVERIFY2(ssl.ok(), qPrintable(ssl.text()));
    QCOMPARE(ssl.value().toBool(), false);
}

void PostgresConnectionTest::anUnknownDatabaseIsNamed()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    qputenv("PGPASSWORD", m_password.toUtf8());
    auto url = DatabaseUrl::parse(QString(m_url).replace(QLatin1String("/homeward_test"), QLatin1String("/nowhere")));
    QVERIFY2(url.ok(), qPrintable(url.text()));
    const auto database = Database::openServerUnmigrated(url.value());
    QVERIFY(!database.ok());
    QVERIFY2(database.error().message.contains(QLatin1String("/nowhere")), qPrintable(database.text()));
    QVERIFY2(database.error().detail.contains(QLatin1String("\"nowhere\" does not exist")),
             qPrintable(database.text()));
}

void PostgresConnectionTest::nothingListeningIsAClearError()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://homeward_app@127.0.0.1:1/homeward_test"));
    QVERIFY2(url.ok(), qPrintable(url.text()));
    QElapsedTimer timer;
    timer.start();
    const auto database = Database::openServerUnmigrated(url.value());
    QVERIFY(!database.ok());
    QVERIFY2(database.error().message.startsWith(QLatin1String("Cannot connect to the database server "
                                                               "postgresql://homeward_app@127.0.0.1:1/")),
             qPrintable(database.text()));
    QVERIFY2(database.error().detail.contains(QLatin1String("Connection refused")), qPrintable(database.text()));
    QVERIFY(timer.elapsed() < Database::kConnectTimeoutS * 1000);
}

void PostgresConnectionTest::boundValuesKeepTheirText()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    qputenv("PGPASSWORD", m_password.toUtf8());
    auto database = open();
    QVERIFY2(database.ok(), qPrintable(database.text()));
    // sql::run's positional ? placeholders, and Ukrainian text both ways.
    const QString name = QString::fromUtf8("Ґалина Їжакевич-Щербань");
    auto joined = sql::scalar(database.value()->connection(), QStringLiteral("SELECT ?::text || ' / ' || ?::text"),
                              {name, QStringLiteral("it's")});
    QVERIFY2(joined.ok(), qPrintable(joined.text()));
    QCOMPARE(joined.value().toString(), name + QStringLiteral(" / it's"));
}

void PostgresConnectionTest::anInsertGivesItsIdThroughReturning()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    qputenv("PGPASSWORD", m_password.toUtf8());
    auto database = open();
    QVERIFY2(database.ok(), qPrintable(database.text()));
    const QSqlDatabase db = database.value()->connection();
    // DDL cannot be prepared on PostgreSQL, and QPSQL prepares every prepared query on the server.
    QVERIFY(!sql::run(db, QStringLiteral("CREATE TEMP TABLE unprepared (id INTEGER)")).ok());
    // A table whose inserts add a row elsewhere, as the person checklist trigger does.
    const QString setup[] = {
        QStringLiteral("CREATE TEMP TABLE numbered (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                       "label TEXT NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE side (id BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 1000) "
                       "PRIMARY KEY, numbered_id BIGINT NOT NULL)"),
        QStringLiteral("CREATE FUNCTION pg_temp.note_side() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$BEGIN INSERT INTO side (numbered_id) VALUES (NEW.id); RETURN NULL; END$$"),
        QStringLiteral("CREATE TRIGGER numbered_side AFTER INSERT ON numbered FOR EACH ROW "
                       "EXECUTE FUNCTION pg_temp.note_side()"),
    };
    for (const QString &statement : setup) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }

    // QPSQL's lastInsertId is SELECT lastval(): the trigger's row, not the one inserted.
    auto first = sql::run(db, QStringLiteral("INSERT INTO numbered (label) VALUES (?)"), {QStringLiteral("a")});
    QVERIFY2(first.ok(), qPrintable(first.text()));
    QCOMPARE(first.value().lastInsertId().toLongLong(), 1000);
    // RETURNING gives the right one.
    auto second =
        sql::scalar(db, QStringLiteral("INSERT INTO numbered (label) VALUES (?) RETURNING id"), {QStringLiteral("b")});
    QVERIFY2(second.ok(), qPrintable(second.text()));
    QCOMPARE(second.value().toLongLong(), 2);
}

void PostgresConnectionTest::theConnectionGoesWithTheObject()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    qputenv("PGPASSWORD", m_password.toUtf8());
    auto database = open();
    QVERIFY2(database.ok(), qPrintable(database.text()));
    const QString name = database.value()->connection().connectionName();
    QVERIFY(QSqlDatabase::contains(name));
    auto pid = sql::scalar(database.value()->connection(), QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY2(pid.ok(), qPrintable(pid.text()));
    database.value().reset();
    QVERIFY(!QSqlDatabase::contains(name));

    // And the server has let the session go.
    auto other = open();
    QVERIFY2(other.ok(), qPrintable(other.text()));
    const auto sessions = [&] {
        auto count = sql::scalar(other.value()->connection(),
                                 QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid.value()});
        return count.ok() ? count.value().toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(sessions(), 0, 5000);
}

QTEST_GUILESS_MAIN(PostgresConnectionTest)
#include "tst_postgresconnection.moc"
