#pragma once

#include "storage/DashboardQueries.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace homeward {

class Store;

// The batches of one exchange for its dashboard, one row each: number,
// direction, status, persons planned, entered, verified, open discrepancies
// and persons waiting for verification. Also holds the exchange's totals,
// its composition by category and sex and its verification history, read
// together so that the figures on one page agree.
//
// Reloads when the store announces a change to exchanges, batches or
// persons, once the announcements of one burst are in (a zero timer: a
// checklist confirmed item by item in one go reads the figures once); a reload with the same batches announces
// dataChanged for the rows that changed only (a view keeps its selection), and every reload ends with refreshed().
//
// Roles: DisplayRole (text for number, direction and status; int for the
// counts), ToolTipRole, roles::IdRole and roles::BatchIdRole (batch id),
// roles::ExchangeIdRole, roles::StatusCodeRole (batch status code),
// roles::SortRole, and on the Entered and Verified columns
// roles::ProgressValueRole / roles::ProgressMaximumRole (entered of planned,
// verified of entered).
class DashboardBatchModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DirectionColumn,
        StatusColumn,
        PlannedColumn,
        EnteredColumn,
        VerifiedColumn,
        DiscrepanciesColumn,
        WaitingColumn,
        ColumnCount
    };

    explicit DashboardBatchModel(Store &store, QObject *parent = nullptr);

    void setExchange(qint64 exchangeId); // 0: none, empty model
    qint64 exchangeId() const { return m_exchangeId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DashboardBatchRow *rowAt(int row) const; // nullptr when out of range
    int rowOfBatch(qint64 batchId) const;          // -1 when not there
    // The sums over the batches that are not cancelled (batchId 0).
    DashboardBatchRow totals() const;
    const DashboardComposition &composition() const { return m_composition; }
    const QList<VerifiedInMinute> &verifiedOverTime() const { return m_history; }
    // The last load's failure, translated; empty after a good load.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // After every reload or change of exchange, good or not.
    void refreshed();
    void loadFailed(const QString &message); // translated; the model keeps its last good figures

private:
    struct Snapshot {
        QList<DashboardBatchRow> rows;
        DashboardComposition composition;
        QList<VerifiedInMinute> history;
    };
    bool load(qint64 exchangeId, Snapshot &snapshot, QString &error) const;
    void apply(Snapshot snapshot);

    Store &m_store;
    qint64 m_exchangeId = 0;
    QList<DashboardBatchRow> m_rows;
    DashboardComposition m_composition;
    QList<VerifiedInMinute> m_history;
    QString m_lastError;
    QTimer m_reloadSoon;
};

} // namespace homeward
