#include "MainWindow.h"

#include "AccountsDialog.h"
#include "BackupActions.h"
#include "BatchPanel.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "NavigatorWidget.h"
#include "RecordActions.h"
#include "BatchWorkflowActions.h"
#include "RegistryActions.h"
#include "ExportActions.h"
#include "ReconciliationActions.h"
#include "ImportActions.h"
#include "SettingsDialog.h"
#include "SharedDatabaseActions.h"
#include "dashboard/PresenceTracker.h"
#include "ConnectionLostBar.h"
#include "VerificationActions.h"
#include "dashboard/DashboardPage.h"
#include "print/PrintActions.h"
#include "domain/Permissions.h"
#include "storage/Accounts.h"
#include "storage/DatabaseUrl.h"
#include "storage/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace homeward {
namespace {

constexpr int kMessageTimeoutMs = 10000;

QAction *makeAction(QObject *parent, const char *objectName, const QString &text, const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(QString::fromLatin1(objectName));
    return action;
}

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Homeward"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/homeward.svg")));

    m_records = new RecordActions(store, this);
    m_navigator = new NavigatorWidget(store);
    m_panel = new BatchPanel(store);
    m_dashboard = new DashboardPage(store);
    m_rightSide = new QStackedWidget;
    m_rightSide->setObjectName(QStringLiteral("rightSide"));
    m_rightSide->addWidget(m_panel);
    m_rightSide->addWidget(m_dashboard);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_rightSide);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({340, 860});
    // On a shared database, a bar above everything while the connection to the server is lost.
    m_connectionLost = new ConnectionLostBar(store);
    connect(m_connectionLost, &ConnectionLostBar::message, this, &MainWindow::showMessage);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionLost);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_countsLabel = new QLabel;
    m_countsLabel->setObjectName(QStringLiteral("statusCountsLabel"));
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_officialLabel = new QLabel;
    m_officialLabel->setObjectName(QStringLiteral("officialLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_officialLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    m_workflow = new BatchWorkflowActions(store, this);
    // Tells the other desks which batch is open here (the dashboard's "working now").
    m_presence = new PresenceTracker(store, this);
    connect(m_presence, &PresenceTracker::failed, this, &MainWindow::showMessage);
    m_backup = new BackupActions(store, this);
    m_shared = new SharedDatabaseActions(this);
    connect(m_shared, &SharedDatabaseActions::switchRequested, this, &QWidget::close);
    connect(m_backup, &BackupActions::message, this, &MainWindow::showMessage);
    m_idleLock = new IdleLock(this);
    m_lockScreen = new LockScreen(store, this);
    connect(m_idleLock, &IdleLock::lockRequested, m_lockScreen, &LockScreen::lock);
    connect(m_lockScreen, &LockScreen::locked, m_idleLock, [this] { m_idleLock->setPaused(true); });
    connect(m_lockScreen, &LockScreen::unlocked, m_idleLock, [this] { m_idleLock->setPaused(false); });
    createActions();
    createMenusAndToolBar();
    m_verification = new VerificationActions(store, this);
    new RegistryActions(store, this); // the Registry menu: match all with the registry
    new ExportActions(store, this);   // a batch's list or the registry to CSV or XLSX
    new ImportActions(store, this);   // a list into a batch or the registry, through the import wizard
    auto *print = new PrintActions(store, this); // File › Print: preview and PDF export of the three sheets
    connect(print, &PrintActions::message, this, &MainWindow::showMessage);
    auto *reconcile = new ReconciliationActions(store, this); // Batch › Reconcile with the other side's list
    connect(reconcile, &ReconciliationActions::message, this, &MainWindow::showMessage);

    connect(m_navigator, &NavigatorWidget::batchSelected, m_panel, [this](qint64 batchId) {
        showDashboard(0);
        m_panel->setBatch(batchId);
        m_presence->setBatch(batchId);
        updateActions();
    });
    connect(m_navigator, &NavigatorWidget::exchangeSelected, m_panel, [this](qint64 exchangeId) {
        m_panel->setBatch(0);
        m_presence->setBatch(0);
        showDashboard(exchangeId);
        updateActions();
    });
    connect(m_navigator, &NavigatorWidget::selectionCleared, m_panel, [this] {
        m_panel->setBatch(0);
        m_presence->setBatch(0);
        showDashboard(0);
        updateActions();
    });
    connect(m_dashboard, &DashboardPage::batchActivated, m_navigator, &NavigatorWidget::selectBatch);
    connect(m_panel, &BatchPanel::currentPersonChanged, this, &MainWindow::updateActions);
    connect(m_panel, &BatchPanel::personActivated, this, &MainWindow::editPerson);
    connect(m_panel, &BatchPanel::countsChanged, m_countsLabel, &QLabel::setText);
    connect(m_records, &RecordActions::message, this, &MainWindow::showMessage);
    connect(m_workflow, &BatchWorkflowActions::message, this, &MainWindow::showMessage);
    connect(m_records, &RecordActions::personSaved, m_panel, &BatchPanel::selectPerson);
    // A batch whose status changed may have become read-only.
    connect(store.notifier(), &ChangeNotifier::batchesChanged, this, &MainWindow::updateActions);

    restoreLayout();
    m_navigator->selectFirstBatch();
    updateActions();
    // Not listening for the other desks' changes is worth knowing, not worth stopping for.
    if (const Status &listening = store.serverNotifications().status(); !listening)
        showMessage(listening.text());
}

void MainWindow::setDatabaseLabel(const QString &path)
{
    m_backup->setDatabasePath(path);
    m_shared->setCurrent(path);
    if (auto url = DatabaseUrl::parse(path); DatabaseUrl::isServerAddress(path) && url) {
        // NAME on HOST: the shared database, told apart from a file at a glance.
        const QString name = tr("%1 on %2").arg(url.value().database(), url.value().host());
        setWindowTitle(tr("Homeward — %1").arg(name));
        m_databaseLabel->setText(name);
        m_databaseLabel->setToolTip(tr("Shared database: %1").arg(url.value().toString()));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("Homeward — %1").arg(name));
    m_databaseLabel->setText(name);
    m_databaseLabel->setToolTip(tr("Database: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

void MainWindow::setOfficial(const Official &official)
{
    m_official = official;
    const QString roles = Accounts::rolesText(official);
    m_officialLabel->setText(official.id == 0 ? QString() : tr("%1 (%2)").arg(official.fullName, roles));
    m_officialLabel->setToolTip(official.id == 0 ? QString() : tr("Logged in as %1").arg(official.username));
    m_workflow->setOfficial(official);
    if (official.id == 0)
        m_presence->setBatch(0);
    else
        m_presence->refresh();
    updateActions();
}

void MainWindow::setReadOnly(const QString &reason, const QString &newestGoodBackup)
{
    m_readOnly = true;
    m_backup->setReadOnly(true);
    m_presence->setActive(false);
    // Actions that only show stay, and the restore; every other one is
    // disabled and kept disabled whatever its own class decides later (the
    // connection refuses writes anyway: OpenCheck::enterReadOnly, which also
    // stops VACUUM INTO, so "Back up now" goes too).
    static const QStringList kReading = {
        QStringLiteral("quitAction"),       QStringLiteral("aboutAction"),        QStringLiteral("editPersonAction"),
        QStringLiteral("historyAction"),    QStringLiteral("batchHistoryAction"), QStringLiteral("restoreBackupAction"),
        QStringLiteral("lockNowAction"),    QStringLiteral("settingsAction"),
        QStringLiteral("showDashboardAction")};
    for (QAction *action : findChildren<QAction *>()) {
        if (action->isSeparator() || kReading.contains(action->objectName()) || action->menu())
            continue;
        action->setEnabled(false);
        connect(action, &QAction::enabledChanged, this, [action](bool enabled) {
            if (enabled)
                action->setEnabled(false);
        });
    }
    auto *banner = new QWidget;
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, QColor(0xb7, 0x1c, 0x1c));
    palette.setColor(QPalette::WindowText, Qt::white);
    banner->setPalette(palette);
    auto *layout = new QHBoxLayout(banner);
    auto *text = new QLabel(newestGoodBackup.isEmpty()
                                ? tr("Read-only: %1. No good backup of this database was found; choose one to restore.")
                                      .arg(reason)
                                : tr("Read-only: %1. Restore from the newest good backup: %2")
                                      .arg(reason, QDir::toNativeSeparators(newestGoodBackup)));
    text->setObjectName(QStringLiteral("readOnlyReason"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *restore = new QPushButton(tr("Restore from backup…"));
    restore->setObjectName(QStringLiteral("readOnlyRestoreButton"));
    connect(restore, &QPushButton::clicked, this,
            [this, newestGoodBackup] { m_backup->restoreFromBackup(newestGoodBackup); });
    layout->addWidget(text, 1);
    layout->addWidget(restore);
    auto *holder = new QWidget;
    auto *column = new QVBoxLayout(holder);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(banner);
    column->addWidget(takeCentralWidget(), 1);
    setCentralWidget(holder);
}

void MainWindow::createActions()
{
    QStyle *s = style();
    m_newExchange =
        makeAction(this, "newExchangeAction", tr("New &exchange…"),
                   QIcon::fromTheme(QStringLiteral("folder-new"), s->standardIcon(QStyle::SP_FileDialogNewFolder)));
    m_newExchange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newExchange->setStatusTip(tr("Record a new agreed exchange"));
    connect(m_newExchange, &QAction::triggered, this, [this] {
        if (const qint64 id = m_records->newExchange())
            m_navigator->selectExchange(id);
    });

    m_quit = makeAction(this, "quitAction", tr("&Quit"), QIcon::fromTheme(QStringLiteral("application-exit")));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_newBatch =
        makeAction(this, "newBatchAction", tr("New &batch…"),
                   QIcon::fromTheme(QStringLiteral("list-add"), s->standardIcon(QStyle::SP_FileDialogNewFolder)));
    m_newBatch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_newBatch->setStatusTip(tr("Add a handover to the selected exchange"));
    connect(m_newBatch, &QAction::triggered, this, &MainWindow::newBatch);

    m_editExchange = makeAction(this, "editExchangeAction", tr("&Edit exchange…"),
                                QIcon::fromTheme(QStringLiteral("document-properties")));
    connect(m_editExchange, &QAction::triggered, this,
            [this] { m_records->editExchange(m_navigator->currentExchangeId()); });
    m_deleteExchange = makeAction(this, "deleteExchangeAction", tr("&Delete exchange…"),
                                  QIcon::fromTheme(QStringLiteral("edit-delete")));
    connect(m_deleteExchange, &QAction::triggered, this,
            [this] { m_records->deleteExchange(m_navigator->currentExchangeId()); });

    m_editBatch = makeAction(this, "editBatchAction", tr("&Edit batch…"),
                             QIcon::fromTheme(QStringLiteral("document-properties")));
    connect(m_editBatch, &QAction::triggered, this, [this] { m_records->editBatch(m_navigator->currentBatchId()); });
    m_deleteBatch =
        makeAction(this, "deleteBatchAction", tr("&Delete batch…"), QIcon::fromTheme(QStringLiteral("edit-delete")));
    connect(m_deleteBatch, &QAction::triggered, this,
            [this] { m_records->deleteBatch(m_navigator->currentBatchId()); });

    m_newPerson = makeAction(this, "newPersonAction", tr("&New person…"),
                             QIcon::fromTheme(QStringLiteral("contact-new"), s->standardIcon(QStyle::SP_FileIcon)));
    m_newPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newPerson->setStatusTip(tr("Add a person to the selected batch"));
    connect(m_newPerson, &QAction::triggered, this, &MainWindow::newPerson);

    m_editPerson = makeAction(
        this, "editPersonAction", tr("&Edit person…"),
        QIcon::fromTheme(QStringLiteral("document-edit"), s->standardIcon(QStyle::SP_FileDialogDetailedView)));
    m_editPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editPerson->setStatusTip(tr("Open the selected person's details (Enter or double-click in the list)"));
    connect(m_editPerson, &QAction::triggered, this, &MainWindow::editPerson);

    m_deletePerson = makeAction(this, "deletePersonAction", tr("&Remove person…"),
                                QIcon::fromTheme(QStringLiteral("edit-delete"), s->standardIcon(QStyle::SP_TrashIcon)));
    m_deletePerson->setShortcut(QKeySequence::Delete);
    // Del acts on the list only: in the navigator or a text field it must not remove a person.
    m_deletePerson->setShortcutContext(Qt::WidgetShortcut);
    m_deletePerson->setStatusTip(tr("Take the selected person off the batch's list"));
    connect(m_deletePerson, &QAction::triggered, this, &MainWindow::deletePerson);

    m_accounts = makeAction(this, "accountsAction", tr("&Accounts…"), QIcon::fromTheme(QStringLiteral("system-users")));
    m_accounts->setStatusTip(tr("Create, change, disable and enable accounts; reset passwords"));
    m_accounts->setEnabled(false); // for a supervisor only: see updateActions()
    connect(m_accounts, &QAction::triggered, this, &MainWindow::showAccounts);

    m_settings = makeAction(this, "settingsAction", tr("&Settings…"), QIcon::fromTheme(QStringLiteral("configure")));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setStatusTip(tr("Lock after idle time, automatic backups"));
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_showDashboard = makeAction(this, "showDashboardAction", tr("&Dashboard"),
                                 QIcon::fromTheme(QStringLiteral("view-statistics")));
    m_showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_showDashboard->setStatusTip(tr("Show the selected exchange's batches, progress and charts"));
    connect(m_showDashboard, &QAction::triggered, this, [this] {
        if (const qint64 exchangeId = m_navigator->currentExchangeId())
            m_navigator->selectExchange(exchangeId);
    });

    m_about = makeAction(this, "aboutAction", tr("&About Homeward"), QIcon::fromTheme(QStringLiteral("help-about")));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newExchange);
    file->addSeparator();
    file->addActions(m_shared->actions());
    file->addSeparator();
    file->addActions(m_backup->actions());
    file->addSeparator();
    file->addAction(m_idleLock->lockNowAction());
    file->addAction(m_quit);

    QMenu *view = menuBar()->addMenu(tr("Vie&w"));
    view->addAction(m_showDashboard);

    QMenu *exchange = menuBar()->addMenu(tr("E&xchange"));
    exchange->addAction(m_newBatch);
    exchange->addAction(m_editExchange);
    exchange->addSeparator();
    exchange->addAction(m_deleteExchange);

    QMenu *batch = menuBar()->addMenu(tr("&Batch"));
    batch->addAction(m_editBatch);
    batch->addSeparator();
    for (QAction *step : m_workflow->actions()) {
        if (step)
            batch->addAction(step);
        else
            batch->addSeparator();
    }
    batch->addSeparator();
    batch->addAction(m_deleteBatch);

    QMenu *person = menuBar()->addMenu(tr("&Person"));
    person->addAction(m_newPerson);
    person->addAction(m_editPerson);
    person->addSeparator();
    person->addAction(m_deletePerson);

    QMenu *administration = menuBar()->addMenu(tr("&Administration"));
    administration->addAction(m_accounts);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_settings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);

    QToolBar *tools = addToolBar(tr("Main tool bar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(m_newExchange);
    tools->addAction(m_newBatch);
    tools->addSeparator();
    tools->addAction(m_newPerson);
    tools->addAction(m_editPerson);
    tools->addAction(m_deletePerson);

    // Right-click menus offer the same actions where the records are.
    QTreeView *tree = m_navigator->treeView();
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->addActions({m_newBatch, m_editExchange, m_deleteExchange});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    tree->addActions({separator, m_editBatch, m_deleteBatch});
    QTableView *table = m_panel->tableView();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions({m_newPerson, m_editPerson, m_deletePerson});
}

void MainWindow::updateActions()
{
    const bool exchange = m_navigator->currentExchangeId() != 0;
    const bool batch = m_navigator->currentBatchId() != 0 && m_panel->batchId() != 0;
    const bool editable = batch && m_panel->isListEditable();
    const bool person = batch && m_panel->currentPersonId() != 0;
    enableFor(m_newExchange, true, Action::ManageExchanges);
    enableFor(m_newBatch, exchange, Action::ManageBatches);
    enableFor(m_editExchange, exchange, Action::ManageExchanges);
    enableFor(m_deleteExchange, exchange, Action::ManageExchanges);
    // A confirmed or completed batch is locked (the database refuses changes).
    enableFor(m_editBatch, editable, Action::ManageBatches);
    enableFor(m_deleteBatch, editable, Action::ManageBatches);
    enableFor(m_newPerson, editable, Action::EnterPersons);
    // Opening a person shows the details to everyone; saving needs EnterPersons.
    m_editPerson->setEnabled(person);
    enableFor(m_deletePerson, person && editable, Action::EnterPersons);
    enableFor(m_accounts, true, Action::ManageAccounts);
    m_showDashboard->setEnabled(exchange); // reading only: open to every role
    m_workflow->setBatch(batch ? m_navigator->currentBatchId() : 0);
}

void MainWindow::enableFor(QAction *action, bool offered, Action needed)
{
    const bool allowed = m_official.id != 0 && mayTake(m_official, needed);
    action->setEnabled(offered && allowed);
    if (allowed)
        action->setToolTip(QString()); // back to the action's own text
    else if (m_official.id == 0)
        action->setToolTip(tr("Log in to %1").arg(actionLabel(needed)));
    else if (!m_official.active)
        action->setToolTip(tr("Your account is disabled"));
    else
        action->setToolTip(tr("Your roles (%1) do not allow you to %2")
                               .arg(Accounts::rolesText(m_official), actionLabel(needed)));
}

void MainWindow::showDashboard(qint64 exchangeId)
{
    // A hidden dashboard reads nothing: it follows changes only while shown.
    m_dashboard->setExchange(exchangeId);
    m_rightSide->setCurrentWidget(exchangeId != 0 ? static_cast<QWidget *>(m_dashboard) : m_panel);
}

void MainWindow::newBatch()
{
    if (const qint64 id = m_records->newBatch(m_navigator->currentExchangeId()))
        m_navigator->selectBatch(id);
}

void MainWindow::newPerson()
{
    if (m_panel->batchId() != 0 && m_panel->isListEditable())
        m_records->newPerson(m_panel->batchId());
}

void MainWindow::editPerson()
{
    if (const qint64 id = m_panel->currentPersonId())
        m_records->editPerson(id, m_panel->batchId());
}

void MainWindow::deletePerson()
{
    const qint64 id = m_panel->currentPersonId();
    if (id != 0 && m_panel->isListEditable())
        m_records->removePerson(m_panel->batchId(), id, m_panel->currentPosition());
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, kMessageTimeoutMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Homeward"),
                       tr("<h3>Homeward %1</h3>"
                          "<p>Lists of prisoners of war and detained civilians for exchanges: batches, persons, "
                          "checks and summary sheets.</p>")
                           .arg(QStringLiteral(HOMEWARD_VERSION)));
}

void MainWindow::showAccounts()
{
    if (!m_accounts->isEnabled())
        return;
    AccountsDialog dialog(m_store, this);
    // Accepted: something changed, possibly the official's own roles.
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto fresh = Accounts(m_store.connection()).get(m_official.id);
    if (!fresh) {
        showMessage(fresh.text());
        return;
    }
    setOfficial(fresh.value());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
    {
        m_idleLock->reload(); // the idle time and the backup interval apply at once
        m_backup->reloadSettings();
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_panel->tableView()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/personColumns")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/personColumns"),
                      m_panel->tableView()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_backup->backUpOnClose();
    QMainWindow::closeEvent(event);
}

} // namespace homeward
