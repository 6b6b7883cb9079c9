#pragma once

#include "Sheets.h"

#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace homeward::report {

// Reads the content of each printed sheet through the storage layer
// (repositories, ChecklistQueries, BatchWorkflow, ReportQueries). Read-only;
// every read failure is returned, never a sheet with missing parts.
class SheetBuilder final {
    Q_DECLARE_TR_FUNCTIONS(homeward::report::SheetBuilder)

public:
    explicit SheetBuilder(QSqlDatabase db);

    Result<BatchSheet> batchSheet(qint64 batchId) const;
    // `personId` 0: every listed person of the batch; otherwise that one (who must be listed in it).
    Result<ChecklistSheet> checklistSheet(qint64 batchId, qint64 personId = 0) const;
    Result<ExchangeSheet> exchangeSheet(qint64 exchangeId) const;

private:
    Result<QList<SheetPerson>> listedPersons(qint64 batchId, QList<Person> *details = nullptr) const;

    QSqlDatabase m_db;
};

// The text carried by the QR code of a sealed batch: enough to find the batch
// and compare its seal with the database.
QString sealQrText(const Exchange &exchange, const Batch &batch, const BatchSeal &seal);

} // namespace homeward::report
