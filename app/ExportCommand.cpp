#include "ExportCommand.h"
#include "DatabaseArgument.h"

#include "CommandLine.h"
#include "ConsoleText.h"

#include "storage/Database.h"
#include "storage/Export.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace homeward {

int ExportCommand::run(const QStringList &arguments, const QString &globalDatabase)
{
    const QString name = QStringLiteral("homeward export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the persons of a batch, or the whole registry, in the interchange columns of Homeward:\n"
           "  homeward export --database PATH (--batch ID | --registry) --format csv|xlsx --out FILE\n"
           "\n"
           "CSV is UTF-8 with a header row; XLSX is one worksheet of text cells. A batch's withdrawn persons are "
           "left out (the count is printed); a person without a record_id is written as person-<number>. A value "
           "that a spreadsheet could run as a formula (beginning with = + - @) is written with an apostrophe in "
           "front; importing the file takes it off again. FILE is readable by its owner only and is replaced only "
           "once the export is complete."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database to read."), tr("path"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("Export this batch's list."), tr("id"));
    const QCommandLineOption registryOption(QStringLiteral("registry"), tr("Export the registry."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or xlsx."), tr("format"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."), tr("file"));
    parser.addOptions({databaseOption, batchOption, registryOption, formatOption, outOption});
    if (const int done = console::parseCommand(parser, arguments, name); done >= 0)
        return done;
    const auto usageError = [&](const QString &text) { return console::usageError(parser, name, text); };

    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("export takes no arguments besides its options: %1")
                              .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : globalDatabase;
    if (databasePath.trimmed().isEmpty())
        return usageError(tr("export needs --database and the path of a database file"));
    if (parser.isSet(batchOption) == parser.isSet(registryOption))
        return usageError(tr("export needs exactly one of --batch ID and --registry"));
    qint64 batchId = 0;
    if (parser.isSet(batchOption)) {
        bool ok = false;
        batchId = parser.value(batchOption).toLongLong(&ok);
        if (!ok || batchId <= 0)
            return usageError(tr("--batch needs the number of a batch, not \"%1\"").arg(parser.value(batchOption)));
    }
    if (!parser.isSet(formatOption))
        return usageError(tr("export needs --format csv or --format xlsx"));
    const auto format = Export::formatFromCode(parser.value(formatOption));
    if (!format)
        return usageError(tr("--format must be csv or xlsx, not \"%1\"").arg(parser.value(formatOption)));
    if (parser.value(outOption).trimmed().isEmpty())
        return usageError(tr("export needs --out and the path of the file to write"));

    databasePath = DatabaseArgument::resolve(databasePath);
    const QString out = QFileInfo(parser.value(outOption)).absoluteFilePath();
    if (const QString missing = DatabaseArgument::missing(databasePath); !missing.isEmpty()) {
        CommandLine::printError(missing);
        return CommandLine::kExitFailure;
    }
    auto database = DatabaseArgument::open(databasePath);
    if (!database) {
        CommandLine::printError(tr("the database %1 could not be opened: %2")
                                    .arg(DatabaseArgument::shown(databasePath), database.text()));
        return CommandLine::kExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = database.value()->connection();
    auto written = batchId > 0 ? Export::batch(db, batchId, *format, out) : Export::registry(db, *format, out);
    if (!written) {
        CommandLine::printError(tr("nothing was exported: %1").arg(written.text()));
        return CommandLine::kExitFailure;
    }
    const ExportSummary &summary = written.value();
    QString text = tr("Exported %n person(s) to %1 in %2 s.\n", nullptr, int(summary.rows))
                       .arg(QDir::toNativeSeparators(out))
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    if (summary.withdrawnLeftOut > 0)
        text += tr("%n withdrawn person(s) left out.\n", nullptr, int(summary.withdrawnLeftOut));
    if (summary.recordIdsFilled > 0)
        text += tr("%n person(s) without a record_id written as person-<number>.\n", nullptr,
                   int(summary.recordIdsFilled));
    if (summary.guardedCells > 0)
        text += tr("%n cell(s) beginning with = + - @ written with an apostrophe in front.\n", nullptr,
                   int(summary.guardedCells));
    console::print(stdout, text);
    return CommandLine::kExitOk;
}

} // namespace homeward
