#include "RegistryListImport.h"

#include "io/CsvWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

namespace homeward {
namespace {

// Line breaks a reader counts in a value (CRLF, LF or a lone CR).
qint64 lineBreaks(const QString &value)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const bool loneCr =
            value.at(i) == QLatin1Char('\r') && (i + 1 == value.size() || value.at(i + 1) != QLatin1Char('\n'));
        if (value.at(i) == QLatin1Char('\n') || loneCr)
            ++count;
    }
    return count;
}

// The list, checked and written as an interchange CSV in a private folder.
struct Normalised {
    QTemporaryDir folder;
    QString path;
    ListOutcome read;
    QHash<qint64, std::pair<qint64, int>> sourceOf; // interchange line → list line, record id column
    std::optional<Error> error;
};

void normalise(Normalised &out, const QString &path, const RegistryListOptions &options,
               const RegistryListImport::Progress &progress)
{
    if (!out.folder.isValid()) {
        out.error = Error{RegistryListImport::tr("A temporary folder could not be made"), out.folder.errorString()};
        return;
    }
    out.path = out.folder.filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".csv"));
    QFile file(out.path);
    if (!file.open(QIODevice::WriteOnly)) {
        out.error = Error{RegistryListImport::tr("A temporary file could not be written"), file.errorString()};
        return;
    }
    CsvWriter writer(&file);
    writer.writeRecord(InterchangeCsv::columnNames());
    qint64 line = 2;
    ListOptions list = options.list;
    list.target = ListTarget::Registry;
    out.read = ListReader::read(
        path, list,
        [&](const ListRow &row) {
            InterchangeRow interchange;
            interchange.line = row.line;
            interchange.person = row.person;
            interchange.sexKnown = row.sexKnown;
            interchange.categoryKnown = row.categoryKnown;
            const QStringList fields = InterchangeCsv::fields(interchange);
            if (!writer.writeRecord(fields))
                return false;
            out.sourceOf.insert(line, {row.line, row.recordIdColumn});
            line += 1;
            for (const QString &field : fields)
                line += lineBreaks(field);
            return true;
        },
        progress);
    if (!writer.ok())
        out.error = Error{RegistryListImport::tr("A temporary file could not be written"), writer.errorString()};
    file.close();
}

// RegistryRepository's outcome with the list's own lines and columns.
void takeRegistryOutcome(RegistryListOutcome &outcome, const RegistryImportOutcome &registry, const Normalised &list)
{
    outcome.error = registry.error;
    outcome.cancelled = registry.cancelled;
    outcome.problemCount = registry.problemCount;
    for (const InterchangeProblem &problem : registry.problems) {
        const auto source = list.sourceOf.value(problem.line, {problem.line, problem.column});
        outcome.problems << ListProblem{source.first, problem.column == 1 ? source.second : problem.column, QString(),
                                        problem.reason,
                                        // The list passed ListReader's checks: what is left is a record_id
                                        // already in the registry.
                                        ListProblemKind::Duplicate};
    }
    outcome.rows = registry.rows;
    outcome.inserted = registry.inserted;
    outcome.replaced = registry.replaced;
    outcome.importId = registry.importId;
}

} // namespace

RegistryListImport::RegistryListImport(QSqlDatabase db) : m_db(std::move(db)) {}

RegistryListOutcome RegistryListImport::check(const QString &path, const RegistryListOptions &options,
                                              const Progress &progress) const
{
    RegistryListOutcome outcome;
    Normalised list;
    normalise(list, path, options, progress);
    outcome.format = list.read.format;
    outcome.mapping = list.read.mapping;
    if (list.error) {
        outcome.error = list.error;
        return outcome;
    }
    if (!list.read.ok()) {
        outcome.cancelled = list.read.cancelled;
        outcome.problems = list.read.problems;
        outcome.problemCount = list.read.problemCount;
        outcome.rows = list.read.rows;
        return outcome;
    }
    RegistryImportOptions registryOptions;
    registryOptions.replace = options.replace;
    registryOptions.rules.strictNames = options.list.strictNames;
    registryOptions.rules.today = options.list.today;
    takeRegistryOutcome(outcome, RegistryRepository(m_db).check(list.path, registryOptions), list);
    return outcome;
}

RegistryListOutcome RegistryListImport::importList(const QString &path, const Actor &actor,
                                                   const RegistryListOptions &options, const Progress &progress)
{
    RegistryListOutcome outcome;
    Normalised list;
    normalise(list, path, options, progress);
    outcome.format = list.read.format;
    outcome.mapping = list.read.mapping;
    if (list.error) {
        outcome.error = list.error;
        return outcome;
    }
    if (!list.read.ok()) {
        outcome.cancelled = list.read.cancelled;
        outcome.problems = list.read.problems;
        outcome.problemCount = list.read.problemCount;
        outcome.rows = list.read.rows;
        return outcome;
    }
    RegistryImportOptions registryOptions;
    registryOptions.replace = options.replace;
    registryOptions.rules.strictNames = options.list.strictNames;
    registryOptions.rules.today = options.list.today;
    takeRegistryOutcome(
        outcome,
        RegistryRepository(m_db).importCsv(list.path, actor, registryOptions,
                                           [&](const RegistryImportProgress &done) {
                                               return !progress || progress({done.bytesDone, done.bytesTotal, 0});
                                           }),
        list);
    return outcome;
}

} // namespace homeward
