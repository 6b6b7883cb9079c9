#include "GuiTest.h"

#include "OpenCheckFlow.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Store.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// The checks on open as the window runs them: on a worker thread with its own
// connection (a progress dialog when they take long), with the same verdict
// as on the window's connection, and a message box when the file fails.
class OpenCheckFlowTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void soundFileOpensWithoutAMessage();
    void damagedFileIsSaidAndNamed_data();
    void damagedFileIsSaidAndNamed();
    void withoutDialogsTheWindowConnectionIsChecked();

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    int m_case = 0;
};

namespace {

bool runSqlite3(const QString &path, const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, script});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

void OpenCheckFlowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const Status written = DemoData::createFile(m_template);
    QVERIFY2(written.ok(), qPrintable(written.text()));
}

void OpenCheckFlowTest::init()
{
    m_path = m_dir.filePath(QStringLiteral("case%1.sqlite").arg(++m_case));
    QVERIFY(QFile::copy(m_template, m_path));
}

void OpenCheckFlowTest::soundFileOpensWithoutAMessage()
{
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    QString said;
    auto watch = test::answerMessageBox(QMessageBox::Ok, &said);
    QCOMPARE(OpenCheckFlow::check(store, m_path, true), QString());
    QVERIFY2(!watch->seen(), qPrintable(said));
    const OpenCheckReport report = OpenCheckFlow::runWithProgress(m_path);
    QVERIFY2(report.ok(), qPrintable(report.text()));
}

void OpenCheckFlowTest::damagedFileIsSaidAndNamed_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("named");
    QTest::newRow("audit row changed") << QStringLiteral(
                                              "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = "
                                              "replace(after_json, 'а', 'б') WHERE id = 9;")
                                       << QStringLiteral("audit trail broken at row 9");
    QTest::newRow("broken link")
        << QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE batch SET exchange_id = 999 WHERE status = 'draft';")
        << QStringLiteral("refers to a missing record in table exchange");
}

void OpenCheckFlowTest::damagedFileIsSaidAndNamed()
{
    QFETCH(QString, script);
    QFETCH(QString, named);
    QVERIFY(runSqlite3(m_path, script));
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());

    QString said;
    auto watch = test::answerMessageBox(QMessageBox::Ok, &said);
    const QString reason = OpenCheckFlow::check(store, m_path, true);
    QVERIFY2(reason.contains(named), qPrintable(reason));
    QVERIFY(watch->seen());
    QVERIFY2(said.contains(QLatin1String("did not pass its checks")), qPrintable(said));
    // The worker's verdict is the one the window's own connection gives.
    QCOMPARE(OpenCheckFlow::runWithProgress(m_path).text(), OpenCheck::run(store.connection()).text());
}

void OpenCheckFlowTest::withoutDialogsTheWindowConnectionIsChecked()
{
    // An in-memory database has no file for a second connection: checked in place.
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    QVERIFY(DemoData::write(store).ok());
    QCOMPARE(OpenCheckFlow::check(store, QStringLiteral(":memory:"), true), QString());
    QVERIFY2(runSqlite3(m_path, QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE batch SET exchange_id = 999 "
                                               "WHERE status = 'draft';")),
             "sqlite3 failed");
    auto damaged = Database::open(m_path);
    QVERIFY2(damaged.ok(), qPrintable(damaged.text()));
    Store onFile(damaged.value()->connection());
    QVERIFY(!OpenCheckFlow::check(onFile, m_path, false).isEmpty());
}

QTEST_MAIN(OpenCheckFlowTest)
#include "tst_opencheckflow.moc"
