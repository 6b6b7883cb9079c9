#pragma once

#include "io/ListFormat.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;

namespace homeward {

// Asks for the note of a resolution: why the difference (or the person on
// one list only) is in order. The button stays disabled until a note is typed.
class ResolutionNoteDialog final : public QDialog {
    Q_OBJECT
public:
    ResolutionNoteDialog(const QString &what, QWidget *parent = nullptr);
    QString note() const;
    // The trimmed note, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &what);

private:
    void updateButton();

    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

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
