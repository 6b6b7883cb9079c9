#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace homeward {

enum class ExportFormat { Csv, Xlsx };

struct ExportSummary final {
    qint64 rows = 0;              // persons written
    qint64 withdrawnLeftOut = 0;  // batch export: withdrawn persons, not written
    qint64 recordIdsFilled = 0;   // batch export: persons without a record_id, written as "person-<id>"
    qint64 guardedCells = 0;      // cells given an apostrophe because they looked like a formula
};

// Writes a batch's list or the whole registry in the interchange format of
// DESIGN.md (same columns, same order, Cyrillic intact), as CSV (UTF-8, no
// byte-order mark) or as an .xlsx worksheet of text cells.
//  - A batch: the persons listed, by list position; withdrawn persons are
//    left out and counted. A person without a record_id gets
//    "person-<id>", as the matcher names them.
//  - A cell that a spreadsheet could run as a formula (= + - @ first) gets
//    an apostrophe in front (formula::guard); the import takes it off.
//  - The file is written under a temporary name beside the target, owner-only
//    (0600), synced to disk and renamed over the target only when complete:
//    the target holds the old file or the whole export, never part of one.
//    On failure or cancel nothing is left behind.
// Reads only; needs no official.
class Export final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Export)

public:
    // Called now and then with the rows written so far; false cancels.
    using Progress = std::function<bool(qint64 rowsWritten)>;

    static Result<ExportSummary> batch(const QSqlDatabase &db, qint64 batchId, ExportFormat format,
                                       const QString &path, const Progress &progress = {});
    static Result<ExportSummary> registry(const QSqlDatabase &db, ExportFormat format, const QString &path,
                                          const Progress &progress = {});

    // "csv" or "xlsx" (any case).
    static std::optional<ExportFormat> formatFromCode(const QString &code);
};

} // namespace homeward
