#include <QStringList>

namespace homeward {

// Schema 7: a person of a batch linked to the registry record the officials
// decided is the same person. At most one link per person (person_id
// UNIQUE); the link goes with the person (CASCADE) but keeps its registry
// record from being deleted (RESTRICT). verdict and score are what the
// matcher said when the official chose the record, kept for review; who and
// when are in linked_by/linked_at and in the audit trail.
// A person listed in a confirmed or completed batch keeps their link as it
// is, like the rest of their details (schema 4): triggers refuse linking,
// relinking and unlinking. Trigger syntax is SQLite's; MigrationPg5to10.cpp
// writes the same rules in PL/pgSQL.
QStringList migration7Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE person_registry_link (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
            registry_person_id INTEGER NOT NULL REFERENCES registry_person (id) ON DELETE RESTRICT,
            verdict TEXT NOT NULL CHECK (verdict IN ('match', 'probable', 'ambiguous', 'none')),
            score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
            linked_by INTEGER NOT NULL REFERENCES official (id) ON DELETE RESTRICT,
            linked_at TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX person_registry_link_registry_idx ON person_registry_link (registry_person_id)"),
        QStringLiteral(R"(CREATE TRIGGER registry_link_locked_insert BEFORE INSERT ON person_registry_link
            WHEN EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id
                         WHERE m.person_id = NEW.person_id AND b.status IN ('confirmed', 'completed'))
            BEGIN SELECT RAISE(ABORT, 'the person is listed in a confirmed batch: the registry link cannot change'); END)"),
        QStringLiteral(R"(CREATE TRIGGER registry_link_locked_update BEFORE UPDATE ON person_registry_link
            WHEN EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id
                         WHERE m.person_id IN (OLD.person_id, NEW.person_id) AND b.status IN ('confirmed', 'completed'))
            BEGIN SELECT RAISE(ABORT, 'the person is listed in a confirmed batch: the registry link cannot change'); END)"),
        QStringLiteral(R"(CREATE TRIGGER registry_link_locked_delete BEFORE DELETE ON person_registry_link
            WHEN EXISTS (SELECT 1 FROM batch_member m JOIN batch b ON b.id = m.batch_id
                         WHERE m.person_id = OLD.person_id AND b.status IN ('confirmed', 'completed'))
            BEGIN SELECT RAISE(ABORT, 'the person is listed in a confirmed batch: the registry link cannot change'); END)"),
    };
}

} // namespace homeward
