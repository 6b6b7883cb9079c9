#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace homeward {

// Sorts a PersonTableModel with Ukrainian collation (QCollator uk_UA: ґ after
// г, є after е, і and ї after и) on the name columns, and numerically or by
// ISO text on the others (roles::SortRole). Filters rows whose surname, given
// name or patronymic contains any of the typed words (case-insensitive).
class PersonFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PersonFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    QString m_filterText;
    QStringList m_words;
};

} // namespace homeward
