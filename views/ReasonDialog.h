#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace homeward {

// Asks for the reason of a step that needs one (reopening a confirmed batch,
// cancelling a batch) or for a note (marking a reconciliation item resolved).
// The step's button stays disabled until a text is typed; the text goes into
// the audit trail as written.
class ReasonDialog final : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &explanation, const QString &actionText,
                 QWidget *parent = nullptr);

    QString reason() const;

    // For a text that is not a reason (a note, say); the defaults ask for a reason.
    void setFieldLabel(const QString &label);
    void setPlaceholderText(const QString &text);
    void setFieldToolTip(const QString &text);
    // The step button's tooltip while nothing is typed.
    void setEmptyHint(const QString &text);
    // The text field, for the caller's object name or height.
    QPlainTextEdit *textEdit() const;

    // Shows the dialog; the trimmed reason, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &explanation,
                                      const QString &actionText);

private:
    void updateButton();

    QLabel *m_explanation = nullptr;
    QLabel *m_label = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_emptyHint;
};

} // namespace homeward
