#pragma once

#include "domain/Verification.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace homeward {

// Asks how a verifier confirmed a person's identity: in person, from a photo
// or from documents (which one goes in the note). Confirm stays disabled
// until a way is chosen.
class IdentityCheckDialog final : public QDialog {
    Q_OBJECT
public:
    // `person` names whom the check is about ("Коваленко Іван Петрович").
    explicit IdentityCheckDialog(const QString &person, QWidget *parent = nullptr);

    std::optional<CheckMethod> method() const;
    void setMethod(CheckMethod method);
    QString note() const; // trimmed

    QRadioButton *button(CheckMethod method) const;
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QButtonGroup *m_group = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace homeward
