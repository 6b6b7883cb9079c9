#include "GuiTest.h"

#include "BatchPanel.h"
#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "domain/Permissions.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace homeward;
using namespace homeward::testing;

// The main window offers only what the signed-in official's roles allow
// (domain/Permissions.h): the rest is disabled and its tooltip says why.
// The repositories refuse those writes again (tests/storage/tst_permissions).
class RolesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionsFollowTheRoles_data();
    void actionsFollowTheRoles();
    void nobodySignedInGetsNoWrites();
    void disabledAccountGetsNoWrites();
    void changingTheOfficialUpdatesAtOnce();

private:
    std::unique_ptr<MainWindow> openWindow(const Official &official);
    static QAction *action(MainWindow &window, const QString &name);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_batch = 0;
    qint64 m_person = 0;
};

namespace {

struct Guarded final {
    const char *objectName;
    Action needed;
};

// The window's actions that write, and what each needs.
const Guarded kGuarded[] = {
    {"newExchangeAction", Action::ManageExchanges}, {"editExchangeAction", Action::ManageExchanges},
    {"deleteExchangeAction", Action::ManageExchanges}, {"newBatchAction", Action::ManageBatches},
    {"editBatchAction", Action::ManageBatches},       {"deleteBatchAction", Action::ManageBatches},
    {"newPersonAction", Action::EnterPersons},        {"deletePersonAction", Action::EnterPersons},
    {"accountsAction", Action::ManageAccounts},
};

} // namespace

void RolesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_roles"));
    QSettings().clear();
}

void RolesTest::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    QVERIFY(signInAs(*m_store, QStringLiteral("setup"), kAllRoles).ok());
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін");
    Batch batch;
    batch.exchangeId = m_store->exchanges().create(exchange).value();
    batch.plannedServicemen = 1;
    m_batch = m_store->batches().create(batch).value();
    Person person;
    person.surname = QStringLiteral("Коваленко");
    person.givenName = QStringLiteral("Олександр");
    m_person = m_store->persons().addToBatch(m_batch, person).value();
    QVERIFY(m_batch > 0 && m_person > 0);
    signOut(*m_store);
}

void RolesTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

std::unique_ptr<MainWindow> RolesTest::openWindow(const Official &official)
{
    if (official.id != 0)
        signIn(*m_store, official);
    auto window = std::make_unique<MainWindow>(*m_store);
    window->setOfficial(official);
    window->show();
    // A batch and a person selected: every action is offered by the selection.
    if (!window->navigator()->selectBatch(m_batch) || !window->batchPanel()->selectPerson(m_person))
        qWarning("batch or person not selected");
    return window;
}

QAction *RolesTest::action(MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

void RolesTest::actionsFollowTheRoles_data()
{
    QTest::addColumn<Roles>("roles");
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<bool>("enabled");
    // Written out for the cases the officials meet daily; the full table is
    // checked action by action below.
    QTest::newRow("operator: no new exchange") << kOperator << "newExchangeAction" << false;
    QTest::newRow("operator: no new batch") << kOperator << "newBatchAction" << false;
    QTest::newRow("operator: adds persons") << kOperator << "newPersonAction" << true;
    QTest::newRow("operator: removes persons") << kOperator << "deletePersonAction" << true;
    QTest::newRow("operator: no accounts") << kOperator << "accountsAction" << false;
    QTest::newRow("verifier: cannot add persons") << kVerifier << "newPersonAction" << false;
    QTest::newRow("verifier: cannot remove persons") << kVerifier << "deletePersonAction" << false;
    QTest::newRow("verifier: no batch edits") << kVerifier << "editBatchAction" << false;
    QTest::newRow("supervisor: new exchange") << kSupervisor << "newExchangeAction" << true;
    QTest::newRow("supervisor: deletes batches") << kSupervisor << "deleteBatchAction" << true;
    QTest::newRow("supervisor: accounts") << kSupervisor << "accountsAction" << true;
    QTest::newRow("supervisor: does not enter persons") << kSupervisor << "newPersonAction" << false;
    QTest::newRow("operator+verifier: adds persons") << (kOperator | kVerifier) << "newPersonAction" << true;
    QTest::newRow("operator+verifier: no exchanges") << (kOperator | kVerifier) << "editExchangeAction" << false;
    QTest::newRow("all three: new exchange") << kAllRoles << "newExchangeAction" << true;
    QTest::newRow("all three: adds persons") << kAllRoles << "newPersonAction" << true;
}

void RolesTest::actionsFollowTheRoles()
{
    QFETCH(Roles, roles);
    QFETCH(QString, actionName);
    QFETCH(bool, enabled);
    auto official = addOfficial(m_store->connection(), QStringLiteral("official"), roles);
    QVERIFY2(official.ok(), qPrintable(official.text()));
    auto window = openWindow(official.value());

    QAction *checked = action(*window, actionName);
    QVERIFY(checked);
    QCOMPARE(checked->isEnabled(), enabled);
    // Every guarded action agrees with the table, and says why when it is off.
    for (const Guarded &guarded : kGuarded) {
        QAction *a = action(*window, QString::fromLatin1(guarded.objectName));
        QVERIFY2(a, guarded.objectName);
        const bool allowed = mayTake(official.value(), guarded.needed);
        QVERIFY2(a->isEnabled() == allowed, guarded.objectName);
        if (!allowed) {
            QVERIFY2(a->toolTip().contains(actionLabel(guarded.needed)), qPrintable(a->toolTip()));
            QVERIFY2(a->toolTip().contains(Accounts::rolesText(official.value())), qPrintable(a->toolTip()));
        }
    }
    // Opening a person to read the details stays open to every role.
    QVERIFY(action(*window, QStringLiteral("editPersonAction"))->isEnabled());
}

void RolesTest::nobodySignedInGetsNoWrites()
{
    auto window = openWindow(Official{});
    for (const Guarded &guarded : kGuarded) {
        QAction *a = action(*window, QString::fromLatin1(guarded.objectName));
        QVERIFY2(!a->isEnabled(), guarded.objectName);
        QVERIFY2(a->toolTip().contains(QLatin1String("Log in")), qPrintable(a->toolTip()));
    }
}

void RolesTest::disabledAccountGetsNoWrites()
{
    auto official = addOfficial(m_store->connection(), QStringLiteral("gone"), kAllRoles, false);
    QVERIFY(official.ok());
    auto window = openWindow(official.value());
    for (const Guarded &guarded : kGuarded) {
        QAction *a = action(*window, QString::fromLatin1(guarded.objectName));
        QVERIFY2(!a->isEnabled(), guarded.objectName);
        QVERIFY2(a->toolTip().contains(QLatin1String("disabled")), qPrintable(a->toolTip()));
    }
}

void RolesTest::changingTheOfficialUpdatesAtOnce()
{
    auto verifier = addOfficial(m_store->connection(), QStringLiteral("verifier"), kVerifier);
    auto operatorAccount = addOfficial(m_store->connection(), QStringLiteral("operator"), kOperator);
    QVERIFY(verifier.ok() && operatorAccount.ok());
    auto window = openWindow(verifier.value());
    QAction *newPerson = action(*window, QStringLiteral("newPersonAction"));
    QVERIFY(!newPerson->isEnabled());
    const QString why = newPerson->toolTip();
    QVERIFY2(why.contains(QLatin1String("verifier")), qPrintable(why));

    window->setOfficial(operatorAccount.value());
    QVERIFY(newPerson->isEnabled());
    QVERIFY(!newPerson->toolTip().contains(QLatin1String("do not allow"))); // back to its own text
    QVERIFY(!action(*window, QStringLiteral("newExchangeAction"))->isEnabled());

    // The selection still counts: the exchange alone offers no new person.
    QVERIFY(window->navigator()->selectExchange(m_store->batches().get(m_batch).value().exchangeId));
    QVERIFY(!newPerson->isEnabled());
}

QTEST_MAIN(RolesTest)
#include "tst_roles.moc"
