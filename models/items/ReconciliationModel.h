#pragma once

#include "names/Reconciler.h"

#include <QAbstractTableModel>
#include <QList>
#include <QObject>

namespace homeward {

// What an official resolves through one row: the key and the values the
// resolution is made for (pass them to CounterpartRepository::resolve).
struct ResolutionTarget final {
    bool resolvable = false; // false for a pair that agrees and for count lines
    QString key;
    QString oursValue;
    QString theirsValue;
    ResolutionState state;
};

// The differences of the matched pairs, one row per difference, the riskiest
// first (then the lower pair score, then our list position, then the order
// of the interchange columns); a pair whose details all agree is one row at
// the end (risk none, not resolvable). The order does not change when a
// difference is resolved: setResolutions() only updates the rows.
// Roles: IdRole our person id, ReconciliationKeyRole, ResolvedRole,
// RiskLevelRole (RiskLevel as int), ResolutionNoteRole, FieldCodeRole,
// TheirRecordIdRole, SortRole.
class ReconciliationDifferencesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RiskColumn,
        OurPersonColumn,   // "No. 3 Коваленко Андрій Іванович"
        TheirPersonColumn, // "R-7 (line 8) Коваленко Андрей Иванович"
        FieldColumn,       // translated field name
        OursColumn,
        TheirsColumn,
        ReasonColumn,
        ResolutionColumn, // "Open" or "Resolved: note"
        ColumnCount
    };

    explicit ReconciliationDifferencesModel(QObject *parent = nullptr);

    void setPairs(QList<ReconciledPair> pairs);
    // Updates the resolution state of every row (no reordering).
    void setResolutions(const QList<ReconciliationResolution> &resolutions);
    ResolutionTarget target(int row) const;
    const ReconciledPair &pairAt(int row) const;
    int openCount() const;
    // What a row stands for, kept across a reload: the difference's key, or
    // for a pair that agrees "pair:<our person id>:<their record_id>:".
    QString rowKey(int row) const;
    // The row of `key`; when that difference is gone, the first row of the
    // same pair; -1 when the pair is gone too.
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated name of an interchange column ("surname" → "Surname").
    static QString fieldLabel(const QString &field);

private:
    struct Row {
        int pair = 0;
        int difference = -1; // -1: the pair agrees
    };
    const ReconciliationDifference *differenceAt(int row) const;

    QList<ReconciledPair> m_pairs;
    QList<Row> m_rows;
};

// Persons on one list only: theirs (in their file's order) or ours (by list
// position). Roles: IdRole our person id (ours), TheirRecordIdRole (theirs),
// ReconciliationKeyRole, ResolvedRole, RiskLevelRole (always high),
// ResolutionNoteRole, SortRole.
class ReconciliationOnlyModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Side { Theirs, Ours };
    enum Column {
        WhereColumn, // their line and record_id, or our list position
        SurnameColumn,
        GivenNameColumn,
        PatronymicColumn,
        BirthDateColumn,
        CategoryColumn,
        SexColumn,
        ResolutionColumn,
        ColumnCount
    };

    explicit ReconciliationOnlyModel(Side side, QObject *parent = nullptr);
    Side side() const { return m_side; }

    void setTheirs(QList<OnlyTheirs> rows);
    void setOurs(QList<OnlyOurs> rows);
    void setResolutions(const QList<ReconciliationResolution> &resolutions);
    ResolutionTarget target(int row) const;
    int openCount() const;
    // The row's key ("only-theirs:<record_id>", "only-ours:<person id>"), and
    // the row of a key (-1 when the person is no longer on one list only).
    QString rowKey(int row) const;
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Person &personAt(int row) const;
    const ResolutionState &stateAt(int row) const;

    Side m_side;
    QList<OnlyTheirs> m_theirs;
    QList<OnlyOurs> m_ours;
};

// The counts by category and sex: ours, theirs and planned. Roles:
// ReconciliationKeyRole the line's code, RiskLevelRole (high when the line
// does not agree, else none), SortRole.
class ReconciliationCountsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, OursColumn, TheirsColumn, PlannedColumn, AgreesColumn, ColumnCount };

    explicit ReconciliationCountsModel(QObject *parent = nullptr);
    void setCounts(QList<CountLine> counts);
    const CountLine &line(int row) const { return m_counts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CountLine> m_counts;
};

// The reconciliation of one batch for the view: the three groups side by
// side (differences of the matched pairs, only theirs, only ours) and the
// counts, each a table model owned by this object.
class ReconciliationModel final : public QObject {
    Q_OBJECT
public:
    explicit ReconciliationModel(QObject *parent = nullptr);

    // Replaces everything (each table model is reset).
    void setReconciliation(const Reconciliation &reconciliation);
    // After a resolve or unresolve: updates the resolution states in place.
    void setResolutions(const QList<ReconciliationResolution> &resolutions);
    const Reconciliation &reconciliation() const { return m_reconciliation; }

    ReconciliationDifferencesModel *differences() { return &m_differences; }
    ReconciliationOnlyModel *onlyTheirs() { return &m_onlyTheirs; }
    ReconciliationOnlyModel *onlyOurs() { return &m_onlyOurs; }
    ReconciliationCountsModel *counts() { return &m_counts; }

    // Items not resolved yet: differences, only theirs, only ours.
    int openCount() const;

Q_SIGNALS:
    void openCountChanged(int open);

private:
    Reconciliation m_reconciliation;
    ReconciliationDifferencesModel m_differences;
    ReconciliationOnlyModel m_onlyTheirs;
    ReconciliationOnlyModel m_onlyOurs;
    ReconciliationCountsModel m_counts;
};

} // namespace homeward
