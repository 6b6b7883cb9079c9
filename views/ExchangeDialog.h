#pragma once

#include "InlineErrors.h"
#include "domain/Exchange.h"
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

// Creates or edits an exchange. Every change is validated at once
// (ExchangeValidator); Save stays disabled while anything is wrong. Saving
// goes through the repository; on a storage error the dialog stays open with
// what was typed.
class ExchangeDialog final : public QDialog {
    Q_OBJECT
public:
    // A dialog for a new exchange.
    explicit ExchangeDialog(Store &store, QWidget *parent = nullptr);

    // Turns the dialog into editing the stored exchange `exchangeId`.
    Status loadExchange(qint64 exchangeId);

    // The exchange as typed (not normalised).
    Exchange exchange() const;
    // Id of the stored exchange (after a successful save, or the one loaded).
    qint64 exchangeId() const { return m_loaded.id; }

    bool hasChanges() const;
    // Shown when a save was refused because someone else changed the exchange meanwhile.
    StaleEditBar *staleEditBar() const { return m_staleBar; }

public Q_SLOTS:
    void accept() override;
    // Asks before discarding changes.
    void reject() override;

private:
    void setExchange(const Exchange &exchange);
    void revalidate();
    // Reads the stored exchange after a stale refusal and merges the typed values into it.
    void reloadStored();

    Store &m_store;
    Exchange m_loaded;
    Exchange m_baseline; // what the form showed when opened, to notice changes
    QString m_baselineDateText;
    InlineErrors m_errors;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_agreementRef = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_intermediary = nullptr;
    QSpinBox *m_servicemen = nullptr;
    QSpinBox *m_civilians = nullptr;
    DateLineEdit *m_agreedOn = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_total = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    StaleEditBar *m_staleBar = nullptr;
};

} // namespace homeward
