#include "ReconciliationDialogs.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace homeward {

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
