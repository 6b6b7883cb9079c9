#pragma once

#include "storage/RegistryMatcher.h"

#include <QAbstractTableModel>
#include <QList>

namespace homeward {

// The outcome of matching a batch against the registry, one row per person,
// the riskiest first: ambiguous, then probable, then none, then match; within
// each verdict the smallest lead of the best candidate over the next first,
// then by list position. Read-only.
class MatchResultsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        PersonColumn,
        VerdictColumn,
        ScoreColumn,
        CandidateColumn,
        DiscrepanciesColumn,
        DuplicatesColumn,
        ColumnCount
    };

    explicit MatchResultsModel(QObject *parent = nullptr);

    // Replaces the rows (sorted by riskBefore).
    void setResults(QList<PersonMatch> results);
    const PersonMatch &result(int row) const { return m_rows.at(row); }
    int rowOf(qint64 personId) const; // -1 when absent

    // 0 ambiguous … 3 match.
    static int riskRank(names::Verdict verdict);
    // The order of the rows.
    static bool riskBefore(const PersonMatch &a, const PersonMatch &b);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PersonMatch> m_rows;
};

} // namespace homeward
