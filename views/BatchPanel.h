#pragma once

#include "domain/Batch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTableView;

namespace homeward {

class PersonFilterProxy;
class PersonTableModel;
class Store;

// The selected batch: its title, how many persons are entered against the
// plan, a name filter and the list of persons. Shows a placeholder while no
// batch is selected.
class BatchPanel final : public QWidget {
    Q_OBJECT
public:
    explicit BatchPanel(Store &store, QWidget *parent = nullptr);

    void setBatch(qint64 batchId); // 0: none
    qint64 batchId() const { return m_batch.id; }
    // The batch as last read, empty (id 0) when none.
    const Batch &batch() const { return m_batch; }
    // Confirmed and completed batches keep their list as it is.
    bool isListEditable() const;

    // The person in the current row, 0 when none; their list position (No.), 0 when none.
    qint64 currentPersonId() const;
    int currentPosition() const;
    bool selectPerson(qint64 personId);

    // "Servicemen: 27 of 30 · Civilians: 12 of 10 (over plan!) · Total: 39 of 40", empty without a batch.
    QString countsText() const { return m_countsText; }

    PersonTableModel *personModel() const { return m_model; }
    PersonFilterProxy *filterProxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

public Q_SLOTS:
    void focusFilter();
    // Reads the batch and its counts again.
    void refresh();

Q_SIGNALS:
    void currentPersonChanged(qint64 personId);
    // Double-click or Enter on a person.
    void personActivated(qint64 personId);
    void countsChanged(const QString &countsText);

private:
    void setDefaultColumnWidths();
    void refreshCounts();
    void describeSeal();
    void emitCurrentPerson();

    Store &m_store;
    Batch m_batch;
    QString m_countsText;
    PersonTableModel *m_model = nullptr;
    PersonFilterProxy *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_emptyFilter = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    qint64 m_lastPersonId = -1;
};

} // namespace homeward
