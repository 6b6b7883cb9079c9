#pragma once

#include "domain/Person.h"
#include "names/Matcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace homeward {

// One problem of an interchange file: 1-based line and column (the field's
// number in the row) and the reason, which names the field.
struct InterchangeProblem final {
    qint64 line = 0;
    int column = 0;
    QString reason;

    // "FILE:LINE:COLUMN: reason", the form every command prints.
    QString text(const QString &fileName) const;
    bool operator==(const InterchangeProblem &other) const = default;
};

// One valid row, its details cleaned (text::clean; notes trimmed only).
struct InterchangeRow final {
    qint64 line = 0;       // where the row begins
    Person person;         // id 0; the fields not in the format stay empty
    bool sexKnown = false; // false: the sex column is absent or empty (person.sex is then meaningless)
    bool categoryKnown = false;
    int recordIdColumn = 1; // the record_id column's number in this file, for problems found later
};

// What a file must meet beyond the format.
struct InterchangeRules final {
    // Names must pass text::nameProblem (one script, no stray characters).
    // The registry is the officials' own reference and must be clean; a
    // list to be matched keeps look-alike letters, which the matcher
    // recognises and reports.
    bool strictNames = true;
    // Dates of birth after this day are refused.
    QDate today = QDate::currentDate();
};

// The interchange CSV of DESIGN.md:
//   record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,
//   service_number,document_number,birth_place,region,notes
// UTF-8, header row, RFC 4180 (CsvReader / CsvWriter).
//
// Reading:
//  - The header must name record_id, surname and given_name; every other
//    column may be absent. The order is free. A column that is not an
//    interchange column, or a column named twice, is an error (a column is
//    never silently dropped). Header names are compared trimmed and
//    ignoring case.
//  - Every row: record_id required, unique in the file, no spaces, at most
//    64 characters; surname and given_name required; birth_date empty or
//    YYYY-MM-DD / DD.MM.YYYY (partial: YYYY, YYYY-MM, MM.YYYY), not in the
//    future; sex empty or M/F; category empty or serviceman/civilian (both
//    ignoring case); no control characters (notes may hold line breaks and
//    tabs); at most 200 characters a field, 4,000 for notes.
//  - A value written as an apostrophe followed by = + - @ (how exports guard
//    a cell a spreadsheet could run as a formula) is read without the apostrophe.
//  - Lines holding nothing at all are skipped; a file with a header and no
//    rows is an error.
// Streaming: each valid row goes to a callback as it is read, so a file of a
// million rows is never held in memory (only the set of its record ids, for
// the uniqueness check).
class InterchangeCsv final {
    Q_DECLARE_TR_FUNCTIONS(homeward::InterchangeCsv)

public:
    enum class Column {
        RecordId,
        Surname,
        GivenName,
        Patronymic,
        BirthDate,
        Sex,
        Category,
        Rank,
        Unit,
        ServiceNumber,
        DocumentNumber,
        BirthPlace,
        Region,
        Notes
    };
    static constexpr int kColumnCount = 14;
    static constexpr int kMaxRecordIdLength = 64;
    static constexpr int kMaxTextLength = 200;
    static constexpr int kMaxNotesLength = 4000;
    // At most this many problems are kept (all are counted): a file that is
    // wrong on every line need not fill the memory with the same message.
    static constexpr qsizetype kMaxProblemsKept = 10000;

    // The column names in the order of the format.
    static const QStringList &columnNames();
    static QString columnName(Column column);

    struct Outcome {
        qint64 rows = 0;                    // valid rows handed to the callback
        qint64 problemCount = 0;            // every problem found, kept or not
        QList<InterchangeProblem> problems; // the first kMaxProblemsKept, in file order
        bool cancelled = false;             // the callback or progress returned false
        bool ok() const { return problemCount == 0 && !cancelled; }
    };

    // Returns false to stop the reading (cancel).
    using RowHandler = std::function<bool(const InterchangeRow &row)>;
    // Called now and then with the bytes read so far; false cancels.
    using Progress = std::function<bool(qint64 bytesRead)>;

    // Reads the whole device (open for reading). Valid rows go to `onRow`
    // (may be empty) in file order, also when other rows have problems; a
    // caller that needs all or nothing checks Outcome::ok() at the end.
    static Outcome read(QIODevice &device, const InterchangeRules &rules, const RowHandler &onRow,
                        const Progress &progress = {});

    // The row's fields in the order of columnNames(), as they are written.
    static QStringList fields(const InterchangeRow &row);
    // Writes a header and the rows (LF line ends, see CsvWriter).
    static bool write(QIODevice &device, const QList<InterchangeRow> &rows, QString *errorString = nullptr);

    // What the matcher compares (sex null when unknown).
    static names::MatchRecord toMatchRecord(const InterchangeRow &row);
    static names::MatchRecord toMatchRecord(const Person &person, bool sexKnown = true);
};

} // namespace homeward
