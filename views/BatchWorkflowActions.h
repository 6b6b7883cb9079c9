#pragma once

#include "domain/Enums.h"
#include "domain/Official.h"
#include "storage/Result.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace homeward {

class Store;

// The Batch menu's steps along the batch's life: submit for verification,
// mark verified, confirm (password and seal), record the handover, reopen,
// cancel, and the ways back. Each action is enabled only when the selected
// batch's status allows the step and the official's roles permit it; its
// tooltip says why not otherwise. A step whose preconditions are unmet says
// which ones (every one) and changes nothing.
class BatchWorkflowActions final : public QObject {
    Q_OBJECT
public:
    BatchWorkflowActions(Store &store, QWidget *window);

    void setOfficial(const Official &official);
    // The batch the actions work on; 0 for none.
    void setBatch(qint64 batchId);

    // In menu order, with nullptr where a separator belongs.
    QList<QAction *> actions() const;
    QAction *submitAction() const { return m_steps.at(0).action; }
    QAction *markVerifiedAction() const { return m_steps.at(2).action; }
    QAction *confirmAction() const { return m_steps.at(4).action; }
    QAction *completeAction() const { return m_steps.at(5).action; }
    QAction *reopenAction() const { return m_steps.at(6).action; }
    QAction *cancelAction() const { return m_steps.at(7).action; }

Q_SIGNALS:
    void message(const QString &text);

private:
    struct Step {
        QAction *action = nullptr;
        QList<BatchStatus> from; // empty: any state that may be cancelled
        BatchStatus to = BatchStatus::Draft;
    };

    QAction *addStep(const QString &text, const QString &objectName, QList<BatchStatus> from, BatchStatus to);
    void updateActions();
    void run(const Step &step);
    bool explainUnmet(const Step &step, BatchStatus from);
    Status simpleStep(BatchStatus from, BatchStatus to);

    Store &m_store;
    QWidget *m_window;
    Official m_official;
    qint64 m_batchId = 0;
    BatchStatus m_status = BatchStatus::Draft;
    QList<Step> m_steps;
};

} // namespace homeward
