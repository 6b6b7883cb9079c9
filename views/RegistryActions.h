#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace homeward {

class MainWindow;
class MatchAllDialog;
class Store;

// The main window's registry actions: the Registry menu, and "Match all with
// the registry…" (Ctrl+M, Registry and Batch menus), which opens
// MatchAllDialog for the selected batch (a double-click there opens the
// person's form). The registry is imported through ImportActions (the import
// wizard, which reads the interchange CSV too). The window needs one line.
class RegistryActions final : public QObject {
    Q_OBJECT
public:
    RegistryActions(Store &store, MainWindow *window);

    QAction *matchAllAction() const { return m_matchAll; }
    MatchAllDialog *matchDialog() const;

public Q_SLOTS:
    // Opens (or raises and reruns) the match of the selected batch.
    MatchAllDialog *matchAll();

private:
    void install();
    void updateActions();

    Store &m_store;
    MainWindow *m_window;
    QAction *m_matchAll = nullptr;
    QPointer<MatchAllDialog> m_dialog;
};

} // namespace homeward
