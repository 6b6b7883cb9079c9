#include <QStringList>

namespace homeward {

// Schema 8: a version number on every row an official edits in a form, so
// that two programs on one database file cannot lose each other's changes.
// A form keeps the row_version it read; its save writes only
// "WHERE id = ? AND row_version = ?" and bumps the number, so a save based
// on a stale copy changes no row and is refused (models/storage/StaleEdit).
// person and official have had the column since schemas 1 and 2.
//
// Writers that do not go through a form (BatchWorkflow's status changes,
// seals and handover records, the schema 5 triggers that send a verified
// batch back to verification) do not bump the number themselves: the
// *_row_version triggers do it for any update that left it unchanged. Their
// own UPDATE sets row_version, so it does not fire them again (and
// recursive_triggers is off). The seal's content hash names its columns and
// does not include batch.row_version, so older seals stay valid.
// Trigger syntax is SQLite's; MigrationPg5to10.cpp writes the same rules in
// PL/pgSQL.
QStringList migration8Statements()
{
    return {
        QStringLiteral(
            "ALTER TABLE exchange ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)"),
        QStringLiteral("ALTER TABLE batch ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)"),
        QStringLiteral(R"(CREATE TRIGGER exchange_row_version AFTER UPDATE ON exchange
            WHEN NEW.row_version = OLD.row_version
            BEGIN UPDATE exchange SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END)"),
        QStringLiteral(R"(CREATE TRIGGER batch_row_version AFTER UPDATE ON batch
            WHEN NEW.row_version = OLD.row_version
            BEGIN UPDATE batch SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END)"),
    };
}

} // namespace homeward
