#include "ImportActions.h"

#include "MainWindow.h"
#include "MenuLookup.h"
#include "NavigatorWidget.h"
#include "domain/Permissions.h"
#include "importwizard/ImportWizard.h"
#include "storage/Accounts.h"
#include "storage/Store.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace homeward {
namespace {

// Why the official may not take `needed`, or an empty text when they may.
QString refusal(const Official &official, Action needed)
{
    if (official.id == 0)
        return ImportActions::tr("Log in to %1").arg(actionLabel(needed));
    if (!official.active)
        return ImportActions::tr("Your account is disabled");
    if (!mayTake(official, needed))
        return ImportActions::tr("Your roles (%1) do not allow you to %2")
            .arg(Accounts::rolesText(official), actionLabel(needed));
    return {};
}

} // namespace

ImportActions::ImportActions(Store &store, MainWindow *window) : QObject(window), m_store(store), m_window(window)
{
    m_importList = new QAction(tr("&Import list…"), this);
    m_importList->setObjectName(QStringLiteral("importListAction"));
    m_importList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importList->setStatusTip(tr("Add the persons of a CSV file or an Excel workbook to the selected batch, after "
                                  "checking every row (Ctrl+Shift+I)"));
    connect(m_importList, &QAction::triggered, this, &ImportActions::importList);

    m_importRegistry = new QAction(tr("Import registry from a &list…"), this);
    m_importRegistry->setObjectName(QStringLiteral("importRegistryAction"));
    m_importRegistry->setStatusTip(tr("Add the records of a CSV file (any encoding, the interchange CSV included) or "
                                      "an Excel workbook to the registry, choosing its columns and checking every row "
                                      "first; nothing is imported while any row has a problem"));
    connect(m_importRegistry, &QAction::triggered, this, &ImportActions::importRegistry);

    QMenuBar *bar = window->menuBar();
    if (QMenu *batch = menuHolding(bar, QStringLiteral("editBatchAction"))) {
        batch->addAction(m_importList);
        connect(batch, &QMenu::aboutToShow, this, &ImportActions::updateActions);
    }
    window->addAction(m_importList); // the shortcut also without the menu
    if (QMenu *registry = menuNamed(bar, QStringLiteral("registryMenu"))) {
        // First in the menu: the registry is loaded before anything is matched with it.
        registry->insertAction(registry->actions().value(0, nullptr), m_importRegistry);
        connect(registry, &QMenu::aboutToShow, this, &ImportActions::updateActions);
    } else {
        window->addAction(m_importRegistry);
    }

    connect(window->navigator(), &NavigatorWidget::batchSelected, this, &ImportActions::updateActions);
    connect(window->navigator(), &NavigatorWidget::exchangeSelected, this, &ImportActions::updateActions);
    connect(window->navigator(), &NavigatorWidget::selectionCleared, this, &ImportActions::updateActions);
    // A status change (submitted, confirmed) may close the batch to imports.
    connect(store.notifier(), &ChangeNotifier::batchesChanged, this, &ImportActions::updateActions);
    // MainWindow::setOfficial (login, unlock by another official) announces
    // nothing, but it sets the window's own actions again: follow one of them.
    if (auto *newPerson = window->findChild<QAction *>(QStringLiteral("newPersonAction")))
        connect(newPerson, &QAction::changed, this, &ImportActions::updateActions);
    updateActions();
}

ImportWizard *ImportActions::wizard() const
{
    return m_window->findChild<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly);
}

void ImportActions::updateActions()
{
    const Official &official = m_window->official();
    // The batch panel may learn of a new selection after this object does: ask the navigator and the store.
    const qint64 batchId = m_window->navigator()->currentBatchId();
    const auto batch = batchId != 0 ? m_store.batches().get(batchId) : Result<Batch>(Error{});
    QString why = refusal(official, Action::EnterPersons);
    if (why.isEmpty() && batchId == 0)
        why = tr("Select the batch to add the list to");
    else if (why.isEmpty() && !batch)
        why = batch.text();
    else if (why.isEmpty() && batch.value().status != BatchStatus::Draft)
        why = tr("Only a draft batch takes a list: this one is %1").arg(label(batch.value().status).toLower());
    m_importList->setEnabled(why.isEmpty());
    m_importList->setToolTip(why.isEmpty() ? m_importList->statusTip() : why);

    const QString registryWhy = refusal(official, Action::ImportRegistry);
    m_importRegistry->setEnabled(registryWhy.isEmpty());
    m_importRegistry->setToolTip(registryWhy.isEmpty() ? m_importRegistry->statusTip() : registryWhy);
}

void ImportActions::importList()
{
    updateActions();
    const qint64 batchId = m_window->navigator()->currentBatchId();
    if (!m_importList->isEnabled() || batchId == 0)
        return;
    if (!raiseOpenWizard())
        openWizard(new ImportWizard(m_store, ListTarget::Batch, batchId, m_window));
}

void ImportActions::importRegistry()
{
    updateActions();
    if (!m_importRegistry->isEnabled())
        return;
    if (!raiseOpenWizard())
        openWizard(new ImportWizard(m_store, ListTarget::Registry, 0, m_window));
}

bool ImportActions::raiseOpenWizard() const
{
    // One import at a time.
    ImportWizard *open = wizard();
    if (!open)
        return false;
    open->raise();
    open->activateWindow();
    return true;
}

void ImportActions::openWizard(ImportWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
}

} // namespace homeward
