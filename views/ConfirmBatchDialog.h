#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace homeward {

class Store;

// Confirming a verified batch: the supervisor sees what they confirm and
// every precondition still unmet, re-enters their password, and the batch
// is confirmed and sealed in one step. Confirm stays disabled while a
// precondition is unmet or the password is empty. A refused confirmation
// (wrong password, changed batch) keeps the dialog open with the reason.
class ConfirmBatchDialog final : public QDialog {
    Q_OBJECT
public:
    ConfirmBatchDialog(Store &store, qint64 batchId, QWidget *parent = nullptr);

    // The seal's content hash once confirmed (empty before).
    QString sealHash() const { return m_sealHash; }

public Q_SLOTS:
    void accept() override;

private:
    void refresh();
    void updateButton();

    Store &m_store;
    qint64 m_batchId;
    bool m_preconditionsMet = false;
    QString m_sealHash;
    QLabel *m_summary = nullptr;
    QLabel *m_preconditions = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace homeward
