#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace homeward {

// Sorts a PersonTableModel with Ukrainian collation (QCollator uk_UA: ґ after
// г, є after е, і and ї after и; case and apostrophes ignored) on the text
// columns, by ISO text on the date of birth and numerically on the position
// (roles::SortRole). Keeps the rows whose surname, given name or patronymic
// contain every typed word (case-insensitive, apostrophe variants ignored).
class PersonFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PersonFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // The form in which typed words and names are compared: case-folded,
    // without apostrophes (', ’, ʼ are typed interchangeably).
    static QString searchForm(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    QString m_filterText;
    QStringList m_words;
};

} // namespace homeward
