#include "BatchWorkflowActions.h"

#include "CompletionDialog.h"
#include "ConfirmBatchDialog.h"
#include "ReasonDialog.h"

#include "domain/BatchTransitions.h"
#include "domain/Permissions.h"
#include "storage/Store.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace homeward {

BatchWorkflowActions::BatchWorkflowActions(Store &store, QWidget *window)
    : QObject(window), m_store(store), m_window(window)
{
    using S = BatchStatus;
    addStep(tr("&Submit for verification"), QStringLiteral("submitForVerificationAction"), {S::Draft},
            S::InVerification)
        ->setToolTip(tr("Hand the list to the verifiers: every person's details are then checked one by one"));
    addStep(tr("Return to &entry"), QStringLiteral("returnToEntryAction"), {S::InVerification}, S::Draft);
    addStep(tr("Mark &verified"), QStringLiteral("markVerifiedAction"), {S::InVerification}, S::Verified);
    addStep(tr("Return to veri&fication"), QStringLiteral("returnToVerificationAction"), {S::Verified},
            S::InVerification);
    addStep(tr("&Confirm and seal…"), QStringLiteral("confirmBatchAction"), {S::Verified}, S::Confirmed);
    addStep(tr("Record the &handover…"), QStringLiteral("completeBatchAction"), {S::Confirmed}, S::Completed);
    addStep(tr("&Reopen…"), QStringLiteral("reopenBatchAction"), {S::Confirmed}, S::InVerification);
    addStep(tr("Ca&ncel the batch…"), QStringLiteral("cancelBatchAction"), {}, S::Cancelled);

    connect(m_store.notifier(), &ChangeNotifier::batchesChanged, this, [this] { setBatch(m_batchId); });
    connect(m_store.notifier(), &ChangeNotifier::personsChanged, this, [this] { setBatch(m_batchId); });
    updateActions();
}

QAction *BatchWorkflowActions::addStep(const QString &text, const QString &objectName, QList<BatchStatus> from,
                                       BatchStatus to)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    m_steps.append({action, std::move(from), to});
    const qsizetype index = m_steps.size() - 1;
    connect(action, &QAction::triggered, this, [this, index] { run(m_steps.at(index)); });
    return action;
}

QList<QAction *> BatchWorkflowActions::actions() const
{
    return {m_steps[0].action, m_steps[1].action, m_steps[2].action, m_steps[3].action, nullptr,
            m_steps[4].action, m_steps[5].action, m_steps[6].action, nullptr, m_steps[7].action};
}

void BatchWorkflowActions::setOfficial(const Official &official)
{
    m_official = official;
    updateActions();
}

void BatchWorkflowActions::setBatch(qint64 batchId)
{
    m_batchId = batchId;
    if (batchId != 0) {
        auto batch = m_store.batches().get(batchId);
        if (batch)
            m_status = batch.value().status;
        else
            m_batchId = 0; // deleted meanwhile
    }
    updateActions();
}

void BatchWorkflowActions::updateActions()
{
    for (const Step &step : std::as_const(m_steps)) {
        const bool fromHere = step.from.isEmpty() ? !BatchTransitions::isFinal(m_status) : step.from.contains(m_status);
        const auto edge = BatchTransitions::find(m_status, step.to);
        QString why;
        if (m_batchId == 0)
            why = tr("Select a batch first");
        else if (!fromHere || !edge)
            why = tr("Not possible for a batch that is %1").arg(label(m_status));
        else if (!mayTake(m_official, edge->action))
            why = tr("Your roles do not allow you to %1").arg(actionLabel(edge->action));
        step.action->setEnabled(why.isEmpty());
        step.action->setStatusTip(why);
        if (!why.isEmpty())
            step.action->setToolTip(why);
        else
            step.action->setToolTip(BatchTransitions::verb(m_status, step.to));
    }
}

bool BatchWorkflowActions::explainUnmet(const Step &step, BatchStatus from)
{
    auto unmet = m_store.workflow().preconditions(m_batchId, step.to);
    const QStringList problems = unmet ? unmet.value() : QStringList{unmet.text()};
    if (problems.isEmpty())
        return false;
    QMessageBox box(QMessageBox::Warning, BatchTransitions::verb(from, step.to),
                    tr("“%1” is not possible yet:").arg(BatchTransitions::verb(from, step.to)), QMessageBox::Ok,
                    m_window);
    box.setInformativeText(QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    box.exec();
    return true;
}

Status BatchWorkflowActions::simpleStep(BatchStatus from, BatchStatus to)
{
    BatchWorkflow &workflow = m_store.workflow();
    if (to == BatchStatus::InVerification && from == BatchStatus::Draft)
        return workflow.submitForVerification(m_batchId);
    if (to == BatchStatus::Draft)
        return workflow.returnToEntry(m_batchId);
    if (to == BatchStatus::Verified)
        return workflow.markVerified(m_batchId);
    return workflow.returnToVerification(m_batchId);
}

void BatchWorkflowActions::run(const Step &step)
{
    if (m_batchId == 0)
        return;
    const qint64 batchId = m_batchId;
    const BatchStatus from = m_status;
    const QString verb = BatchTransitions::verb(from, step.to);
    Status done;
    switch (step.to) {
    case BatchStatus::Confirmed: {
        // The dialog lists unmet preconditions itself and keeps Confirm disabled.
        ConfirmBatchDialog dialog(m_store, batchId, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Q_EMIT message(tr("Batch confirmed and sealed; seal %1").arg(dialog.sealHash().left(16)));
        return;
    }
    case BatchStatus::Completed: {
        CompletionDialog dialog(m_store, batchId, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Q_EMIT message(tr("Handover recorded; the batch is completed"));
        return;
    }
    case BatchStatus::Cancelled: {
        auto reason = ReasonDialog::ask(
            m_window, tr("Cancel the batch"),
            tr("A cancelled batch cannot be used again: its persons stay in the database and the batch stays in "
               "the history as cancelled."),
            tr("Cancel the &batch"));
        if (!reason)
            return;
        done = m_store.workflow().cancel(batchId, *reason);
        break;
    }
    default:
        if (from == BatchStatus::Confirmed) { // reopen
            auto reason = ReasonDialog::ask(
                m_window, tr("Reopen the batch"),
                tr("Reopening removes the seal and unlocks the batch for changes; it must be verified and "
                   "confirmed again. Printed sheets of the sealed batch no longer match."),
                tr("&Reopen"));
            if (!reason)
                return;
            done = m_store.workflow().reopen(batchId, *reason);
            break;
        }
        if (explainUnmet(step, from))
            return;
        done = simpleStep(from, step.to);
        break;
    }
    if (!done) {
        QMessageBox::critical(m_window, verb, done.text());
        return;
    }
    Q_EMIT message(tr("Done: %1").arg(verb));
}

} // namespace homeward
