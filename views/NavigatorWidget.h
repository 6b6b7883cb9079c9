#pragma once

#include <QWidget>

class QModelIndex;
class QTreeView;

namespace homeward {

class NavigatorModel;
class Store;

// The exchanges and their batches as a tree (NavigatorModel). Tells which
// exchange or batch is selected, and keeps that selection when the model
// reloads after a change (re-selecting the same record by id).
class NavigatorWidget final : public QWidget {
    Q_OBJECT
public:
    explicit NavigatorWidget(Store &store, QWidget *parent = nullptr);

    NavigatorModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_view; }

    // The exchange of the selection (a selected batch's own exchange), 0 when none.
    qint64 currentExchangeId() const { return m_exchangeId; }
    // The selected batch, 0 when an exchange or nothing is selected.
    qint64 currentBatchId() const { return m_batchId; }

public Q_SLOTS:
    bool selectExchange(qint64 exchangeId);
    bool selectBatch(qint64 batchId);
    // Selects the first batch of the first exchange that has one (start-up).
    bool selectFirstBatch();

Q_SIGNALS:
    void exchangeSelected(qint64 exchangeId);
    void batchSelected(qint64 batchId, qint64 exchangeId);
    // Nothing is selected any more (for example the selected exchange was deleted).
    void selectionCleared();

private:
    void select(const QModelIndex &index);
    void onCurrentChanged(const QModelIndex &current);
    void rememberSelection();
    void restoreSelection();

    NavigatorModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    qint64 m_exchangeId = 0;
    qint64 m_batchId = 0;
    bool m_restoring = false;
};

} // namespace homeward
