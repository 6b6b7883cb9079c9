#include "CounterpartListFile.h"

#include "storage/FileHash.h"

namespace homeward {

ListOptions CounterpartListFile::options(const ListFormat &format)
{
    ListOptions options;
    options.format = format;
    // Their list only has to name the persons: sex, category and the rest may be missing.
    options.target = ListTarget::Registry;
    // Look-alike letters and mixed scripts are what the reconciliation is there to find.
    options.strictNames = false;
    return options;
}

Result<QString> CounterpartListFile::sha256(const QString &path)
{
    return FileHash::sha256(path);
}

CounterpartListFile::Outcome CounterpartListFile::read(const QString &path, const ListFormat &format)
{
    Outcome outcome;
    QList<InterchangeRow> rows;
    const ListOutcome read = ListReader::read(path, options(format), [&rows](const ListRow &row) {
        rows << row.interchange();
        return true;
    });
    outcome.format = read.format;
    outcome.problemCount = read.problemCount;
    outcome.problems = read.problems;
    if (read.cancelled && outcome.problemCount == 0)
        outcome.error = Error{tr("the reading of %1 stopped before the end").arg(path)};
    if (!outcome.ok())
        return outcome;
    // Hashed after the reading, which proved the file readable; the list's record names these bytes.
    auto hash = sha256(path);
    if (!hash) {
        outcome.error = hash.error();
        return outcome;
    }
    outcome.sha256 = hash.value();
    outcome.rows = std::move(rows);
    return outcome;
}

QString CounterpartListFile::formatText(const DetectedFormat &format)
{
    if (format.kind == ListFileKind::Xlsx)
        return QStringLiteral("XLSX");
    return tr("%1, %2").arg(ListFormats::encodingName(format.encoding), ListFormats::delimiterName(format.delimiter));
}

} // namespace homeward
