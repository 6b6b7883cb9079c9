#pragma once

#include "io/InterchangeCsv.h"
#include "io/ListReader.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace homeward {

// Reads the other side's list of a batch for CounterpartRepository::importList:
// a CSV file (any encoding and delimiter ListReader knows, detected unless
// given) or an .xlsx workbook, header names in any language ListReader
// guesses. Their names are kept as written (look-alike letters included: the
// reconciliation reports them); the record id may be missing ("line-N").
// All rows or none: any problem leaves `rows` empty. Shared by the window
// (Load their list…) and `homeward import --counterpart`. No widgets.
class CounterpartListFile final {
    Q_DECLARE_TR_FUNCTIONS(homeward::CounterpartListFile)

public:
    struct Outcome {
        QList<InterchangeRow> rows; // empty unless ok()
        QString sha256;             // hex SHA-256 of the file's bytes
        DetectedFormat format;
        qint64 problemCount = 0;     // every problem, kept or not
        QList<ListProblem> problems; // the first ListReader::kMaxProblemsKept
        std::optional<Error> error;  // the file could not be hashed
        bool ok() const { return !error && problemCount == 0; }
    };

    // The reading options: names as written, only surname and given name required.
    static ListOptions options(const ListFormat &format);
    static Outcome read(const QString &path, const ListFormat &format = {});
    // "UTF-8, semicolon" or "XLSX", for messages.
    static QString formatText(const DetectedFormat &format);
    // The hex SHA-256 of a file's bytes.
    static Result<QString> sha256(const QString &path);
};

} // namespace homeward
