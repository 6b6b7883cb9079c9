#pragma once

#include "domain/Batch.h"
#include "domain/Exchange.h"
#include "names/Reconciler.h"
#include "storage/CounterpartRepository.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPageLayout;

namespace homeward {

class PrintDocument;

// The reconciliation of a batch with the other side's list as a printed
// report (A4 landscape), drawn with PrintDocument like the summary sheet:
// every page says "CONTAINS PERSONAL DATA", the batch, the print time, the
// list it was made from, and "Page N of M". The content: which list, the
// totals, then the lines of ReconciliationReport (the matched pairs'
// differences riskiest first, open high risks in bold; persons only on their
// list; only on ours) and the counts against the plan.
class ReconciliationPrinter final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ReconciliationPrinter)

public:
    struct Context {
        Exchange exchange;
        Batch batch;
        std::optional<CounterpartList> list; // the list reconciled
        QDateTime generatedAt = QDateTime::currentDateTimeUtc();
    };

    // Draws every page on `device` with its page size and margins as set. Returns the number of pages.
    static Result<int> print(const Reconciliation &reconciliation, const Context &context, QPagedPaintDevice &device);
    // Writes the report as a PDF to `path` through a temporary file that
    // replaces `path` only when complete. Returns the number of pages.
    static Result<int> writePdf(const Reconciliation &reconciliation, const Context &context, const QString &path);

    // A4 landscape: the differences table needs the width.
    static QPageLayout pageLayout();
    static QString title(const Context &context);

private:
    static PrintDocument document(const Reconciliation &reconciliation, const Context &context);
};

} // namespace homeward
