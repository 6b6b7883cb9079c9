#pragma once

#include "report/Sheets.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPageLayout;

namespace homeward {

class PrintDocument;

// Draws the printed sheets (report/Sheets.h) with QPainter on a PDF writer or
// a printer. Every page: the exchange and batch in the header, the marking
// "Contains personal data", the print time, whether and how the batch is
// sealed, and "Page N of M". Texts follow the interface language.
class SheetPrinter final {
    Q_DECLARE_TR_FUNCTIONS(homeward::SheetPrinter)

public:
    // Draws every page on `device` with its page size and margins as set.
    // Returns the number of pages.
    static Result<int> print(const report::BatchSheet &sheet, QPagedPaintDevice &device);
    static Result<int> print(const report::ChecklistSheet &sheet, QPagedPaintDevice &device);
    static Result<int> print(const report::ExchangeSheet &sheet, QPagedPaintDevice &device);

    // Writes the sheet as a PDF (A4 portrait) to `path`, through a temporary
    // file that replaces `path` only when the whole document is written:
    // on failure nothing is left behind. Returns the number of pages.
    static Result<int> writePdf(const report::BatchSheet &sheet, const QString &path);
    static Result<int> writePdf(const report::ChecklistSheet &sheet, const QString &path);
    static Result<int> writePdf(const report::ExchangeSheet &sheet, const QString &path);

    // A4 portrait with the margins of the sheets, for PDF writers and new printers.
    static QPageLayout defaultPageLayout();

    // The title of the document (PDF metadata, print job name).
    static QString title(const report::BatchSheet &sheet);
    static QString title(const report::ChecklistSheet &sheet);
    static QString title(const report::ExchangeSheet &sheet);

private:
    static PrintDocument document(const report::BatchSheet &sheet);
    static PrintDocument document(const report::ChecklistSheet &sheet);
    static PrintDocument document(const report::ExchangeSheet &sheet);
    static Result<int> printDocument(const PrintDocument &document, QPagedPaintDevice &device);
    static Result<int> writeDocument(const PrintDocument &document, const QString &title, const QString &path);
};

} // namespace homeward
