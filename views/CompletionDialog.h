#pragma once

#include "domain/BatchTransitions.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace homeward {

class DateLineEdit;
class Store;

// Recording the actual handover of a confirmed batch: date, place, the
// numbers counted at the handover, and for every listed person whether they
// were handed over (a reason when not). What is still missing is listed
// live under the form; "Record the handover" stays disabled until nothing is.
// The numbers start empty ("—") so that they are counted, not assumed.
class CompletionDialog final : public QDialog {
    Q_OBJECT
public:
    CompletionDialog(Store &store, qint64 batchId, QWidget *parent = nullptr);

    CompletionRecord record() const;

public Q_SLOTS:
    void accept() override;

private:
    void loadPersons();
    void revalidate();

    Store &m_store;
    qint64 m_batchId;
    BatchSnapshot m_snapshot;
    QList<qint64> m_personIds; // row → person
    DateLineEdit *m_date = nullptr;
    QLineEdit *m_place = nullptr;
    QSpinBox *m_servicemen = nullptr;
    QSpinBox *m_civilians = nullptr;
    QTableWidget *m_persons = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace homeward
