#include "GuiTest.h"

#include "BackupActions.h"
#include "MainWindow.h"
#include "storage/Accounts.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/RollingBackups.h"
#include "storage/Store.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// The window's side of backups: read-only mode for a damaged database and
// the backup taken when the window closes.
class BackupWindowTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlyDisablesEveryWriteAction_data();
    void readOnlyDisablesEveryWriteAction();
    void readOnlyBannerOffersTheNewestGoodBackup();
    void closingTakesABackup_data();
    void closingTakesABackup();
    void restoreFlowVerifiesConfirmsAndRestoresAfterClosing();
    void restoreFlowRefusesABadBackup();

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    Official m_supervisor;
    int m_test = 0;
};

void BackupWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const Status written = DemoData::createFile(m_template);
    QVERIFY2(written.ok(), qPrintable(written.text()));
}

void BackupWindowTest::init()
{
    m_path = m_dir.filePath(QStringLiteral("t%1/homeward.sqlite").arg(++m_test));
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QVERIFY(QFile::copy(m_template, m_path));
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db.value());
    m_store = std::make_unique<Store>(m_db->connection());
    auto officials = Accounts(m_db->connection()).list();
    QVERIFY(officials.ok());
    for (const Official &o : officials.value())
        if (o.username == QLatin1String(DemoData::kSupervisorUsername))
            m_supervisor = o;
    QVERIFY(m_supervisor.id != 0);
    m_store->setActor(Accounts::actorFor(m_supervisor));
}

void BackupWindowTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void BackupWindowTest::readOnlyDisablesEveryWriteAction_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("new exchange") << "newExchangeAction" << false;
    QTest::newRow("accounts") << "accountsAction" << false;
    QTest::newRow("back up now") << "backUpNowAction" << false;
    QTest::newRow("restore") << "restoreBackupAction" << true;
    QTest::newRow("quit") << "quitAction" << true;
    QTest::newRow("about") << "aboutAction" << true;
}

void BackupWindowTest::readOnlyDisablesEveryWriteAction()
{
    QFETCH(QString, action);
    QFETCH(bool, enabled);
    MainWindow window(*m_store);
    window.setOfficial(m_supervisor);
    window.setDatabaseLabel(m_path);
    auto *found = window.findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    QVERIFY(found->isEnabled());
    window.setReadOnly(QStringLiteral("audit trail broken at row 9"), QString());
    QVERIFY(window.isReadOnly());
    QCOMPARE(found->isEnabled(), enabled);
    // The window's own enabling (a new official, a new selection) does not undo it.
    window.setOfficial(m_supervisor);
    QCOMPARE(found->isEnabled(), enabled);
}

void BackupWindowTest::readOnlyBannerOffersTheNewestGoodBackup()
{
    const QString backup = QStringLiteral("/somewhere/backups/homeward-20260101-120000.sqlite");
    MainWindow window(*m_store);
    window.setOfficial(m_supervisor);
    window.setDatabaseLabel(m_path);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("readOnlyBanner")));
    window.setReadOnly(QStringLiteral("audit trail broken at row 9"), backup);
    auto *reason = window.findChild<QLabel *>(QStringLiteral("readOnlyReason"));
    QVERIFY(reason);
    QVERIFY2(reason->text().startsWith(QLatin1String("Read-only: audit trail broken at row 9.")),
             qPrintable(reason->text()));
    QVERIFY2(reason->text().contains(backup), qPrintable(reason->text()));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("readOnlyRestoreButton")));
}

void BackupWindowTest::closingTakesABackup_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<int>("backups");
    QTest::newRow("healthy database") << false << 1;
    QTest::newRow("read-only database") << true << 0;
}

void BackupWindowTest::closingTakesABackup()
{
    QFETCH(bool, readOnly);
    QFETCH(int, backups);
    {
        MainWindow window(*m_store);
        window.setOfficial(m_supervisor);
        window.setDatabaseLabel(m_path);
        if (readOnly)
            window.setReadOnly(QStringLiteral("damaged"), QString());
        window.show();
        QVERIFY(window.close());
        QVERIFY(window.backupActions()->pendingRestore().isEmpty());
    }
    const QStringList made = RollingBackups(m_path).backups();
    QCOMPARE(made.size(), backups);
    if (!made.isEmpty()) {
        auto verified = Backup::verify(made.constFirst());
        QVERIFY2(verified.ok(), qPrintable(verified.text()));
    }
}

void BackupWindowTest::restoreFlowVerifiesConfirmsAndRestoresAfterClosing()
{
    auto made = RollingBackups(m_path).backupNow(m_db->connection());
    QVERIFY2(made.ok(), qPrintable(made.text()));
    const QString backup = made.value();
    QString shown;
    {
        MainWindow window(*m_store);
        window.setOfficial(m_supervisor);
        window.setDatabaseLabel(m_path);
        window.show();
        auto confirm = test::ModalWatch::on<QMessageBox>([&](QMessageBox *box) {
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
        });
        window.backupActions()->restoreFromBackup(backup);
        QVERIFY(confirm->seen());
        QVERIFY(!window.isVisible()); // closed for the restore
        QCOMPARE(window.backupActions()->pendingRestore(), backup);
    }
    QVERIFY2(shown.contains(QLatin1String("verifies")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String(".replaced-")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Persons: 40")), qPrintable(shown));

    // main() runs the restore once the database is closed.
    const Actor actor = Accounts::actorFor(m_supervisor);
    m_store.reset();
    m_db.reset();
    QCOMPARE(BackupActions::finishRestore(backup, m_path, actor, false), 0);
    const QStringList kept =
        QDir(QFileInfo(m_path).absolutePath()).entryList({QStringLiteral("homeward.sqlite.replaced-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
}

void BackupWindowTest::restoreFlowRefusesABadBackup()
{
    auto made = RollingBackups(m_path).backupNow(m_db->connection());
    QVERIFY2(made.ok(), qPrintable(made.text()));
    QVERIFY(QFile::remove(Backup::manifestPath(made.value())));
    MainWindow window(*m_store);
    window.setOfficial(m_supervisor);
    window.setDatabaseLabel(m_path);
    window.show();
    QString shown;
    auto refused = test::answerMessageBox(QMessageBox::Ok, &shown);
    window.backupActions()->restoreFromBackup(made.value());
    QVERIFY(refused->seen());
    QVERIFY2(shown.contains(QLatin1String("has no manifest")), qPrintable(shown));
    QVERIFY(window.isVisible());
    QVERIFY(window.backupActions()->pendingRestore().isEmpty());
}

QTEST_MAIN(BackupWindowTest)
#include "tst_backupwindow.moc"
