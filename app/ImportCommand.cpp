#include "ImportCommand.h"
#include "ConsoleText.h"

#include "CommandLine.h"
#include "HeadlessSignIn.h"

#include "storage/Database.h"
#include "storage/RegistryRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace homeward {
namespace {

using console::print;

} // namespace

int ImportCommand::run(const QStringList &arguments, const QString &globalDatabase)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the registry from an interchange CSV file (UTF-8, comma-separated, header row):\n"
           "  homeward import --database PATH --registry FILE --user NAME [--replace]\n"
           "\n"
           "Columns: record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,service_number,"
           "document_number,birth_place,region,notes (record_id, surname and given_name are required; the others "
           "may be absent or empty).\n"
           "\n"
           "Every row is checked first; when any row is invalid, every problem is printed as FILE:LINE:COLUMN: "
           "reason and nothing is imported. Otherwise all rows are imported in one transaction. A record_id "
           "already in the registry is an error unless --replace is given.\n"
           "\n"
           "The password of --user is read from the HOMEWARD_PASSWORD environment variable or, when it is not "
           "set, asked for on the terminal.\n"
           "\n"
           "Importing into a batch (--batch), a counterpart's list (--counterpart), other encodings (--encoding) "
           "and delimiters (--delimiter) are not available in this version yet."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database to import into."), tr("path"));
    const QCommandLineOption registryOption(QStringLiteral("registry"), tr("Import FILE into the registry."));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("The official doing the import."), tr("name"));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"), tr("Overwrite registry records whose record_id is already stored (else an error)."));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("Not available yet."), tr("id"));
    const QCommandLineOption counterpartOption(QStringLiteral("counterpart"), tr("Not available yet."), tr("id"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), tr("Not available yet."), tr("encoding"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), tr("Not available yet."), tr("delimiter"));
    parser.addOptions({databaseOption, registryOption, userOption, replaceOption, batchOption, counterpartOption,
                       encodingOption, delimiterOption});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The interchange CSV file to import."));
    const auto usageError = [&parser](const QString &text) {
        CommandLine::printError(text);
        print(stderr, QStringLiteral("\n") + console::withUsageName(parser.helpText(), QStringLiteral("homeward import")));
        return CommandLine::kExitUsage;
    };

    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, console::withUsageName(parser.helpText(), QStringLiteral("homeward import")));
        return CommandLine::kExitOk;
    }
    for (const QCommandLineOption *later : {&batchOption, &counterpartOption, &encodingOption, &delimiterOption}) {
        if (parser.isSet(*later)) {
            CommandLine::printError(tr("import --%1 is not available in this version yet; only the plain registry "
                                       "import (--registry, UTF-8, comma-separated) is")
                                        .arg(later->names().constFirst()));
            return CommandLine::kExitUsage;
        }
    }
    if (!parser.isSet(registryOption))
        return usageError(tr("import needs --registry (the only import available in this version)"));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().trimmed().isEmpty())
        return usageError(files.isEmpty() ? tr("import needs the file to import")
                                          : tr("import takes exactly one file: %1").arg(files.join(QLatin1Char(' '))));
    const QString filePath = files.constFirst();
    QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : globalDatabase;
    if (databasePath.trimmed().isEmpty())
        return usageError(tr("import needs --database and the path of a database file"));
    if (!parser.isSet(userOption) || parser.value(userOption).trimmed().isEmpty())
        return usageError(tr("import changes data: name your account with --user"));

    databasePath = QFileInfo(databasePath).absoluteFilePath();
    // Opening would create a missing file, which has no accounts anyway.
    if (!QFileInfo(databasePath).isFile()) {
        CommandLine::printError(tr("there is no database file at %1").arg(QDir::toNativeSeparators(databasePath)));
        return CommandLine::kExitFailure;
    }
    if (!QFileInfo(filePath).isFile()) {
        CommandLine::printError(tr("there is no file %1 to import").arg(filePath));
        return CommandLine::kExitFailure;
    }
    auto database = Database::open(databasePath);
    if (!database) {
        CommandLine::printError(
            tr("the database %1 could not be opened: %2").arg(QDir::toNativeSeparators(databasePath), database.text()));
        return CommandLine::kExitFailure;
    }
    const QSqlDatabase db = database.value()->connection();
    RegistryImportOptions options;
    options.replace = parser.isSet(replaceOption);
    RegistryRepository registry(db);

    // The file is checked before the sign-in, so an invalid file leaves the
    // database byte for byte as it was (a sign-in is recorded in the audit trail).
    RegistryImportOutcome outcome = registry.check(filePath, options);
    if (outcome.ok()) {
        auto actor = signInHeadless(db, parser.value(userOption));
        if (!actor) {
            CommandLine::printError(actor.text());
            return CommandLine::kExitFailure;
        }
        outcome = registry.importCsv(filePath, actor.value(), options);
    }
    if (outcome.problemCount > 0) {
        for (const InterchangeProblem &problem : outcome.problems)
            print(stderr, problem.text(filePath) + QLatin1Char('\n'));
        if (outcome.problemCount > outcome.problems.size())
            print(stderr, tr("%1: further problems not listed: %2\n")
                              .arg(filePath)
                              .arg(outcome.problemCount - outcome.problems.size()));
        CommandLine::printError(tr("nothing was imported: problems in %1: %2").arg(filePath).arg(outcome.problemCount));
        return CommandLine::kExitFailure;
    }
    if (outcome.error) {
        CommandLine::printError(tr("nothing was imported: %1").arg(outcome.error->text()));
        return CommandLine::kExitFailure;
    }
    if (outcome.cancelled) {
        CommandLine::printError(tr("the import was cancelled; nothing was imported"));
        return CommandLine::kExitFailure;
    }
    print(stdout, tr("Imported into the registry from %1: rows %2 (new %3, replaced %4); SHA-256 %5\n")
                      .arg(filePath)
                      .arg(outcome.rows)
                      .arg(outcome.inserted)
                      .arg(outcome.replaced)
                      .arg(outcome.sha256));
    return CommandLine::kExitOk;
}

} // namespace homeward
