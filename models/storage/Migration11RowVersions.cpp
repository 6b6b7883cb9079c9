#include "Migrations.h"

#include <QStringList>

namespace homeward {

// Schema 11: a row version on the other rows an official edits from a form,
// as schema 8 gave exchange and batch (read Migration8RowVersion.cpp):
//  - verification_item: a verifier's verdict and note. Two verifiers at two
//    desks must not overwrite each other's verdict, and a verdict given on a
//    detail that was changed meanwhile (the reset of person_details_changed
//    moves the number too) must not be stored;
//  - reconciliation_resolution: an official's note resolving a difference,
//    which a later resolve of the same item rewrites;
//  - person_registry_link: which registry record a person is, which a relink
//    replaces.
// Not here: tables whose rows are never updated (audit_log, batch_transition,
// registry_import, counterpart_list, counterpart_person, exchange_check_item),
// the registry's own rows (written by imports only) and batch_member, whose
// writes each check the state they move from (listed/withdrawn, the handover
// of a confirmed batch) inside their transaction.
//
// A form's save writes "WHERE id = ? AND row_version = ?" and bumps the
// number itself; every other writer (the checklist triggers of schema 3, a
// future tool) gets it bumped by the *_row_version triggers. Their own UPDATE
// sets row_version only, so the rules on verification_item (two-person rule,
// active verifier, confirmed batch) see the same row again and let it pass,
// and recursive_triggers is off. Trigger syntax is SQLite's;
// MigrationPg11RowVersions.cpp writes the same rules in PL/pgSQL.
QStringList migration11Statements()
{
    QStringList statements;
    for (const char *table : {"verification_item", "reconciliation_resolution", "person_registry_link"}) {
        const QString name = QString::fromLatin1(table);
        statements << QStringLiteral(
                          "ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)")
                          .arg(name)
                   << QStringLiteral(R"(CREATE TRIGGER %1_row_version AFTER UPDATE ON %1
            WHEN NEW.row_version = OLD.row_version
            BEGIN UPDATE %1 SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END)")
                          .arg(name);
    }
    return statements;
}

} // namespace homeward
