#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace homeward {

// Reads the first worksheet of an .xlsx file (Office Open XML): the zip
// container through minizip, the XML through QXmlStreamReader, streamed, so
// a sheet of a million rows is never held in memory as XML. Cells come as
// text: shared strings, inline strings, numbers and booleans as written in
// the file.
//
// A date typed into a spreadsheet is stored as a day number whose cell style
// (xl/styles.xml: cellXfs → numFmtId) has a date number format. Such a cell
// comes as its date, YYYY-MM-DD (the time of day of a date and time dropped;
// the 1900 or the 1904 date system as the workbook says), so a caller never
// has to guess whether a number is a date. A number in a cell of any other
// format (general, number, time only) comes as written. A workbook without
// styles has no date cells.
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

    // Whether a number format shows a date: a built-in format id of a date
    // (14–17, 22, 27–31, 34–36, 50–54, 57, 58; the built-in times 18–21,
    // 45–47 and the locale-dependent 32, 33, 55, 56 are not), or a format
    // code with day, month or year parts outside quoted text, [brackets] and
    // escaped characters ("dd.mm.yyyy", "[$-422]d mmmm yyyy"; not "hh:mm",
    // "[h]:mm:ss", "mm:ss", "0.00"). `code` is empty for a built-in format.
    static bool isDateFormat(int numFmtId, QStringView code);
    // The date of a day number: the 1900 date system (day 1 = 1900-01-01,
    // with its phantom 29 February 1900, day 60, which has no date) or the
    // 1904 one (day 0 = 1904-01-01). A fraction (the time of day) is dropped.
    // Invalid for negative, phantom or out-of-range (after 9999) numbers.
    static QDate dateOfDayNumber(double number, bool date1904);
};

} // namespace homeward
