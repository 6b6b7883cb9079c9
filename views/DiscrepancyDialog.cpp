#include "DiscrepancyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace homeward {

DiscrepancyDialog::DiscrepancyDialog(const QString &detail, const QString &storedValue, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("discrepancyDialog"));
    setWindowTitle(tr("Record a discrepancy"));

    auto *heading = new QLabel(tr("Record a discrepancy in %1.").arg(detail));
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *stored = new QLabel(tr("Stored value: %1").arg(storedValue));
    stored->setObjectName(QStringLiteral("storedValueLabel"));
    stored->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stored->setWordWrap(true);
    stored->setVisible(!storedValue.isEmpty());

    auto *noteLabel = new QLabel(tr("&What differs, and in which record? (required)"));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("For example: the passport reads Коваленко, the other side's list Коваленков"));
    m_note->setMinimumHeight(80);
    noteLabel->setBuddy(m_note);

    auto *buttons = new QDialogButtonBox;
    m_record = buttons->addButton(tr("&Record discrepancy"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setToolTip(tr("Ctrl+Enter"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!note().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_record->isEnabled())
                m_record->click();
        });
    }
    connect(m_note, &QPlainTextEdit::textChanged, this, &DiscrepancyDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(stored);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(buttons);
    resize(520, 280);
    updateButton();
    m_note->setFocus();
}

void DiscrepancyDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
    m_note->moveCursor(QTextCursor::End);
}

QString DiscrepancyDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void DiscrepancyDialog::updateButton()
{
    m_record->setEnabled(!note().isEmpty());
}

} // namespace homeward
