#include "ReconciliationActions.h"

#include "BatchPanel.h"
#include "MainWindow.h"
#include "MenuLookup.h"
#include "NavigatorWidget.h"
#include "reconciliation/ReconciliationWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace homeward {
ReconciliationActions::ReconciliationActions(Store &store, MainWindow *window)
    : QObject(window), m_store(store), m_window(window)
{
    m_reconcile = new QAction(tr("&Reconcile with the other side's list…"), this);
    m_reconcile->setObjectName(QStringLiteral("reconcileAction"));
    m_reconcile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reconcile->setStatusTip(tr("Load the list the other side sent for the selected batch and compare it with ours: "
                                 "differences riskiest first, persons on one list only, the counts (Ctrl+Shift+R)"));
    connect(m_reconcile, &QAction::triggered, this, &ReconciliationActions::reconcile);
    if (QMenu *menu = menuHolding(window->menuBar(), QStringLiteral("editBatchAction"))) {
        menu->addSeparator();
        menu->addAction(m_reconcile);
    }
    // The shortcut works with the menu closed, from anywhere in the window.
    window->addAction(m_reconcile);

    connect(window->navigator(), &NavigatorWidget::batchSelected, this, &ReconciliationActions::updateAction);
    connect(window->navigator(), &NavigatorWidget::exchangeSelected, this, &ReconciliationActions::updateAction);
    connect(window->navigator(), &NavigatorWidget::selectionCleared, this, &ReconciliationActions::updateAction);
    updateAction();
}

ReconciliationWindow *ReconciliationActions::openWindow() const
{
    return m_open.data();
}

void ReconciliationActions::updateAction()
{
    const bool batch = m_window->navigator()->currentBatchId() != 0;
    m_reconcile->setEnabled(batch);
    m_reconcile->setToolTip(batch ? m_reconcile->text().remove(QLatin1Char('&')) : tr("Select a batch first"));
}

void ReconciliationActions::reconcile()
{
    const qint64 batchId = m_window->navigator()->currentBatchId();
    if (batchId == 0)
        return;
    if (m_open && m_open->batchId() != batchId) {
        m_open->close(); // deleted later: forget it now
        m_open.clear();
    }
    if (!m_open) {
        m_open = new ReconciliationWindow(m_store, batchId, m_window);
        m_open->setAttribute(Qt::WA_DeleteOnClose);
        if (m_window->isReadOnly())
            m_open->setReadOnly(tr("the database failed its checks when it was opened"));
        connect(m_open, &ReconciliationWindow::message, this, &ReconciliationActions::message);
    }
    m_open->show();
    m_open->raise();
    m_open->activateWindow();
}

} // namespace homeward
