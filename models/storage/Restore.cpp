#include "Restore.h"

#include "AuditLog.h"
#include "Database.h"
#include "Migrations.h"
#include "Sql.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace homeward {
namespace {

constexpr int kAuditSchema = 2;
// How long the restore waits for another connection to let go of the file.
constexpr int kLockWaitMs = 1000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Takes the database file for the restore alone. In WAL mode every open
// connection keeps a shared lock on the file, so locking_mode=EXCLUSIVE
// followed by BEGIN EXCLUSIVE succeeds only when no other connection (this
// program's window, a second instance, the sqlite3 tool) has it open. That is
// best effort: a program that opens the file after this check, or one that
// does not use SQLite's locks, is not stopped. The lock is held until
// `connection` goes, and the write-ahead log is folded into the file and
// switched off, so the one file copied below holds every committed change.
Status lockTarget(FileConnection &connection, const QString &path)
{
    if (!connection.status())
        return connection.status();
    const QSqlDatabase db = connection.db();
    if (auto mode = sql::run(db, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); !mode)
        return mode.status();
    if (auto begun = sql::run(db, QStringLiteral("BEGIN EXCLUSIVE")); !begun)
        return Status::failure(Restore::tr("The database %1 is open in Homeward or another program; close it there "
                                           "and try again. Nothing was changed.")
                                   .arg(native(path)),
                               begun.error().detail);
    if (auto committed = sql::run(db, QStringLiteral("COMMIT")); !committed)
        return committed.status();
    auto journal = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!journal)
        return journal.status();
    if (journal.value().toString() != QLatin1String("delete"))
        return Status::failure(Restore::tr("The database %1 could not be prepared for the restore").arg(native(path)),
                               QStringLiteral("journal_mode=%1").arg(journal.value().toString()));
    return {};
}

} // namespace

Result<bool> Restore::record(const QString &databasePath, const Actor &actor, const QString &from,
                             const RestoreOutcome &outcome)
{
    auto database = Database::openUnmigrated(databasePath);
    if (!database)
        return database.error();
    const QSqlDatabase db = database.value()->connection();
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    if (version.value() < kAuditSchema)
        return false; // no audit trail in so old a file; opening it starts one
    WriteTransaction transaction(db);
    if (!transaction.began())
        return transaction.status().error();
    auto found =
        sql::run(db, QStringLiteral("SELECT id, full_name FROM official WHERE username = ?"), {actor.username});
    if (!found)
        return found.error();
    Actor recorded;
    if (found.value().next()) {
        recorded.officialId = found.value().value(0).toLongLong();
        recorded.username = actor.username;
        recorded.fullName = found.value().value(1).toString();
    }
    const QJsonObject after{
        {QStringLiteral("from"), QFileInfo(from).absoluteFilePath()},
        {QStringLiteral("sha256"), outcome.manifest.sha256},
        {QStringLiteral("backup_created_at"), outcome.manifest.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("replaced_kept_as"), outcome.replacedPath},
        {QStringLiteral("by_username"), actor.username},
        {QStringLiteral("by_full_name"), actor.fullName},
    };
    if (Status appended = AuditLog::append(db, recorded, QStringLiteral("restore"), QStringLiteral("database"), 0,
                                           QJsonObject(), after);
        !appended)
        return appended.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

QString Restore::replacedName(const QString &databasePath, const QDateTime &now)
{
    const QString base = QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".replaced-") +
                         now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

Result<RestoreOutcome> Restore::restore(const QString &from, const QString &databasePath, const Actor *actor,
                                        const QDateTime &now)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString source = QFileInfo(from).absoluteFilePath();
    if (source == target)
        return Error{tr("The backup and the database are the same file %1").arg(native(target))};
    auto verified = Backup::verify(source);
    if (!verified)
        return Error{tr("The backup was not restored, nothing was changed: %1").arg(verified.error().message),
                     verified.error().detail};
    RestoreOutcome outcome;
    outcome.manifest = verified.value();
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot create the folder %1").arg(native(folder))};

    // Kept open (and so locked) until the new file is in place.
    std::unique_ptr<FileConnection> lock;
    if (QFileInfo::exists(target)) {
        lock = std::make_unique<FileConnection>(target, FileConnection::Mode::ReadWrite, kLockWaitMs);
        if (Status locked = lockTarget(*lock, target); !locked)
            return locked.error();
        outcome.replacedPath = replacedName(target, now.isValid() ? now : QDateTime::currentDateTimeUtc());
        if (Status kept = durable::copyFile(target, outcome.replacedPath); !kept)
            return Error{tr("The current database could not be kept, so nothing was changed: %1").arg(kept.text())};
    }

    const QString partial = durable::partialName(target);
    if (Status copied = durable::copyFile(source, partial); !copied)
        return copied.error();
    // Left-overs of the old file's log would be taken for the new file's.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(target + QLatin1String(suffix));
    // POSIX rename replaces the old file in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return Error{tr("The backup could not be put in place of %1; the database was not changed").arg(native(target)),
                     reason};
    }
    if (Status synced = durable::syncFolder(folder); !synced)
        return synced.error();
    lock.reset();

    if (actor) {
        auto audited = record(target, *actor, source, outcome);
        if (!audited)
            return Error{tr("The backup was restored, but the restore could not be recorded in the audit trail"),
                         audited.error().text()};
        outcome.audited = audited.value();
    }
    return outcome;
}

} // namespace homeward
