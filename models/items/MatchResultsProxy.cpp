#include "MatchResultsProxy.h"

#include "ItemRoles.h"
#include "MatchResultsModel.h"

namespace homeward {

MatchResultsProxy::MatchResultsProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(roles::SortRole);
}

void MatchResultsProxy::setAttentionOnly(bool only)
{
    if (only == m_attentionOnly)
        return;
    m_attentionOnly = only;
    invalidateRowsFilter();
}

bool MatchResultsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_attentionOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(roles::RiskRankRole).toInt() != MatchResultsModel::riskRank(names::Verdict::Match) ||
           index.data(roles::DuplicateCountRole).toInt() > 0;
}

} // namespace homeward
