#pragma once

#include "storage/ChecklistQueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace homeward {

class Store;

// The persons listed in one batch (withdrawn ones left out), each with where
// their verification checklist stands: details confirmed of all, open
// discrepancies, and how many pending details wait for the signed-in
// official (those they did not last change themselves). Loads in pages of
// kPageSize through canFetchMore()/fetchMore() and reloads when the store
// announces a change to the batch; a reload that keeps the same persons in
// the same order only announces dataChanged, so views keep their selection.
// Roles: DisplayRole, ToolTipRole, roles::SortRole, roles::IdRole (person id),
// roles::StatusCodeRole ("verified", "discrepancy", "in_progress",
// "not_started"), roles::ItemsTotalRole, ItemsConfirmedRole,
// ItemsDiscrepantRole, ItemsWaitingForMeRole.
class BatchChecklistModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PositionColumn, NameColumn, ProgressColumn, DiscrepancyColumn, StateColumn, ColumnCount };
    static constexpr int kPageSize = 512;

    explicit BatchChecklistModel(Store &store, QObject *parent = nullptr);

    void setBatch(qint64 batchId); // 0: none, empty model
    qint64 batchId() const { return m_batchId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int totalCount() const { return m_total; } // listed, loaded or not
    const PersonChecklistSummary *summaryAt(int row) const; // nullptr when out of range
    qint64 personIdAt(int row) const;
    int rowOfPerson(qint64 personId) const; // -1 when not loaded (yet)
    // Loads pages until the person is loaded; their row, -1 when not listed.
    int fetchUntilPerson(qint64 personId);
    QString lastError() const { return m_lastError; }

    // "verified", "discrepancy", "in_progress" or "not_started".
    static QString stateCode(const PersonChecklistSummary &summary);

public Q_SLOTS:
    // Reads the loaded rows again (for example after the official changed).
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message); // translated; the model keeps its last good rows

private:
    bool load(int rows, int &total, QList<PersonChecklistSummary> &loaded, QString &error) const;
    void fail(const QString &message);
    void checkBatchStillThere();
    qint64 officialId() const;

    Store &m_store;
    qint64 m_batchId = 0;
    qint64 m_exchangeId = 0;
    int m_total = 0;
    bool m_fetchFailed = false;
    bool m_announcing = false; // no fetch while a reset or an insertion is being announced
    QList<PersonChecklistSummary> m_rows;
    QString m_lastError;
};

} // namespace homeward
