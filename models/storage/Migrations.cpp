#include "Migrations.h"

#include "Dialect.h"
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
// enforced here, not only in the program. Trigger syntax is SQLite's;
// MigrationPg1to4.cpp writes the same rules in PL/pgSQL.
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

// Verification of every detail of every person by a second official.
// One row per person and checklist item: the nine standard details, made by
// a trigger when the person is stored, plus free items a supervisor adds to
// an exchange ("custom:<exchange_check_item.id>"). changed_by names who last
// changed the detail; the two-person rule (that official cannot verify it)
// and the reset of a verification when its detail changes are triggers, so
// they hold for every writer, not only this program. Trigger syntax is
// SQLite's; MigrationPg1to4.cpp writes the same rules in PL/pgSQL (IS NOT
// becomes IS DISTINCT FROM).
const char *const kMigration3[] = {
    R"(CREATE TABLE verification_item (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        item TEXT NOT NULL CHECK (item IN ('surname', 'given_name', 'patronymic', 'birth_date', 'sex',
            'category_rank', 'document', 'birth_place', 'identity') OR item LIKE 'custom:%'),
        label TEXT NOT NULL DEFAULT '',
        changed_by INTEGER REFERENCES official (id),
        changed_at TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'discrepancy')),
        method TEXT CHECK (method IS NULL OR method IN ('blind_reentry', 'compared', 'in_person', 'photo',
            'documents')),
        note TEXT NOT NULL DEFAULT '',
        verified_by INTEGER REFERENCES official (id),
        verified_at TEXT,
        UNIQUE (person_id, item),
        CHECK (state <> 'discrepancy' OR length(trim(note)) > 0),
        CHECK ((state = 'pending') = (verified_by IS NULL)),
        CHECK ((state = 'pending') = (verified_at IS NULL)),
        CHECK (state <> 'pending' OR method IS NULL),
        CHECK (state <> 'confirmed' OR method IS NOT NULL),
        CHECK (item <> 'identity' OR state <> 'confirmed' OR method IN ('in_person', 'photo', 'documents'))
    ))",
    "CREATE INDEX verification_item_state_idx ON verification_item (state)",
    R"(CREATE TABLE exchange_check_item (
        id INTEGER PRIMARY KEY,
        exchange_id INTEGER NOT NULL REFERENCES exchange (id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (length(label) > 0),
        created_by INTEGER REFERENCES official (id),
        created_at TEXT NOT NULL
    ))",
    "CREATE INDEX exchange_check_item_exchange_idx ON exchange_check_item (exchange_id)",
    // The standard checklist of every person already stored (who entered them
    // is the best knowledge of who last changed each detail).
    R"(INSERT INTO verification_item (person_id, item, changed_by, changed_at)
       SELECT p.id, i.item, p.created_by, p.created_at FROM person p CROSS JOIN (
           SELECT 'surname' AS item UNION ALL SELECT 'given_name' UNION ALL SELECT 'patronymic'
           UNION ALL SELECT 'birth_date' UNION ALL SELECT 'sex' UNION ALL SELECT 'category_rank'
           UNION ALL SELECT 'document' UNION ALL SELECT 'birth_place' UNION ALL SELECT 'identity') i)",
    R"(CREATE TRIGGER person_checklist AFTER INSERT ON person
       BEGIN
           INSERT INTO verification_item (person_id, item, changed_by, changed_at)
           SELECT NEW.id, i.item, NEW.created_by, NEW.created_at FROM (
               SELECT 'surname' AS item UNION ALL SELECT 'given_name' UNION ALL SELECT 'patronymic'
               UNION ALL SELECT 'birth_date' UNION ALL SELECT 'sex' UNION ALL SELECT 'category_rank'
               UNION ALL SELECT 'document' UNION ALL SELECT 'birth_place' UNION ALL SELECT 'identity') i;
       END)",
    // A person listed in a batch gets the free items of the batch's exchange
    // (whoever lists them: form, import or a later tool). The detail behind a
    // free item is unknown, so whoever last wrote the person's details counts
    // as its changer.
    R"(CREATE TRIGGER batch_member_custom_checklist AFTER INSERT ON batch_member
       BEGIN
           INSERT INTO verification_item (person_id, item, label, changed_by, changed_at)
           SELECT NEW.person_id, 'custom:' || c.id, c.label, p.updated_by, NEW.created_at
           FROM exchange_check_item c JOIN batch b ON b.exchange_id = c.exchange_id
           JOIN person p ON p.id = NEW.person_id
           WHERE b.id = NEW.batch_id AND NOT EXISTS (
               SELECT 1 FROM verification_item v WHERE v.person_id = NEW.person_id AND v.item = 'custom:' || c.id);
       END)",
    R"(CREATE TRIGGER exchange_check_item_removed AFTER DELETE ON exchange_check_item
       BEGIN DELETE FROM verification_item WHERE item = 'custom:' || OLD.id; END)",
    // The two-person rule.
    R"(CREATE TRIGGER verification_two_person_insert BEFORE INSERT ON verification_item
       WHEN NEW.state <> 'pending' AND NEW.verified_by IS NOT NULL AND NEW.verified_by = NEW.changed_by
       BEGIN SELECT RAISE(ABORT, 'two-person rule: the official who last changed this detail cannot verify it'); END)",
    R"(CREATE TRIGGER verification_two_person_update BEFORE UPDATE ON verification_item
       WHEN NEW.state <> 'pending' AND NEW.verified_by IS NOT NULL AND NEW.verified_by = NEW.changed_by
       BEGIN SELECT RAISE(ABORT, 'two-person rule: the official who last changed this detail cannot verify it'); END)",
    // Only an active verifier verifies (checked when the verification is
    // made, so a verifier disabled later keeps their past verifications).
    R"(CREATE TRIGGER verification_by_verifier_insert BEFORE INSERT ON verification_item
       WHEN NEW.verified_by IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM official o WHERE o.id = NEW.verified_by AND o.is_verifier = 1 AND o.active = 1)
       BEGIN SELECT RAISE(ABORT, 'only an active verifier can verify a detail'); END)",
    R"(CREATE TRIGGER verification_by_verifier_update BEFORE UPDATE ON verification_item
       WHEN NEW.verified_by IS NOT NULL
           AND (NEW.verified_by IS NOT OLD.verified_by OR NEW.state IS NOT OLD.state
                OR NEW.verified_at IS NOT OLD.verified_at)
           AND NOT EXISTS (
               SELECT 1 FROM official o WHERE o.id = NEW.verified_by AND o.is_verifier = 1 AND o.active = 1)
       BEGIN SELECT RAISE(ABORT, 'only an active verifier can verify a detail'); END)",
    // A changed detail is verified again: its item goes back to pending with
    // the editor as its changer. The identity check and free items stay.
    R"(CREATE TRIGGER person_details_changed AFTER UPDATE ON person
       BEGIN
           UPDATE verification_item SET state = 'pending', method = NULL, verified_by = NULL, verified_at = NULL,
               note = '', changed_by = NEW.updated_by, changed_at = NEW.updated_at
           WHERE person_id = NEW.id AND (
               (item = 'surname' AND OLD.surname IS NOT NEW.surname)
               OR (item = 'given_name' AND OLD.given_name IS NOT NEW.given_name)
               OR (item = 'patronymic' AND OLD.patronymic IS NOT NEW.patronymic)
               OR (item = 'birth_date' AND (OLD.birth_date IS NOT NEW.birth_date
                   OR OLD.birth_date_partial IS NOT NEW.birth_date_partial))
               OR (item = 'sex' AND OLD.sex IS NOT NEW.sex)
               OR (item = 'category_rank' AND (OLD.category IS NOT NEW.category OR OLD.rank IS NOT NEW.rank))
               OR (item = 'document' AND (OLD.service_number IS NOT NEW.service_number
                   OR OLD.document_type IS NOT NEW.document_type OR OLD.document_number IS NOT NEW.document_number))
               OR (item = 'birth_place' AND OLD.birth_place IS NOT NEW.birth_place));
       END)",
};

// A confirmed (or completed) batch is read-only in the database itself: its
// list, its persons' details and checklists and its own details cannot
// change. Its status may still move (reopening, completion); who may do that
// is checked in models. Deleting such a batch is refused too.
const char *const kMigration4[] = {
    R"(CREATE TRIGGER batch_locked_member_insert BEFORE INSERT ON batch_member
       WHEN (SELECT status FROM batch WHERE id = NEW.batch_id) IN ('confirmed', 'completed')
       BEGIN SELECT RAISE(ABORT, 'the batch is confirmed: its list cannot change'); END)",
    R"(CREATE TRIGGER batch_locked_member_update BEFORE UPDATE ON batch_member
       WHEN (SELECT status FROM batch WHERE id = OLD.batch_id) IN ('confirmed', 'completed')
         OR (SELECT status FROM batch WHERE id = NEW.batch_id) IN ('confirmed', 'completed')
       BEGIN SELECT RAISE(ABORT, 'the batch is confirmed: its list cannot change'); END)",
    R"(CREATE TRIGGER batch_locked_member_delete BEFORE DELETE ON batch_member
       WHEN (SELECT status FROM batch WHERE id = OLD.batch_id) IN ('confirmed', 'completed')
       BEGIN SELECT RAISE(ABORT, 'the batch is confirmed: its list cannot change'); END)",
    R"(CREATE TRIGGER batch_locked_person_update BEFORE UPDATE ON person
       WHEN EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id WHERE m.person_id = OLD.id AND b.status IN ('confirmed', 'completed'))
       BEGIN SELECT RAISE(ABORT, 'the person is listed in a confirmed batch: the details cannot change'); END)",
    R"(CREATE TRIGGER batch_locked_person_delete BEFORE DELETE ON person
       WHEN EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id WHERE m.person_id = OLD.id AND b.status IN ('confirmed', 'completed'))
       BEGIN SELECT RAISE(ABORT, 'the person is listed in a confirmed batch and cannot be deleted'); END)",
    R"(CREATE TRIGGER batch_locked_verification_update BEFORE UPDATE ON verification_item
       WHEN EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id WHERE m.person_id = OLD.person_id AND b.status IN ('confirmed', 'completed'))
       BEGIN SELECT RAISE(ABORT, 'the person is listed in a confirmed batch: the checklist cannot change'); END)",
    R"(CREATE TRIGGER batch_locked_verification_insert BEFORE INSERT ON verification_item
       WHEN EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id WHERE m.person_id = NEW.person_id AND b.status IN ('confirmed', 'completed'))
       BEGIN SELECT RAISE(ABORT, 'the person is listed in a confirmed batch: the checklist cannot change'); END)",
    R"(CREATE TRIGGER batch_locked_details BEFORE UPDATE ON batch
       WHEN OLD.status IN ('confirmed', 'completed') AND (
            NEW.exchange_id IS NOT OLD.exchange_id OR NEW.sequence_no IS NOT OLD.sequence_no
         OR NEW.direction IS NOT OLD.direction OR NEW.planned_date IS NOT OLD.planned_date
         OR NEW.place IS NOT OLD.place OR NEW.planned_servicemen IS NOT OLD.planned_servicemen
         OR NEW.planned_civilians IS NOT OLD.planned_civilians OR NEW.notes IS NOT OLD.notes)
       BEGIN SELECT RAISE(ABORT, 'the batch is confirmed: its details cannot change'); END)",
    R"(CREATE TRIGGER batch_locked_delete BEFORE DELETE ON batch
       WHEN OLD.status IN ('confirmed', 'completed')
       BEGIN SELECT RAISE(ABORT, 'the batch is confirmed and cannot be deleted'); END)",
};

QStringList toList(const char *const *first, const char *const *last)
{
    QStringList list;
    for (auto it = first; it != last; ++it)
        list << QString::fromUtf8(*it);
    return list;
}

Result<QSqlQuery> bumpSchemaVersion(const QSqlDatabase &db)
{
    auto version = sql::scalar(db, QStringLiteral("PRAGMA schema_version"));
    if (!version)
        return version.error();
    // PRAGMA takes no bound parameters; the number is SQLite's own.
    return sql::run(db, QStringLiteral("PRAGMA schema_version = %1").arg(version.value().toLongLong() + 1));
}

} // namespace

// Later schemas live in their own files (MigrationN*.cpp).
QStringList migration5Statements();
QStringList migration6Statements();
QStringList migration7Statements();
QStringList migration8Statements();
QStringList migration9Statements();
QStringList migration10Statements();
QStringList migration11Statements();
QStringList migration12Statements();

const QString Migrations::kBumpSchemaVersion = QStringLiteral("-- bump schema_version");

int Migrations::latestVersion()
{
    return 12;
}

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1: return toList(std::begin(kMigration1), std::end(kMigration1));
    case 2: return toList(std::begin(kMigration2), std::end(kMigration2));
    case 3: return toList(std::begin(kMigration3), std::end(kMigration3));
    case 4: return toList(std::begin(kMigration4), std::end(kMigration4));
    case 5: return migration5Statements();
    case 6: return migration6Statements();
    case 7: return migration7Statements();
    case 8: return migration8Statements();
    case 9: return migration9Statements();
    case 10: return migration10Statements();
    case 11: return migration11Statements();
    case 12: return migration12Statements();
    default: return {};
    }
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    return Dialect::of(db).schemaVersion(db);
}

Status Migrations::migrate(const QSqlDatabase &db)
{
    return migrateTo(db, latestVersion());
}

Status Migrations::migrateTo(const QSqlDatabase &db, int target)
{
    const Dialect dialect = Dialect::of(db);
    auto current = dialect.schemaVersion(db);
    if (!current)
        return current.status();
    if (current.value() > latestVersion())
        return Status::failure(tr("This database was written by a newer version of Homeward "
                                  "(schema %1; this program knows schema %2). It was not opened or changed. "
                                  "Use a newer version of the program.")
                                   .arg(current.value())
                                   .arg(latestVersion()));
    // The PostgreSQL text of the later schemas is not written yet: refuse before changing anything
    // rather than stop half-way.
    if (dialect.isPostgres() && target > dialect.latestVersion() && current.value() < target)
        return Status::failure(tr("This version of Homeward can set up a PostgreSQL database only up to schema %1, "
                                  "and it needs schema %2. The database was not changed (it is at schema %3).")
                                   .arg(dialect.latestVersion())
                                   .arg(target)
                                   .arg(current.value()));
    for (int version = current.value() + 1; version <= target; ++version) {
        WriteTransaction transaction(db);
        if (!transaction.began())
            return transaction.status();
        const auto failed = [&](const Error &error) {
            return Status::failure(tr("Upgrading the database to schema %1 failed; it was left at schema %2")
                                       .arg(version)
                                       .arg(version - 1),
                                   error.detail.isEmpty() ? error.message : error.detail);
        };
        if (dialect.isPostgres()) {
            for (const QString &lock : dialect.migrationLock()) {
                if (auto locked = sql::exec(db, lock); !locked)
                    return failed(locked.error());
            }
            // Another desk may have migrated while this one waited for the lock.
            auto now = dialect.schemaVersion(db);
            if (!now)
                return failed(now.error());
            if (now.value() >= version)
                continue; // the transaction ends unused (rolled back)
        }
        for (const QString &statement : dialect.migration(version)) {
            // PostgreSQL cannot PREPARE DDL: our own text goes unprepared there.
            auto done = statement == kBumpSchemaVersion ? bumpSchemaVersion(db)
                        : dialect.isPostgres()          ? sql::exec(db, statement)
                                                        : sql::run(db, statement);
            if (!done)
                return failed(done.error());
        }
        // The desks' rights cover every table, new ones too: set again in the same transaction.
        if (dialect.isPostgres()) {
            for (const QString &grant : postgresGrantStatements()) {
                if (auto granted = sql::exec(db, grant); !granted)
                    return failed(granted.error());
            }
        }
        if (Status bumped = dialect.setSchemaVersion(db, version); !bumped)
            return bumped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace homeward
