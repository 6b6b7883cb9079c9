#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace homeward {

// Reads the first worksheet of an .xlsx file (Office Open XML): the zip
// container through minizip, the XML through QXmlStreamReader, streamed, so
// a sheet of a million rows is never held in memory as XML. Cells come as
// text: shared strings, inline strings, numbers and booleans as written in
// the file. (A date typed into a spreadsheet is stored as a day number with a
// date style; such a cell comes as that number, and the caller's date check
// reports it.)
//
// Refused with a clear reason: a file that is not a zip, a zip that is not a
// workbook, a damaged or truncated entry (the zip's CRC), XML that does not
// parse, a cell reference that does not parse, rows out of order, and a
// worksheet larger than kMaxSheetBytes once unpacked (a "zip bomb").
class XlsxReader final {
    Q_DECLARE_TR_FUNCTIONS(homeward::XlsxReader)

public:
    static constexpr qint64 kMaxSheetBytes = qint64(2) * 1024 * 1024 * 1024;
    static constexpr int kMaxColumns = 16384; // the format's limit (XFD)

    // One row: its number in the sheet (1-based, as the spreadsheet shows it)
    // and its cells from column A, empty cells as empty strings (a row ends
    // at its last non-empty cell). Rows with no cells at all are not given.
    // Return false to stop (cancel).
    using RowHandler = std::function<bool(qint64 rowNumber, const QStringList &cells)>;

    struct Outcome {
        qint64 rows = 0;        // rows handed to the handler
        bool cancelled = false; // the handler returned false
    };

    static Result<Outcome> read(const QString &path, const RowHandler &onRow);

    // "C" → 2, "AA" → 26; -1 when `letters` is not a column.
    static int columnIndex(QStringView letters);
};

} // namespace homeward
