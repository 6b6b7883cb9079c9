#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace homeward {

// Filters and sorts a BatchChecklistModel for the checklist review: every
// person, those with pending details the signed-in official may verify,
// those with an open discrepancy, or those whose checklist is untouched.
// Sorts by roles::SortRole, names with Ukrainian collation.
class BatchChecklistProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Filter { All, WaitingForMe, WithDiscrepancies, NotStarted };
    Q_ENUM(Filter)

    explicit BatchChecklistProxy(QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    // Every filter in the order a combo box lists them, and its label.
    static QList<Filter> filters();
    static QString label(Filter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Filter m_filter = Filter::All;
    QCollator m_collator;
};

} // namespace homeward
