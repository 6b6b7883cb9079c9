#include "RollingBackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace homeward {
namespace {

constexpr auto kOwnerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QRegularExpression namePattern(const QString &baseName)
{
    return QRegularExpression(
        QStringLiteral("^%1-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$").arg(QRegularExpression::escape(baseName)));
}

} // namespace

int RollingBackups::keepSetting()
{
    return std::max(1, QSettings().value(QStringLiteral("backup/keep"), kDefaultKeep).toInt());
}

int RollingBackups::intervalMinutesSetting()
{
    return std::max(1, QSettings().value(QStringLiteral("backup/intervalMinutes"), kDefaultIntervalMinutes).toInt());
}

RollingBackups::RollingBackups(const QString &databasePath, int keep)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath()),
      m_baseName(QFileInfo(databasePath).completeBaseName()), m_keep(std::max(1, keep))
{
}

QString RollingBackups::folder() const
{
    return QDir(QFileInfo(m_databasePath).absolutePath()).filePath(QStringLiteral("backups"));
}

QString RollingBackups::pathFor(const QDateTime &when) const
{
    const QString stamp = when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QDir dir(folder());
    QString path = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(m_baseName, stamp));
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(Backup::manifestPath(path)); ++n)
        path = dir.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(m_baseName, stamp).arg(n));
    return path;
}

QStringList RollingBackups::backups() const
{
    const QRegularExpression pattern = namePattern(m_baseName);
    struct Found {
        QString stamp;
        int counter;
        QString path;
    };
    QList<Found> found;
    const QDir dir(folder());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        const auto match = pattern.match(info.fileName());
        if (match.hasMatch())
            found.append({match.captured(1), match.captured(2).isEmpty() ? 1 : match.captured(2).toInt(),
                          info.absoluteFilePath()});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.counter > b.counter;
    });
    QStringList paths;
    for (const Found &f : found)
        paths << f.path;
    return paths;
}

Result<QString> RollingBackups::backupNow(const QSqlDatabase &db, const QDateTime &now) const
{
    const QString dir = folder();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return Error{tr("Cannot create the backups folder %1").arg(QDir::toNativeSeparators(dir))};
        QFile::setPermissions(dir, kOwnerOnlyFolder);
    }
    const QString path = pathFor(now.isValid() ? now : QDateTime::currentDateTimeUtc());
    if (auto made = Backup::create(db, path); !made)
        return made.error();
    if (auto pruned = prune(); !pruned)
        return pruned.error();
    return path;
}

QString RollingBackups::newestGood() const
{
    for (const QString &path : backups()) {
        if (Backup::verify(path))
            return path;
    }
    return {};
}

Result<QStringList> RollingBackups::prune() const
{
    const QStringList all = backups();
    if (all.size() <= m_keep)
        return QStringList();
    // The newest good one stays, wherever it is; usually it is the newest.
    const QString good = newestGood();
    QStringList removed;
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        const QString &path = all.at(i);
        if (path == good)
            continue;
        if (!QFile::remove(path))
            return Error{tr("Cannot remove the old backup %1").arg(QDir::toNativeSeparators(path))};
        QFile::remove(Backup::manifestPath(path));
        removed << path;
    }
    return removed;
}

void BackupInterval::changed(const QDateTime &now)
{
    if (!m_firstUnsaved.isValid())
        m_firstUnsaved = now;
}

void BackupInterval::backedUp()
{
    m_firstUnsaved = QDateTime();
}

bool BackupInterval::due(const QDateTime &now) const
{
    return m_firstUnsaved.isValid() && m_firstUnsaved.secsTo(now) >= qint64(m_minutes) * 60;
}

} // namespace homeward
