#include "FirstSupervisorDialog.h"

#include "NewPasswordFields.h"
#include "storage/Accounts.h"
#include "storage/PasswordHasher.h"
#include "storage/Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace homeward {

FirstSupervisorDialog::FirstSupervisorDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Homeward — first supervisor"));
    setObjectName(QStringLiteral("firstSupervisorDialog"));

    auto *intro = new QLabel(tr("This database has no accounts yet. Create the first supervisor: the official who "
                                "will create the other accounts and give them their roles. Nobody else can do that "
                                "until this account exists."));
    intro->setWordWrap(true);

    m_username = new QLineEdit;
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(Accounts::kMaximumUsernameLength);
    m_username->setToolTip(tr("Letters, digits, “.”, “_” and “-”; used to log in"));
    m_fullName = new QLineEdit;
    m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
    m_fullName->setMaxLength(Accounts::kMaximumFullNameLength);
    m_fullName->setToolTip(tr("Surname, given name and patronymic, as they appear on signed sheets"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    m_password = new NewPasswordFields(form, this);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *create = m_buttons->addButton(tr("&Create and log in"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstSupervisorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstSupervisorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    // Enter creates (once allowed); it never falls through to Cancel.
    create->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    connect(m_username, &QLineEdit::textEdited, this, &FirstSupervisorDialog::revalidate);
    connect(m_fullName, &QLineEdit::textEdited, this, &FirstSupervisorDialog::revalidate);
    connect(m_password, &NewPasswordFields::edited, this, &FirstSupervisorDialog::revalidate);
    revalidate();
}

QString FirstSupervisorDialog::problemText() const
{
    return m_problem->text();
}

void FirstSupervisorDialog::revalidate()
{
    Official o;
    o.username = m_username->text();
    o.fullName = m_fullName->text();
    o.isSupervisor = true;
    QStringList problems = Accounts::problems(o);
    if (const QString password = m_password->problem(o.username); !password.isEmpty())
        problems << password;
    m_problem->setText(problems.join(QLatin1Char('\n')));
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problems.isEmpty());
}

void FirstSupervisorDialog::accept()
{
    revalidate();
    if (!m_problem->text().isEmpty())
        return;
    QString password = m_password->password();
    m_password->clear();
    Accounts accounts(m_store.connection());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = accounts.createFirstSupervisor(m_username->text(), m_fullName->text(), password);
    // Logging in right away records the login like any other.
    std::optional<Result<Official>> login;
    if (created)
        login = accounts.authenticate(m_username->text(), password);
    QApplication::restoreOverrideCursor();
    PasswordHasher::wipe(password);
    if (!created) {
        QMessageBox::critical(this, tr("Supervisor not created"), created.text());
        revalidate();
        return;
    }
    if (!*login) {
        // The account exists now; the login dialog comes next time.
        QMessageBox::critical(this, tr("Not logged in"),
                              tr("The supervisor account was created, but logging in failed: %1").arg(login->text()));
        QDialog::reject();
        return;
    }
    m_official = login->value();
    QDialog::accept();
}

} // namespace homeward
