#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace homeward {

// What differs in SQL between the two backends, kept here so that the rest of models/storage
// writes one text: the schema's statements per version, where the schema version is kept,
// and the current moment as an SQL expression. Chosen by the connection's driver, so it works
// from a QSqlDatabase alone (as Migrations and WriteTransaction get it).
class Dialect final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Dialect)

public:
    enum class Kind { Sqlite, Postgres };

    explicit Dialect(Kind kind) : m_kind(kind) {}
    // SQLite for QSQLITE, PostgreSQL for QPSQL (and SQLite for anything else: its text is the default).
    static Dialect of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // The highest schema this program can create on this backend (the same on both).
    int latestVersion() const;
    // The statements of migration `version` (1-based) for this backend. SQLite's are
    // Migrations::statements(version), unchanged; PostgreSQL's are written in PL/pgSQL where
    // SQLite has triggers (MigrationPg*.cpp). Empty past latestVersion().
    QStringList migration(int version) const;

    // The schema version: SQLite's PRAGMA user_version; on PostgreSQL the one row of the table
    // schema_version (0 while it does not exist).
    Result<int> schemaVersion(const QSqlDatabase &db) const;
    // Records `version`; call inside the migration's transaction.
    Status setSchemaVersion(const QSqlDatabase &db, int version) const;

    // Statements that start a migration's transaction. On PostgreSQL a transaction-wide
    // advisory lock, so that two desks starting at once migrate one after the other (the
    // second then finds the work done); nothing on SQLite, whose BEGIN IMMEDIATE already
    // serialises writers.
    QStringList migrationLock() const;

    // An SQL expression for the current moment in the form sql::nowStamp() writes
    // (UTC, ISO 8601, milliseconds), for triggers that stamp rows themselves.
    QString nowSql() const;

    // The key of the advisory lock migrations take on PostgreSQL ("HomeMigr" as 8 bytes).
    static constexpr qint64 kMigrationLockKey = 0x486f6d654d696772;
    // The SQLSTATE every rule of the schema raises on PostgreSQL, so that a refusal by a
    // rule is told from a broken connection.
    static constexpr const char *kRuleSqlState = "HW001";
    // The SQLSTATE of a server set up without the roles Homeward needs (no homeward_desk).
    static constexpr const char *kSetupSqlState = "HW002";
    // The group role whose members are the desks' login roles on a shared database.
    static constexpr const char *kDeskRole = "homeward_desk";

private:
    Kind m_kind;
};

// The PostgreSQL text of migrations 1-4 (MigrationPg1to4.cpp), an empty list for others.
QStringList postgresMigrationStatements(int version);
// The PostgreSQL text of migrations 5-10 (MigrationPg5to10.cpp), an empty list for others
// (schema 10 is empty on PostgreSQL: nothing to do there).
QStringList postgresMigrationStatements5to10(int version);
// What the group role homeward_desk may do on PostgreSQL (MigrationPgGrants.cpp), run after
// the migrations.
QStringList postgresGrantStatements();
// The PostgreSQL text of migration 11 (MigrationPg11RowVersions.cpp).
QStringList postgresMigration11Statements();
// The PostgreSQL text of migration 12 (MigrationPg12Presence.cpp).
QStringList postgresMigration12Statements();

} // namespace homeward
