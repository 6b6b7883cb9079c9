#pragma once

#include <QSortFilterProxyModel>

namespace homeward {

// Over MatchResultsModel: optionally only the persons that need a look (any
// verdict but match, or a duplicate flag). Unsorted it keeps the model's
// risk order; sorting by a column uses its SortRole (the verdict column
// sorts by risk, then by margin).
class MatchResultsProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MatchResultsProxy(QObject *parent = nullptr);

    void setAttentionOnly(bool only);
    bool attentionOnly() const { return m_attentionOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_attentionOnly = false;
};

} // namespace homeward
