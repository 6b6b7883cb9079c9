#pragma once

#include "items/HistoryModel.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace homeward {

class Store;

// A person's or a batch's changes from the audit trail: time, official,
// action and, per changed field, the value before and after. Read-only.
class HistoryDialog final : public QDialog {
    Q_OBJECT
public:
    // `title` names the subject ("Коваленко Іван Петрович", "Batch 2").
    HistoryDialog(Store &store, HistoryModel::Subject subject, qint64 id, const QString &title,
                  QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }

private:
    void updateSummary();

    HistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace homeward
