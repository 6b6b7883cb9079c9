#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/OpenCheck.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

namespace {

QFileDevice::Permissions unixPermissions(const QString &path)
{
    return QFileInfo(path).permissions() & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

bool runSqlite3(const QString &path, const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, script});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class OpenCheckTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void healthyDatabasePasses();
    void damageIsFoundAndNamed_data();
    void damageIsFoundAndNamed();
    void progressNamesEachStepInOrder();
    void onItsOwnConnectionTheReportIsTheSame_data();
    void onItsOwnConnectionTheReportIsTheSame();
    void aFileThatCannotBeOpenedIsAProblem();
    void readOnlyRefusesWrites();
    void newFilesAreOwnerOnly();
    void existingFilesKeepTheirPermissions();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path; // this test's copy of the demo
    int m_test = 0;
};

void OpenCheckTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("template.sqlite"));
    const Status written = DemoData::createFile(m_demo);
    QVERIFY2(written.ok(), qPrintable(written.text()));
}

void OpenCheckTest::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_test));
    QVERIFY(QFile::copy(m_demo, m_path));
}

void OpenCheckTest::healthyDatabasePasses()
{
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const OpenCheckReport report = OpenCheck::run(db.value()->connection());
    QVERIFY2(report.ok(), qPrintable(report.text()));
    QVERIFY(report.reason().isEmpty());
}

void OpenCheckTest::damageIsFoundAndNamed_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("named");
    QTest::newRow("audit row changed") << QStringLiteral(
                                              "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = "
                                              "replace(after_json, 'а', 'б') WHERE id = 9;")
                                       << int(OpenProblem::Kind::AuditChain)
                                       << QStringLiteral("audit trail broken at row 9");
    QTest::newRow("audit row deleted") << QStringLiteral(
                                              "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 5;")
                                       << int(OpenProblem::Kind::AuditChain)
                                       << QStringLiteral("audit trail broken at row 6");
    QTest::newRow("batch of a missing exchange")
        << QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE batch SET exchange_id = 999 WHERE status = 'draft';")
        << int(OpenProblem::Kind::ForeignKey)
        << QStringLiteral("in table batch refers to a missing record in table "
                          "exchange");
}

void OpenCheckTest::damageIsFoundAndNamed()
{
    QFETCH(QString, script);
    QFETCH(int, kind);
    QFETCH(QString, named);
    QVERIFY(runSqlite3(m_path, script));
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const OpenCheckReport report = OpenCheck::run(db.value()->connection());
    QVERIFY(!report.ok());
    QCOMPARE(int(report.problems.constFirst().kind), kind);
    QVERIFY2(report.reason().contains(named), qPrintable(report.text()));
}

void OpenCheckTest::progressNamesEachStepInOrder()
{
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    QList<OpenCheck::Step> steps;
    const OpenCheckReport report =
        OpenCheck::run(db.value()->connection(), [&steps](OpenCheck::Step step) { steps << step; });
    QVERIFY2(report.ok(), qPrintable(report.text()));
    const QList<OpenCheck::Step> expected{OpenCheck::Step::Integrity, OpenCheck::Step::Links,
                                          OpenCheck::Step::AuditTrail, OpenCheck::Step::Seals};
    QCOMPARE(steps, expected);
    QCOMPARE(steps.size(), OpenCheck::kSteps);
    QSet<QString> texts;
    for (OpenCheck::Step step : expected)
        texts.insert(OpenCheck::stepText(step));
    QCOMPARE(texts.size(), OpenCheck::kSteps); // each step says what it does, differently
    QVERIFY(!texts.contains(QString()));
}

void OpenCheckTest::onItsOwnConnectionTheReportIsTheSame_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("sound");
    QTest::newRow("sound") << QString() << true;
    QTest::newRow("audit row deleted") << QStringLiteral(
                                              "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 5;")
                                       << false;
    QTest::newRow("broken link")
        << QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE batch SET exchange_id = 999 WHERE status = 'draft';")
        << false;
}

void OpenCheckTest::onItsOwnConnectionTheReportIsTheSame()
{
    QFETCH(QString, script);
    QFETCH(bool, sound);
    if (!script.isEmpty())
        QVERIFY(runSqlite3(m_path, script));
    // The window keeps its connection open while a worker checks on its own.
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const OpenCheckReport here = OpenCheck::run(db.value()->connection());
    int steps = 0;
    const OpenCheckReport own = OpenCheck::runOnFile(m_path, [&steps](OpenCheck::Step) { ++steps; });
    QCOMPARE(own.ok(), sound);
    QCOMPARE(own.text(), here.text());
    QVERIFY(steps >= 2);
}

void OpenCheckTest::aFileThatCannotBeOpenedIsAProblem()
{
    const QString folder = m_dir.filePath(QStringLiteral("not-a-file"));
    QVERIFY(QDir().mkpath(folder));
    const OpenCheckReport report = OpenCheck::runOnFile(folder);
    QVERIFY(!report.ok());
    QCOMPARE(report.problems.constFirst().kind, OpenProblem::Kind::CheckFailed);
}

void OpenCheckTest::readOnlyRefusesWrites()
{
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    const QSqlDatabase c = db.value()->connection();
    const Status readOnly = OpenCheck::enterReadOnly(c);
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.text()));
    QVERIFY(!sql::run(c, QStringLiteral("UPDATE exchange SET notes = 'x'")).ok());
    QVERIFY(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM person")).ok());
}

void OpenCheckTest::newFilesAreOwnerOnly()
{
    const QString folder = m_dir.filePath(QStringLiteral("fresh/data"));
    const QString path = QDir(folder).filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    // A write, so that SQLite makes its -wal and -shm files.
    QVERIFY(sql::run(db.value()->connection(), QStringLiteral("INSERT INTO exchange (title, created_at, updated_at) "
                                                              "VALUES ('x', '2026-01-01', '2026-01-01')"))
                .ok());
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(unixPermissions(path), ownerOnly);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(unixPermissions(path + QStringLiteral("-wal")), ownerOnly);
    QCOMPARE(unixPermissions(path + QStringLiteral("-shm")), ownerOnly);
    QCOMPARE(unixPermissions(folder), ownerOnly | QFileDevice::ExeOwner);
}

void OpenCheckTest::existingFilesKeepTheirPermissions()
{
    // A file an administrator shared with a group on purpose is not changed behind their back.
    const auto shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(m_path, shared));
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    QCOMPARE(unixPermissions(m_path), shared);
}

QTEST_GUILESS_MAIN(OpenCheckTest)
#include "tst_opencheck.moc"
