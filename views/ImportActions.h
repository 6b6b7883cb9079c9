#pragma once

#include <QObject>

class QAction;

namespace homeward {

class ImportWizard;
class MainWindow;
class Store;

// The main window's import actions, both through ImportWizard: "Import
// list…" (Batch menu, Ctrl+Shift+I) adds the persons of a CSV file or Excel
// workbook to the selected batch, and "Import registry from a list…"
// (Registry menu, object name importRegistryAction) loads one into the
// registry: the program's one registry import in the window, the interchange
// CSV being a list with English headers. Offered only when the
// official's roles allow it (domain/Permissions.h) and, for a batch, when it
// is a draft; the tooltip says why not. The window needs one line.
class ImportActions final : public QObject {
    Q_OBJECT
public:
    ImportActions(Store &store, MainWindow *window);

    QAction *importListAction() const { return m_importList; }
    QAction *importRegistryAction() const { return m_importRegistry; }

    // The wizard importList()/importRegistry() opened, while it is open; else nullptr.
    ImportWizard *wizard() const;

public Q_SLOTS:
    void importList();
    void importRegistry();
    void updateActions();

private:
    bool raiseOpenWizard() const;
    void openWizard(ImportWizard *wizard);

    Store &m_store;
    MainWindow *m_window;
    QAction *m_importList = nullptr;
    QAction *m_importRegistry = nullptr;
};

} // namespace homeward
