#include "storage/Database.h"
#include "storage/OpenCheck.h"
#include "storage/ServerConnection.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "PostgresTestServer.h"

using namespace homeward;

// A desk whose shared database server went away (a restart, a network failure) finds out
// without the official doing anything (a probe), and opens the database again: the session
// as it was (lock_timeout, read-only), LISTEN renewed so that other desks' changes appear
// again, and every list told to read again. While the server is down the attempts fail and
// go on. On SQLite nothing of this runs.
class ServerConnectionTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void sqliteIsLeftAlone();
    void aLostConnectionIsFoundAndOpenedAgain_data();
    void aLostConnectionIsFoundAndOpenedAgain();
    void attemptsFailWhileTheServerIsDown();
    void retriesGoOnByThemselves();

private:
    // A desk's connection and store, signed in.
    void openDesk();
    void restartServer(const char *how = "restart");

    testing::PostgresTestServer m_server;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    Official m_official;
};

void ServerConnectionTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_server.start(&failure), qPrintable(failure));
    if (!m_server.skipReason().isEmpty())
        return;
    QVERIFY2(m_server.migrate(&failure), qPrintable(failure));
    auto desk = Database::open(m_server.url());
    QVERIFY2(desk.ok(), qPrintable(desk.text()));
    auto official = testing::addOfficial(desk.value()->connection(), QStringLiteral("desk"), testing::kAllRoles, true,
                                         QStringLiteral("Olena Kovalenko"));
    QVERIFY2(official.ok(), qPrintable(official.text()));
    m_official = official.value();
}

void ServerConnectionTest::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
}

void ServerConnectionTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void ServerConnectionTest::openDesk()
{
    auto desk = Database::open(m_server.url());
    QVERIFY2(desk.ok(), qPrintable(desk.text()));
    m_db = std::move(desk.value());
    m_store = std::make_unique<Store>(m_db->connection());
    testing::signIn(*m_store, m_official);
    QVERIFY(m_store->serverNotifications().isListening());
}

void ServerConnectionTest::restartServer(const char *how)
{
    QString errors;
    m_server.runScript(QString::fromLatin1(how), 60000, &errors);
    // pg_ctl says on stderr that it starts a server that was down: not a failure.
    QVERIFY2(errors.isEmpty() || errors.contains(QLatin1String("trying to start server anyway")), qPrintable(errors));
}

void ServerConnectionTest::sqliteIsLeftAlone()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    ServerConnection connection(store);
    QSignalSpy lost(&connection, &ServerConnection::lost);
    QVERIFY(!connection.isServer());
    QVERIFY(connection.probe());
    QVERIFY(connection.reconnect().ok());
    QVERIFY(!connection.isLost());
    QCOMPARE(lost.size(), 0);
}

void ServerConnectionTest::aLostConnectionIsFoundAndOpenedAgain_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("a working desk") << false;
    QTest::newRow("a read-only desk") << true;
}

void ServerConnectionTest::aLostConnectionIsFoundAndOpenedAgain()
{
    QFETCH(bool, readOnly);
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    openDesk();
    if (QTest::currentTestFailed())
        return;
    if (readOnly)
        QVERIFY(OpenCheck::enterReadOnly(m_store->connection()).ok());
    ServerConnection connection(*m_store);
    QVERIFY(connection.isServer());
    QVERIFY(connection.probe()); // learns the session's settings
    QSignalSpy lost(&connection, &ServerConnection::lost);
    QSignalSpy restored(&connection, &ServerConnection::restored);

    restartServer();
    QVERIFY(!connection.probe());
    QVERIFY(connection.isLost());
    QCOMPARE(lost.size(), 1);
    QVERIFY2(!lost.at(0).at(0).toString().isEmpty(), "the driver's text");
    QVERIFY(!connection.probe());
    QCOMPARE(lost.size(), 1); // said once

    QSignalSpy exchanges(m_store->notifier(), &ChangeNotifier::exchangesChanged);
    const Status reconnected = connection.reconnect();
    QVERIFY2(reconnected.ok(), qPrintable(reconnected.text()));
    QVERIFY(!connection.isLost());
    QCOMPARE(restored.size(), 1);
    QVERIFY2(exchanges.size() >= 1, "the lists are told to read again");

    // The session as it was.
    QCOMPARE(
        sql::scalar(m_store->connection(), QStringLiteral("SELECT current_setting('lock_timeout')")).value().toString(),
        QStringLiteral("5s"));
    QCOMPARE(
        sql::scalar(m_store->connection(), QStringLiteral("SELECT current_setting('default_transaction_read_only')"))
            .value()
            .toString(),
        readOnly ? QStringLiteral("on") : QStringLiteral("off"));
    Exchange exchange;
    exchange.title = QStringLiteral("after the restart");
    const auto created = m_store->exchanges().create(exchange);
    QCOMPARE(created.ok(), !readOnly);

    // LISTEN renewed: another desk's change reaches this one again.
    auto other = Database::open(m_server.url());
    QVERIFY2(other.ok(), qPrintable(other.text()));
    Store theirs(other.value()->connection());
    testing::signIn(theirs, m_official);
    exchanges.clear();
    Exchange theirExchange;
    theirExchange.title = QStringLiteral("from another desk");
    QVERIFY(theirs.exchanges().create(theirExchange).ok());
    QTRY_VERIFY_WITH_TIMEOUT(exchanges.size() >= 1, 5000);
}

void ServerConnectionTest::attemptsFailWhileTheServerIsDown()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    openDesk();
    if (QTest::currentTestFailed())
        return;
    ServerConnection connection(*m_store);
    QSignalSpy failed(&connection, &ServerConnection::reconnectFailed);
    restartServer("down");
    QVERIFY(!connection.probe());
    const Status attempt = connection.reconnect();
    QVERIFY(!attempt.ok());
    QVERIFY2(attempt.text().contains(QLatin1String("does not answer")), qPrintable(attempt.text()));
    QCOMPARE(failed.size(), 1);
    QVERIFY(connection.isLost());
    restartServer();
    const Status again = connection.reconnect();
    QVERIFY2(again.ok(), qPrintable(again.text()));
    QVERIFY(!connection.isLost());
    QVERIFY(connection.probe());
}

void ServerConnectionTest::retriesGoOnByThemselves()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    openDesk();
    if (QTest::currentTestFailed())
        return;
    ServerConnection connection(*m_store);
    connection.setIntervals(100, 300);
    QSignalSpy lost(&connection, &ServerConnection::lost);
    QSignalSpy restored(&connection, &ServerConnection::restored);
    restartServer();
    // Found by the probe's timer and opened again by the retry's, with nothing called here.
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
    QVERIFY(m_store->exchanges().list().ok());
}

QTEST_GUILESS_MAIN(ServerConnectionTest)
#include "tst_serverconnection.moc"
