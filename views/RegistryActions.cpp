#include "RegistryActions.h"

#include "BatchPanel.h"
#include "MainWindow.h"
#include "MatchAllDialog.h"
#include "MenuLookup.h"
#include "NavigatorWidget.h"
#include "RecordActions.h"
#include "storage/Store.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace homeward {
RegistryActions::RegistryActions(Store &store, MainWindow *window) : QObject(window), m_store(store), m_window(window)
{
    m_matchAll = new QAction(tr("&Match all with the registry…"), this);
    m_matchAll->setObjectName(QStringLiteral("matchAllAction"));
    m_matchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_matchAll->setStatusTip(tr("Match every person of the batch with the registry and list the riskiest cases "
                                "first (Ctrl+M)"));
    connect(m_matchAll, &QAction::triggered, this, &RegistryActions::matchAll);

    install();
    connect(window->navigator(), &NavigatorWidget::batchSelected, this, &RegistryActions::updateActions);
    connect(window->navigator(), &NavigatorWidget::exchangeSelected, this, &RegistryActions::updateActions);
    connect(window->navigator(), &NavigatorWidget::selectionCleared, this, &RegistryActions::updateActions);
    updateActions();
}

MatchAllDialog *RegistryActions::matchDialog() const
{
    return m_dialog.data();
}

void RegistryActions::install()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *registry = new QMenu(tr("&Registry"), bar);
    registry->setObjectName(QStringLiteral("registryMenu"));
    registry->addAction(m_matchAll);
    // Before Help, when there is one.
    QAction *before = nullptr;
    const QList<QAction *> entries = bar->actions();
    if (!entries.isEmpty() && entries.constLast()->menu())
        before = entries.constLast();
    bar->insertMenu(before, registry);
    if (QMenu *batch = menuHolding(bar, QStringLiteral("editBatchAction"))) {
        batch->addSeparator();
        batch->addAction(m_matchAll);
    }
}

void RegistryActions::updateActions()
{
    m_matchAll->setEnabled(m_window->batchPanel()->batchId() != 0);
}

MatchAllDialog *RegistryActions::matchAll()
{
    const qint64 batchId = m_window->batchPanel()->batchId();
    if (batchId == 0)
        return nullptr;
    if (m_dialog && m_dialog->batchId() != batchId)
        m_dialog->close();
    if (!m_dialog) {
        m_dialog = new MatchAllDialog(m_store, batchId, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &MatchAllDialog::personActivated, this, [this](qint64 personId) {
            if (m_dialog && m_window->recordActions()->editPerson(personId, m_dialog->batchId()))
                m_window->batchPanel()->selectPerson(personId);
        });
    }
    const Batch &b = m_window->batchPanel()->batch();
    m_dialog->setWindowTitle(tr("Match with the registry — batch %1 · %2").arg(b.sequenceNo).arg(label(b.direction)));
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    if (const Status matched = m_dialog->run(); !matched)
        QMessageBox::critical(m_dialog, tr("Not matched"), matched.text());
    return m_dialog;
}

} // namespace homeward
