#include <QStringList>

#include <iterator>

namespace homeward {
namespace {

// Schema 5: the batch state machine (domain/BatchTransitions.h) in the
// database itself, so that no writer (this program, a script, the sqlite3
// tool) can move a batch along an edge that does not exist, confirm it
// without a seal, or change what completion recorded.
//
//  - batch_transition: one row per status change (who, when, why). Written
//    by BatchWorkflow for the transitions officials make (which are also in
//    the audit trail, action "transition") and by the triggers below for the
//    automatic return of a verified batch to verification.
//  - Seal (seal_head_hash, seal_content_hash, sealed_at, sealed_by): set in
//    the same UPDATE that moves a batch from verified to confirmed, kept
//    while it is confirmed or completed, cleared when it is reopened or
//    cancelled (the earlier seal stays in the audit trail).
//  - Completion (actual_date, actual_place, actual_servicemen,
//    actual_civilians, completed_at, completed_by): written only in the
//    UPDATE that moves a batch from confirmed to completed, never after.
//  - batch_member.handover / handover_reason: what happened to a listed
//    person at the handover. Written only while the batch is confirmed, i.e.
//    by the completion itself, which writes the outcomes and then moves the
//    batch to completed in one transaction; completing needs an outcome for
//    every listed person; once completed they are frozen like the rest.
//  - A verified batch whose list, persons, checklist or plan changes goes
//    back to in_verification by itself (triggers batch_verified_*), with a
//    batch_transition row (automatic = 1, reason a code saying what changed):
//    a changed detail is pending again, so the batch is no longer verified.
//    Refusing the change instead would make an official ask a verifier to
//    undo the status before fixing a typo; the edit itself is audited by the
//    repository that made it.
//
// Trigger syntax is SQLite's (strftime for the time of automatic rows,
// OLD/NEW in WHEN); MigrationPg5to10.cpp writes the same rules in PL/pgSQL.
const char *const kStatements[] = {
    R"(CREATE TABLE batch_transition (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        automatic INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1)),
        official_id INTEGER REFERENCES official (id),
        at TEXT NOT NULL
    ))",
    "CREATE INDEX batch_transition_batch_idx ON batch_transition (batch_id)",
    R"(CREATE TRIGGER batch_transition_no_update BEFORE UPDATE ON batch_transition
       BEGIN SELECT RAISE(ABORT, 'the record of batch transitions cannot be changed'); END)",

    "ALTER TABLE batch ADD COLUMN seal_head_hash TEXT CHECK (seal_head_hash IS NULL OR length(seal_head_hash) = 64)",
    R"(ALTER TABLE batch ADD COLUMN seal_content_hash TEXT CHECK (seal_content_hash IS NULL OR length(seal_content_hash) = 64))",
    "ALTER TABLE batch ADD COLUMN sealed_at TEXT",
    "ALTER TABLE batch ADD COLUMN sealed_by INTEGER REFERENCES official (id)",
    "ALTER TABLE batch ADD COLUMN actual_date TEXT CHECK (actual_date IS NULL OR length(actual_date) = 10)",
    "ALTER TABLE batch ADD COLUMN actual_place TEXT",
    "ALTER TABLE batch ADD COLUMN actual_servicemen INTEGER CHECK (actual_servicemen IS NULL OR actual_servicemen >= 0)",
    "ALTER TABLE batch ADD COLUMN actual_civilians INTEGER CHECK (actual_civilians IS NULL OR actual_civilians >= 0)",
    "ALTER TABLE batch ADD COLUMN completed_at TEXT",
    "ALTER TABLE batch ADD COLUMN completed_by INTEGER REFERENCES official (id)",
    R"(ALTER TABLE batch_member ADD COLUMN handover TEXT CHECK (handover IS NULL OR handover IN ('handed_over', 'not_handed_over')))",
    "ALTER TABLE batch_member ADD COLUMN handover_reason TEXT NOT NULL DEFAULT ''",

    // --- status edges ---
    R"(CREATE TRIGGER batch_starts_as_draft BEFORE INSERT ON batch
       WHEN NEW.status <> 'draft' OR NEW.seal_head_hash IS NOT NULL OR NEW.seal_content_hash IS NOT NULL
         OR NEW.sealed_at IS NOT NULL OR NEW.sealed_by IS NOT NULL OR NEW.actual_date IS NOT NULL
         OR NEW.actual_place IS NOT NULL OR NEW.actual_servicemen IS NOT NULL OR NEW.actual_civilians IS NOT NULL
         OR NEW.completed_at IS NOT NULL OR NEW.completed_by IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a new batch starts as a draft'); END)",
    // --- the seal ---
    R"(CREATE TRIGGER batch_confirmed_needs_seal BEFORE UPDATE ON batch
       WHEN NEW.status IN ('confirmed', 'completed') AND (NEW.seal_head_hash IS NULL
         OR NEW.seal_content_hash IS NULL OR NEW.sealed_at IS NULL OR NEW.sealed_by IS NULL)
       BEGIN SELECT RAISE(ABORT, 'a confirmed batch needs its seal'); END)",
    R"(CREATE TRIGGER batch_seal_only_when_confirmed BEFORE UPDATE ON batch
       WHEN NEW.status NOT IN ('confirmed', 'completed') AND (NEW.seal_head_hash IS NOT NULL
         OR NEW.seal_content_hash IS NOT NULL OR NEW.sealed_at IS NOT NULL OR NEW.sealed_by IS NOT NULL)
       BEGIN SELECT RAISE(ABORT, 'only a confirmed batch carries a seal'); END)",
    R"(CREATE TRIGGER batch_seal_unchanged BEFORE UPDATE ON batch
       WHEN OLD.status IN ('confirmed', 'completed') AND NEW.status IN ('confirmed', 'completed') AND (
            NEW.seal_head_hash IS NOT OLD.seal_head_hash OR NEW.seal_content_hash IS NOT OLD.seal_content_hash
         OR NEW.sealed_at IS NOT OLD.sealed_at OR NEW.sealed_by IS NOT OLD.sealed_by)
       BEGIN SELECT RAISE(ABORT, 'the seal of a confirmed batch cannot change'); END)",

    // --- completion ---
    R"(CREATE TRIGGER batch_completed_needs_record BEFORE UPDATE ON batch
       WHEN NEW.status = 'completed' AND (NEW.actual_date IS NULL OR NEW.actual_place IS NULL
         OR length(trim(NEW.actual_place)) = 0 OR NEW.actual_servicemen IS NULL OR NEW.actual_civilians IS NULL
         OR NEW.completed_at IS NULL OR NEW.completed_by IS NULL)
       BEGIN SELECT RAISE(ABORT, 'a completed batch needs the actual date, place and counts'); END)",
    R"(CREATE TRIGGER batch_record_only_when_completed BEFORE UPDATE ON batch
       WHEN NEW.status <> 'completed' AND (NEW.actual_date IS NOT NULL OR NEW.actual_place IS NOT NULL
         OR NEW.actual_servicemen IS NOT NULL OR NEW.actual_civilians IS NOT NULL OR NEW.completed_at IS NOT NULL
         OR NEW.completed_by IS NOT NULL)
       BEGIN SELECT RAISE(ABORT, 'only a completed batch records the actual handover'); END)",
    R"(CREATE TRIGGER batch_record_unchanged BEFORE UPDATE ON batch
       WHEN OLD.status = 'completed' AND (NEW.actual_date IS NOT OLD.actual_date
         OR NEW.actual_place IS NOT OLD.actual_place OR NEW.actual_servicemen IS NOT OLD.actual_servicemen
         OR NEW.actual_civilians IS NOT OLD.actual_civilians OR NEW.completed_at IS NOT OLD.completed_at
         OR NEW.completed_by IS NOT OLD.completed_by)
       BEGIN SELECT RAISE(ABORT, 'the record of a completed handover cannot change'); END)",
    R"(CREATE TRIGGER batch_completed_needs_outcomes BEFORE UPDATE OF status ON batch
       WHEN NEW.status = 'completed' AND OLD.status <> 'completed' AND EXISTS (
           SELECT 1 FROM batch_member m WHERE m.batch_id = NEW.id AND m.status = 'listed' AND m.handover IS NULL)
       BEGIN SELECT RAISE(ABORT, 'every listed person must be marked handed over or not handed over'); END)",

    // --- handover outcomes: the schema 4 lock of the list, loosened for them ---
    "DROP TRIGGER batch_locked_member_update",
    R"(CREATE TRIGGER batch_locked_member_update BEFORE UPDATE ON batch_member
       WHEN (SELECT status FROM batch WHERE id = OLD.batch_id) = 'completed'
         OR (NEW.batch_id IS NOT OLD.batch_id
             AND (SELECT status FROM batch WHERE id = NEW.batch_id) IN ('confirmed', 'completed'))
         OR ((SELECT status FROM batch WHERE id = OLD.batch_id) = 'confirmed' AND (
                NEW.batch_id IS NOT OLD.batch_id OR NEW.person_id IS NOT OLD.person_id
             OR NEW.position IS NOT OLD.position OR NEW.status IS NOT OLD.status
             OR NEW.created_at IS NOT OLD.created_at))
       BEGIN SELECT RAISE(ABORT, 'the batch is confirmed: its list cannot change'); END)",
    R"(CREATE TRIGGER batch_member_outcome_on_insert BEFORE INSERT ON batch_member
       WHEN NEW.handover IS NOT NULL OR NEW.handover_reason <> ''
       BEGIN SELECT RAISE(ABORT, 'a handover outcome is recorded only when a confirmed batch is completed'); END)",
    R"(CREATE TRIGGER batch_member_outcome_when_confirmed BEFORE UPDATE ON batch_member
       WHEN (NEW.handover IS NOT OLD.handover OR NEW.handover_reason IS NOT OLD.handover_reason)
         AND (NEW.handover IS NOT NULL OR NEW.handover_reason <> '')
         AND (SELECT status FROM batch WHERE id = NEW.batch_id) <> 'confirmed'
       BEGIN SELECT RAISE(ABORT, 'a handover outcome is recorded only when a confirmed batch is completed'); END)",
    R"(CREATE TRIGGER batch_member_outcome_reason BEFORE UPDATE ON batch_member
       WHEN NEW.handover = 'not_handed_over' AND length(trim(NEW.handover_reason)) = 0
       BEGIN SELECT RAISE(ABORT, 'a person not handed over needs a reason'); END)",

    // Created after the other BEFORE UPDATE triggers on batch: SQLite fires
    // the newest first, so a move along a missing edge is named as such.
    R"(CREATE TRIGGER batch_status_edges BEFORE UPDATE OF status ON batch
       WHEN NEW.status <> OLD.status AND NOT (
            (OLD.status = 'draft' AND NEW.status IN ('in_verification', 'cancelled'))
         OR (OLD.status = 'in_verification' AND NEW.status IN ('draft', 'verified', 'cancelled'))
         OR (OLD.status = 'verified' AND NEW.status IN ('in_verification', 'confirmed', 'cancelled'))
         OR (OLD.status = 'confirmed' AND NEW.status IN ('completed', 'in_verification', 'cancelled')))
       BEGIN SELECT RAISE(ABORT, 'the batch cannot move from its status to that one'); END)",

    // --- a verified batch that changes is verified no longer ---
    R"(CREATE TRIGGER batch_verified_person_changed AFTER UPDATE ON person
       WHEN EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id
                    WHERE m.person_id = NEW.id AND b.status = 'verified')
       BEGIN
           INSERT INTO batch_transition (batch_id, from_status, to_status, reason, automatic, official_id, at)
           SELECT b.id, 'verified', 'in_verification', 'details_changed', 1, NEW.updated_by, NEW.updated_at
           FROM batch b JOIN batch_member m ON m.batch_id = b.id WHERE m.person_id = NEW.id AND b.status = 'verified';
           UPDATE batch SET status = 'in_verification', updated_at = NEW.updated_at
           WHERE status = 'verified' AND id IN (SELECT batch_id FROM batch_member WHERE person_id = NEW.id);
       END)",
    R"(CREATE TRIGGER batch_verified_member_added AFTER INSERT ON batch_member
       WHEN (SELECT status FROM batch WHERE id = NEW.batch_id) = 'verified'
       BEGIN
           INSERT INTO batch_transition (batch_id, from_status, to_status, reason, automatic, at)
           VALUES (NEW.batch_id, 'verified', 'in_verification', 'list_changed', 1, NEW.created_at);
           UPDATE batch SET status = 'in_verification', updated_at = NEW.created_at WHERE id = NEW.batch_id;
       END)",
    R"(CREATE TRIGGER batch_verified_member_changed AFTER UPDATE ON batch_member
       WHEN (SELECT status FROM batch WHERE id = NEW.batch_id) = 'verified'
         AND (NEW.status IS NOT OLD.status OR NEW.person_id IS NOT OLD.person_id OR NEW.batch_id IS NOT OLD.batch_id)
       BEGIN
           INSERT INTO batch_transition (batch_id, from_status, to_status, reason, automatic, at)
           VALUES (NEW.batch_id, 'verified', 'in_verification', 'list_changed', 1, NEW.updated_at);
           UPDATE batch SET status = 'in_verification', updated_at = NEW.updated_at WHERE id = NEW.batch_id;
       END)",
    R"(CREATE TRIGGER batch_verified_member_removed AFTER DELETE ON batch_member
       WHEN (SELECT status FROM batch WHERE id = OLD.batch_id) = 'verified'
       BEGIN
           INSERT INTO batch_transition (batch_id, from_status, to_status, reason, automatic, at)
           VALUES (OLD.batch_id, 'verified', 'in_verification', 'list_changed', 1,
                   strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
           UPDATE batch SET status = 'in_verification', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
           WHERE id = OLD.batch_id;
       END)",
    R"(CREATE TRIGGER batch_verified_item_added AFTER INSERT ON verification_item
       WHEN NEW.state <> 'confirmed' AND EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id
                    WHERE m.person_id = NEW.person_id AND b.status = 'verified')
       BEGIN
           INSERT INTO batch_transition (batch_id, from_status, to_status, reason, automatic, official_id, at)
           SELECT b.id, 'verified', 'in_verification', 'checklist_changed', 1, NEW.changed_by,
                  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
           FROM batch b JOIN batch_member m ON m.batch_id = b.id
           WHERE m.person_id = NEW.person_id AND b.status = 'verified';
           UPDATE batch SET status = 'in_verification', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
           WHERE status = 'verified' AND id IN (SELECT batch_id FROM batch_member WHERE person_id = NEW.person_id);
       END)",
    R"(CREATE TRIGGER batch_verified_item_changed AFTER UPDATE ON verification_item
       WHEN NEW.state <> 'confirmed' AND EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id
                    WHERE m.person_id = NEW.person_id AND b.status = 'verified')
       BEGIN
           INSERT INTO batch_transition (batch_id, from_status, to_status, reason, automatic, official_id, at)
           SELECT b.id, 'verified', 'in_verification', 'checklist_changed', 1,
                  COALESCE(NEW.verified_by, NEW.changed_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
           FROM batch b JOIN batch_member m ON m.batch_id = b.id
           WHERE m.person_id = NEW.person_id AND b.status = 'verified';
           UPDATE batch SET status = 'in_verification', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
           WHERE status = 'verified' AND id IN (SELECT batch_id FROM batch_member WHERE person_id = NEW.person_id);
       END)",
    R"(CREATE TRIGGER batch_verified_plan_changed AFTER UPDATE OF planned_servicemen, planned_civilians ON batch
       WHEN NEW.status = 'verified' AND (NEW.planned_servicemen <> OLD.planned_servicemen
         OR NEW.planned_civilians <> OLD.planned_civilians)
       BEGIN
           INSERT INTO batch_transition (batch_id, from_status, to_status, reason, automatic, at)
           VALUES (NEW.id, 'verified', 'in_verification', 'plan_changed', 1, NEW.updated_at);
           UPDATE batch SET status = 'in_verification' WHERE id = NEW.id;
       END)",
};

} // namespace

QStringList migration5Statements()
{
    QStringList list;
    for (auto it = std::begin(kStatements); it != std::end(kStatements); ++it)
        list << QString::fromUtf8(*it);
    return list;
}

} // namespace homeward
