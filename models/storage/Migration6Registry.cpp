#include <QStringList>

namespace homeward {

// Schema 6: the registry of persons known to be held, the reference every
// batch is checked against. Imported from the interchange CSV, a million
// rows and more; kept apart from `person` (our batches' lists) so that a
// registry import never touches a batch.
//  - registry_import: one row per import (who, when, which file by name and
//    SHA-256, how many rows); its audit row points at it.
//  - registry_person: the interchange fields. Only record_id, surname and
//    given_name are required (a registry record may lack the rest); sex and
//    category are NULL when unknown; birth_date is ISO text of the known
//    part as in `person` (4, 7 or 10 characters). import_id is the import
//    that last wrote the row (who did it is in registry_import).
// Matching loads the whole registry into memory (names::RegistryIndex), so
// record_id's unique index is the only one needed. Portable SQL (the
// MigrationPg5to10.cpp maps INTEGER PRIMARY KEY to an identity column).
QStringList migration6Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE registry_import (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL CHECK (length(file_name) > 0),
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            rows_read INTEGER NOT NULL CHECK (rows_read >= 0),
            rows_inserted INTEGER NOT NULL CHECK (rows_inserted >= 0),
            rows_replaced INTEGER NOT NULL CHECK (rows_replaced >= 0),
            imported_by INTEGER NOT NULL REFERENCES official (id) ON DELETE RESTRICT,
            imported_at TEXT NOT NULL,
            CHECK (rows_inserted + rows_replaced = rows_read)
        ))"),
        QStringLiteral(R"(CREATE TABLE registry_person (
            id INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL UNIQUE CHECK (length(record_id) BETWEEN 1 AND 64),
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
            import_id INTEGER NOT NULL REFERENCES registry_import (id) ON DELETE RESTRICT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
        // The import log is history: never changed, never deleted.
        QStringLiteral(R"(CREATE TRIGGER registry_import_no_update BEFORE UPDATE ON registry_import
            BEGIN SELECT RAISE(ABORT, 'the registry import log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER registry_import_no_delete BEFORE DELETE ON registry_import
            BEGIN SELECT RAISE(ABORT, 'the registry import log is append-only'); END)"),
    };
}

} // namespace homeward
