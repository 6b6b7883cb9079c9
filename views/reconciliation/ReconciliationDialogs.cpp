#include "ReconciliationDialogs.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace homeward {

ResolutionNoteDialog::ResolutionNoteDialog(const QString &what, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("resolutionNoteDialog"));
    setWindowTitle(tr("Mark resolved"));
    auto *explanation = new QLabel(what);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    auto *label = new QLabel(tr("&Note (required, kept with your name in the history):"));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("resolutionNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why this is in order, e.g. \"same person: their list writes the name in "
                                  "Russian\" or \"agreed by phone with the other side on …\""));
    m_note->setToolTip(tr("Say what you checked and with whom. The note holds only for the values shown: when "
                          "either list changes them, the difference shows again."));
    label->setBuddy(m_note);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 4);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 7);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Mark resolved"));
    ok->setObjectName(QStringLiteral("okButton"));
    // Enter adds a line to the note; marking resolved needs a click or Ctrl+Enter.
    ok->setAutoDefault(false);
    ok->setDefault(false);
    ok->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ResolutionNoteDialog::updateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(label);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    updateButton();
}

QString ResolutionNoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ResolutionNoteDialog::updateButton()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!note().isEmpty());
    ok->setToolTip(note().isEmpty() ? tr("Type the note first") : QString());
}

std::optional<QString> ResolutionNoteDialog::ask(QWidget *parent, const QString &what)
{
    ResolutionNoteDialog dialog(what, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

ListProblemsDialog::ListProblemsDialog(const QString &filePath, const QList<ListProblem> &problems, qint64 problemCount,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("listProblemsDialog"));
    setWindowTitle(tr("Their list was not loaded"));
    auto *summary = new QLabel(tr("Nothing was loaded: %n problem(s) in %1. Every row must be readable before the "
                                  "list is taken; correct the file (or choose its encoding) and load it again.",
                                  nullptr, int(problemCount))
                                   .arg(QFileInfo(filePath).fileName()));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    QStringList lines;
    for (const ListProblem &problem : problems)
        lines << problem.text(filePath);
    if (problemCount > problems.size())
        lines << tr("… and %n more problem(s) not listed", nullptr, int(problemCount - problems.size()));
    m_text = new QPlainTextEdit(lines.join(QLatin1Char('\n')));
    m_text->setObjectName(QStringLiteral("problemsText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setToolTip(tr("FILE:LINE:COLUMN: reason. Select and copy to send the problems back."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ListProblemsDialog::problemText() const
{
    return m_text->toPlainText();
}

} // namespace homeward
