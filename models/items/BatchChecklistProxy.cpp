#include "BatchChecklistProxy.h"

#include "BatchChecklistModel.h"
#include "ItemRoles.h"

namespace homeward {

BatchChecklistProxy::BatchChecklistProxy(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(roles::SortRole);
    // A person whose counts change (after a verification) leaves or joins the filter at once.
    setDynamicSortFilter(true);
}

QList<BatchChecklistProxy::Filter> BatchChecklistProxy::filters()
{
    return {Filter::All, Filter::WaitingForMe, Filter::WithDiscrepancies, Filter::NotStarted};
}

QString BatchChecklistProxy::label(Filter filter)
{
    switch (filter) {
    case Filter::All: return tr("All persons");
    case Filter::WaitingForMe: return tr("Waiting for my verification");
    case Filter::WithDiscrepancies: return tr("With discrepancies");
    case Filter::NotStarted: return tr("Not started");
    }
    return {};
}

void BatchChecklistProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool BatchChecklistProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter == Filter::All)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_filter) {
    case Filter::All: return true;
    case Filter::WaitingForMe: return index.data(roles::ItemsWaitingForMeRole).toInt() > 0;
    case Filter::WithDiscrepancies: return index.data(roles::ItemsDiscrepantRole).toInt() > 0;
    case Filter::NotStarted:
        return index.data(roles::StatusCodeRole).toString() == QLatin1String("not_started");
    }
    return true;
}

bool BatchChecklistProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(roles::SortRole);
    const QVariant b = right.data(roles::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace homeward
