#include "GuiTest.h"

#include "AccountsDialog.h"
#include "FirstSupervisorDialog.h"
#include "LoginDialog.h"
#include "LoginFlow.h"
#include "MainWindow.h"
#include "items/ItemRoles.h"
#include "items/OfficialTableModel.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace homeward;
using homeward::test::answerMessageBox;
using homeward::test::ModalWatch;

namespace {

const QString kPassword = QStringLiteral("steady river 42");

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace

class LoginTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstStartCreatesASupervisor();
    void loginWithWrongThenRightPassword();
    void lockedAccountMakesTheButtonWait();
    void flowAsksForTheFirstSupervisorOnANewDatabase();
    void flowLogsInAndRemembersTheName();
    void flowCancelledLeavesNoActor();
    void accountsDialogListsAccounts();
    void accountsDialogAddsAnAccount();
    void accountsDialogDisablesAfterAsking();
    void mainWindowShowsTheOfficial_data();
    void mainWindowShowsTheOfficial();

private:
    Official addSupervisor();
    Official addAccount(const Official &by, const QString &username, bool op, bool ver, bool sup);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Accounts> m_accounts;
};

void LoginTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_login"));
    QSettings().clear();
}

void LoginTest::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    m_accounts = std::make_unique<Accounts>(m_db->connection());
}

void LoginTest::cleanup()
{
    m_accounts.reset();
    m_store.reset();
    m_db.reset();
    QSettings().clear();
}

Official LoginTest::addSupervisor()
{
    auto boss = m_accounts->createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("Ірина Коваль"), kPassword);
    if (!boss) {
        QTest::qFail(qPrintable(boss.text()), __FILE__, __LINE__);
        return {};
    }
    return boss.value();
}

Official LoginTest::addAccount(const Official &by, const QString &username, bool op, bool ver, bool sup)
{
    Official o;
    o.username = username;
    o.fullName = username.toUpper();
    o.isOperator = op;
    o.isVerifier = ver;
    o.isSupervisor = sup;
    auto created = m_accounts->create(Accounts::actorFor(by), o, kPassword);
    if (!created) {
        QTest::qFail(qPrintable(created.text()), __FILE__, __LINE__);
        return {};
    }
    return created.value();
}

void LoginTest::firstStartCreatesASupervisor()
{
    FirstSupervisorDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *create = child<QPushButton>(&dialog, "createButton");
    QVERIFY(create);
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(child<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("boss"));
    test::typeText(child<QLineEdit>(&dialog, "fullNameEdit"), QStringLiteral("Ірина Коваль"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("short"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "repeatPasswordEdit"), QStringLiteral("short"));
    QVERIFY(!create->isEnabled());
    QVERIFY2(dialog.problemText().contains(QLatin1String("at least 8")), qPrintable(dialog.problemText()));
    // Enter neither creates nor cancels while something is wrong.
    QTest::keyClick(child<QLineEdit>(&dialog, "repeatPasswordEdit"), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_accounts->hasAnyOfficial().value());
    // The password fields never show what is typed.
    QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->echoMode(), QLineEdit::Password);

    child<QLineEdit>(&dialog, "passwordEdit")->clear();
    child<QLineEdit>(&dialog, "repeatPasswordEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), kPassword);
    QTest::keyClicks(child<QLineEdit>(&dialog, "repeatPasswordEdit"), kPassword + QLatin1Char('!'));
    QVERIFY(!create->isEnabled());
    QTest::keyClick(child<QLineEdit>(&dialog, "repeatPasswordEdit"), Qt::Key_Backspace);
    QVERIFY2(create->isEnabled(), qPrintable(dialog.problemText()));

    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.official().has_value());
    QCOMPARE(dialog.official()->username, QStringLiteral("boss"));
    QCOMPARE(dialog.official()->fullName, QStringLiteral("Ірина Коваль"));
    QVERIFY(dialog.official()->isSupervisor);
    QCOMPARE(m_accounts->hasAnyOfficial().value(), true);
    // The fields were emptied once used.
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    QVERIFY(m_accounts->authenticate(QStringLiteral("boss"), kPassword).ok());
}

void LoginTest::loginWithWrongThenRightPassword()
{
    const Official boss = addSupervisor();
    LoginDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *username = child<QLineEdit>(&dialog, "usernameEdit");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    QTest::keyClicks(username, QStringLiteral("boss"));
    QTest::keyClicks(password, QStringLiteral("wrong password"));

    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QLatin1String("Wrong user name or password")), qPrintable(dialog.errorText()));
    QVERIFY(password->text().isEmpty());
    QVERIFY(!dialog.official().has_value());

    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.official().has_value());
    QCOMPARE(dialog.official()->id, boss.id);
}

void LoginTest::lockedAccountMakesTheButtonWait()
{
    addSupervisor();
    QDateTime now(QDate(2025, 5, 23), QTime(9, 0), Qt::UTC);
    LoginDialog dialog(*m_store);
    dialog.setClock([&now] { return now; });
    dialog.setUsername(QStringLiteral("boss"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *login = child<QPushButton>(&dialog, "loginButton");
    for (int attempt = 0; attempt < Accounts::kFailuresBeforeLock; ++attempt) {
        QTest::keyClicks(password, QStringLiteral("wrong password"));
        QTest::keyClick(password, Qt::Key_Return);
    }
    QVERIFY2(dialog.errorText().contains(QLatin1String("30 second")), qPrintable(dialog.errorText()));
    // The three-line message is shown whole: the dialog grows for it, the fields keep their height.
    auto *error = child<QLabel>(&dialog, "loginErrorLabel");
    QTRY_VERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("message %1 px high, needs %2")
                                .arg(error->height())
                                .arg(error->heightForWidth(error->width()))));
    QVERIFY(password->height() >= password->sizeHint().height());
    QTest::keyClicks(password, kPassword);
    QVERIFY(!login->isEnabled());
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());

    now = now.addSecs(31);
    QTRY_VERIFY_WITH_TIMEOUT(login->isEnabled(), 3000);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void LoginTest::flowAsksForTheFirstSupervisorOnANewDatabase()
{
    auto watch = ModalWatch::on<FirstSupervisorDialog>([](FirstSupervisorDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("chief"));
        QTest::keyClicks(child<QLineEdit>(dialog, "fullNameEdit"), QStringLiteral("Chief Official"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), kPassword);
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatPasswordEdit"), kPassword);
        child<QPushButton>(dialog, "createButton")->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    const std::optional<Official> official = LoginFlow::run(*m_store);
    QVERIFY(watch->seen());
    QVERIFY(official.has_value());
    QCOMPARE(official->username, QStringLiteral("chief"));
    QCOMPARE(m_store->actor().officialId, official->id);
    QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login'"))
                 .value()
                 .toInt(),
             1);
}

void LoginTest::flowLogsInAndRemembersTheName()
{
    const Official boss = addSupervisor();
    auto watch = ModalWatch::on<LoginDialog>([](LoginDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("BOSS"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), kPassword);
        QTest::keyClick(child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Return);
        if (dialog->isVisible())
            dialog->reject();
    });
    const std::optional<Official> official = LoginFlow::run(*m_store);
    QVERIFY(watch->seen());
    QVERIFY(official.has_value());
    QCOMPARE(official->id, boss.id);
    QCOMPARE(m_store->actor().officialId, boss.id);
    QCOMPARE(m_store->actor().fullName, boss.fullName);

    // Next time the name is filled in already.
    QString prefilled;
    auto second = ModalWatch::on<LoginDialog>([&prefilled](LoginDialog *dialog) {
        prefilled = dialog->username();
        dialog->reject();
    });
    QVERIFY(!LoginFlow::run(*m_store).has_value());
    QVERIFY(second->seen());
    QCOMPARE(prefilled, QStringLiteral("boss"));
}

void LoginTest::flowCancelledLeavesNoActor()
{
    addSupervisor();
    auto watch = ModalWatch::on<LoginDialog>([](LoginDialog *dialog) { dialog->reject(); });
    QVERIFY(!LoginFlow::run(*m_store).has_value());
    QVERIFY(watch->seen());
    QVERIFY(!m_store->actor().isValid());
}

void LoginTest::accountsDialogListsAccounts()
{
    const Official boss = addSupervisor();
    addAccount(boss, QStringLiteral("olena"), true, false, false);
    addAccount(boss, QStringLiteral("taras"), false, true, false);
    m_store->setActor(Accounts::actorFor(boss));
    AccountsDialog dialog(*m_store);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    OfficialTableModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, OfficialTableModel::UsernameColumn).data().toString(), QStringLiteral("boss"));
    QCOMPARE(model->index(1, OfficialTableModel::UsernameColumn).data().toString(), QStringLiteral("olena"));
    QCOMPARE(model->index(1, OfficialTableModel::RolesColumn).data().toString(), QStringLiteral("operator"));
    QCOMPARE(model->index(2, OfficialTableModel::RolesColumn).data().toString(), QStringLiteral("verifier"));
    QCOMPARE(model->index(1, 0).data(roles::StatusCodeRole).toString(), QStringLiteral("active"));
    QCOMPARE(model->index(0, 0).data(roles::IdRole).toLongLong(), boss.id);
    // The first row, the supervisor's own account, cannot be disabled from here.
    QVERIFY(!child<QPushButton>(&dialog, "toggleActiveButton")->isEnabled());
    dialog.tableView()->selectRow(1);
    QVERIFY(child<QPushButton>(&dialog, "toggleActiveButton")->isEnabled());
    QVERIFY(!dialog.changedAnything());
}

void LoginTest::accountsDialogAddsAnAccount()
{
    const Official boss = addSupervisor();
    m_store->setActor(Accounts::actorFor(boss));
    AccountsDialog dialog(*m_store);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto watch = ModalWatch::on<AccountEditDialog>([](AccountEditDialog *edit) {
        QTest::keyClicks(child<QLineEdit>(edit, "usernameEdit"), QStringLiteral("petro"));
        QTest::keyClicks(child<QLineEdit>(edit, "fullNameEdit"), QStringLiteral("Petro Official"));
        child<QCheckBox>(edit, "verifierCheck")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(edit, "passwordEdit"), kPassword);
        QTest::keyClicks(child<QLineEdit>(edit, "repeatPasswordEdit"), kPassword);
        child<QPushButton>(edit, "saveButton")->click();
        if (edit->isVisible())
            edit->reject();
    });
    dialog.addAccount();
    QVERIFY(watch->seen());
    QCOMPARE(dialog.model()->rowCount(), 2);
    const int row = dialog.model()->rowOf(m_accounts->list().value().constLast().id);
    QVERIFY(row >= 0);
    const Official petro = dialog.model()->official(row);
    QCOMPARE(petro.username, QStringLiteral("petro"));
    QVERIFY(petro.isOperator && petro.isVerifier && !petro.isSupervisor); // operator is ticked for a new account
    QVERIFY(dialog.changedAnything());
    QVERIFY(m_accounts->authenticate(QStringLiteral("petro"), kPassword).ok());
}

void LoginTest::accountsDialogDisablesAfterAsking()
{
    const Official boss = addSupervisor();
    const Official olena = addAccount(boss, QStringLiteral("olena"), true, false, false);
    m_store->setActor(Accounts::actorFor(boss));
    AccountsDialog dialog(*m_store);
    dialog.tableView()->selectRow(dialog.model()->rowOf(olena.id));

    auto no = answerMessageBox(QMessageBox::No);
    dialog.toggleActive();
    QVERIFY(no->seen());
    QVERIFY(m_accounts->get(olena.id).value().active);

    auto yes = answerMessageBox(QMessageBox::Yes);
    dialog.toggleActive();
    QVERIFY(yes->seen());
    QVERIFY(!m_accounts->get(olena.id).value().active);
    const int row = dialog.model()->rowOf(olena.id);
    QCOMPARE(dialog.model()->index(row, 0).data(roles::StatusCodeRole).toString(), QStringLiteral("disabled"));
    QCOMPARE(child<QPushButton>(&dialog, "toggleActiveButton")->text(), tr("E&nable"));
    dialog.toggleActive(); // enabling does not ask
    QVERIFY(m_accounts->get(olena.id).value().active);

    // An actor who is no supervisor is refused by Accounts even if the dialog is opened.
    m_store->setActor(Accounts::actorFor(olena));
    AccountsDialog refused(*m_store);
    refused.tableView()->selectRow(refused.model()->rowOf(boss.id));
    QString text;
    auto warning = answerMessageBox(QMessageBox::Ok, &text);
    refused.toggleActive();
    QTRY_VERIFY(warning->seen());
    QVERIFY2(text.contains(QLatin1String("supervisor")), qPrintable(text));
    QVERIFY(m_accounts->get(boss.id).value().active);
}

void LoginTest::mainWindowShowsTheOfficial_data()
{
    QTest::addColumn<bool>("supervisor");
    QTest::newRow("operator") << false;
    QTest::newRow("supervisor") << true;
}

void LoginTest::mainWindowShowsTheOfficial()
{
    QFETCH(bool, supervisor);
    const Official boss = addSupervisor();
    const Official official = supervisor ? boss : addAccount(boss, QStringLiteral("olena"), true, true, false);
    m_store->setActor(Accounts::actorFor(official));
    MainWindow window(*m_store);
    auto *accounts = window.findChild<QAction *>(QStringLiteral("accountsAction"));
    QVERIFY(accounts);
    QVERIFY(!accounts->isEnabled()); // nobody shown yet
    window.setOfficial(official);
    const QString label = child<QLabel>(&window, "officialLabel")->text();
    QVERIFY2(label.contains(official.fullName), qPrintable(label));
    QVERIFY2(label.contains(Accounts::rolesText(official)), qPrintable(label));
    QCOMPARE(accounts->isEnabled(), supervisor);
}

QTEST_MAIN(LoginTest)
#include "tst_login.moc"
