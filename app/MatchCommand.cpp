#include "MatchCommand.h"
#include "DatabaseArgument.h"
#include "ConsoleText.h"

#include "CommandLine.h"

#include "io/CsvWriter.h"
#include "io/InterchangeCsv.h"
#include "storage/Database.h"
#include "storage/RegistryRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

namespace homeward {
namespace {

using console::print;

const QStringList kOutputHeader = {QStringLiteral("list_record_id"), QStringLiteral("registry_record_id"),
                                   QStringLiteral("score"), QStringLiteral("verdict"), QStringLiteral("discrepancies")};

// Reads an interchange file; every valid row goes to `onRow`. Prints every
// problem as FILE:LINE:COLUMN: reason; false when there was any.
bool readInterchange(const QString &path, const InterchangeRules &rules, const InterchangeCsv::RowHandler &onRow)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CommandLine::printError(MatchCommand::tr("the file %1 could not be opened: %2").arg(path, file.errorString()));
        return false;
    }
    const InterchangeCsv::Outcome outcome = InterchangeCsv::read(file, rules, onRow);
    for (const InterchangeProblem &problem : outcome.problems)
        print(stderr, problem.text(path) + QLatin1Char('\n'));
    if (outcome.problemCount > outcome.problems.size())
        print(stderr, MatchCommand::tr("%1: further problems not listed: %2\n")
                          .arg(path)
                          .arg(outcome.problemCount - outcome.problems.size()));
    return outcome.ok();
}

} // namespace

int MatchCommand::run(const QStringList &arguments, const QString &globalDatabase)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Matches every person of a list against the registry and writes one row per person to OUT:\n"
           "  list_record_id,registry_record_id,score,verdict,discrepancies\n"
           "verdict is match, probable, ambiguous or none; registry_record_id is the best candidate "
           "(empty for none); score is 0 to 1.\n"
           "\n"
           "Either two interchange CSV files (no database needed):\n"
           "  homeward match --registry REGISTRY.csv --list LIST.csv --out OUT.csv\n"
           "or a batch of a database against the registry stored in it:\n"
           "  homeward match --database PATH --batch ID --out OUT.csv\n"
           "\n"
           "Invalid input stops the command before anything is written; every problem is printed as "
           "FILE:LINE:COLUMN: reason. OUT appears only when it is complete. A summary goes to stderr."));
    parser.addHelpOption();
    const QCommandLineOption registryOption(QStringLiteral("registry"), tr("The registry, an interchange CSV file."),
                                            tr("file"));
    const QCommandLineOption listOption(QStringLiteral("list"), tr("The list to match, an interchange CSV file."),
                                        tr("file"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database holding the registry."),
                                            tr("path"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("The batch whose list is matched."), tr("id"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The result file (CSV) to write."), tr("file"));
    parser.addOptions({registryOption, listOption, databaseOption, batchOption, outOption});
    const auto usageError = [&parser](const QString &text) {
        CommandLine::printError(text);
        print(stderr, QStringLiteral("\n") + console::withUsageName(parser.helpText(), QStringLiteral("homeward match")));
        return CommandLine::kExitUsage;
    };

    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, console::withUsageName(parser.helpText(), QStringLiteral("homeward match")));
        return CommandLine::kExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("match takes no arguments besides its options: %1")
                              .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    const QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : globalDatabase;
    const bool fileForm = parser.isSet(registryOption) || parser.isSet(listOption);
    // A --database given before "match" counts only with --batch.
    const bool databaseForm = parser.isSet(batchOption) || parser.isSet(databaseOption);
    if (fileForm && databaseForm)
        return usageError(tr("use either --registry and --list, or --database and --batch, not both"));
    if (!fileForm && !databaseForm)
        return usageError(tr("match needs --registry and --list, or --database and --batch"));
    if (fileForm && (parser.value(registryOption).trimmed().isEmpty() || parser.value(listOption).trimmed().isEmpty()))
        return usageError(tr("match needs both --registry and --list"));
    if (databaseForm && (databasePath.trimmed().isEmpty() || !parser.isSet(batchOption)))
        return usageError(tr("match needs both --database and --batch"));
    qint64 batchId = 0;
    if (databaseForm) {
        bool number = false;
        batchId = parser.value(batchOption).trimmed().toLongLong(&number);
        if (!number || batchId <= 0)
            return usageError(tr("--batch needs the number of a batch, not “%1”").arg(parser.value(batchOption)));
    }
    const QString outPath = parser.value(outOption);
    if (outPath.trimmed().isEmpty())
        return usageError(tr("match needs --out and the path of the result file"));

    QElapsedTimer timer;
    timer.start();
    names::RegistryIndex index;
    QList<names::MatchRecord> persons;
    if (fileForm) {
        const QString registryPath = parser.value(registryOption);
        const QString listPath = parser.value(listOption);
        // Both files are checked before giving up, so one run reports every problem.
        const bool registryRead =
            readInterchange(registryPath, InterchangeRules{}, [&index](const InterchangeRow &row) {
                index.add(InterchangeCsv::toMatchRecord(row));
                return true;
            });
        // The list may carry look-alike letters: the matcher recognises and reports them.
        InterchangeRules listRules;
        listRules.strictNames = false;
        const bool listRead = readInterchange(listPath, listRules, [&persons](const InterchangeRow &row) {
            persons.append(InterchangeCsv::toMatchRecord(row));
            return true;
        });
        if (!registryRead || !listRead) {
            CommandLine::printError(tr("nothing was matched; %1 was not written").arg(outPath));
            return CommandLine::kExitFailure;
        }
        index.finish();
    } else {
        const QString path = DatabaseArgument::resolve(databasePath);
        if (const QString missing = DatabaseArgument::missing(path); !missing.isEmpty()) {
            CommandLine::printError(missing);
            return CommandLine::kExitFailure;
        }
        auto database = DatabaseArgument::open(path);
        if (!database) {
            CommandLine::printError(
                tr("the database %1 could not be opened: %2").arg(DatabaseArgument::shown(path), database.text()));
            return CommandLine::kExitFailure;
        }
        RegistryRepository registry(database.value()->connection());
        auto batch = registry.personsOfBatch(batchId);
        if (!batch) {
            CommandLine::printError(batch.text());
            return CommandLine::kExitFailure;
        }
        persons = batch.value();
        auto stored = registry.count();
        if (!stored) {
            CommandLine::printError(stored.text());
            return CommandLine::kExitFailure;
        }
        if (stored.value() == 0) {
            CommandLine::printError(tr("the registry in %1 is empty; import it first (homeward import --registry)")
                                        .arg(DatabaseArgument::shown(path)));
            return CommandLine::kExitFailure;
        }
        if (Status loaded = registry.loadIndex(index); !loaded) {
            CommandLine::printError(loaded.text());
            return CommandLine::kExitFailure;
        }
    }
    const qint64 indexMs = timer.restart();

    const QList<names::MatchResult> results = names::matchAll(index, persons);
    if (results.size() != persons.size()) {
        CommandLine::printError(tr("matching stopped before the end; %1 was not written").arg(outPath));
        return CommandLine::kExitFailure;
    }
    const qint64 matchMs = timer.elapsed();

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        CommandLine::printError(tr("%1 could not be written: %2").arg(outPath, out.errorString()));
        return CommandLine::kExitFailure;
    }
    CsvWriter writer(&out);
    writer.writeRecord(kOutputHeader);
    int counts[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const names::MatchResult &result = results.at(i);
        ++counts[int(result.verdict)];
        const bool found = result.verdict != names::Verdict::None && !result.candidates.isEmpty();
        writer.writeRecord({persons.at(i).recordId, found ? result.candidates.constFirst().recordId : QString(),
                            QString::number(std::clamp(result.score(), 0.0, 1.0), 'f', 3),
                            names::toCode(result.verdict), found ? result.discrepancies() : QString()});
    }
    if (!writer.ok() || !out.commit()) {
        out.cancelWriting();
        CommandLine::printError(
            tr("%1 could not be written: %2").arg(outPath, writer.ok() ? out.errorString() : writer.errorString()));
        return CommandLine::kExitFailure;
    }
    print(stderr, tr("match: list %1, registry %2: %3 match, %4 probable, %5 ambiguous, %6 none "
                     "(index %7 ms, matching %8 ms)\n")
                      .arg(persons.size())
                      .arg(index.size())
                      .arg(counts[int(names::Verdict::Match)])
                      .arg(counts[int(names::Verdict::Probable)])
                      .arg(counts[int(names::Verdict::Ambiguous)])
                      .arg(counts[int(names::Verdict::None)])
                      .arg(indexMs)
                      .arg(matchMs));
    return CommandLine::kExitOk;
}

} // namespace homeward
