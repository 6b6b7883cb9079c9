#pragma once

#include "io/ListReader.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace homeward {

// The first rows of a list as read (ListReader::preview), for the import
// wizard's format page: one column per header cell (rows with fewer cells
// show blanks, cells beyond the header get "Column N"), the vertical header
// the line the row begins on. Read-only. Roles: DisplayRole, ToolTipRole
// (the full cell), roles::SortRole (the line, for the vertical header).
class ListPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ListPreviewModel(QObject *parent = nullptr);

    void setPreview(const QStringList &headers, const QList<ListRecord> &rows);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Up to `count` non-empty values of column `column`, for the mapping page.
    QStringList samples(int column, int count) const;

private:
    QStringList m_headers;
    QList<ListRecord> m_rows;
    int m_columns = 0;
};

} // namespace homeward
