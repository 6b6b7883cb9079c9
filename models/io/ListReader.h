#pragma once

#include "HeaderMapping.h"
#include "InterchangeCsv.h"
#include "ListFormat.h"

#include "domain/Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace homeward {

// How to read a list file.
struct ListOptions final {
    ListFormat format;                    // encoding and delimiter; Auto: detected
    std::optional<HeaderMapping> mapping; // nullopt: guessed from the header row
    ListTarget target = ListTarget::Batch;
    // Look-alike letters and other name problems are refused (batches and
    // the registry must be clean); dates of birth after `today` are refused.
    bool strictNames = true;
    QDate today = QDate::currentDate();
    // A batch's persons need a category; a list without that column may
    // give one for all its rows.
    std::optional<Category> defaultCategory;
};

// One raw row of a list: where it begins and its cells as text.
struct ListRecord final {
    qint64 line = 0;
    QStringList cells;
};

// One valid row, its details cleaned (names and text trimmed, single spaces;
// notes trimmed only).
struct ListRow final {
    qint64 line = 0;
    Person person; // id 0; fields not in the list stay empty
    bool sexKnown = false;
    bool categoryKnown = false; // false only when no category was given and there is no default
    int recordIdColumn = 1;     // 1-based; 1 when the record id was made ("line-N")
    bool recordIdMade = false;

    // The same row as the interchange CSV reader gives it.
    InterchangeRow interchange() const
    {
        InterchangeRow row;
        row.line = line;
        row.person = person;
        row.sexKnown = sexKnown;
        row.categoryKnown = categoryKnown;
        row.recordIdColumn = recordIdColumn;
        return row;
    }
};

// What was read, or found wrong.
struct ListOutcome final {
    DetectedFormat format;
    HeaderMapping mapping; // as used (guessed or given)
    qint64 headerLine = 1;
    qint64 rows = 0;             // valid rows handed to the row handler
    qint64 problemCount = 0;     // every problem, kept or not
    QList<ListProblem> problems; // the first kMaxProblemsKept, in file order
    bool cancelled = false;
    bool ok() const { return problemCount == 0 && !cancelled; }
};

// Reading progress: bytes of the file consumed (CSV; XLSX gives 0 and
// total 0: the wizard shows a busy bar) and rows read.
struct ListProgress final {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 rowsDone = 0;
};

// What the wizard's first pages show.
struct ListPreview final {
    DetectedFormat format;
    qint64 headerLine = 1;
    QStringList headers;
    QList<ListRecord> rows;             // up to the requested number after the header
    HeaderMapping guessed;              // HeaderMapping::guessed(headers)
    std::optional<ListProblem> problem; // set when the file cannot be read that far
};

// Reads the persons of a list: a CSV file (any of ListFormat's encodings
// and delimiters, RFC 4180, streamed through CsvReader) or an .xlsx
// workbook's first sheet (XlsxReader), the first row being the header.
// A file is taken as XLSX when it begins with a zip signature or its name
// ends in .xlsx.
//
// Values: dates YYYY-MM-DD, DD.MM.YYYY, D.M.YYYY (partial: YYYY, YYYY-MM,
// MM.YYYY; an XLSX date cell, which XlsxReader gives as YYYY-MM-DD; a day
// number above 9999 such as 32874 in a date column's general or text cell),
// not in the future; sex M/F, Ч/Ж, М (Cyrillic), male/female, чоловіча/жіноча,
// мужской/женский …; category serviceman/civilian, військовослужбовець/
// цивільний, военнослужащий/гражданский … (ignoring case); names by
// text::nameProblem when strictNames; no control characters; at most
// InterchangeCsv's lengths; record ids unique in the file, no spaces.
// A value guarded against formulas ('=…) loses the apostrophe.
// Blank lines and rows whose cells are all empty (";;;;", as spreadsheets
// save formatted empty rows) are skipped; a file without rows is a problem.
class ListReader final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ListReader)

public:
    static constexpr qsizetype kMaxProblemsKept = InterchangeCsv::kMaxProblemsKept;
    // Bytes read to detect the encoding and the delimiter.
    static constexpr qint64 kSampleBytes = qint64{64} * 1024;

    using RowHandler = std::function<bool(const ListRow &row)>;         // false cancels
    using RecordHandler = std::function<bool(const ListRecord &row)>;   // false stops
    using Progress = std::function<bool(const ListProgress &progress)>; // false cancels

    static bool isXlsx(const QString &path);

    // Detects (or takes) the format, reads the header and up to `rows` rows
    // as raw cells, for the encoding, delimiter and mapping pages.
    static ListPreview preview(const QString &path, const ListFormat &format, int rows = 50);

    // Reads and checks the whole file: header mapping, then every row. Valid
    // rows go to `onRow` (may be empty) in file order, also when other rows
    // have problems; a caller that needs all or nothing checks ok().
    static ListOutcome read(const QString &path, const ListOptions &options, const RowHandler &onRow,
                            const Progress &progress = {});

    // The raw rows (header included) without any checks beyond the file's
    // own (encoding, quoting). Problems as in read().
    static ListOutcome readRecords(const QString &path, const ListFormat &format, const RecordHandler &onRecord,
                                   const Progress &progress = {});

    // The value parsers read() uses (exposed for tests and the wizard's
    // per-cell hints).
    static std::optional<Sex> parseSex(const QString &value);
    static std::optional<Category> parseCategory(const QString &value);
    // A date as accepted in a list; `spreadsheet`: a whole number is a
    // spreadsheet day number (1900 date system).
    static std::optional<PartialDate> parseDate(const QString &value, bool spreadsheet);
};

} // namespace homeward
