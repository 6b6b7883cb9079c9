#include "IdentityCheckDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace homeward {

IdentityCheckDialog::IdentityCheckDialog(const QString &person, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("identityCheckDialog"));
    setWindowTitle(tr("Confirm identity"));

    auto *heading = new QLabel(tr("How did you confirm that this is %1?").arg(person));
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_group = new QButtonGroup(this);
    const struct {
        CheckMethod method;
        QString text;
        const char *name;
    } choices[] = {
        {CheckMethod::InPerson, tr("&In person"), "inPersonRadio"},
        {CheckMethod::Photo, tr("From a &photo"), "photoRadio"},
        {CheckMethod::Documents, tr("From &documents"), "documentsRadio"},
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    for (const auto &choice : choices) {
        auto *radio = new QRadioButton(choice.text);
        radio->setObjectName(QString::fromLatin1(choice.name));
        m_group->addButton(radio, int(choice.method));
        layout->addWidget(radio);
    }

    auto *noteLabel = new QLabel(tr("&Which document or photo (optional):"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("For example: military ID АА 123456"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox;
    m_confirm = buttons->addButton(tr("&Confirm identity"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (method())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::idToggled, this, [this] { m_confirm->setEnabled(method().has_value()); });
    layout->addWidget(buttons);
}

std::optional<CheckMethod> IdentityCheckDialog::method() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return static_cast<CheckMethod>(id);
}

void IdentityCheckDialog::setMethod(CheckMethod method)
{
    if (QAbstractButton *radio = m_group->button(int(method)))
        radio->setChecked(true);
}

QString IdentityCheckDialog::note() const
{
    return m_note->text().trimmed();
}

QRadioButton *IdentityCheckDialog::button(CheckMethod method) const
{
    return qobject_cast<QRadioButton *>(m_group->button(int(method)));
}

} // namespace homeward
