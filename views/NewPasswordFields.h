#pragma once

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace homeward {

// A new password typed twice, with the password rules as a hint under it,
// added as rows to a form. Used wherever a password is set: the first
// supervisor, a new account, a reset.
class NewPasswordFields final : public QObject {
    Q_OBJECT
public:
    NewPasswordFields(QFormLayout *form, QObject *parent);

    QString password() const;
    // What is wrong (translated), empty when both fields agree and meet the rules.
    QString problem(const QString &username) const;
    // Empties both fields (after use: the password is not kept on screen).
    void clear();

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

Q_SIGNALS:
    void edited();

private:
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace homeward
