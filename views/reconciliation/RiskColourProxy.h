#pragma once

#include <QIdentityProxyModel>

namespace homeward {

// Colours the rows of the reconciliation's tables by what they risk
// (roles::RiskLevelRole, roles::ResolvedRole): an open high risk on a red
// background in bold, an open medium risk on amber, a resolved item in grey on
// green. A cell without a tooltip of its own shows its whole text as one
// (columns are kept narrow). Everything else passes through unchanged.
class RiskColourProxy final : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace homeward
