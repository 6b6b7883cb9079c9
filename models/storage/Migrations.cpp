#include "Migrations.h"

#include "Sql.h"
#include "WriteTransaction.h"

#include <QCoreApplication>

namespace homeward {
namespace {

// Portable SQL (SQLite and PostgreSQL): TEXT dates in ISO form, CHECKs on
// every enumeration, foreign keys with a deliberate ON DELETE.
//  - batch → exchange RESTRICT: an exchange goes only after its batches.
//  - batch_member → batch CASCADE: a batch's list goes with the batch.
//  - batch_member → person RESTRICT: a listed person is not deleted by accident.
const char *const kMigration1[] = {
    R"(CREATE TABLE exchange (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) > 0),
        agreement_ref TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        intermediary TEXT NOT NULL DEFAULT '',
        agreed_servicemen INTEGER NOT NULL DEFAULT 0 CHECK (agreed_servicemen >= 0),
        agreed_civilians INTEGER NOT NULL DEFAULT 0 CHECK (agreed_civilians >= 0),
        agreed_on TEXT CHECK (agreed_on IS NULL OR length(agreed_on) = 10),
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'in_progress', 'completed', 'cancelled')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))",
    R"(CREATE TABLE batch (
        id INTEGER PRIMARY KEY,
        exchange_id INTEGER NOT NULL REFERENCES exchange (id) ON DELETE RESTRICT,
        sequence_no INTEGER NOT NULL CHECK (sequence_no > 0),
        direction TEXT NOT NULL CHECK (direction IN ('receive', 'hand_over')),
        planned_date TEXT CHECK (planned_date IS NULL OR length(planned_date) = 10),
        place TEXT NOT NULL DEFAULT '',
        planned_servicemen INTEGER NOT NULL DEFAULT 0 CHECK (planned_servicemen >= 0),
        planned_civilians INTEGER NOT NULL DEFAULT 0 CHECK (planned_civilians >= 0),
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'in_verification', 'verified', 'confirmed', 'completed', 'cancelled')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (exchange_id, sequence_no)
    ))",
    R"(CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
        record_id TEXT,
        surname TEXT NOT NULL CHECK (length(surname) > 0),
        given_name TEXT NOT NULL CHECK (length(given_name) > 0),
        patronymic TEXT NOT NULL DEFAULT '',
        birth_date TEXT CHECK (birth_date IS NULL OR length(birth_date) IN (4, 7, 10)),
        birth_date_partial INTEGER NOT NULL DEFAULT 0 CHECK (birth_date_partial IN (0, 1)),
        birth_place TEXT NOT NULL DEFAULT '',
        sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
        citizenship TEXT NOT NULL DEFAULT '',
        document_type TEXT NOT NULL DEFAULT '',
        document_number TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('serviceman', 'civilian')),
        rank TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        service_number TEXT NOT NULL DEFAULT '',
        capture_date TEXT CHECK (capture_date IS NULL OR length(capture_date) = 10),
        capture_place TEXT NOT NULL DEFAULT '',
        detention_place TEXT NOT NULL DEFAULT '',
        health TEXT NOT NULL DEFAULT '',
        inform_name TEXT NOT NULL DEFAULT '',
        inform_contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (birth_date_partial = 0 OR length(birth_date) < 10)
    ))",
    R"(CREATE TABLE batch_member (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL CHECK (position > 0),
        status TEXT NOT NULL DEFAULT 'listed' CHECK (status IN ('listed', 'withdrawn')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (batch_id, position),
        UNIQUE (batch_id, person_id)
    ))",
    "CREATE INDEX batch_exchange_idx ON batch (exchange_id)",
    "CREATE INDEX batch_member_person_idx ON batch_member (person_id)",
    "CREATE INDEX person_surname_idx ON person (surname)",
};

// Officials and the audit trail. Officials are never deleted (history must
// keep their names): they are disabled. The audit trail is append-only,
// enforced here, not only in the program. Trigger syntax is SQLite's; the
// PostgreSQL step writes the same rules in PL/pgSQL.
const char *const kMigration2[] = {
    R"(CREATE TABLE official (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
        full_name TEXT NOT NULL CHECK (length(full_name) > 0),
        is_operator INTEGER NOT NULL DEFAULT 0 CHECK (is_operator IN (0, 1)),
        is_verifier INTEGER NOT NULL DEFAULT 0 CHECK (is_verifier IN (0, 1)),
        is_supervisor INTEGER NOT NULL DEFAULT 0 CHECK (is_supervisor IN (0, 1)),
        password_hash TEXT NOT NULL CHECK (length(password_hash) > 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until TEXT,
        row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))",
    R"(CREATE TRIGGER official_never_deleted BEFORE DELETE ON official
       BEGIN SELECT RAISE(ABORT, 'officials are never deleted; disable the account instead'); END)",
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        official_id INTEGER REFERENCES official (id) ON DELETE RESTRICT,
        action TEXT NOT NULL CHECK (length(action) > 0),
        entity TEXT NOT NULL CHECK (length(entity) > 0),
        entity_id INTEGER,
        before_json TEXT,
        after_json TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
    ))",
    "CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id)",
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)",
    // Who last changed a person's details: the two-person rule needs it.
    "ALTER TABLE person ADD COLUMN created_by INTEGER REFERENCES official (id)",
    "ALTER TABLE person ADD COLUMN updated_by INTEGER REFERENCES official (id)",
};

QStringList toList(const char *const *first, const char *const *last)
{
    QStringList list;
    for (auto it = first; it != last; ++it)
        list << QString::fromUtf8(*it);
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return 2;
}

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1: return toList(std::begin(kMigration1), std::end(kMigration1));
    case 2: return toList(std::begin(kMigration2), std::end(kMigration2));
    default: return {};
    }
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    auto value = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

Status Migrations::migrate(const QSqlDatabase &db)
{
    return migrateTo(db, latestVersion());
}

Status Migrations::migrateTo(const QSqlDatabase &db, int target)
{
    auto current = currentVersion(db);
    if (!current)
        return current.status();
    if (current.value() > latestVersion())
        return Status::failure(tr("This database was written by a newer version of Homeward "
                                  "(schema %1; this program knows schema %2). It was not opened or changed. "
                                  "Use a newer version of the program.")
                                   .arg(current.value())
                                   .arg(latestVersion()));
    for (int version = current.value() + 1; version <= target; ++version) {
        WriteTransaction transaction(db);
        if (!transaction.began())
            return transaction.status();
        for (const QString &statement : statements(version)) {
            auto done = sql::run(db, statement);
            if (!done)
                return Status::failure(tr("Upgrading the database to schema %1 failed; it was left at schema %2")
                                           .arg(version)
                                           .arg(version - 1),
                                       done.error().detail);
        }
        // PRAGMA takes no bound parameters; the number is ours, not user input.
        auto bumped = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!bumped)
            return bumped.status();
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace homeward
