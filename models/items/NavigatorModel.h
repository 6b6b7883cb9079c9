#pragma once

#include "domain/Batch.h"
#include "domain/Exchange.h"

#include <QAbstractItemModel>
#include <QList>

namespace homeward {

class Store;

// The exchanges (top level) and their batches (children), for the navigator
// tree. One column: "Batch 2 · we receive · 12.06.2025 · 37/40" style text,
// tooltips with details, roles from ItemRoles.h. Reloads itself (model
// reset) when exchanges or batches change; a change to a batch's persons only
// refreshes that batch's counts (dataChanged), so the tree keeps its
// expansion and selection while persons are entered.
class NavigatorModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Exchange = 1, Batch = 2 };

    explicit NavigatorModel(Store &store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfExchange(qint64 exchangeId) const;
    QModelIndex indexOfBatch(qint64 batchId) const;

    // The last error met while loading, empty when none.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // Loading failed; the model keeps its last good state. `message` is translated text.
    void loadFailed(const QString &message);

private:
    struct ExchangeNode {
        Exchange exchange;
        QList<Batch> batches;
        QList<BatchCounts> counts;  // persons listed per batch, same order as batches
    };

    void refreshCounts(qint64 batchId);
    void fail(const QString &message);
    QString batchText(const Batch &batch, const BatchCounts &counts) const;
    QString batchToolTip(const Batch &batch, const BatchCounts &counts) const;
    QString exchangeToolTip(const Exchange &exchange) const;

    Store &m_store;
    QList<ExchangeNode> m_nodes;
    QString m_lastError;
};

} // namespace homeward
