#include "ProgressDelegate.h"

#include "items/ItemRoles.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <algorithm>

namespace homeward {

QString ProgressDelegate::barText(int value, int maximum)
{
    return tr("%1 / %2").arg(value).arg(maximum);
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(roles::ProgressValueRole);
    const QVariant maximum = index.data(roles::ProgressMaximumRole);
    if (!value.isValid() || !maximum.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, then the bar inset so rows stay apart.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    // A maximum of 0 would draw a busy indicator: nothing planned shows an empty bar.
    bar.maximum = std::max(maximum.toInt(), 1);
    bar.progress = std::clamp(value.toInt(), 0, bar.maximum);
    bar.text = barText(value.toInt(), maximum.toInt());
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant maximum = index.data(roles::ProgressMaximumRole);
    if (!maximum.isValid())
        return size;
    const QString widest = barText(maximum.toInt() * 10 + 9, maximum.toInt() * 10 + 9);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(widest) + 24));
    return size;
}

} // namespace homeward
