#pragma once

#include "domain/Official.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace homeward {

enum class Action;
class BackupActions;
class ConnectionLostBar;
class SharedDatabaseActions;
class PresenceTracker;
class BatchPanel;
class BatchWorkflowActions;
class DashboardPage;
class IdleLock;
class LockScreen;
class NavigatorWidget;
class RecordActions;
class VerificationActions;
class Store;

// The main window: the navigator on the left, the selected batch (or the
// selected exchange's dashboard) on the right, menus, tool bar and status bar. It only assembles; the work behind
// the actions is in RecordActions, the views in their own widgets.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

    // The open database file: its name in the title, its full path in the status bar.
    void setDatabaseLabel(const QString &path);
    // The logged-in official: name and roles in the status bar. Actions the
    // official's roles do not allow (domain/Permissions.h) are disabled, their
    // tooltip saying why; the repositories refuse them again.
    void setOfficial(const Official &official);
    const Official &official() const { return m_official; }
    // Read-only mode for a database that failed its checks on open: every
    // write action disabled (and kept so), a red banner with the reason and
    // a button to restore `newestGoodBackup` (or choose one when empty).
    void setReadOnly(const QString &reason, const QString &newestGoodBackup);
    bool isReadOnly() const { return m_readOnly; }
    BackupActions *backupActions() const { return m_backup; }
    SharedDatabaseActions *sharedDatabaseActions() const { return m_shared; }

    NavigatorWidget *navigator() const { return m_navigator; }
    BatchPanel *batchPanel() const { return m_panel; }
    // Shown instead of the batch panel while an exchange (not a batch) is selected.
    DashboardPage *dashboardPage() const { return m_dashboard; }
    RecordActions *recordActions() const { return m_records; }
    BatchWorkflowActions *workflowActions() const { return m_workflow; }
    VerificationActions *verificationActions() const { return m_verification; }
    // Locking the desk after the idle time or on demand (File ▸ Lock now).
    IdleLock *idleLock() const { return m_idleLock; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    // Shown while the connection to a shared database is lost (never on SQLite).
    ConnectionLostBar *connectionLostBar() const { return m_connectionLost; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void updateActions();
    // Enables `action` when the selection offers it and the official may take `needed`.
    void enableFor(QAction *action, bool offered, Action needed);
    void restoreLayout();
    void saveLayout() const;
    void showMessage(const QString &text);

    void newBatch();
    // The right side: the dashboard of `exchangeId`, or (0) the batch panel.
    void showDashboard(qint64 exchangeId);
    void newPerson();
    void editPerson();
    void deletePerson();
    void showAbout();
    void showAccounts();
    void showSettings();

    Store &m_store;
    NavigatorWidget *m_navigator = nullptr;
    BatchPanel *m_panel = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QStackedWidget *m_rightSide = nullptr; // the batch panel or the dashboard
    RecordActions *m_records = nullptr;
    BatchWorkflowActions *m_workflow = nullptr;
    VerificationActions *m_verification = nullptr; // verify details, history
    QSplitter *m_splitter = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_officialLabel = nullptr;
    Official m_official;
    BackupActions *m_backup = nullptr; // back up, restore, rolling backups
    SharedDatabaseActions *m_shared = nullptr; // connect to a shared database, or back to the local file
    PresenceTracker *m_presence = nullptr;     // which batch is open at this desk, for the others
    ConnectionLostBar *m_connectionLost = nullptr;
    bool m_readOnly = false;

    QAction *m_newExchange = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_newBatch = nullptr;
    QAction *m_editExchange = nullptr;
    QAction *m_deleteExchange = nullptr;
    QAction *m_editBatch = nullptr;
    QAction *m_deleteBatch = nullptr;
    QAction *m_newPerson = nullptr;
    QAction *m_editPerson = nullptr;
    QAction *m_deletePerson = nullptr;
    QAction *m_about = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_showDashboard = nullptr;
    IdleLock *m_idleLock = nullptr;
    LockScreen *m_lockScreen = nullptr;
};

} // namespace homeward
