#pragma once

#include "Backup.h"
#include "Result.h"

#include "domain/Official.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace homeward {

struct RestoreOutcome final {
    BackupManifest manifest; // of the backup put in place
    QString replacedPath;    // where the database it replaced is kept; empty when there was none
    bool audited = false;    // a "restore" row was appended to the restored database
};

// Puts a verified backup in place of a database file.
//  1. Backup::verify(from): nothing is touched unless the backup checks out.
//  2. The current database is locked exclusively (see lockTarget in the
//     .cpp), its write-ahead log folded into the file, and the file copied to
//     DATABASE.replaced-YYYYMMDD-HHMMSS beside it (never deleted by Homeward).
//  3. The backup is copied to a temporary file in the same folder, synced to
//     disk and renamed over the database in one step, so the path holds
//     either the old or the new database, never a mixture.
//  4. With an actor, a "restore" row (entity "database") is appended to the
//     restored database's audit trail, naming the backup, its SHA-256 and the
//     kept file. The actor is matched by user name in the restored database
//     (an account created after the backup was taken is not in it: then the
//     row has no official, and the name is in the row's content).
class Restore final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Restore)

public:
    static Result<RestoreOutcome> restore(const QString &from, const QString &databasePath,
                                          const Actor *actor = nullptr, const QDateTime &now = QDateTime());
    // Appends the "restore" row to the restored database (restore() does so
    // when given an actor). False when the file has no audit trail (schema 1).
    static Result<bool> record(const QString &databasePath, const Actor &actor, const QString &from,
                               const RestoreOutcome &outcome);
    // DATABASE.replaced-YYYYMMDD-HHMMSS (UTC); a counter is added if that exists.
    static QString replacedName(const QString &databasePath, const QDateTime &now);
};

} // namespace homeward
