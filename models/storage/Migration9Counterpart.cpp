#include <QStringList>

namespace homeward {

// Schema 9: the other side's list of a batch and the resolutions of what
// reconciling it with our list found (CounterpartRepository, names/Reconciler).
//  - counterpart_list: one row per import (batch, file by name and SHA-256,
//    row count, who and when). Every import is kept as history; the newest
//    list of a batch is its current one.
//  - counterpart_person: the rows of one list, in the interchange fields,
//    kept apart from `person` so that their list is never merged into ours.
//    sex and category are NULL when their list leaves them empty;
//    birth_date is ISO text of the known part as in `person`; line is the
//    row's line in their file (0 when the rows did not come from a file).
//  - reconciliation_resolution: an official's note that one difference (or
//    one person on one list only) is resolved, for the two values it was
//    made for; the key names the item (see names/Reconciler.h).
// A list belongs to its batch: a draft batch's deletion takes its lists and
// resolutions along. Lists and their rows are never changed. Nothing is
// added to a confirmed, completed or cancelled batch, and its resolutions
// stay as they were. Trigger syntax is SQLite's; MigrationPg5to10.cpp writes
// the same rules in PL/pgSQL.
QStringList migration9Statements()
{
    const QString locked = QStringLiteral("('confirmed', 'completed', 'cancelled')");
    return {
        QStringLiteral(R"(CREATE TABLE counterpart_list (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
            file_name TEXT NOT NULL CHECK (length(file_name) > 0),
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            row_count INTEGER NOT NULL CHECK (row_count > 0),
            imported_by INTEGER NOT NULL REFERENCES official (id) ON DELETE RESTRICT,
            imported_at TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX counterpart_list_batch_idx ON counterpart_list (batch_id, id)"),
        QStringLiteral(R"(CREATE TABLE counterpart_person (
            id INTEGER PRIMARY KEY,
            list_id INTEGER NOT NULL REFERENCES counterpart_list (id) ON DELETE CASCADE,
            line INTEGER NOT NULL CHECK (line >= 0),
            record_id TEXT NOT NULL CHECK (length(record_id) BETWEEN 1 AND 64),
            surname TEXT NOT NULL CHECK (length(surname) > 0),
            given_name TEXT NOT NULL CHECK (length(given_name) > 0),
            patronymic TEXT NOT NULL DEFAULT '',
            birth_date TEXT CHECK (birth_date IS NULL OR length(birth_date) IN (4, 7, 10)),
            sex TEXT CHECK (sex IS NULL OR sex IN ('M', 'F')),
            category TEXT CHECK (category IS NULL OR category IN ('serviceman', 'civilian')),
            rank TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            service_number TEXT NOT NULL DEFAULT '',
            document_number TEXT NOT NULL DEFAULT '',
            birth_place TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (list_id, record_id)
        ))"),
        QStringLiteral(R"(CREATE TABLE reconciliation_resolution (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
            item_key TEXT NOT NULL CHECK (length(item_key) > 0),
            ours_value TEXT NOT NULL DEFAULT '',
            theirs_value TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL CHECK (length(trim(note)) > 0),
            resolved_by INTEGER NOT NULL REFERENCES official (id) ON DELETE RESTRICT,
            resolved_at TEXT NOT NULL,
            UNIQUE (batch_id, item_key)
        ))"),
        QStringLiteral(R"(CREATE TRIGGER counterpart_list_locked_insert BEFORE INSERT ON counterpart_list
            WHEN (SELECT status FROM batch WHERE id = NEW.batch_id) IN %1
            BEGIN SELECT RAISE(ABORT, 'the batch is confirmed, completed or cancelled: no counterpart list can be imported'); END)")
            .arg(locked),
        QStringLiteral(R"(CREATE TRIGGER counterpart_list_no_update BEFORE UPDATE ON counterpart_list
            BEGIN SELECT RAISE(ABORT, 'an imported counterpart list is never changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER counterpart_person_locked_insert BEFORE INSERT ON counterpart_person
            WHEN (SELECT b.status FROM counterpart_list l JOIN batch b ON b.id = l.batch_id WHERE l.id = NEW.list_id) IN %1
            BEGIN SELECT RAISE(ABORT, 'the batch is confirmed, completed or cancelled: no counterpart list can be imported'); END)")
            .arg(locked),
        QStringLiteral(R"(CREATE TRIGGER counterpart_person_no_update BEFORE UPDATE ON counterpart_person
            BEGIN SELECT RAISE(ABORT, 'an imported counterpart list is never changed'); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER reconciliation_resolution_locked_insert BEFORE INSERT ON reconciliation_resolution
            WHEN (SELECT status FROM batch WHERE id = NEW.batch_id) IN %1
            BEGIN SELECT RAISE(ABORT, 'the batch is confirmed, completed or cancelled: its reconciliation cannot change'); END)")
            .arg(locked),
        QStringLiteral(
            R"(CREATE TRIGGER reconciliation_resolution_locked_update BEFORE UPDATE ON reconciliation_resolution
            WHEN (SELECT status FROM batch WHERE id = OLD.batch_id) IN %1
              OR (SELECT status FROM batch WHERE id = NEW.batch_id) IN %1
            BEGIN SELECT RAISE(ABORT, 'the batch is confirmed, completed or cancelled: its reconciliation cannot change'); END)")
            .arg(locked),
        QStringLiteral(
            R"(CREATE TRIGGER reconciliation_resolution_locked_delete BEFORE DELETE ON reconciliation_resolution
            WHEN (SELECT status FROM batch WHERE id = OLD.batch_id) IN %1
            BEGIN SELECT RAISE(ABORT, 'the batch is confirmed, completed or cancelled: its reconciliation cannot change'); END)")
            .arg(locked),
    };
}

} // namespace homeward
