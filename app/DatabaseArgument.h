#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace homeward {

// What --database names: a database file, or a shared database's address
// (postgresql://USER@HOST:PORT/NAME, see storage/DatabaseUrl). The commands
// treat both alike through these helpers, so that every one accepts an address.
class DatabaseArgument final {
    Q_DECLARE_TR_FUNCTIONS(homeward::DatabaseArgument)

public:
    // Ready to open: a file made absolute, an address as given (trimmed).
    static QString resolve(const QString &value);
    static bool isServer(const QString &resolved);
    // For messages: the file with the system's separators, or the address.
    static QString shown(const QString &resolved);
    // Why a command that needs an existing database cannot open `resolved`
    // (opening would create a missing file); empty when nothing is wrong
    // that can be seen before connecting.
    static QString missing(const QString &resolved);
    // The refusal of a command that works on the database file itself
    // (`command` is its name), for a server address; empty for a file.
    static QString fileOnly(const QString &resolved, const QString &command);

    // Database::open / openUnmigrated, and for a server that asks for a password none of
    // PGPASSWORD and ~/.pgpass gives: a prompt on the terminal (when there is one), the
    // typed password handed to libpq for this process only, and one more try.
    static Result<std::unique_ptr<Database>> open(const QString &resolved);
    static Result<std::unique_ptr<Database>> openUnmigrated(const QString &resolved);

private:
    static Result<std::unique_ptr<Database>> withPrompt(const QString &resolved, bool migrated);
};

} // namespace homeward
