#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace homeward {

// Asks what differs when a verifier records a discrepancy in one detail.
// The note is required: the Record button stays disabled while it is empty.
// Ctrl+Enter records, as Enter starts a new line in the note.
class DiscrepancyDialog final : public QDialog {
    Q_OBJECT
public:
    // `detail` names the detail in a sentence ("the surname"); `storedValue`
    // is shown for reference when not empty.
    DiscrepancyDialog(const QString &detail, const QString &storedValue, QWidget *parent = nullptr);

    void setNote(const QString &note);
    QString note() const; // trimmed

    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *recordButton() const { return m_record; }

private:
    void updateButton();

    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace homeward
