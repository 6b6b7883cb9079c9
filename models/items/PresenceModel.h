#pragma once

#include "storage/PresenceRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace homeward {

class Store;

// Who is working on which batch of one exchange, for its dashboard: one row per batch that
// someone has open (at any desk), with the officials' names and desks and since when.
// Batches nobody has open are left out.
//
// Reloads when a desk opens or closes a batch (ChangeNotifier::presenceChanged, from this desk
// or, on a shared database, another), when batches or exchanges change, and every
// PresenceRepository::kHeartbeatSeconds, as a desk that went silent drops out by time alone.
// A reload with the same batches announces dataChanged for the rows that changed only.
//
// Roles: DisplayRole (text), ToolTipRole, roles::IdRole and roles::BatchIdRole (batch id),
// roles::SortRole (batch number, names, since).
class PresenceModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { BatchColumn, OfficialsColumn, SinceColumn, ColumnCount };

    explicit PresenceModel(Store &store, QObject *parent = nullptr);

    void setExchange(qint64 exchangeId); // 0: none, empty model
    qint64 exchangeId() const { return m_exchangeId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfBatch(qint64 batchId) const; // -1 when nobody has it open
    // The names shown for the batch ("Ivan Petrenko (desk-2), …"); empty when nobody has it open.
    QString namesOn(qint64 batchId) const;
    // The last load's failure, translated; empty after a good load.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void refreshed(); // after every reload, good or not
    void loadFailed(const QString &message);

private:
    struct Row final {
        qint64 batchId = 0;
        int sequenceNo = 0;
        QList<BatchPresence> people;
        bool operator==(const Row &other) const = default;
    };
    bool load(qint64 exchangeId, QList<Row> &rows, QString &error) const;
    void apply(QList<Row> rows);
    QString names(const Row &row) const;

    Store &m_store;
    qint64 m_exchangeId = 0;
    QList<Row> m_rows;
    QString m_lastError;
    QTimer m_reloadSoon;
    QTimer m_expiry;
};

} // namespace homeward
