#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace homeward {

// A progress bar with a Cancel button for work that runs in the GUI thread
// and reports now and then (the list readers call back every few thousand
// rows): update() shows the progress, lets the window repaint and answer
// the Cancel button, and says whether to go on.
class ProgressStrip final : public QWidget {
    Q_OBJECT
public:
    explicit ProgressStrip(QWidget *parent = nullptr);

    void start(const QString &text);
    // `total` 0: a busy bar (an Excel workbook tells no size). False once
    // Cancel was pressed.
    bool update(const QString &text, qint64 done, qint64 total);
    void finish();
    bool isRunning() const { return m_running; }
    bool cancelRequested() const { return m_cancelled; }
    QPushButton *cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void requestCancel();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace homeward
