#include "RegistryListImport.h"

#include "FileHash.h"
#include "ReadAhead.h"
#include "RegistryWriter.h"

#include <QFileInfo>

namespace homeward {
namespace {

ListProblem alreadyStored(const RegistryRow &row)
{
    return ListProblem{row.line, row.recordIdColumn, row.recordId, RegistryWriter::alreadyStoredText(row.recordId),
                       ListProblemKind::Duplicate};
}

// Reads the list once: every valid row goes to `isAlreadyStored`, which says whether
// its record_id is already stored (a problem of kind Duplicate, kept in line
// order among ListReader's own).
RegistryListOutcome readList(const QString &path, const RegistryListOptions &options,
                             const RegistryListImport::Progress &progress,
                             const std::function<bool(const RegistryRow &row)> &isAlreadyStored)
{
    RegistryListOutcome outcome;
    QList<ListProblem> duplicates;
    qint64 duplicateCount = 0;
    ListOptions list = options.list;
    list.target = ListTarget::Registry;
    // Read and checked on a worker thread, the rows taken here in file
    // order (see ReadAhead): the checks of one row overlap the writing of
    // the rows before it.
    ListOutcome read;
    ReadAhead<RegistryRow, ListProgress> ahead;
    ahead.start([&path, &read, list](const auto &push, const auto &report) {
        read = ListReader::read(
            path, list, [&push](const ListRow &row) { return push(RegistryRow::from(row.interchange())); }, report);
    });
    std::vector<RegistryRow> rows;
    ListProgress mark;
    bool cancelled = false;
    while (ahead.take(rows, mark)) {
        for (const RegistryRow &row : rows) {
            if (isAlreadyStored(row)) {
                ++duplicateCount;
                if (duplicates.size() < ListReader::kMaxProblemsKept)
                    duplicates << alreadyStored(row);
            }
        }
        ahead.giveBack(std::move(rows));
        if (progress && !progress(mark)) {
            ahead.cancel();
            cancelled = true;
            break;
        }
    }
    ahead.finish();
    // The reader's report of the end comes after its last row.
    cancelled = cancelled || (progress && !read.cancelled && !progress(ahead.lastMark()));
    outcome.cancelled = cancelled;
    outcome.format = read.format;
    outcome.mapping = read.mapping;
    outcome.cancelled = outcome.cancelled || read.cancelled;
    outcome.rows = read.rows;
    outcome.problems = read.problems + duplicates;
    std::stable_sort(outcome.problems.begin(), outcome.problems.end(),
                     [](const ListProblem &a, const ListProblem &b) { return a.line < b.line; });
    if (outcome.problems.size() > ListReader::kMaxProblemsKept)
        outcome.problems.resize(ListReader::kMaxProblemsKept);
    outcome.problemCount = read.problemCount + duplicateCount;
    return outcome;
}

} // namespace

RegistryListImport::RegistryListImport(QSqlDatabase db) : m_db(std::move(db)) {}

RegistryListOutcome RegistryListImport::check(const QString &path, const RegistryListOptions &options,
                                              const Progress &progress) const
{
    auto stored = RegistryRepository(m_db).storedRecordIds();
    if (!stored) {
        RegistryListOutcome failed;
        failed.error = stored.error();
        return failed;
    }
    qint64 replaced = 0;
    RegistryListOutcome outcome = readList(path, options, progress, [&](const RegistryRow &row) {
        if (!stored.value().contains(row.recordId))
            return false;
        replaced += options.replace ? 1 : 0;
        return !options.replace;
    });
    outcome.replaced = replaced;
    outcome.inserted = outcome.rows - replaced;
    return outcome;
}

RegistryListOutcome RegistryListImport::importList(const QString &path, const Actor &actor,
                                                   const RegistryListOptions &options, const Progress &progress)
{
    const auto failed = [](Error error) {
        RegistryListOutcome outcome;
        outcome.error = std::move(error);
        return outcome;
    };
    // One pass in one transaction, as RegistryRepository::importCsv: each
    // row is checked and written as it is read; anything wrong rolls back.
    RegistryWriter writer(m_db);
    if (Status begun = writer.begin(actor, options.replace); !begun)
        return failed(begun.error());
    auto before = FileHash::sha256(path);
    if (!before)
        return failed(before.error());
    bool writeFailed = false;
    RegistryListOutcome outcome = readList(path, options, progress, [&](const RegistryRow &row) {
        const RegistryWriter::Added added = writer.add(row);
        writeFailed = writeFailed || added == RegistryWriter::Added::Failed;
        return added == RegistryWriter::Added::AlreadyStored;
    });
    if (!outcome.ok())
        return outcome; // the writer rolls back
    if (writeFailed)
        return failed(*writer.error());
    // The record names the bytes that were read: a file changed meanwhile is refused.
    auto after = FileHash::sha256(path);
    if (!after)
        return failed(after.error());
    if (after.value() != before.value())
        return failed(Error{tr("The file %1 changed while it was being imported; nothing was imported").arg(path)});
    auto importId = writer.finish(QFileInfo(path).fileName(), before.value(), outcome.rows);
    if (!importId)
        return failed(importId.error());
    outcome.importId = importId.value();
    outcome.replaced = writer.replaced();
    outcome.inserted = outcome.rows - outcome.replaced;
    return outcome;
}

} // namespace homeward
