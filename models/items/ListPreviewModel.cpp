#include "ListPreviewModel.h"

#include "ItemRoles.h"

#include <algorithm>

namespace homeward {

ListPreviewModel::ListPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ListPreviewModel::setPreview(const QStringList &headers, const QList<ListRecord> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    qsizetype widest = headers.size();
    for (const ListRecord &row : rows)
        widest = std::max(widest, row.cells.size());
    m_columns = int(widest);
    endResetModel();
}

void ListPreviewModel::clear()
{
    setPreview({}, {});
}

int ListPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ListPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRecord &row = m_rows.at(index.row());
    const QString cell = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // One line in the table; the tooltip has the whole value.
        return QString(cell).replace(QLatin1Char('\n'), QChar(0x21b5));
    case Qt::ToolTipRole:
        return cell.isEmpty() ? QVariant() : QVariant(cell);
    case roles::SortRole:
        return row.line;
    default:
        return {};
    }
}

QVariant ListPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section >= m_columns)
            return {};
        if (role == Qt::DisplayRole) {
            const QString header = m_headers.value(section);
            return header.isEmpty() ? tr("Column %1").arg(section + 1) : header;
        }
        if (role == Qt::ToolTipRole)
            return tr("Column %1 of the file").arg(section + 1);
        return {};
    }
    if (section >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == roles::SortRole)
        return m_rows.at(section).line;
    if (role == Qt::ToolTipRole)
        return tr("Line %1 of the file").arg(m_rows.at(section).line);
    return {};
}

QStringList ListPreviewModel::samples(int column, int count) const
{
    QStringList values;
    for (const ListRecord &row : m_rows) {
        if (values.size() >= count)
            break;
        const QString cell = row.cells.value(column).trimmed();
        if (!cell.isEmpty())
            values << cell;
    }
    return values;
}

} // namespace homeward
