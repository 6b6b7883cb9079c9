// Backup, verification of a backup, restore and the checks on open, for a database holding the demo exchange and
// a registry of 1,000,000 persons (HOMEWARD_BENCH_REGISTRY overrides the size). Each step runs once on the large
// file (a repeated QBENCHMARK would take minutes and measure the page cache, not the work); the times are printed
// as "FIGURE" lines, collected by tests/bench/run.sh.

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/OpenCheck.h"
#include "storage/Restore.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace homeward;

namespace {

qint64 registrySize()
{
    bool ok = false;
    const qint64 size = qEnvironmentVariableIntValue("HOMEWARD_BENCH_REGISTRY", &ok);
    return ok && size > 0 ? size : 1000000;
}

void figure(const QString &text)
{
    std::printf("FIGURE %s\n", qPrintable(text));
    std::fflush(stdout);
}

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

// Fills registry_person with `count` plausible rows in one statement (generated inside SQLite, so the
// benchmark's set-up does not take the 90 s a CSV import of a million rows takes).
bool fillRegistry(const QSqlDatabase &db, qint64 count)
{
    const QString now = QStringLiteral("2026-11-26T00:00:00Z");
    if (!sql::run(db, QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    auto official = sql::scalar(db, QStringLiteral("SELECT min(id) FROM official"));
    if (!official)
        return false;
    auto import = sql::run(db,
                           QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, "
                                          "rows_inserted, rows_replaced, imported_by, imported_at) "
                                          "VALUES ('bench.csv', ?, ?, ?, 0, ?, ?)"),
                           {QString(64, QLatin1Char('0')), count, count, official.value(), now});
    if (!import)
        return false;
    auto filled = sql::run(
        db,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO registry_person (record_id, surname, given_name, patronymic, birth_date, sex, category, "
            "rank, unit, service_number, document_number, birth_place, region, notes, import_id, created_at, "
            "updated_at) "
            "SELECT 'R' || i, 'Коваленко' || (i % 7919), 'Олександр' || (i % 97), 'Петрович', "
            "printf('%04d-%02d-%02d', 1960 + i % 45, 1 + i % 12, 1 + i % 28), "
            "CASE i % 9 WHEN 0 THEN 'F' ELSE 'M' END, CASE i % 4 WHEN 0 THEN 'civilian' ELSE 'serviceman' END, "
            "'солдат', 'в/ч А' || (i % 3000), 'СН' || i, 'ПС' || (100000 + i), 'м. Харків', 'Харківська', '', "
            "(SELECT max(id) FROM registry_import), ?, ? FROM n"),
        {count, now, now});
    if (!filled)
        return false;
    return sql::run(db, QStringLiteral("COMMIT")).ok();
}

} // namespace

class BenchBackup final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backupAndRestore();
};

void BenchBackup::backupAndRestore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("backup.sqlite"));
    const QString target = dir.filePath(QStringLiteral("restored.sqlite"));
    const qint64 count = registrySize();

    QElapsedTimer timer;
    timer.start();
    {
        QVERIFY(DemoData::createFile(live).ok());
        auto db = Database::open(live);
        QVERIFY(db.ok());
        QVERIFY2(fillRegistry(db.value()->connection(), count), "generating the registry failed");
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    figure(QStringLiteral("database with %1 registry persons: %2, generated in %3")
               .arg(count)
               .arg(megabytes(QFileInfo(live).size()), seconds(timer.elapsed())));

    auto opened = Database::open(live);
    QVERIFY(opened.ok());
    std::unique_ptr<Database> db = std::move(opened.value());

    timer.restart();
    const OpenCheckReport report = OpenCheck::run(db->connection());
    const qint64 openCheckMs = timer.elapsed();
    QVERIFY(report.ok());
    figure(QStringLiteral("checks on open (quick_check, foreign_key_check, audit chain, seals): %1")
               .arg(seconds(openCheckMs)));

    timer.restart();
    auto made = Backup::create(db->connection(), copy);
    const qint64 backupMs = timer.elapsed();
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message + made.error().detail));
    figure(QStringLiteral("backup (VACUUM INTO, integrity_check, manifest with SHA-256): %1, %2")
               .arg(seconds(backupMs), megabytes(QFileInfo(copy).size())));

    timer.restart();
    auto verified = Backup::verify(copy);
    const qint64 verifyMs = timer.elapsed();
    QVERIFY(verified.ok());
    figure(QStringLiteral("verifying a backup (hash, integrity_check, audit chain, seals): %1").arg(seconds(verifyMs)));

    db.reset(); // the live database is closed, as it is when an official restores
    QVERIFY(DemoData::createFile(target).ok());
    timer.restart();
    auto restored = Restore::restore(copy, target);
    const qint64 restoreMs = timer.elapsed();
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message + restored.error().detail));
    figure(QStringLiteral("restore (verify, keep the replaced file, copy, sync, rename): %1").arg(seconds(restoreMs)));

    auto reopened = Database::open(target);
    QVERIFY(reopened.ok());
    auto rows = sql::scalar(reopened.value()->connection(), QStringLiteral("SELECT count(*) FROM registry_person"));
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().toLongLong(), count);
}

QTEST_GUILESS_MAIN(BenchBackup)
#include "bench_backup.moc"
