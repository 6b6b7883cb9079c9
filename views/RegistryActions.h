#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace homeward {

class MainWindow;
class MatchAllDialog;
class Store;

// The main window's registry actions: "Match all with the registry…"
// (Ctrl+M, Batch menu) opens MatchAllDialog for the selected batch (a
// double-click there opens the person's form), and "Import registry from
// CSV…" (Registry menu) imports an interchange CSV file into the registry
// with a progress bar and Cancel, then reports the outcome with the first
// problems as FILE:LINE:COLUMN. The window needs one line.
class RegistryActions final : public QObject {
    Q_OBJECT
public:
    RegistryActions(Store &store, MainWindow *window);

    QAction *matchAllAction() const { return m_matchAll; }
    QAction *importAction() const { return m_import; }
    MatchAllDialog *matchDialog() const;

    static constexpr int kProblemsShown = 15;

public Q_SLOTS:
    // Opens (or raises and reruns) the match of the selected batch.
    MatchAllDialog *matchAll();
    // Asks for a file, then imports it.
    void importRegistry();
    // Imports `path` (asks whether to replace records already in the
    // registry when it holds any); true when the registry changed.
    bool importFile(const QString &path);

private:
    void install();
    void updateActions();

    Store &m_store;
    MainWindow *m_window;
    QAction *m_matchAll = nullptr;
    QAction *m_import = nullptr;
    QPointer<MatchAllDialog> m_dialog;
};

} // namespace homeward
