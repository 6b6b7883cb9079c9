#pragma once

#include <QStyledItemDelegate>

namespace homeward {

// Draws a cell as a progress bar from roles::ProgressValueRole and
// roles::ProgressMaximumRole, with "value / maximum" on it; cells without
// those roles are drawn as usual. The cell's tooltip comes from the model.
class ProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text on the bar, e.g. "12 / 40".
    static QString barText(int value, int maximum);
};

} // namespace homeward
