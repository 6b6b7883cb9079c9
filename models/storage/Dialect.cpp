#include "Dialect.h"

#include "Migrations.h"
#include "Sql.h"

#include <QSqlQuery>

namespace homeward {

Dialect Dialect::of(const QSqlDatabase &db)
{
    return Dialect(db.driverName() == QLatin1String("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

// Both backends reach the same schema: a new migration comes with its PostgreSQL text.
int Dialect::latestVersion() const
{
    return Migrations::latestVersion();
}

QStringList Dialect::migration(int version) const
{
    if (version < 1 || version > latestVersion())
        return {};
    if (!isPostgres())
        return Migrations::statements(version);
    constexpr int kLastOfFirstFile = 4;   // MigrationPg1to4.cpp
    constexpr int kLastOfSecondFile = 10; // MigrationPg5to10.cpp
    if (version <= kLastOfFirstFile)
        return postgresMigrationStatements(version);
    if (version <= kLastOfSecondFile)
        return postgresMigrationStatements5to10(version);
    return version == 11 ? postgresMigration11Statements() : postgresMigration12Statements();
}

Result<int> Dialect::schemaVersion(const QSqlDatabase &db) const
{
    if (!isPostgres()) {
        auto value = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
        if (!value)
            return value.error();
        return value.value().toInt();
    }
    // A database no migration has touched has no table yet: schema 0. Read from the catalog
    // with this statement's snapshot, not with to_regclass(): that takes no lock, so within a
    // transaction begun before another desk created the table (a migration waiting for the
    // advisory lock) it answers from the session's stale cache and says "none".
    auto exists = sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables "
                                                 "WHERE schemaname = current_schema() "
                                                 "AND tablename = 'schema_version')"));
    if (!exists)
        return exists.error();
    if (!exists.value().toBool())
        return 0;
    auto value = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

Status Dialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    if (!isPostgres()) {
        // PRAGMA takes no bound parameters; the number is ours, not user input.
        auto bumped = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        return bumped ? Status() : bumped.status();
    }
    // The table comes with schema 1 (MigrationPg1to4.cpp), in the same transaction.
    auto written = sql::run(db,
                            QStringLiteral("INSERT INTO schema_version (one, version) VALUES (TRUE, ?) "
                                           "ON CONFLICT (one) DO UPDATE SET version = excluded.version"),
                            {version});
    return written ? Status() : written.status();
}

QStringList Dialect::migrationLock() const
{
    if (!isPostgres())
        return {};
    return {QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey)};
}

QString Dialect::nowSql() const
{
    return isPostgres() ? QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                                         "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

} // namespace homeward
