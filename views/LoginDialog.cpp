#include "LoginDialog.h"

#include "storage/Accounts.h"
#include "storage/PasswordHasher.h"
#include "storage/Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace homeward {

LoginDialog::LoginDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setWindowTitle(tr("Homeward — log in"));
    setObjectName(QStringLiteral("loginDialog"));

    m_username = new QLineEdit;
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(Accounts::kMaximumUsernameLength);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(Accounts::kMaximumPasswordLength);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("loginErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_login = m_buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
    // Set once the button is inside the dialog, and Cancel never takes over
    // as default: Enter must not close the dialog while Log in waits.
    m_login->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    m_lockTimer = new QTimer(this);
    m_lockTimer->setInterval(1000);
    connect(m_lockTimer, &QTimer::timeout, this, &LoginDialog::showLockCountdown);
    connect(m_username, &QLineEdit::textEdited, this, [this] {
        // Another account is not locked just because this one was.
        m_lockedUntil = {};
        m_lockTimer->stop();
        updateButton();
    });
    connect(m_password, &QLineEdit::textEdited, this, &LoginDialog::updateButton);
    updateButton();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    (username.isEmpty() ? m_username : m_password)->setFocus();
    updateButton();
}

QString LoginDialog::username() const
{
    return m_username->text();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

// Shows a message under the fields; the dialog grows to hold it whole (the
// lock message wraps to three lines) rather than squeezing the fields.
void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void LoginDialog::updateButton()
{
    const bool locked = m_lockedUntil.isValid() && m_lockedUntil > m_clock();
    m_login->setEnabled(!locked);
}

void LoginDialog::showLockCountdown()
{
    const qint64 seconds = m_clock().secsTo(m_lockedUntil);
    if (!m_lockedUntil.isValid() || seconds <= 0) {
        m_lockTimer->stop();
        m_lockedUntil = {};
        showError(tr("You can try again now."));
        updateButton();
        return;
    }
    showError(tr("Too many failed attempts: this account is locked. Try again in %n second(s), or ask a "
                 "supervisor to reset the password.",
                 nullptr, int(seconds)));
    updateButton();
}

void LoginDialog::accept()
{
    if (!m_login->isEnabled())
        return;
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your user name and password."));
        (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    QString password = m_password->text();
    m_password->clear();
    Accounts accounts(m_store.connection());
    Result<Official> login = [&] {
        // Checking a password takes a noticeable moment by design.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto result = accounts.authenticate(m_username->text(), password, m_clock());
        QApplication::restoreOverrideCursor();
        return result;
    }();
    PasswordHasher::wipe(password);
    if (!login) {
        showError(login.text());
        m_password->setFocus();
        if (auto until = accounts.lockedUntil(m_username->text(), m_clock())) {
            m_lockedUntil = *until;
            showLockCountdown();
            m_lockTimer->start();
        }
        updateButton();
        return;
    }
    m_official = login.value();
    QDialog::accept();
}

} // namespace homeward
