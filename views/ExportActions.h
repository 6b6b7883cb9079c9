#pragma once

#include "storage/Export.h"

#include <QObject>

class QAction;

namespace homeward {

class MainWindow;
class Store;

// The main window's export actions: "Export list…" (Batch menu) writes the
// selected batch's persons, and "Export registry…" (Registry menu) the
// registry, as interchange CSV or as an Excel workbook (the file dialog's
// type, or the name's .csv/.xlsx), with a progress bar and Cancel; then says
// what was written and what was left out (withdrawn persons) or changed
// (record ids filled, formula-looking cells guarded). The window needs one line.
class ExportActions final : public QObject {
    Q_OBJECT
public:
    ExportActions(Store &store, MainWindow *window);

    QAction *exportBatchAction() const { return m_exportBatch; }
    QAction *exportRegistryAction() const { return m_exportRegistry; }

    // The format a file name asks for (.xlsx, else CSV).
    static ExportFormat formatFor(const QString &path);

public Q_SLOTS:
    void exportBatch();
    void exportRegistry();

public:
    // Writes batch `batchId` (0: the registry) to `path`, with progress and
    // the outcome shown to the official. True when the file was written.
    bool exportTo(qint64 batchId, const QString &path);

private:
    QString askForFile(const QString &title, const QString &suggestedName) const;

    Store &m_store;
    MainWindow *m_window;
    QAction *m_exportBatch = nullptr;
    QAction *m_exportRegistry = nullptr;
};

} // namespace homeward
