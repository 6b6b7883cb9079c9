#pragma once

#include "io/ListFormat.h"

#include <QDialog>
#include <QList>

class QPlainTextEdit;

namespace homeward {

// Shows why a list was not loaded: every problem as FILE:LINE:COLUMN: reason,
// selectable, so that it can be copied and sent back to whoever made the list.
class ListProblemsDialog final : public QDialog {
    Q_OBJECT
public:
    ListProblemsDialog(const QString &filePath, const QList<ListProblem> &problems, qint64 problemCount,
                       QWidget *parent = nullptr);
    QString problemText() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace homeward
