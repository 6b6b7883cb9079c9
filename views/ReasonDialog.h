#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace homeward {

// Asks for the reason of a step that needs one (reopening a confirmed batch,
// cancelling a batch). The step's button stays disabled until a reason is
// typed; the reason goes into the audit trail as written.
class ReasonDialog final : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &explanation, const QString &actionText,
                 QWidget *parent = nullptr);

    QString reason() const;

    // Shows the dialog; the trimmed reason, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &explanation,
                                      const QString &actionText);

private:
    void updateButton();

    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace homeward
