#include "ProgramRun.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PostgresTestServer.h"
#include "storage/SignIn.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// The commands on a shared database: every one takes a postgresql:// address for --database;
// `migrate` sets the database up as its owner; the commands that work on a database file say
// why not; a desk's work is refused to the owner's role. Runs the built program against a
// throw-away server (skipped without PostgreSQL, as the storage suites on the server are).
class ServerCommandsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void migrateSetsUpTheSharedDatabase();
    void commandsWorkOnTheAddress();
    void theOwnerDoesNoDeskWork();
    void fileCommandsRefuseAnAddress_data();
    void fileCommandsRefuseAnAddress();
    void migrateNeedsAServer_data();
    void migrateNeedsAServer();

private:
    testing::ProgramRun run(const QStringList &arguments, const QString &password = QString()) const;

    testing::PostgresTestServer m_server;
    QTemporaryDir m_home;
    bool m_migrated = false;
};

void ServerCommandsTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_server.start(&failure), qPrintable(failure));
    QVERIFY(m_home.isValid());
    // The program's processes inherit it: libpq finds both roles' passwords there.
    m_server.usePassFile();
}

void ServerCommandsTest::cleanupTestCase()
{
    qunsetenv("PGPASSFILE");
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
}

testing::ProgramRun ServerCommandsTest::run(const QStringList &arguments, const QString &password) const
{
    testing::ProgramOptions options;
    options.password = password;
    return testing::runProgram(m_home.path(), arguments, options);
}

void ServerCommandsTest::migrateSetsUpTheSharedDatabase()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    // A desk's role may not set it up: nothing changes, and the message says so.
    const auto byDesk = run({QStringLiteral("migrate"), QStringLiteral("--database"), m_server.url()});
    QCOMPARE(byDesk.exitCode, 1);
    QVERIFY2(byDesk.err.contains(QLatin1String("was not upgraded")), qPrintable(byDesk.err));
    QVERIFY2(byDesk.err.contains(QLatin1String("permission denied")), qPrintable(byDesk.err));

    const auto byOwner = run({QStringLiteral("migrate"), QStringLiteral("--database"), m_server.ownerUrl()});
    QVERIFY2(byOwner.exitCode == 0, qPrintable(byOwner.err));
    QVERIFY2(byOwner.out.contains(QStringLiteral("is at schema %1").arg(Migrations::latestVersion())),
             qPrintable(byOwner.out));
    m_migrated = true;

    // Again: nothing to do, the same answer.
    const auto again = run({QStringLiteral("migrate"), QStringLiteral("--database"), m_server.ownerUrl()});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.out, byOwner.out);
}

void ServerCommandsTest::commandsWorkOnTheAddress()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    if (!m_migrated)
        QSKIP("needs migrateSetsUpTheSharedDatabase");
    {
        auto desk = Database::open(m_server.url());
        QVERIFY2(desk.ok(), qPrintable(desk.text()));
        auto added = testing::addOfficial(desk.value()->connection(), QStringLiteral("clerk"), testing::kAllRoles);
        QVERIFY2(added.ok(), qPrintable(added.text()));
    }
    // The global --database and the command's own both take the address.
    const auto audit = run({QStringLiteral("--database"), m_server.url(), QStringLiteral("verify-audit")});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
    QVERIFY2(audit.out.startsWith(QLatin1String("Audit trail intact")), qPrintable(audit.out));

    const QString out = m_home.filePath(QStringLiteral("registry.csv"));
    const auto exported = run({QStringLiteral("export"), QStringLiteral("--database"), m_server.url(),
                               QStringLiteral("--registry"), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--out"), out});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readLine().startsWith("record_id,"), "the interchange header");

    // A wrong address is named before anything connects.
    const auto withPassword = run({QStringLiteral("verify-audit"), QStringLiteral("--database"),
                                   QStringLiteral("postgresql://desk:secret@127.0.0.1/homeward_test")});
    QCOMPARE(withPassword.exitCode, 1);
    QVERIFY2(withPassword.err.contains(QLatin1String("password")), qPrintable(withPassword.err));
    QVERIFY2(!withPassword.err.contains(QLatin1String("secret")), qPrintable(withPassword.err));
}

void ServerCommandsTest::theOwnerDoesNoDeskWork()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    if (!m_migrated)
        QSKIP("needs migrateSetsUpTheSharedDatabase");
    const QString out = m_home.filePath(QStringLiteral("owner.csv"));
    const auto exported = run({QStringLiteral("export"), QStringLiteral("--database"), m_server.ownerUrl(),
                               QStringLiteral("--registry"), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--out"), out});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QLatin1String("The role homeward_owner may change or delete the audit trail")),
             qPrintable(exported.err));
    QVERIFY(!QFileInfo::exists(out));
}

void ServerCommandsTest::fileCommandsRefuseAnAddress_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString address = QStringLiteral("postgresql://desk@127.0.0.1:1/homeward");
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--database"), address,
                                           QStringLiteral("--to"), QStringLiteral("copy.sqlite")}
                            << 1 << QStringLiteral("backup works on a database file");
    QTest::newRow("restore") << QStringList{QStringLiteral("restore"), QStringLiteral("--from"),
                                            QStringLiteral("copy.sqlite"), QStringLiteral("--database"), address,
                                            QStringLiteral("--user"), QStringLiteral("clerk")}
                             << 1 << QStringLiteral("restore works on a database file");
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), address} << 2
                          << QStringLiteral("never fills a shared database");
}

// Refused before connecting (port 1 has no server): the message, not a connection error.
void ServerCommandsTest::fileCommandsRefuseAnAddress()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto refused = run(arguments, testing::testPassword());
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("Cannot connect")), qPrintable(refused.err));
}

void ServerCommandsTest::migrateNeedsAServer_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << QStringList{QStringLiteral("migrate"), QStringLiteral("--database"),
                                           QStringLiteral("some.sqlite")}
                            << QStringLiteral("a database file is upgraded when the program opens it");
    QTest::newRow("nothing") << QStringList{QStringLiteral("migrate")}
                             << QStringLiteral("migrate needs --database");
    QTest::newRow("an argument") << QStringList{QStringLiteral("migrate"), QStringLiteral("extra")}
                                 << QStringLiteral("migrate takes no arguments");
    QTest::newRow("a bad address") << QStringList{QStringLiteral("migrate"), QStringLiteral("--database"),
                                                  QStringLiteral("postgresql://127.0.0.1/hw")}
                                   << QStringLiteral("user");
}

void ServerCommandsTest::migrateNeedsAServer()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(ServerCommandsTest)
#include "tst_servercommands.moc"
