#include "LookAlikeBar.h"

#include "names/LookAlikes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace homeward {

LookAlikeBar::LookAlikeBar(QLineEdit *field, QWidget *parent)
    : QWidget(parent), m_field(field), m_text(new QLabel(this)), m_repairButton(new QPushButton(this))
{
    setObjectName(field->objectName() + QStringLiteral("LookAlikes"));
    m_text->setObjectName(objectName() + QStringLiteral("Text"));
    m_repairButton->setObjectName(objectName() + QStringLiteral("Repair"));
    m_text->setWordWrap(true);
    m_repairButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_text->setStyleSheet(QStringLiteral("color: #7a4d00;"));
    m_repairButton->setToolTip(tr("Replace the look-alike letters with the letters of the name's own alphabet. "
                                  "Ctrl+Z in the field takes it back."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_repairButton);
    connect(m_field, &QLineEdit::textChanged, this, &LookAlikeBar::refresh);
    connect(m_repairButton, &QPushButton::clicked, this, &LookAlikeBar::repair);
    refresh();
}

QString LookAlikeBar::message() const
{
    return m_text->text();
}

void LookAlikeBar::refresh()
{
    // The field's inline error already names each foreign letter and its
    // position; this bar only offers the repair, when every such letter has a
    // look-alike in the name's own alphabet.
    const names::LookAlikeReport report = names::findLookAlikes(m_field->text());
    m_repaired = report.canRepair ? report.repaired : QString();
    setVisible(!m_repaired.isEmpty());
    m_text->setText(m_repaired.isEmpty() ? QString() : tr("Probably typed in the wrong keyboard layout."));
    m_repairButton->setText(tr("Use “%1”").arg(m_repaired));
}

void LookAlikeBar::repair()
{
    if (m_repaired.isEmpty())
        return;
    const QString repaired = m_repaired;
    // insert() over a full selection keeps the change in the field's undo history.
    m_field->selectAll();
    m_field->insert(repaired);
    m_field->setFocus();
}

} // namespace homeward
