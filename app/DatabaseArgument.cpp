#include "DatabaseArgument.h"

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

} // namespace homeward
