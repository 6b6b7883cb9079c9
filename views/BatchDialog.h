#pragma once

#include "InlineErrors.h"
#include "domain/Batch.h"
#include "storage/Result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace homeward {

class DateLineEdit;
class StaleEditBar;
class Store;

// Creates or edits one batch of an exchange. Validated on every change
// (BatchValidator), Save disabled while anything is wrong, storage errors
// shown with the dialog kept open.
class BatchDialog final : public QDialog {
    Q_OBJECT
public:
    // A dialog for a new batch of `exchangeId`, numbered with the next free number.
    BatchDialog(Store &store, qint64 exchangeId, QWidget *parent = nullptr);

    // Turns the dialog into editing the stored batch `batchId`.
    Status loadBatch(qint64 batchId);

    Batch batch() const; // as typed, not normalised
    qint64 batchId() const { return m_loaded.id; }

    bool hasChanges() const;
    // Shown when a save was refused because someone else changed the batch meanwhile.
    StaleEditBar *staleEditBar() const { return m_staleBar; }

public Q_SLOTS:
    void accept() override;
    // Asks before discarding changes.
    void reject() override;

private:
    void setBatch(const Batch &batch);
    void revalidate();
    // Reads the stored batch after a stale refusal and merges the typed values into it.
    void reloadStored();

    Store &m_store;
    Batch m_loaded;
    Batch m_baseline; // what the form showed when opened, to notice changes
    QString m_baselineDateText;
    InlineErrors m_errors;
    QLabel *m_context = nullptr;
    QSpinBox *m_sequence = nullptr;
    QComboBox *m_direction = nullptr;
    DateLineEdit *m_date = nullptr;
    QLineEdit *m_place = nullptr;
    QSpinBox *m_servicemen = nullptr;
    QSpinBox *m_civilians = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    StaleEditBar *m_staleBar = nullptr;
};

} // namespace homeward
