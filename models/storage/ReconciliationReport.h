#pragma once

#include "Result.h"

#include "names/Reconciler.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace homeward {

// The reconciliation of a batch as a CSV report (UTF-8, no byte-order mark,
// RFC 4180, LF line ends; see CsvWriter), one line per item, in this order:
// the matched pairs (riskiest first; one line per difference, and one line
// for a pair whose details all agree), the persons only on their list, the
// persons only on ours, then the counts. Columns (the header row):
//   section          pair | only_theirs | only_ours | count
//   key              the item's stable key ("pair:12:R-7:surname",
//                    "only-theirs:R-9", "only-ours:14"; empty for a pair
//                    that agrees); the count's code ("serviceman_male" …
//                    "total") for count lines
//   risk             none | low | medium | high (only_* lines: high;
//                    count lines: high when the line does not agree, else none)
//   our_position     our list position (empty when not on our list)
//   our_person_id    our person's database id (empty when not on our list)
//   their_record_id  their record_id (empty when not on their list)
//   their_line       the line of their file (empty when not on their list)
//   surname, given_name, patronymic, birth_date (YYYY-MM-DD or partial)
//                    the person as on our list, or as on theirs when only there
//   field            the interchange column that differs (pair lines), or the
//                    count's code (count lines)
//   ours, theirs     the two values (count lines: the two numbers)
//   planned          count lines: the planned number (empty when the plan
//                    does not count the line)
//   difference_kind  ReconciliationDifference::kind; "none" for a pair that
//                    agrees; "agrees" / "differs" for count lines
//   reason           translated, one sentence
//   resolved         yes | no (count lines: empty)
//   resolution_note, resolved_by (full name), resolved_at (UTC, ISO 8601)
// Every cell that a spreadsheet could run as a formula (= + - @ first) gets
// an apostrophe in front (formula::guard).
class ReconciliationReport final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ReconciliationReport)

public:
    struct Summary {
        qint64 lines = 0;        // data lines written (header not counted)
        qint64 guardedCells = 0; // cells given an apostrophe
    };

    static const QStringList &columnNames();
    // The columns' headings for a printed or shown table (translated), in the same order.
    static QStringList columnLabels();
    // The data lines, in the order above, cells guarded.
    static QList<QStringList> lines(const Reconciliation &reconciliation, qint64 *guardedCells = nullptr);
    // Writes the header and the lines to an open device.
    static Result<Summary> write(QIODevice &device, const Reconciliation &reconciliation);
    // Writes the report to `path` atomically: a private temporary file beside
    // it, synced and renamed over `path` only when complete (nothing is left
    // behind on failure), as Export does.
    static Result<Summary> writeCsv(const Reconciliation &reconciliation, const QString &path);
};

} // namespace homeward
