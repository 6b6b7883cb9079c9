#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QStringList>

namespace homeward {

// Numbered schema changes. The database's PRAGMA user_version (on
// PostgreSQL: the table schema_version, see Dialect) is the number of the
// last one applied; each runs in its own write transaction together with the
// version bump, so a failure leaves the previous version intact. On
// PostgreSQL the statements are Dialect::migration()'s, run unprepared after
// an advisory lock; only schemas up to Dialect::latestVersion() exist there
// yet, and migrating further is refused before anything changes.
class Migrations final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Migrations)

public:
    // A statement of a migration that stands for "PRAGMA schema_version =
    // <the current one + 1>" (a pragma that takes no expression): after a
    // schema text changed in place, it makes every connection reload it.
    static const QString kBumpSchemaVersion;

    // The schema version this program writes.
    static int latestVersion();
    // The statements of one migration (1-based), for tests and tools.
    static QStringList statements(int version);

    static Result<int> currentVersion(const QSqlDatabase &db);
    // Brings the schema up to latestVersion(). Refuses, changing nothing,
    // a database written by a newer program.
    static Status migrate(const QSqlDatabase &db);
    // Applies migrations up to and including `target` only (tests).
    static Status migrateTo(const QSqlDatabase &db, int target);
};

} // namespace homeward
