#include "ConnectDialog.h"
#include "GuiTest.h"
#include "SharedDatabaseActions.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace homeward;

// File ▸ Connect to a shared database…: the fields make the address, a test
// says what went wrong, OK remembers only an address that opened (never the
// password), and the actions ask main to switch databases.
class ConnectDialogTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fieldsMakeTheAddress_data();
    void fieldsMakeTheAddress();
    void aRememberedAddressFillsTheFields();
    void aFailedTestKeepsTheDialogOpen();
    void okRemembersWhatOpened();
    void theTypedPasswordIsNeverStored();
    void actionsAskForTheSwitch();

private:
    static void type(QLineEdit *edit, const QString &text);
};

void ConnectDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectdialog"));
}

void ConnectDialogTest::init()
{
    QSettings().clear();
    qunsetenv("PGPASSWORD");
}

void ConnectDialogTest::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    test::typeText(edit, text);
}

void ConnectDialogTest::fieldsMakeTheAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("encryption");
    QTest::addColumn<QString>("address");

    QTest::newRow("server's choice") << "hq-db" << 5432 << "homeward" << "desk7" << 2
                                     << "postgresql://desk7@hq-db:5432/homeward";
    QTest::newRow("verified") << "db.example.org" << 6543 << "hw" << "desk" << 0
                              << "postgresql://desk@db.example.org:6543/hw?sslmode=verify-full";
    QTest::newRow("required") << "10.0.0.5" << 5432 << "hw" << "desk" << 1
                              << "postgresql://desk@10.0.0.5:5432/hw?sslmode=require";
    QTest::newRow("off") << "localhost" << 5432 << "hw" << "desk" << 3
                         << "postgresql://desk@localhost:5432/hw?sslmode=disable";
    QTest::newRow("ipv6 in brackets") << "::1" << 5432 << "hw" << "desk" << 2 << "postgresql://desk@[::1]:5432/hw";
    QTest::newRow("odd characters escaped") << "hq" << 5432 << "база" << "desk@hq" << 2
                                            << "postgresql://desk%40hq@hq:5432/%D0%B1%D0%B0%D0%B7%D0%B0";
    QTest::newRow("no role: incomplete") << "hq" << 5432 << "hw" << "" << 2 << "";
    QTest::newRow("no server: incomplete") << "" << 5432 << "hw" << "desk" << 2 << "";
}

void ConnectDialogTest::fieldsMakeTheAddress()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(int, encryption);
    QFETCH(QString, address);

    ConnectDialog dialog(nullptr, [](const QString &) { return Status(); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.hostEdit(), host);
    dialog.portBox()->setValue(port);
    type(dialog.databaseEdit(), database);
    type(dialog.userEdit(), user);
    dialog.encryptionBox()->setCurrentIndex(encryption);

    QCOMPARE(dialog.address(), address);
    QCOMPARE(dialog.testButton()->isEnabled(), !address.isEmpty());
    if (address.isEmpty()) {
        QVERIFY(dialog.addressLabel()->text().contains(QLatin1String("fill in")));
        return;
    }
    QCOMPARE(dialog.addressLabel()->text(), address);
    // What the fields make parses back into the same fields.
    ConnectDialog again(nullptr, [](const QString &) { return Status(); });
    again.setAddress(address);
    QCOMPARE(again.address(), address);
}

void ConnectDialogTest::aRememberedAddressFillsTheFields()
{
    const QString address = QStringLiteral("postgresql://desk3@hq-db:5433/exchange?sslmode=require");
    QVERIFY(ConnectDialog::remember(address));
    ConnectDialog dialog(nullptr, [](const QString &) { return Status(); });
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("hq-db"));
    QCOMPARE(dialog.portBox()->value(), 5433);
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("exchange"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("desk3"));
    QCOMPARE(dialog.address(), address);
}

void ConnectDialogTest::aFailedTestKeepsTheDialogOpen()
{
    QStringList tried;
    ConnectDialog dialog(nullptr, [&tried](const QString &address) {
        tried << address;
        return Status::failure(QStringLiteral("Cannot connect to the database server %1").arg(address),
                               QStringLiteral("connection refused"));
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.hostEdit(), QStringLiteral("hq"));
    type(dialog.databaseEdit(), QStringLiteral("hw"));
    type(dialog.userEdit(), QStringLiteral("desk"));

    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QCOMPARE(tried, QStringList{QStringLiteral("postgresql://desk@hq:5432/hw")});
    QVERIFY2(dialog.resultLabel()->text().contains(QLatin1String("Cannot connect")),
             qPrintable(dialog.resultLabel()->text()));
    QCOMPARE(dialog.resultLabel()->toolTip(), QStringLiteral("connection refused"));

    // OK tries again, fails, and neither closes nor remembers.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(tried.size(), 2);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(ConnectDialog::rememberedAddress(), QString());
    // Changing a field clears the old outcome.
    type(dialog.databaseEdit(), QStringLiteral("hw2"));
    QCOMPARE(dialog.resultLabel()->text(), QString());
}

void ConnectDialogTest::okRemembersWhatOpened()
{
    ConnectDialog dialog(nullptr, [](const QString &) { return Status(); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.hostEdit(), QStringLiteral("hq"));
    type(dialog.databaseEdit(), QStringLiteral("hw"));
    type(dialog.userEdit(), QStringLiteral("desk"));
    dialog.encryptionBox()->setCurrentIndex(1);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ConnectDialog::rememberedAddress(), QStringLiteral("postgresql://desk@hq:5432/hw?sslmode=require"));
    QVERIFY(ConnectDialog::forget());
    QCOMPARE(ConnectDialog::rememberedAddress(), QString());
}

void ConnectDialogTest::theTypedPasswordIsNeverStored()
{
    QByteArray seen;
    ConnectDialog dialog(nullptr, [&seen](const QString &) {
        seen = qgetenv("PGPASSWORD");
        return Status();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    type(dialog.hostEdit(), QStringLiteral("hq"));
    type(dialog.databaseEdit(), QStringLiteral("hw"));
    type(dialog.userEdit(), QStringLiteral("desk"));
    type(dialog.passwordEdit(), QStringLiteral("s3cret-Пароль"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // Given to libpq for this process, and nowhere in the stored settings.
    QCOMPARE(QString::fromUtf8(seen), QStringLiteral("s3cret-Пароль"));
    QVERIFY(!dialog.address().contains(QLatin1String("s3cret")));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")), qPrintable(key));
}

void ConnectDialogTest::actionsAskForTheSwitch()
{
    QMainWindow window;
    SharedDatabaseActions actions(&window);
    QSignalSpy switched(&actions, &SharedDatabaseActions::switchRequested);
    actions.setCurrent(QStringLiteral("/tmp/homeward.sqlite"));
    QVERIFY(actions.connectAction()->isEnabled());
    QVERIFY(!actions.localAction()->isEnabled());
    QCOMPARE(actions.connectAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    // Cancelled: nothing chosen, no switch.
    auto cancel = test::ModalWatch::on<ConnectDialog>([](ConnectDialog *dialog) { dialog->reject(); });
    actions.connectAction()->trigger();
    QVERIFY(cancel->seen());
    QCOMPARE(switched.size(), 0);
    QCOMPARE(actions.chosen(), QString());

    // On a shared database the local file is offered; confirming forgets the shared one.
    QVERIFY(ConnectDialog::remember(QStringLiteral("postgresql://desk@hq:5432/hw")));
    actions.setCurrent(QStringLiteral("postgresql://desk@hq:5432/hw"));
    QVERIFY(actions.localAction()->isEnabled());
    auto yes = test::ModalWatch::on<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    actions.localAction()->trigger();
    QVERIFY(yes->seen());
    QCOMPARE(switched.size(), 1);
    QCOMPARE(actions.chosen(), SharedDatabaseActions::kLocal);
    QCOMPARE(ConnectDialog::rememberedAddress(), QString());
}

QTEST_MAIN(ConnectDialogTest)
#include "tst_connectdialog.moc"
