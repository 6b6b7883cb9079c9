#pragma once

#include "storage/Result.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableView;

namespace homeward {

class MatchResultsModel;
class MatchResultsProxy;
class Store;

// "Match all with the registry": matches every person listed in a batch
// (RegistryMatcher: the registry loaded first when needed), with a progress
// bar and Cancel, then lists the outcome with the riskiest cases first
// (MatchResultsModel): verdict, best candidate, score, differences and other
// listings of the same person. Double-click (or Enter) on a row asks to open
// the person.
class MatchAllDialog final : public QDialog {
    Q_OBJECT
public:
    MatchAllDialog(Store &store, qint64 batchId, QWidget *parent = nullptr);

    // Loads (when needed) and matches, showing the progress; keeps what was
    // matched before a cancel. The error is shown in the dialog as well.
    Status run();

    qint64 batchId() const { return m_batchId; }
    MatchResultsModel *model() const { return m_model; }
    MatchResultsProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;

Q_SIGNALS:
    void personActivated(qint64 personId);

private:
    void showSummary(bool cancelled);

    Store &m_store;
    qint64 m_batchId;
    MatchResultsModel *m_model = nullptr;
    MatchResultsProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_attentionOnly = nullptr;
};

} // namespace homeward
