#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace homeward {

// `homeward backup --database PATH --to FILE`: a checked copy of the
// database with its manifest; refuses an existing FILE.
// `homeward restore --from FILE --database PATH --user NAME`: verifies the
// backup, keeps the current database as PATH.replaced-YYYYMMDD-HHMMSS and
// puts the backup in its place; the official (a supervisor) signs in with
// HOMEWARD_PASSWORD or a prompt, and the restore is recorded in the audit trail.
class BackupCommand final {
    Q_DECLARE_TR_FUNCTIONS(homeward::BackupCommand)

public:
    static int runBackup(const QStringList &arguments, const QString &globalDatabase);
    static int runRestore(const QStringList &arguments, const QString &globalDatabase);
};

} // namespace homeward
