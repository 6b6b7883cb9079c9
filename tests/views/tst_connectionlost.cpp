#include "ConnectionLostBar.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "storage/ServerConnection.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

#include "storage/PostgresTestServer.h"

using namespace homeward;

// The main window of a desk on a shared database when the server goes away and comes back:
// the bar says so without the official doing anything, Reconnect now (or the retries) opens
// the connection again, the bar goes and the status bar says the lists were read again. The
// window on a SQLite file never shows it.
class ConnectionLostTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void localFileShowsNoBar();
    void barComesAndGoesWithTheServer_data();
    void barComesAndGoesWithTheServer();

private:
    void serverCommand(const char *command);

    testing::PostgresTestServer m_server;
    Official m_official;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void ConnectionLostTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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

void ConnectionLostTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
}

void ConnectionLostTest::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_db.reset();
}

void ConnectionLostTest::serverCommand(const char *command)
{
    QString errors;
    m_server.runScript(QString::fromLatin1(command), 60000, &errors);
    QVERIFY2(errors.isEmpty() || errors.contains(QLatin1String("trying to start server anyway")), qPrintable(errors));
}

void ConnectionLostTest::localFileShowsNoBar()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    MainWindow window(store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionLostBar *bar = window.connectionLostBar();
    QVERIFY(bar);
    QVERIFY(!bar->connection()->isServer());
    QVERIFY(bar->connection()->probe());
    QVERIFY(!bar->isVisible());
}

void ConnectionLostTest::barComesAndGoesWithTheServer_data()
{
    QTest::addColumn<bool>("byButton"); // Reconnect now, or the retry's timer
    QTest::newRow("Reconnect now") << true;
    QTest::newRow("retried by itself") << false;
}

void ConnectionLostTest::barComesAndGoesWithTheServer()
{
    QFETCH(bool, byButton);
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    auto desk = Database::open(m_server.url());
    QVERIFY2(desk.ok(), qPrintable(desk.text()));
    m_db = std::move(desk.value());
    m_store = std::make_unique<Store>(m_db->connection());
    testing::signIn(*m_store, m_official);
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->setOfficial(m_official);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ConnectionLostBar *bar = m_window->connectionLostBar();
    QVERIFY(bar->connection()->isServer());
    // Found within a fifth of a second here; retried by the timer only in the second row.
    bar->connection()->setIntervals(200, byButton ? 600000 : 300);
    QVERIFY(!bar->isVisible());

    serverCommand("down");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
    QVERIFY2(bar->messageLabel()->text().contains(QLatin1String("was lost")), qPrintable(bar->messageLabel()->text()));
    QVERIFY(bar->reconnectButton()->isEnabled());
    if (byButton) {
        // While the server is down, the attempt fails and says so in the bar.
        QTest::mouseClick(bar->reconnectButton(), Qt::LeftButton);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->messageLabel()->text().contains(QLatin1String("Last attempt")),
                 qPrintable(bar->messageLabel()->text()));
    }
    serverCommand("restart");
    if (byButton)
        QTest::mouseClick(bar->reconnectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 10000);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("again")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!bar->connection()->isLost());
    QVERIFY(m_store->exchanges().list().ok());
}

QTEST_MAIN(ConnectionLostTest)
#include "tst_connectionlost.moc"
