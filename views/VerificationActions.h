#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace homeward {

class ChecklistReviewWidget;
class MainWindow;
class Store;

// The main window's verification actions: "Verify details…" (Ctrl+Shift+V)
// opens the checklist review of the selected batch in its own window (one at
// a time, raised when already open), "History…" (Ctrl+H) shows the selected
// person's changes (the batch's when no person is selected), "Batch
// history…" the batch's. Creates its actions, puts them into the window's
// Batch and Person menus, its tool bar and the person list's right-click
// menu, and keeps them enabled while there is something to act on, so the
// window itself needs one line.
class VerificationActions final : public QObject {
    Q_OBJECT
public:
    VerificationActions(Store &store, MainWindow *window);

    QAction *verifyAction() const { return m_verify; }
    QAction *historyAction() const { return m_history; }
    QAction *batchHistoryAction() const { return m_batchHistory; }
    // The open review window, nullptr when none.
    ChecklistReviewWidget *reviewWindow() const;

public Q_SLOTS:
    // Opens (or raises) the review of the selected batch at the selected person.
    ChecklistReviewWidget *openReview();
    void showHistory();
    void showBatchHistory();

private:
    void install();
    void updateActions();

    Store &m_store;
    MainWindow *m_window;
    QAction *m_verify = nullptr;
    QAction *m_history = nullptr;
    QAction *m_batchHistory = nullptr;
    QPointer<ChecklistReviewWidget> m_review;
};

} // namespace homeward
