#include "CounterpartImportCommand.h"

#include "CommandLine.h"
#include "ConsoleText.h"
#include "HeadlessSignIn.h"

#include "io/CounterpartListFile.h"
#include "storage/BatchRepository.h"
#include "storage/CounterpartRepository.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace homeward {
namespace {

using console::print;

int highRiskOpen(const Reconciliation &reconciliation)
{
    int count = 0;
    for (const ReconciledPair &pair : reconciliation.pairs)
        count += int(std::count_if(pair.differences.cbegin(), pair.differences.cend(),
                                   [](const ReconciliationDifference &difference) {
                                       return difference.risk == RiskLevel::High && !difference.resolution.resolved;
                                   }));
    return count;
}

QString countText(const CountLine &line)
{
    const QString planned = line.planned < 0 ? QStringLiteral("—") : QString::number(line.planned);
    return CounterpartImportCommand::tr("  %1: ours %2, theirs %3, planned %4%5\n")
        .arg(line.label)
        .arg(line.ours)
        .arg(line.theirs)
        .arg(planned, line.agrees() ? QString() : CounterpartImportCommand::tr("  (does not agree)"));
}

} // namespace

int CounterpartImportCommand::run(const QSqlDatabase &db, qint64 batchId, const QString &filePath,
                                  const ListFormat &format, const QString &userName)
{
    CounterpartRepository repository(db);
    // The batch is checked before the file is read, so a wrong number is said at once.
    auto open = repository.batchOpenForReconciliation(batchId);
    if (!open) {
        CommandLine::printError(tr("nothing was imported: %1").arg(open.text()));
        return CommandLine::kExitFailure;
    }
    if (!open.value()) {
        auto batch = BatchRepository(db, nullptr).get(batchId);
        CommandLine::printError(
            tr("nothing was imported: batch %1 is %2; the other side's list is taken only while a batch is a draft, "
               "in verification or verified")
                .arg(batchId)
                .arg(batch ? label(batch.value().status) : batch.text()));
        return CommandLine::kExitFailure;
    }

    // Read and checked before the sign-in, so an invalid file leaves the database byte for byte as it was.
    const CounterpartListFile::Outcome read = CounterpartListFile::read(filePath, format);
    if (read.problemCount > 0) {
        for (const ListProblem &problem : read.problems)
            print(stderr, problem.text(filePath) + QLatin1Char('\n'));
        if (read.problemCount > read.problems.size())
            print(stderr, tr("%1: further problems not listed: %2\n")
                              .arg(filePath)
                              .arg(read.problemCount - read.problems.size()));
        CommandLine::printError(tr("nothing was imported: problems in %1: %2").arg(filePath).arg(read.problemCount));
        return CommandLine::kExitFailure;
    }
    if (read.error) {
        CommandLine::printError(tr("nothing was imported: %1").arg(read.error->text()));
        return CommandLine::kExitFailure;
    }

    auto actor = signInHeadless(db, userName);
    if (!actor) {
        CommandLine::printError(actor.text());
        return CommandLine::kExitFailure;
    }
    auto listId = repository.importList(batchId, QFileInfo(filePath).fileName(), read.sha256, read.rows, actor.value());
    if (!listId) {
        CommandLine::printError(tr("nothing was imported: %1").arg(listId.text()));
        return CommandLine::kExitFailure;
    }
    print(stdout, tr("Imported the other side's list for batch %1 from %2 (%3): %4 rows, list %5; SHA-256 %6\n")
                      .arg(batchId)
                      .arg(filePath, CounterpartListFile::formatText(read.format))
                      .arg(read.rows.size())
                      .arg(listId.value())
                      .arg(read.sha256));

    // The list is stored: a summary that cannot be made is said, but the import stands.
    auto reconciled = repository.reconcile(batchId);
    if (!reconciled) {
        CommandLine::printError(
            tr("the list was imported, but the reconciliation could not be made: %1").arg(reconciled.text()));
        return CommandLine::kExitFailure;
    }
    const Reconciliation &r = reconciled.value();
    QString summary;
    summary += tr("Pairs: %1 (differences: %2, of them high risk and open: %3)\n")
                   .arg(r.pairs.size())
                   .arg(r.differenceCount())
                   .arg(highRiskOpen(r));
    summary += tr("Only on their list: %1\n").arg(r.onlyTheirs.size());
    summary += tr("Only on our list: %1\n").arg(r.onlyOurs.size());
    summary += r.countsAgree() ? tr("Counts (all agree):\n") : tr("Counts (some do not agree):\n");
    for (const CountLine &line : r.counts)
        summary += countText(line);
    if (r.leftoverPassSkipped)
        summary += tr("The lists hardly agree: the second pairing pass was left out, so some persons shown on one "
                      "list only may be on the other with typos.\n");
    summary += tr("Open items to resolve: %1. Review them in the window: Batch > Reconcile with the other side's "
                  "list.\n")
                   .arg(r.openCount());
    print(stdout, summary);
    return CommandLine::kExitOk;
}

} // namespace homeward
