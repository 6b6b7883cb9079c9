#include "RiskColourProxy.h"

#include "items/ItemRoles.h"
#include "names/Reconciler.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace homeward {
namespace {

// Light backgrounds with dark text keep the contrast readable on any palette.
const QColor kHighBackground(0xfd, 0xdc, 0xd9);
const QColor kHighText(0x8b, 0x0d, 0x0d);
const QColor kMediumBackground(0xff, 0xf0, 0xc2);
const QColor kMediumText(0x5c, 0x40, 0x00);
const QColor kResolvedBackground(0xe6, 0xf4, 0xe7);
const QColor kResolvedText(0x3d, 0x55, 0x3f);

} // namespace

QVariant RiskColourProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole) {
        // Cells cut short by the column's width: the whole text on hover.
        const QVariant own = QIdentityProxyModel::data(index, role);
        return own.isValid() && !own.toString().isEmpty() ? own : QIdentityProxyModel::data(index, Qt::DisplayRole);
    }
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);
    if (!index.isValid())
        return {};
    const QVariant resolvedValue = index.data(roles::ResolvedRole);
    const bool resolved = resolvedValue.isValid() && resolvedValue.toBool();
    const auto risk = RiskLevel(index.data(roles::RiskLevelRole).toInt());
    if (resolved) {
        if (role == Qt::BackgroundRole)
            return QBrush(kResolvedBackground);
        if (role == Qt::ForegroundRole)
            return QBrush(kResolvedText);
        return QIdentityProxyModel::data(index, role);
    }
    switch (risk) {
    case RiskLevel::High:
        if (role == Qt::BackgroundRole)
            return QBrush(kHighBackground);
        if (role == Qt::ForegroundRole)
            return QBrush(kHighText);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case RiskLevel::Medium:
        if (role == Qt::BackgroundRole)
            return QBrush(kMediumBackground);
        if (role == Qt::ForegroundRole)
            return QBrush(kMediumText);
        break;
    case RiskLevel::Low:
    case RiskLevel::None:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace homeward
