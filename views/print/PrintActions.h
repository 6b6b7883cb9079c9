#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace homeward {

class MainWindow;
class Store;

// The File › Print submenu: the batch summary sheet (Ctrl+P), the batch's
// verification checklist and the exchange summary, each in a print preview
// (QPrintPreviewDialog, A4 portrait unless the printer says otherwise), and
// each exported to PDF (a file dialog, then SheetPrinter::writePdf). The
// content is read when the preview opens, so it is as current as the database.
// The window needs one line: `new PrintActions(store, this);`.
class PrintActions final : public QObject {
    Q_OBJECT
public:
    PrintActions(Store &store, MainWindow *window);

    enum class Sheet { BatchSummary, BatchChecklist, ExchangeSummary };

    QMenu *menu() const { return m_menu; }
    QAction *previewAction(Sheet sheet) const;
    QAction *exportAction(Sheet sheet) const;

public Q_SLOTS:
    // Opens the print preview of the sheet for the current selection.
    void preview(homeward::PrintActions::Sheet sheet);
    // Asks for a file name (unless `path` is given), then writes the PDF; true when written.
    bool exportPdf(homeward::PrintActions::Sheet sheet, const QString &path = {});

Q_SIGNALS:
    void message(const QString &text);

private:
    void install();
    void updateActions();
    QString suggestedFileName(Sheet sheet) const;
    void showError(const QString &text);

    Store &m_store;
    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_preview[3] = {};
    QAction *m_export[3] = {};
};

} // namespace homeward
