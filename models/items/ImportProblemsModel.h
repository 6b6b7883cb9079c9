#pragma once

#include "io/ListFormat.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace homeward {

// The problems of a list for the import wizard's validation page: line,
// column, value, reason and kind, optionally only those of one kind.
// Read-only. Roles: DisplayRole, ToolTipRole (the whole value or reason),
// roles::SortRole (numbers for line and column), roles::KindRole (the
// problem's ListProblemKind as int).
class ImportProblemsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, ColumnColumn, ValueColumn, ReasonColumn, KindColumn, ColumnCount };

    explicit ImportProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<ListProblem> &problems);
    const QList<ListProblem> &problems() const { return m_all; }
    // nullopt: every kind.
    void setKindFilter(std::optional<ListProblemKind> kind);
    std::optional<ListProblemKind> kindFilter() const { return m_filter; }
    // The problem shown in `row`.
    const ListProblem &problemAt(int row) const { return m_all.at(m_shown.at(row)); }
    // How many of the problems are of `kind`.
    int countOf(ListProblemKind kind) const;

    // "Value", "Header", "Duplicate" … (translated).
    static QString kindLabel(ListProblemKind kind);
    static constexpr ListProblemKind kKinds[] = {ListProblemKind::File,      ListProblemKind::Encoding,
                                                 ListProblemKind::Structure, ListProblemKind::Header,
                                                 ListProblemKind::Value,     ListProblemKind::Duplicate};

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<ListProblem> m_all;
    QList<int> m_shown; // indexes into m_all
    std::optional<ListProblemKind> m_filter;
};

} // namespace homeward
