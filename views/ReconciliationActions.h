#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace homeward {

class MainWindow;
class ReconciliationWindow;
class Store;

// Batch › "Reconcile with the other side's list…" (Ctrl+Shift+R): opens the
// reconciliation window of the selected batch (ReconciliationWindow), one
// window at a time, brought to the front when already open for that batch.
// The window needs two lines: `new ReconciliationActions(store, this)` and
// its message connected to the status bar.
class ReconciliationActions final : public QObject {
    Q_OBJECT
public:
    ReconciliationActions(Store &store, MainWindow *window);

    QAction *reconcileAction() const { return m_reconcile; }
    // The open window, or nullptr.
    ReconciliationWindow *openWindow() const;

public Q_SLOTS:
    // Opens (or raises) the window for the selected batch.
    void reconcile();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateAction();

    Store &m_store;
    MainWindow *m_window;
    QAction *m_reconcile = nullptr;
    QPointer<ReconciliationWindow> m_open;
};

} // namespace homeward
