#include "Dialect.h"

#include <QStringList>

namespace homeward {

// Schema 11 on PostgreSQL: the row versions of Migration11RowVersions.cpp
// (read it for which tables and why). As for schema 8 (MigrationPg5to10.cpp)
// the trigger is BEFORE UPDATE and sets NEW.row_version through schema 8's
// function row_version_bump(), so the row is written once. PostgreSQL fires
// BEFORE triggers in name order, so verification_item_row_version runs among
// the rules on verification_item; none of them reads or sets row_version, so
// the order changes nothing.
QStringList postgresMigration11Statements()
{
    QStringList statements;
    for (const char *table : {"verification_item", "reconciliation_resolution", "person_registry_link"}) {
        const QString name = QString::fromLatin1(table);
        statements << QStringLiteral(
                          "ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)")
                          .arg(name)
                   << QStringLiteral(R"(CREATE TRIGGER %1_row_version BEFORE UPDATE ON %1
            FOR EACH ROW EXECUTE FUNCTION row_version_bump())")
                          .arg(name);
    }
    return statements;
}

} // namespace homeward
