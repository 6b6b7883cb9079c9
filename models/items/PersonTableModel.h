#pragma once

#include "storage/PersonRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace homeward {

class Store;

// The persons listed in one batch, by list position. Loads in pages of
// kPageSize through canFetchMore()/fetchMore(), so a batch of 10,000 opens at
// once; reloads (keeping as many rows loaded as before) when the store
// announces a change to its batch.
class PersonTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        SurnameColumn,
        GivenNameColumn,
        PatronymicColumn,
        BirthDateColumn,
        SexColumn,
        CategoryColumn,
        RankColumn,
        ServiceNumberColumn,
        RegionColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 256;

    explicit PersonTableModel(Store &store, QObject *parent = nullptr);

    void setBatch(qint64 batchId);  // 0: no batch, empty model
    qint64 batchId() const { return m_batchId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int totalCount() const { return m_total; }  // listed in the batch, loaded or not
    qint64 personIdAt(int row) const;
    // Row of a loaded person, -1 if not loaded (yet).
    int rowOfPerson(qint64 personId) const;
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

private:
    Store &m_store;
    qint64 m_batchId = 0;
    int m_total = 0;
    QList<ListedPerson> m_rows;
    QString m_lastError;
};

} // namespace homeward
