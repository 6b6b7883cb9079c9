#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QProgressBar;
class QTableView;

namespace homeward {

class DashboardBatchModel;
class DashboardCharts;
class PresenceModel;
class Store;

// The start page of an exchange: its batches with how far entry and
// verification are (progress bars), open discrepancies and persons waiting
// for a verifier, the totals of the exchange, who is working on which batch
// now (at any desk: PresenceModel), and the charts. Follows the
// store's change announcements through DashboardBatchModel, so it stays
// current while officials work. Double-click (or Enter) on a batch asks for
// that batch to be opened.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(Store &store, QWidget *parent = nullptr);

    // 0: none (the page reads nothing while no exchange is shown).
    void setExchange(qint64 exchangeId);
    qint64 exchangeId() const;

    DashboardBatchModel *model() const { return m_model; }
    PresenceModel *presenceModel() const { return m_presence; }
    QTableView *presenceView() const { return m_presenceTable; }
    QLabel *presenceLabel() const { return m_presenceCaption; }
    QTableView *tableView() const { return m_table; }
    DashboardCharts *charts() const { return m_charts; }
    QProgressBar *enteredBar() const { return m_enteredBar; }
    QProgressBar *verifiedBar() const { return m_verifiedBar; }

Q_SIGNALS:
    void batchActivated(qint64 batchId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showTitle();
    void retranslate();
    void activate(const QModelIndex &index);
    void showPresence();

    Store &m_store;
    DashboardBatchModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_enteredCaption = nullptr;
    QLabel *m_verifiedCaption = nullptr;
    QProgressBar *m_enteredBar = nullptr;
    QProgressBar *m_verifiedBar = nullptr;
    QLabel *m_discrepancies = nullptr;
    QLabel *m_waiting = nullptr;
    QTableView *m_table = nullptr;
    DashboardCharts *m_charts = nullptr;
    PresenceModel *m_presence = nullptr;
    QLabel *m_presenceCaption = nullptr;
    QTableView *m_presenceTable = nullptr;
};

} // namespace homeward
