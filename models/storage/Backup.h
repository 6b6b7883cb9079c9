#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace homeward {

// What a backup holds, written beside it as FILE.manifest.json.
struct BackupManifest final {
    QDateTime createdAt;    // UTC
    QString programVersion; // HOMEWARD_VERSION of the program that wrote it
    QString sourceName;     // file name of the database it was taken from
    int schemaVersion = 0;
    QMap<QString, qint64> rowCounts; // per table
    QString auditHead;               // newest audit row's hash (empty before schema 2)
    qint64 auditRows = 0;
    QString sha256; // hex SHA-256 of the backup file

    QJsonObject toJson() const;
    // Refuses a manifest that lacks a field or has one of the wrong kind.
    static Result<BackupManifest> fromJson(const QJsonObject &json);
    // A few translated lines for the official: when, schema, rows, audit head.
    QString summary() const;
};

// A consistent copy of the live database (VACUUM INTO: one read transaction,
// so the copy is a snapshot even while others write), checked and described
// by a manifest. The copy is built under a temporary name in the target
// folder and renamed only once it is complete and checked, so a half-written
// backup never carries the final name. Backup and manifest are owner-only
// (0600): they hold the same sensitive data as the database.
class Backup final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Backup)

public:
    // FILE.manifest.json
    static QString manifestPath(const QString &backupPath);

    // Writes a backup of `live` to `target` and its manifest. Refuses an
    // existing `target` (or manifest); a failure leaves neither behind.
    static Result<BackupManifest> create(const QSqlDatabase &live, const QString &target);

    // Checks a backup before anything relies on it: the manifest is present
    // and parseable, the file's SHA-256 equals the manifest's, integrity_check
    // says ok, the audit chain (and the seals of confirmed batches) verify,
    // and the schema is not newer than this program's. The error names the
    // first reason found. The file is opened read-only and not changed.
    static Result<BackupManifest> verify(const QString &backupPath);

    static Result<QString> sha256Of(const QString &path);
    // Row counts of every table of `db` (sqlite_ tables left out).
    static Result<QMap<QString, qint64>> rowCounts(const QSqlDatabase &db);
};

// Durable file steps shared by backup and restore.
namespace durable {
// fsync of a file's content, and of a folder (so a rename in it survives a power cut).
Status syncFile(const QString &path);
Status syncFolder(const QString &folder);
// Copies `from` to a new file `to` (refused when it exists) with owner-only
// permissions, synced to disk.
Status copyFile(const QString &from, const QString &to);
// Creates an empty file with owner-only permissions; refused when it exists.
Status createPrivateFile(const QString &path);
// ".NAME.<random>.partial" in the same folder as `path` (same file system, so renames are atomic).
QString partialName(const QString &path);
} // namespace durable

// A connection of its own to a database file, removed when the object goes.
// Read-only connections never write (a backup's hash stays valid).
class FileConnection final {
public:
    enum class Mode { ReadOnly, ReadWrite };
    FileConnection(const QString &path, Mode mode, int busyTimeoutMs = 2000);
    ~FileConnection();
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    // Ok when the connection opened.
    const Status &status() const { return m_status; }
    QSqlDatabase db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    Status m_status;
};

} // namespace homeward
