#include "DatabaseArgument.h"

#include "HeadlessSignIn.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>

namespace homeward {

QString DatabaseArgument::resolve(const QString &value)
{
    if (DatabaseUrl::isServerAddress(value))
        return value.trimmed();
    return QFileInfo(value).absoluteFilePath();
}

bool DatabaseArgument::isServer(const QString &resolved)
{
    return DatabaseUrl::isServerAddress(resolved);
}

QString DatabaseArgument::shown(const QString &resolved)
{
    return isServer(resolved) ? DatabaseUrl::withoutPassword(resolved) : QDir::toNativeSeparators(resolved);
}

QString DatabaseArgument::missing(const QString &resolved)
{
    if (isServer(resolved) || QFileInfo(resolved).isFile())
        return {};
    return tr("there is no database file at %1").arg(shown(resolved));
}

QString DatabaseArgument::fileOnly(const QString &resolved, const QString &command)
{
    if (!isServer(resolved))
        return {};
    return tr("%1 works on a database file; the shared database %2 is kept by its server, whose administrator "
              "backs it up and restores it with the server's own tools (pg_dump, pg_restore)")
        .arg(command, shown(resolved));
}

Result<std::unique_ptr<Database>> DatabaseArgument::open(const QString &resolved)
{
    return withPrompt(resolved, true);
}

Result<std::unique_ptr<Database>> DatabaseArgument::openUnmigrated(const QString &resolved)
{
    return withPrompt(resolved, false);
}

Result<std::unique_ptr<Database>> DatabaseArgument::withPrompt(const QString &resolved, bool migrated)
{
    const auto attempt = [&] { return migrated ? Database::open(resolved) : Database::openUnmigrated(resolved); };
    auto database = attempt();
    // libpq's words when neither PGPASSWORD nor the password file had one.
    if (database || !isServer(resolved) || !database.error().detail.contains(QLatin1String("no password supplied")) ||
        !canPrompt())
        return database;
    auto url = DatabaseUrl::parse(resolved);
    if (!url)
        return database;
    const auto typed = promptOnTerminal(tr("Password of the database role %1 on %2: ").arg(url.value().user(),
                                                                                              url.value().host()));
    if (!typed || typed->isEmpty())
        return database;
    // Read by libpq at each connection of this process; never written anywhere.
    qputenv("PGPASSWORD", typed->toUtf8());
    return attempt();
}

} // namespace homeward
