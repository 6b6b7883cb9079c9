#pragma once

#include "domain/Official.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace homeward {

class Store;

// Asks for a user name and password and checks them (Accounts). Enter logs
// in; a refusal is shown under the fields and the password field is
// emptied. While the account is locked the Log in button waits, showing the
// seconds left.
class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(Store &store, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    QString username() const;
    // The official who logged in (after Accepted).
    std::optional<Official> official() const { return m_official; }
    QString errorText() const;

    // The current moment, for the lock-out (tests set it; default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public Q_SLOTS:
    void accept() override;

private:
    void updateButton();
    void showLockCountdown();
    void showError(const QString &text);

    Store &m_store;
    std::function<QDateTime()> m_clock;
    std::optional<Official> m_official;
    QDateTime m_lockedUntil;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_login = nullptr;
    QTimer *m_lockTimer = nullptr;
};

} // namespace homeward
