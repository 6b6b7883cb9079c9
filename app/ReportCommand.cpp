#include "ReportCommand.h"
#include "DatabaseArgument.h"

#include "CommandLine.h"
#include "ConsoleText.h"

#include "print/SheetPrinter.h"
#include "report/SheetBuilder.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace homeward {
namespace {

using console::print;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A record id as given on the command line: a positive whole number.
qint64 idFrom(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

bool ReportCommand::requested(const QStringList &arguments)
{
    // The global options that take a value (CommandLine's --database and --language).
    static const QStringList kWithValue = {QStringLiteral("--database"), QStringLiteral("--language"),
                                           QStringLiteral("-database"), QStringLiteral("-language")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (kWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        return argument == QLatin1String("report");
    }
    return false;
}

int ReportCommand::run(const QStringList &arguments, const QString &globalDatabase)
{
    const QString name = QStringLiteral("homeward report");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a printed sheet as a PDF file, without a window:\n"
           "  homeward report --database PATH --batch ID [--kind summary|checklist] [--person ID] --pdf OUT.pdf\n"
           "  homeward report --database PATH --exchange ID --pdf OUT.pdf\n"
           "\n"
           "summary (the default): the batch summary sheet with its counts, the numbered list of persons, the "
           "seal and the signature block. checklist: the verification checklist of every listed person, one "
           "person per page (only the person given with --person). --exchange: the summary of the exchange, "
           "every batch and the totals against the agreement.\n"
           "\n"
           "The sheet is in the interface language (--language before the command). The database is only "
           "read. OUT.pdf is replaced only when the whole document has been written."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database to read."), tr("path"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("The batch (its id)."), tr("id"));
    const QCommandLineOption exchangeOption(QStringLiteral("exchange"), tr("The exchange (its id)."), tr("id"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("summary (default) or checklist."), tr("kind"));
    const QCommandLineOption personOption(QStringLiteral("person"),
                                          tr("With --kind checklist: only this person (their id)."), tr("id"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), tr("The PDF file to write."), tr("file"));
    parser.addOptions({databaseOption, batchOption, exchangeOption, kindOption, personOption, pdfOption});

    const auto help = [&] { return console::withUsageName(parser.helpText(), name); };
    const auto usageError = [&](const QString &text) {
        CommandLine::printError(text);
        print(stderr, QStringLiteral("\n") + help());
        return CommandLine::kExitUsage;
    };
    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, help());
        return CommandLine::kExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("report takes no arguments besides its options: %1")
                              .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : globalDatabase;
    if (databasePath.trimmed().isEmpty())
        return usageError(tr("report needs --database and the path of a database file"));
    if (parser.isSet(batchOption) == parser.isSet(exchangeOption))
        return usageError(tr("report needs either --batch or --exchange (one of them)"));
    const bool forBatch = parser.isSet(batchOption);
    const qint64 id = idFrom(parser.value(forBatch ? batchOption : exchangeOption));
    if (id == 0)
        return usageError(tr("\"%1\" is not a record id (a whole number above 0)")
                              .arg(parser.value(forBatch ? batchOption : exchangeOption)));
    const QString kind =
        parser.isSet(kindOption) ? parser.value(kindOption).trimmed().toLower() : QStringLiteral("summary");
    if (parser.isSet(kindOption) && !forBatch)
        return usageError(tr("--kind belongs with --batch; the exchange has one summary"));
    if (kind != QLatin1String("summary") && kind != QLatin1String("checklist"))
        return usageError(tr("unknown kind \"%1\"; use summary or checklist").arg(parser.value(kindOption)));
    qint64 personId = 0;
    if (parser.isSet(personOption)) {
        if (kind != QLatin1String("checklist"))
            return usageError(tr("--person belongs with --kind checklist"));
        personId = idFrom(parser.value(personOption));
        if (personId == 0)
            return usageError(tr("\"%1\" is not a record id (a whole number above 0)").arg(parser.value(personOption)));
    }
    if (parser.value(pdfOption).trimmed().isEmpty())
        return usageError(tr("report needs --pdf and the path of the PDF file to write"));
    databasePath = DatabaseArgument::resolve(databasePath);
    const QString out = QFileInfo(parser.value(pdfOption)).absoluteFilePath();
    if (QFileInfo(out).isDir())
        return usageError(tr("%1 is a folder; --pdf needs the path of a file").arg(native(out)));
    if (out == databasePath)
        return usageError(tr("--pdf names the database itself"));

    // Opening would create a missing file.
    if (const QString missing = DatabaseArgument::missing(databasePath); !missing.isEmpty()) {
        CommandLine::printError(missing);
        return CommandLine::kExitFailure;
    }
    // Not migrated: a report must not change the file.
    auto database = DatabaseArgument::openUnmigrated(databasePath);
    if (!database) {
        CommandLine::printError(
            tr("the database %1 could not be opened: %2").arg(DatabaseArgument::shown(databasePath), database.text()));
        return CommandLine::kExitFailure;
    }
    const QSqlDatabase db = database.value()->connection();
    auto version = Migrations::currentVersion(db);
    if (!version) {
        CommandLine::printError(
            tr("the database %1 could not be opened: %2").arg(DatabaseArgument::shown(databasePath), version.text()));
        return CommandLine::kExitFailure;
    }
    if (version.value() != Migrations::latestVersion()) {
        CommandLine::printError(
            tr("%1 has schema %2 and this program reads schema %3; open it once in this version of Homeward "
               "(which upgrades it) or use the version that wrote it")
                .arg(DatabaseArgument::shown(databasePath))
                .arg(version.value())
                .arg(Migrations::latestVersion()));
        return CommandLine::kExitFailure;
    }

    QElapsedTimer timer;
    timer.start();
    const report::SheetBuilder builder(db);
    Result<int> pages = 0;
    if (!forBatch) {
        auto sheet = builder.exchangeSheet(id);
        if (!sheet) {
            CommandLine::printError(tr("no report was written: %1").arg(sheet.text()));
            return CommandLine::kExitFailure;
        }
        pages = SheetPrinter::writePdf(sheet.value(), out);
    } else if (kind == QLatin1String("checklist")) {
        auto sheet = builder.checklistSheet(id, personId);
        if (!sheet) {
            CommandLine::printError(tr("no report was written: %1").arg(sheet.text()));
            return CommandLine::kExitFailure;
        }
        pages = SheetPrinter::writePdf(sheet.value(), out);
    } else {
        auto sheet = builder.batchSheet(id);
        if (!sheet) {
            CommandLine::printError(tr("no report was written: %1").arg(sheet.text()));
            return CommandLine::kExitFailure;
        }
        pages = SheetPrinter::writePdf(sheet.value(), out);
    }
    if (!pages) {
        CommandLine::printError(tr("no report was written: %1").arg(pages.text()));
        return CommandLine::kExitFailure;
    }
    print(stdout, tr("Report written to %1: %n page(s) in %2 s\n", nullptr, pages.value())
                      .arg(native(out))
                      .arg(QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 2)));
    return CommandLine::kExitOk;
}

} // namespace homeward
