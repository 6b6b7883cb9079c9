#include "NewPasswordFields.h"

#include "storage/Accounts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace homeward {

NewPasswordFields::NewPasswordFields(QFormLayout *form, QObject *parent) : QObject(parent)
{
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(Accounts::kMaximumPasswordLength);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(Accounts::kMaximumPasswordLength);
    m_hint = new QLabel(Accounts::passwordHint());
    m_hint->setObjectName(QStringLiteral("passwordHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // greyed: advice, not an error

    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(QString(), m_hint);

    connect(m_password, &QLineEdit::textEdited, this, &NewPasswordFields::edited);
    connect(m_repeat, &QLineEdit::textEdited, this, &NewPasswordFields::edited);
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

QString NewPasswordFields::problem(const QString &username) const
{
    if (const QString problem = Accounts::passwordProblem(m_password->text(), username); !problem.isEmpty())
        return problem;
    if (m_repeat->text() != m_password->text())
        return tr("The two passwords differ");
    return {};
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

} // namespace homeward
