#include "ImportProblemsModel.h"

#include "ItemRoles.h"

namespace homeward {

ImportProblemsModel::ImportProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportProblemsModel::setProblems(const QList<ListProblem> &problems)
{
    beginResetModel();
    m_all = problems;
    refilter();
    endResetModel();
}

void ImportProblemsModel::setKindFilter(std::optional<ListProblemKind> kind)
{
    if (kind == m_filter)
        return;
    beginResetModel();
    m_filter = kind;
    refilter();
    endResetModel();
}

void ImportProblemsModel::refilter()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (!m_filter || m_all.at(i).kind == *m_filter)
            m_shown << i;
}

int ImportProblemsModel::countOf(ListProblemKind kind) const
{
    int count = 0;
    for (const ListProblem &problem : m_all)
        count += problem.kind == kind ? 1 : 0;
    return count;
}

QString ImportProblemsModel::kindLabel(ListProblemKind kind)
{
    switch (kind) {
    case ListProblemKind::File:
        return tr("File");
    case ListProblemKind::Encoding:
        return tr("Encoding");
    case ListProblemKind::Structure:
        return tr("Structure");
    case ListProblemKind::Header:
        return tr("Column");
    case ListProblemKind::Value:
        return tr("Value");
    case ListProblemKind::Duplicate:
        return tr("Duplicate");
    }
    return {};
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListProblem &p = problemAt(index.row());
    if (role == roles::KindRole)
        return int(p.kind);
    if (role == roles::SortRole) {
        switch (index.column()) {
        case LineColumn:
            return p.line;
        case ColumnColumn:
            return p.column;
        case KindColumn:
            return int(p.kind);
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == roles::SortRole) {
        switch (index.column()) {
        case LineColumn:
            return p.line > 0 ? QVariant(p.line) : QVariant(QString());
        case ColumnColumn:
            return p.column > 0 ? QVariant(p.column) : QVariant(QString());
        case ValueColumn:
            return QString(p.value).replace(QLatin1Char('\n'), QChar(0x21b5));
        case ReasonColumn:
            return p.reason;
        case KindColumn:
            return kindLabel(p.kind);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ValueColumn && !p.value.isEmpty())
            return p.value;
        if (index.column() == ReasonColumn)
            return p.reason;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == LineColumn || index.column() == ColumnColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace homeward
