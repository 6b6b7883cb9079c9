#pragma once

#include "domain/Official.h"
#include "storage/RollingBackups.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QTimer;

namespace homeward {

class MainWindow;
class Store;

// File ▸ Back up now… and File ▸ Restore from backup…, and the automatic
// rolling backups: one when the window closes (when something changed since
// the last backup, or there is none yet) and one every N minutes while
// changes keep coming (RollingBackups, BackupInterval).
//
// A restore cannot replace the file under the open connection, so the
// official confirms, the window closes, and the restore runs once the
// database is closed (finishRestore, called by main); the official then
// starts Homeward again on the restored file.
class BackupActions final : public QObject {
    Q_OBJECT
public:
    BackupActions(Store &store, MainWindow *window);

    QList<QAction *> actions() const;
    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }

    void setDatabasePath(const QString &path);
    // A damaged database is not backed up automatically: its copies would push out the good ones.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Reads the automatic backup interval again (after the Settings dialog).
    void reloadSettings() { m_interval.setMinutes(RollingBackups::intervalMinutesSetting()); }

    // Called by the window's closeEvent.
    void backUpOnClose();
    // The backup the official chose to restore after the window closes; empty when none.
    QString pendingRestore() const { return m_pendingRestore; }

    // The restore flow: the backup `suggested`, or one the official chooses
    // when it is empty; its manifest and verification shown, confirmed, the window closed.
    void restoreFromBackup(const QString &suggested = QString());
    void backUpNow();

    // Runs the restore chosen in the window, with the database closed.
    // Prints and (with `dialogs`) shows the outcome. Returns the exit code.
    static int finishRestore(const QString &from, const QString &databasePath, const Actor &actor, bool dialogs);

Q_SIGNALS:
    void message(const QString &text);

private:
    void autoBackup();

    Store &m_store;
    MainWindow *m_window;
    QAction *m_backUpNow = nullptr;
    QAction *m_restore = nullptr;
    QTimer *m_timer = nullptr;
    QString m_databasePath;
    QString m_pendingRestore;
    BackupInterval m_interval;
    bool m_readOnly = false;
    bool m_backedUpThisSession = false;
};

} // namespace homeward
