#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace homeward {

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation, const QString &actionText,
                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_explanation = new QLabel(explanation);
    m_explanation->setWordWrap(true);
    // The explanation may quote names from a list: never read as markup.
    m_explanation->setTextFormat(Qt::PlainText);
    m_label = new QLabel(tr("&Reason (required, kept in the history):"));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this step is taken, in a sentence"));
    m_label->setBuddy(m_reason);
    m_emptyHint = tr("Type the reason first");

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(actionText);
    ok->setObjectName(QStringLiteral("okButton"));
    // Enter in the text adds a line; the step needs a deliberate click or Ctrl+Enter.
    ok->setAutoDefault(false);
    ok->setDefault(false);
    ok->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateButton();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setFieldLabel(const QString &label)
{
    m_label->setText(label);
}

void ReasonDialog::setPlaceholderText(const QString &text)
{
    m_reason->setPlaceholderText(text);
}

void ReasonDialog::setFieldToolTip(const QString &text)
{
    m_reason->setToolTip(text);
}

void ReasonDialog::setEmptyHint(const QString &text)
{
    m_emptyHint = text;
    updateButton();
}

QPlainTextEdit *ReasonDialog::textEdit() const
{
    return m_reason;
}

void ReasonDialog::updateButton()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!reason().isEmpty());
    ok->setToolTip(reason().isEmpty() ? m_emptyHint : QString());
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title, const QString &explanation,
                                         const QString &actionText)
{
    ReasonDialog dialog(title, explanation, actionText, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace homeward
