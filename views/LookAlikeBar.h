#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace homeward {

// Sits under a name field. When the name holds letters of another alphabet
// that look like letters of its own (a Latin "о" typed inside a Cyrillic
// surname), it says which letter at which position and offers a one-click
// repair. It never changes the text by itself; the repair goes through the
// field's undo history, so Ctrl+Z takes it back.
class LookAlikeBar final : public QWidget {
    Q_OBJECT
public:
    explicit LookAlikeBar(QLineEdit *field, QWidget *parent = nullptr);

    QString message() const;
    // The spelling the repair button would write; empty when no repair is offered.
    QString proposedRepair() const { return m_repaired; }

private:
    void refresh();
    void repair();

    QLineEdit *m_field;
    QLabel *m_text;
    QPushButton *m_repairButton;
    QString m_repaired;
};

} // namespace homeward
