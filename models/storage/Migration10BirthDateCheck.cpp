#include "Migrations.h"

#include <QStringList>

namespace homeward {

// Schema 10: the same birth-date rule, written so that SQLite checks it
// without a temporary table. "length(birth_date) IN (4, 7, 10)" makes SQLite
// build an ephemeral index of the three numbers for every row it checks
// (EXPLAIN shows OpenEphemeral; a list of two values compares directly):
// about a tenth of a registry import's time. Three comparisons mean the
// same. A CHECK constraint does not change how rows are stored, so its text
// is changed in place, as SQLite documents for such changes ("Making Other
// Kinds Of Table Schema Changes", lang_altertable.html): writable_schema,
// the new text, the schema cookie bumped so that every connection reloads
// it (Migrations::kBumpSchemaVersion). Every stored row met the old rule,
// so it meets the new one.
// SQLite only: a PostgreSQL schema gets the rule in this form from the start.
QStringList migration10Statements()
{
    const QString before = QStringLiteral("length(birth_date) IN (4, 7, 10)");
    const QString after =
        QStringLiteral("(length(birth_date) = 4 OR length(birth_date) = 7 OR length(birth_date) = 10)");
    return {
        QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, '%1', '%2') WHERE type = 'table' AND name IN "
                       "('person', 'registry_person', 'counterpart_person')")
            .arg(before, after),
        QStringLiteral("PRAGMA writable_schema = OFF"),
        Migrations::kBumpSchemaVersion,
        // The next statement reloads the schema: a text SQLite could not
        // parse fails the migration here, and the rollback restores it.
        QStringLiteral("SELECT 1 FROM person, registry_person, counterpart_person LIMIT 0"),
    };
}

} // namespace homeward
