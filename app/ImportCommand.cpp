#include "ImportCommand.h"
#include "DatabaseArgument.h"
#include "ConsoleText.h"
#include "CounterpartImportCommand.h"

#include "CommandLine.h"
#include "HeadlessSignIn.h"

#include "storage/BatchImport.h"
#include "storage/Database.h"
#include "storage/RegistryListImport.h"
#include "storage/RegistryRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace homeward {
namespace {

using console::print;

// Prints every problem as FILE:LINE:COLUMN: reason, and the count of those not kept.
void printProblems(const QString &filePath, const QList<ListProblem> &problems, qint64 problemCount)
{
    for (const ListProblem &problem : problems)
        print(stderr, problem.text(filePath) + QLatin1Char('\n'));
    if (problemCount > problems.size())
        print(stderr, ImportCommand::tr("%1: further problems not listed: %2\n")
                          .arg(filePath)
                          .arg(problemCount - problems.size()));
}

QString formatText(const DetectedFormat &format)
{
    if (format.kind == ListFileKind::Xlsx)
        return QStringLiteral("XLSX");
    return ImportCommand::tr("%1, %2").arg(
        ListFormats::encodingName(format.encoding) +
            (format.byteOrderMark ? ImportCommand::tr(" with byte-order mark") : QString()),
        ListFormats::delimiterName(format.delimiter));
}

} // namespace

int ImportCommand::run(const QStringList &arguments, const QString &globalDatabase)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a list into a batch or into the registry:\n"
           "  homeward import --database PATH --batch ID [--category C] [--encoding E] [--delimiter D] FILE "
           "--user NAME\n"
           "  homeward import --database PATH --registry [--replace] [--encoding E] [--delimiter D] FILE --user NAME\n"
           "  homeward import --database PATH --counterpart BATCH_ID [--encoding E] [--delimiter D] FILE --user NAME\n"
           "\n"
           "FILE is a CSV file or an .xlsx workbook (its first sheet). CSV: UTF-8 with or without a byte-order mark, "
           "UTF-16 with a byte-order mark, or Windows-1251; comma, semicolon or tab between fields; both detected "
           "unless --encoding (utf-8, utf-16le, utf-16be, windows-1251) or --delimiter (comma, semicolon, tab) is "
           "given. The first row names the columns, in Ukrainian, Russian or English (Прізвище/Фамилия/Surname, "
           "Ім'я/Имя/First name, Дата народження/Дата рождения/DOB …) or as the interchange columns: "
           "record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,service_number,"
           "document_number,birth_place,region,notes. Surname and given name are required; a batch also needs sex "
           "and category (or --category for every row). A list without a record id column gets \"line-N\" "
           "(N: the row's line). Dates: YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; sex and category in Ukrainian, Russian "
           "or English.\n"
           "\n"
           "Every row is checked first; when any row is invalid, every problem is printed as FILE:LINE:COLUMN: "
           "reason and nothing is imported. Otherwise all rows are imported in one transaction. A batch import "
           "refuses rows that repeat a person already in the batch or an earlier row (same surname, given name "
           "and date of birth); the import wizard lets an official skip such rows or keep both. A registry "
           "record_id already stored is an error unless --replace is given.\n"
           "\n"
           "The password of --user is read from the HOMEWARD_PASSWORD environment variable or, when it is not "
           "set, asked for on the terminal.\n"
           "\n"
           "--counterpart imports the other side's list of a batch, kept as its own record beside ours, and prints "
           "how it reconciles with our list."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database to import into."), tr("path"));
    const QCommandLineOption registryOption(QStringLiteral("registry"), tr("Import FILE into the registry."));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("Import FILE into this batch (a draft)."),
                                         tr("id"));
    const QCommandLineOption counterpartOption(QStringLiteral("counterpart"),
                                               tr("Import FILE as the other side's list of this batch."), tr("id"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("The official doing the import."), tr("name"));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"), tr("Overwrite registry records whose record_id is already stored (else an error)."));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        tr("The CSV file's encoding: utf-8, utf-16le, utf-16be, windows-1251 (default: detect)."), tr("encoding"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("The CSV file's delimiter: comma, semicolon, tab (default: detect)."),
                                             tr("delimiter"));
    const QCommandLineOption categoryOption(
        QStringLiteral("category"),
        tr("The category of every person whose row gives none (serviceman or civilian); batch import only."),
        tr("category"));
    parser.addOptions({databaseOption, registryOption, batchOption, counterpartOption, userOption, replaceOption,
                       encodingOption, delimiterOption, categoryOption});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The list to import (CSV or XLSX)."));
    const auto usageError = [&parser](const QString &text) {
        CommandLine::printError(text);
        print(stderr,
              QStringLiteral("\n") + console::withUsageName(parser.helpText(), QStringLiteral("homeward import")));
        return CommandLine::kExitUsage;
    };

    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, console::withUsageName(parser.helpText(), QStringLiteral("homeward import")));
        return CommandLine::kExitOk;
    }
    const int targets =
        int(parser.isSet(registryOption)) + int(parser.isSet(batchOption)) + int(parser.isSet(counterpartOption));
    if (targets != 1)
        return usageError(targets == 0 ? tr("import needs one of --batch ID, --registry or --counterpart BATCH_ID")
                                       : tr("import takes only one of --batch, --registry and --counterpart"));
    ListFormat format;
    if (parser.isSet(encodingOption)) {
        const auto encoding = ListFormats::encodingFromName(parser.value(encodingOption));
        if (!encoding)
            return usageError(tr("unknown encoding %1 (use utf-8, utf-16le, utf-16be or windows-1251)")
                                  .arg(parser.value(encodingOption)));
        format.encoding = *encoding;
    }
    if (parser.isSet(delimiterOption)) {
        const auto delimiter = ListFormats::delimiterFromName(parser.value(delimiterOption));
        if (!delimiter)
            return usageError(
                tr("unknown delimiter %1 (use comma, semicolon or tab)").arg(parser.value(delimiterOption)));
        format.delimiter = *delimiter;
    }
    std::optional<Category> defaultCategory;
    if (parser.isSet(categoryOption)) {
        if (!parser.isSet(batchOption))
            return usageError(tr("--category is for a batch import"));
        defaultCategory = ListReader::parseCategory(parser.value(categoryOption));
        if (!defaultCategory)
            return usageError(tr("unknown category %1 (use serviceman or civilian)").arg(parser.value(categoryOption)));
    }
    qint64 batchId = 0;
    for (const QCommandLineOption *idOption : {&batchOption, &counterpartOption}) {
        if (!parser.isSet(*idOption))
            continue;
        bool ok = false;
        batchId = parser.value(*idOption).toLongLong(&ok);
        if (!ok || batchId <= 0)
            return usageError(tr("--%1 needs the number of a batch, not %2")
                                  .arg(idOption->names().constFirst(), parser.value(*idOption)));
    }
    if (parser.isSet(replaceOption) && !parser.isSet(registryOption))
        return usageError(tr("--replace is for a registry import"));
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

    databasePath = DatabaseArgument::resolve(databasePath);
    // Opening would create a missing file, which has no accounts anyway.
    if (const QString missing = DatabaseArgument::missing(databasePath); !missing.isEmpty()) {
        CommandLine::printError(missing);
        return CommandLine::kExitFailure;
    }
    if (!QFileInfo(filePath).isFile()) {
        CommandLine::printError(tr("there is no file %1 to import").arg(filePath));
        return CommandLine::kExitFailure;
    }
    auto database = DatabaseArgument::open(databasePath);
    if (!database) {
        CommandLine::printError(
            tr("the database %1 could not be opened: %2").arg(DatabaseArgument::shown(databasePath), database.text()));
        return CommandLine::kExitFailure;
    }
    const QSqlDatabase db = database.value()->connection();
    if (parser.isSet(counterpartOption))
        return CounterpartImportCommand::run(db, batchId, filePath, format, parser.value(userOption));
    const auto signIn = [&]() { return signInHeadless(db, parser.value(userOption)); };
    const auto failedWith = [&](const std::optional<Error> &error, bool cancelled, const QList<ListProblem> &problems,
                                qint64 problemCount) {
        if (problemCount > 0) {
            printProblems(filePath, problems, problemCount);
            CommandLine::printError(tr("nothing was imported: problems in %1: %2").arg(filePath).arg(problemCount));
        } else if (error) {
            CommandLine::printError(tr("nothing was imported: %1").arg(error->text()));
        } else if (cancelled) {
            CommandLine::printError(tr("the import was cancelled; nothing was imported"));
        }
        return CommandLine::kExitFailure;
    };

    if (parser.isSet(batchOption)) {
        BatchImportOptions options;
        options.list.format = format;
        options.list.defaultCategory = defaultCategory;
        BatchImport import(db);
        // The file is checked before the sign-in, so an invalid file leaves the
        // database byte for byte as it was (a sign-in is recorded in the audit trail).
        BatchImportOutcome outcome = import.check(filePath, batchId, options);
        if (outcome.ok()) {
            auto actor = signIn();
            if (!actor) {
                CommandLine::printError(actor.text());
                return CommandLine::kExitFailure;
            }
            outcome = import.importList(filePath, batchId, actor.value(), options);
        }
        if (!outcome.ok())
            return failedWith(outcome.error, outcome.cancelled, outcome.problems, outcome.problemCount);
        print(stdout, tr("Imported into batch %1 from %2 (%3): persons %4; SHA-256 %5\n")
                          .arg(batchId)
                          .arg(filePath, formatText(outcome.format))
                          .arg(outcome.added)
                          .arg(outcome.sha256));
        return CommandLine::kExitOk;
    }

    // The registry: a list in another encoding, delimiter or XLSX goes through the list reader.
    if (parser.isSet(encodingOption) || parser.isSet(delimiterOption) || ListReader::isXlsx(filePath)) {
        RegistryListOptions options;
        options.list.format = format;
        options.replace = parser.isSet(replaceOption);
        RegistryListImport import(db);
        RegistryListOutcome outcome = import.check(filePath, options);
        if (outcome.ok()) {
            auto actor = signIn();
            if (!actor) {
                CommandLine::printError(actor.text());
                return CommandLine::kExitFailure;
            }
            outcome = import.importList(filePath, actor.value(), options);
        }
        if (!outcome.ok())
            return failedWith(outcome.error, outcome.cancelled, outcome.problems, outcome.problemCount);
        print(stdout, tr("Imported into the registry from %1 (%2): rows %3 (new %4, replaced %5)\n")
                          .arg(filePath, formatText(outcome.format))
                          .arg(outcome.rows)
                          .arg(outcome.inserted)
                          .arg(outcome.replaced));
        return CommandLine::kExitOk;
    }

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
