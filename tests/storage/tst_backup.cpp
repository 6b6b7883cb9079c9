#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Migrations.h"
#include "storage/Restore.h"
#include "storage/RollingBackups.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace homeward;

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions unixPermissions(const QString &path)
{
    // Only the bits that mean something on Linux (Qt repeats the owner's as "user" bits).
    return QFileInfo(path).permissions() & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).value().toLongLong();
}

bool rewrite(const QString &path, const std::function<void(QByteArray &)> &change)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = file.readAll();
    file.close();
    change(bytes);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

bool runSqlite3(const QString &path, const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, script});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class BackupTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void backupIsACheckedPrivateCopy();
    void backupNeverOverwrites();
    void verifyPassesAGoodBackup();
    void verifyRefusesATamperedBackup_data();
    void verifyRefusesATamperedBackup();
    void restoreKeepsTheReplacedFile();
    void restoreIntoAMissingFile();
    void restoreRefusesADatabaseOpenElsewhere();
    void restoreRefusesABadBackupChangingNothing();
    void rollingBackupsKeepTheNewestK();
    void pruneKeepsTheNewestGoodBackup();
    void intervalIsDueOnlyAfterChanges_data();
    void intervalIsDueOnlyAfterChanges();
    void newIntervalAppliesToWaitingChanges_data();
    void newIntervalAppliesToWaitingChanges();

private:
    QString demo(const QString &name);
    QString backupOf(const QString &database, const QString &name);

    QTemporaryDir m_dir;
    QString m_demo; // one demo, copied for each test (writing it costs password hashes)
    QString m_work; // this test's folder
    int m_test = 0;
};

void BackupTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("template/demo.sqlite"));
    const Status written = DemoData::createFile(m_demo);
    QVERIFY2(written.ok(), qPrintable(written.text()));
}

void BackupTest::init()
{
    m_work = m_dir.filePath(QStringLiteral("t%1").arg(++m_test));
    QVERIFY(QDir().mkpath(m_work));
}

QString BackupTest::demo(const QString &name)
{
    const QString path = QDir(m_work).filePath(name);
    if (!QFile::copy(m_demo, path))
        return {};
    return path;
}

QString BackupTest::backupOf(const QString &database, const QString &name)
{
    auto db = Database::open(database);
    if (!db)
        return {};
    const QString target = QDir(m_work).filePath(name);
    auto made = Backup::create(db.value()->connection(), target);
    if (!made) {
        qWarning("%s", qPrintable(made.text()));
        return {};
    }
    return target;
}

void BackupTest::backupIsACheckedPrivateCopy()
{
    const QString live = demo(QStringLiteral("live.sqlite"));
    auto db = Database::open(live);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const QSqlDatabase c = db.value()->connection();
    const QString target = QDir(m_work).filePath(QStringLiteral("copies/backup.sqlite"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto made = Backup::create(c, target);
    QVERIFY2(made.ok(), qPrintable(made.text()));
    const BackupManifest &m = made.value();

    QCOMPARE(unixPermissions(target), kOwnerOnly);
    QCOMPARE(unixPermissions(Backup::manifestPath(target)), kOwnerOnly);
    // Nothing half-written left behind.
    QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("backup.sqlite"), QStringLiteral("backup.sqlite.manifest.json")}));

    QCOMPARE(m.schemaVersion, Migrations::latestVersion());
    QCOMPARE(m.programVersion, QStringLiteral(HOMEWARD_VERSION));
    QCOMPARE(m.sourceName, QStringLiteral("live.sqlite"));
    QVERIFY(m.createdAt >= before && m.createdAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(m.sha256, Backup::sha256Of(target).value());
    QCOMPARE(m.auditHead, AuditLog::headHash(c).value());
    QCOMPARE(m.auditRows, AuditLog::rowCount(c).value());
    QCOMPARE(m.rowCounts, Backup::rowCounts(c).value());
    QCOMPARE(m.rowCounts.value(QStringLiteral("person")), qint64(DemoData::kPersons));
    QCOMPARE(m.rowCounts.value(QStringLiteral("official")), qint64(DemoData::kAccounts));

    // The manifest on disk says the same.
    QFile file(Backup::manifestPath(target));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto parsed = BackupManifest::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    QVERIFY2(parsed.ok(), qPrintable(parsed.text()));
    QCOMPARE(parsed.value().sha256, m.sha256);
    QCOMPARE(parsed.value().rowCounts, m.rowCounts);
    QCOMPARE(parsed.value().createdAt, m.createdAt);

    // The copy opens and holds the same rows.
    auto copy = Database::openUnmigrated(target);
    QVERIFY2(copy.ok(), qPrintable(copy.text()));
    for (const QString &table : {QStringLiteral("person"), QStringLiteral("batch"), QStringLiteral("audit_log")})
        QCOMPARE(count(copy.value()->connection(), table), count(c, table));
}

void BackupTest::backupNeverOverwrites()
{
    const QString live = demo(QStringLiteral("live.sqlite"));
    const QString target = QDir(m_work).filePath(QStringLiteral("exists.sqlite"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    auto db = Database::open(live);
    QVERIFY(db.ok());
    auto made = Backup::create(db.value()->connection(), target);
    QVERIFY(!made.ok());
    QVERIFY2(made.text().contains(QLatin1String("already exists")), qPrintable(made.text()));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
    QVERIFY(!QFileInfo::exists(Backup::manifestPath(target)));
}

void BackupTest::verifyPassesAGoodBackup()
{
    const QString backup = backupOf(demo(QStringLiteral("live.sqlite")), QStringLiteral("good.sqlite"));
    QVERIFY(!backup.isEmpty());
    const QByteArray before = [&] {
        QFile f(backup);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto verified = Backup::verify(backup);
    QVERIFY2(verified.ok(), qPrintable(verified.text()));
    QCOMPARE(verified.value().rowCounts.value(QStringLiteral("person")), qint64(DemoData::kPersons));
    // Verifying reads only: not a byte changed, no journal left beside it.
    QFile after(backup);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral("-wal")));
}

void BackupTest::verifyRefusesATamperedBackup_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("reason");
    QTest::newRow("one byte changed") << "byte"
                                      << "SHA-256 does not match";
    QTest::newRow("file cut short") << "truncate"
                                    << "SHA-256 does not match";
    QTest::newRow("manifest hash edited") << "manifest-hash"
                                          << "SHA-256 does not match";
    QTest::newRow("manifest counts edited") << "manifest-counts"
                                            << "does not hold what its manifest says";
    QTest::newRow("manifest field missing") << "manifest-field"
                                            << "audit_rows";
    QTest::newRow("manifest not JSON") << "manifest-garbage"
                                       << "not valid JSON";
    QTest::newRow("manifest missing") << "manifest-gone"
                                      << "has no manifest";
    QTest::newRow("audit row changed, hash updated") << "audit"
                                                     << "audit trail";
    QTest::newRow("newer schema, hash updated") << "schema"
                                                << "newer version";
}

void BackupTest::verifyRefusesATamperedBackup()
{
    QFETCH(QString, tamper);
    QFETCH(QString, reason);
    const QString backup = backupOf(demo(QStringLiteral("live.sqlite")), QStringLiteral("tampered.sqlite"));
    QVERIFY(!backup.isEmpty());
    const QString manifestPath = Backup::manifestPath(backup);
    const auto editManifest = [&](const std::function<void(QJsonObject &)> &edit) {
        QVERIFY(rewrite(manifestPath, [&](QByteArray &bytes) {
            QJsonObject json = QJsonDocument::fromJson(bytes).object();
            edit(json);
            bytes = QJsonDocument(json).toJson();
        }));
    };
    // A change made by someone who also fixes the manifest's hash.
    const auto sqlAndRehash = [&](const QString &script) {
        QVERIFY(runSqlite3(backup, script));
        const QString hash = Backup::sha256Of(backup).value();
        editManifest([&](QJsonObject &json) { json.insert(QStringLiteral("sha256"), hash); });
    };

    if (tamper == QLatin1String("byte"))
        QVERIFY(rewrite(backup, [](QByteArray &b) { b[b.size() / 2] = char(b.at(b.size() / 2) ^ 0x01); }));
    else if (tamper == QLatin1String("truncate"))
        QVERIFY(rewrite(backup, [](QByteArray &b) { b.truncate(b.size() / 2); }));
    else if (tamper == QLatin1String("manifest-hash"))
        editManifest([](QJsonObject &j) { j.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('a'))); });
    else if (tamper == QLatin1String("manifest-counts"))
        editManifest([](QJsonObject &j) {
            QJsonObject counts = j.value(QStringLiteral("row_counts")).toObject();
            counts.insert(QStringLiteral("person"), counts.value(QStringLiteral("person")).toInt() + 1);
            j.insert(QStringLiteral("row_counts"), counts);
        });
    else if (tamper == QLatin1String("manifest-field"))
        editManifest([](QJsonObject &j) { j.remove(QStringLiteral("audit_rows")); });
    else if (tamper == QLatin1String("manifest-garbage"))
        QVERIFY(rewrite(manifestPath, [](QByteArray &b) { b = "{ not json"; }));
    else if (tamper == QLatin1String("manifest-gone"))
        QVERIFY(QFile::remove(manifestPath));
    else if (tamper == QLatin1String("audit"))
        sqlAndRehash(QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = "
                                    "replace(after_json, 'а', 'б') WHERE id = 9;"));
    else if (tamper == QLatin1String("schema"))
        sqlAndRehash(QStringLiteral("PRAGMA user_version = %1;").arg(Migrations::latestVersion() + 1));
    if (QTest::currentTestFailed())
        return;

    auto verified = Backup::verify(backup);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.text().contains(reason), qPrintable(verified.text()));
}

void BackupTest::restoreKeepsTheReplacedFile()
{
    const QString live = demo(QStringLiteral("live.sqlite"));
    const QString backup = backupOf(live, QStringLiteral("backup.sqlite"));
    QVERIFY(!backup.isEmpty());
    auto manifest = Backup::verify(backup);
    QVERIFY(manifest.ok());
    // A change after the backup, which the restore takes back.
    QVERIFY(runSqlite3(live, QStringLiteral("UPDATE exchange SET place = 'changed after the backup';")));

    const Actor actor{1, QStringLiteral("supervisor"), QStringLiteral("Supervisor")};
    const QDateTime when(QDate(2026, 5, 16), QTime(9, 30, 5), Qt::UTC);
    auto restored = Restore::restore(backup, live, &actor, when);
    QVERIFY2(restored.ok(), qPrintable(restored.text()));
    QCOMPARE(restored.value().replacedPath, live + QStringLiteral(".replaced-20260516-093005"));
    QVERIFY(restored.value().audited);
    QCOMPARE(unixPermissions(live), kOwnerOnly);
    QCOMPARE(unixPermissions(restored.value().replacedPath), kOwnerOnly);

    {
        auto kept = Database::openUnmigrated(restored.value().replacedPath);
        QVERIFY(kept.ok());
        QCOMPARE(
            sql::scalar(kept.value()->connection(), QStringLiteral("SELECT place FROM exchange")).value().toString(),
            QStringLiteral("changed after the backup"));
    }
    {
        auto db = Database::open(live);
        QVERIFY(db.ok());
        const QSqlDatabase c = db.value()->connection();
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT place FROM exchange")).value().toString() !=
                QLatin1String("changed after the backup"));
        // The same rows as the backup, and one audit row more: the restore itself.
        QMap<QString, qint64> counts = Backup::rowCounts(c).value();
        QCOMPARE(counts.value(QStringLiteral("audit_log")), manifest.value().auditRows + 1);
        counts.remove(QStringLiteral("audit_log"));
        QMap<QString, qint64> expected = manifest.value().rowCounts;
        expected.remove(QStringLiteral("audit_log"));
        QCOMPARE(counts, expected);
        auto chain = AuditLog::verify(c);
        QVERIFY(chain.ok());
        QVERIFY2(!chain.value().has_value(), qPrintable(chain.value() ? chain.value()->reason : QString()));
        QCOMPARE(
            sql::scalar(c, QStringLiteral("SELECT action || ' ' || entity FROM audit_log ORDER BY id DESC LIMIT 1"))
                .value()
                .toString(),
            QStringLiteral("restore database"));
    }

    // A second restore in the same second keeps both replaced files.
    auto again = Restore::restore(backup, live, nullptr, when);
    QVERIFY2(again.ok(), qPrintable(again.text()));
    QCOMPARE(again.value().replacedPath, live + QStringLiteral(".replaced-20260516-093005-2"));
    QVERIFY(QFileInfo::exists(restored.value().replacedPath));
}

void BackupTest::restoreIntoAMissingFile()
{
    const QString backup = backupOf(demo(QStringLiteral("live.sqlite")), QStringLiteral("backup.sqlite"));
    const QString target = QDir(m_work).filePath(QStringLiteral("new/restored.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    auto restored = Restore::restore(backup, target);
    QVERIFY2(restored.ok(), qPrintable(restored.text()));
    QVERIFY(restored.value().replacedPath.isEmpty());
    QCOMPARE(Backup::sha256Of(target).value(), restored.value().manifest.sha256);
}

void BackupTest::restoreRefusesADatabaseOpenElsewhere()
{
    const QString live = demo(QStringLiteral("live.sqlite"));
    const QString backup = backupOf(live, QStringLiteral("backup.sqlite"));
    QVERIFY(!backup.isEmpty());
    auto open = Database::open(live); // the window, say
    QVERIFY(open.ok());
    QVERIFY(sql::scalar(open.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM person")).ok());
    auto restored = Restore::restore(backup, live);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.text().contains(QLatin1String("is open in Homeward or another program")),
             qPrintable(restored.text()));
    const QStringList files = QDir(m_work).entryList({QStringLiteral("live.sqlite.replaced*")}, QDir::Files);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    // The open connection goes on working.
    QVERIFY(sql::run(open.value()->connection(), QStringLiteral("UPDATE exchange SET notes = 'still here'")).ok());
}

void BackupTest::restoreRefusesABadBackupChangingNothing()
{
    const QString live = demo(QStringLiteral("live.sqlite"));
    const QString backup = backupOf(live, QStringLiteral("backup.sqlite"));
    QVERIFY(rewrite(backup, [](QByteArray &b) { b[b.size() - 10] = char(b.at(b.size() - 10) ^ 0x40); }));
    const QString before = Backup::sha256Of(live).value();
    auto restored = Restore::restore(backup, live);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.text().contains(QLatin1String("nothing was changed")), qPrintable(restored.text()));
    QCOMPARE(Backup::sha256Of(live).value(), before);
    QVERIFY(QDir(m_work).entryList({QStringLiteral("*.replaced*")}, QDir::Files).isEmpty());
}

void BackupTest::rollingBackupsKeepTheNewestK()
{
    const QString live = demo(QStringLiteral("homeward.sqlite"));
    const RollingBackups rolling(live, 3);
    QCOMPARE(rolling.folder(), QDir(m_work).filePath(QStringLiteral("backups")));
    QVERIFY(QDir().mkpath(rolling.folder()));
    // Files that are not this database's rolling backups are never touched.
    const QStringList foreign = {QStringLiteral("notes.txt"), QStringLiteral("other-20200101-000000.sqlite"),
                                 QStringLiteral("homeward-manual.sqlite"),
                                 QStringLiteral("homeward-20200101-000000.sqlite.bak")};
    for (const QString &name : foreign) {
        QFile f(QDir(rolling.folder()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("foreign");
    }
    auto db = Database::open(live);
    QVERIFY(db.ok());
    const QDateTime start(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto path = rolling.backupNow(db.value()->connection(), start.addSecs(i * 60));
        QVERIFY2(path.ok(), qPrintable(path.text()));
        made << path.value();
    }
    QCOMPARE(QFileInfo(made.constFirst()).fileName(), QStringLiteral("homeward-20260102-100000.sqlite"));
    QCOMPARE(rolling.backups(), (QStringList{made[4], made[3], made[2]}));
    for (const QString &gone : {made[0], made[1]}) {
        QVERIFY(!QFileInfo::exists(gone));
        QVERIFY(!QFileInfo::exists(Backup::manifestPath(gone)));
    }
    for (const QString &name : foreign)
        QVERIFY2(QFileInfo::exists(QDir(rolling.folder()).filePath(name)), qPrintable(name));
    // Two in one second get distinct names.
    auto same = rolling.backupNow(db.value()->connection(), start.addSecs(4 * 60));
    QVERIFY2(same.ok(), qPrintable(same.text()));
    QCOMPARE(QFileInfo(same.value()).fileName(), QStringLiteral("homeward-20260102-100400-2.sqlite"));
    QCOMPARE(rolling.backups().constFirst(), same.value());
}

void BackupTest::pruneKeepsTheNewestGoodBackup()
{
    const QString live = demo(QStringLiteral("homeward.sqlite"));
    auto db = Database::open(live);
    QVERIFY(db.ok());
    const RollingBackups keepAll(live, 10);
    const QDateTime start(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        auto path = keepAll.backupNow(db.value()->connection(), start.addSecs(i * 60));
        QVERIFY2(path.ok(), qPrintable(path.text()));
        made << path.value();
    }
    // The two newest go bad.
    for (const QString &bad : {made[2], made[3]})
        QVERIFY(rewrite(bad, [](QByteArray &b) { b[100] = char(b.at(100) ^ 0x01); }));
    QCOMPARE(keepAll.newestGood(), made[1]);
    // The folder it created is its owner's alone.
    QCOMPARE(unixPermissions(keepAll.folder()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto pruned = RollingBackups(live, 2).prune();
    QVERIFY2(pruned.ok(), qPrintable(pruned.text()));
    QCOMPARE(pruned.value(), QStringList{made[0]});
    QCOMPARE(keepAll.backups(), (QStringList{made[3], made[2], made[1]}));
}

void BackupTest::intervalIsDueOnlyAfterChanges_data()
{
    QTest::addColumn<QList<int>>("changes"); // seconds after the start
    QTest::addColumn<int>("backupAt");       // -1: no backup taken
    QTest::addColumn<int>("askAt");
    QTest::addColumn<bool>("due");
    QTest::newRow("no change, no backup") << QList<int>{} << -1 << 3600 << false;
    QTest::newRow("a change, interval not over") << QList<int>{0} << -1 << 899 << false;
    QTest::newRow("a change, interval over") << QList<int>{0} << -1 << 900 << true;
    QTest::newRow("counted from the first change") << QList<int>{0, 800} << -1 << 900 << true;
    QTest::newRow("backed up since") << QList<int>{0} << 600 << 2000 << false;
    QTest::newRow("change after the backup") << QList<int>{0, 700} << 600 << 1599 << false;
    QTest::newRow("change after the backup, over") << QList<int>{0, 700} << 600 << 1600 << true;
}

void BackupTest::intervalIsDueOnlyAfterChanges()
{
    QFETCH(QList<int>, changes);
    QFETCH(int, backupAt);
    QFETCH(int, askAt);
    QFETCH(bool, due);
    const QDateTime start(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    BackupInterval interval(15);
    bool backedUp = false;
    for (const int at : changes) {
        if (backupAt >= 0 && !backedUp && at > backupAt) {
            interval.backedUp();
            backedUp = true;
        }
        interval.changed(start.addSecs(at));
    }
    if (backupAt >= 0 && !backedUp)
        interval.backedUp();
    QCOMPARE(interval.due(start.addSecs(askAt)), due);
}

void BackupTest::newIntervalAppliesToWaitingChanges_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("askAt"); // seconds after the change
    QTest::addColumn<bool>("due");
    QTest::newRow("shorter, reached") << 5 << 300 << true;
    QTest::newRow("shorter, not yet") << 5 << 299 << false;
    QTest::newRow("longer, old interval passed") << 30 << 900 << false;
    QTest::newRow("zero means one minute") << 0 << 60 << true;
}

void BackupTest::newIntervalAppliesToWaitingChanges()
{
    QFETCH(int, minutes);
    QFETCH(int, askAt);
    QFETCH(bool, due);
    const QDateTime start(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    BackupInterval interval(15);
    interval.changed(start);
    interval.setMinutes(minutes);
    QCOMPARE(interval.minutes(), std::max(1, minutes));
    QCOMPARE(interval.due(start.addSecs(askAt)), due);
}

QTEST_GUILESS_MAIN(BackupTest)
#include "tst_backup.moc"
