#pragma once

#include "Backup.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>

namespace homeward {

// Automatic backups of one database file, in a "backups" folder beside it:
//   <db dir>/backups/<db base name>-YYYYMMDD-HHMMSS.sqlite (+ .manifest.json)
// Keeps the newest K (QSettings "backup/keep", default 10). Pruning touches
// only files matching that name pattern, and never the newest backup that
// verifies, even when it is older than the newest K.
class RollingBackups final {
    Q_DECLARE_TR_FUNCTIONS(homeward::RollingBackups)

public:
    static constexpr int kDefaultKeep = 10;
    static constexpr int kDefaultIntervalMinutes = 15;
    static int keepSetting();            // QSettings "backup/keep", at least 1
    static int intervalMinutesSetting(); // QSettings "backup/intervalMinutes", at least 1

    explicit RollingBackups(const QString &databasePath, int keep = keepSetting());

    QString folder() const;
    // The name a backup taken at `when` gets (UTC in the name).
    QString pathFor(const QDateTime &when) const;
    // The backups of this database, newest first.
    QStringList backups() const;

    // Takes a backup of `db` now (the folder is created owner-only) and prunes. The new file's path.
    Result<QString> backupNow(const QSqlDatabase &db, const QDateTime &now = QDateTime()) const;
    // Removes all but the newest K, keeping the newest that verifies. The removed files.
    Result<QStringList> prune() const;
    // The newest backup that verifies; empty when there is none.
    QString newestGood() const;

private:
    QString m_databasePath;
    QString m_baseName;
    int m_keep;
};

// When the next automatic backup is due: `interval` after the first change
// that no backup holds yet. Without changes no backup is taken.
class BackupInterval final {
public:
    explicit BackupInterval(int minutes = RollingBackups::intervalMinutesSetting()) : m_minutes(minutes) {}
    void changed(const QDateTime &now);
    void backedUp(); // everything changed so far is in a backup
    bool due(const QDateTime &now) const;
    bool pending() const { return m_firstUnsaved.isValid(); }
    // A new interval (at least 1 minute) applies to the changes already waiting too.
    void setMinutes(int minutes) { m_minutes = std::max(1, minutes); }
    int minutes() const { return m_minutes; }

private:
    int m_minutes;
    QDateTime m_firstUnsaved; // invalid: nothing unsaved
};

} // namespace homeward
