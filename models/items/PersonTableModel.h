#pragma once

#include "storage/PersonRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace homeward {

class Store;

// The persons listed in one batch, by list position. Loads in pages of
// kPageSize through canFetchMore()/fetchMore(), so a batch of 10,000 opens at
// once; reloads (keeping as many rows loaded as before) when the store
// announces a change to its batch, and empties itself when the batch is
// deleted. Roles: DisplayRole text, roles::SortRole (text, ISO date, or int
// for the position), roles::IdRole (person id), roles::StatusCodeRole
// (membership status code, e.g. "withdrawn").
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

    const ListedPerson *listedAt(int row) const;  // nullptr when out of range

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // Loading failed; the model keeps its last good state. `message` is translated text.
    void loadFailed(const QString &message);

private:
    // A loaded row with the texts derived from it, made once: sorting asks for them
    // hundreds of thousands of times.
    struct Row {
        ListedPerson listed;
        QString birthIso;
        QString birthDisplay;
    };
    static QList<Row> toRows(QList<ListedPerson> &&listed);

    void onPersonsChanged(qint64 batchId);
    void onBatchesMayHaveGone();
    // Reads the count and the first `rows` rows of a batch; false (and `error` set) on failure.
    bool load(qint64 batchId, int rows, int &total, QList<Row> &loaded, QString &error) const;
    void fail(const QString &message);
    void clearRows();

    Store &m_store;
    qint64 m_batchId = 0;
    qint64 m_exchangeId = 0;  // the batch's exchange, to notice the batch being deleted
    int m_total = 0;
    bool m_fetchFailed = false;  // stops canFetchMore() retrying a failing read in a loop
    // True while a reset or an insertion is being announced: a listener must not start a fetch then,
    // or listeners later in line would get rowsInserted before the reset or the first insertion.
    bool m_announcing = false;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace homeward
