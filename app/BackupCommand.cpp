#include "BackupCommand.h"
#include "DatabaseArgument.h"
#include "ConsoleText.h"

#include "CommandLine.h"
#include "HeadlessSignIn.h"

#include "storage/Accounts.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Restore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace homeward {
namespace {

using console::print;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int BackupCommand::runBackup(const QStringList &arguments, const QString &globalDatabase)
{
    const QString name = QStringLiteral("homeward backup");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent copy of the database to FILE (taken while others may be working), checks the copy "
           "(integrity check) and writes FILE.manifest.json beside it: when it was taken, the schema version, the "
           "row counts, the audit trail's newest hash and the SHA-256 of FILE. Both files are readable by their "
           "owner only. An existing FILE is never overwritten.\n"
           "  homeward backup --database PATH --to FILE"));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database to back up."), tr("path"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The new backup file."), tr("file"));
    parser.addOptions({databaseOption, toOption});
    if (const int done = console::parseCommand(parser, arguments, name); done >= 0)
        return done;
    const auto usageError = [&](const QString &text) { return console::usageError(parser, name, text); };
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("backup takes no arguments besides --database and --to"));
    QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : globalDatabase;
    if (databasePath.trimmed().isEmpty())
        return usageError(tr("backup needs --database and the path of a database file"));
    if (parser.value(toOption).trimmed().isEmpty())
        return usageError(tr("backup needs --to and the path of the new backup file"));
    databasePath = DatabaseArgument::resolve(databasePath);
    if (const QString refusal = DatabaseArgument::fileOnly(databasePath, QStringLiteral("backup")); !refusal.isEmpty()) {
        CommandLine::printError(refusal);
        return CommandLine::kExitFailure;
    }
    const QString target = QFileInfo(parser.value(toOption)).absoluteFilePath();
    if (const QString missing = DatabaseArgument::missing(databasePath); !missing.isEmpty()) {
        CommandLine::printError(missing);
        return CommandLine::kExitFailure;
    }
    if (QFileInfo::exists(target)) {
        CommandLine::printError(tr("%1 already exists; a backup never overwrites a file").arg(native(target)));
        return CommandLine::kExitFailure;
    }
    // Opened as the window opens it: a database of an older schema is
    // upgraded first, so the backup restores into this program as it is.
    auto database = Database::open(databasePath);
    if (!database) {
        CommandLine::printError(
            tr("the database %1 could not be opened: %2").arg(native(databasePath), database.text()));
        return CommandLine::kExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    auto manifest = Backup::create(database.value()->connection(), target);
    if (!manifest) {
        CommandLine::printError(tr("no backup was written: %1").arg(manifest.text()));
        return CommandLine::kExitFailure;
    }
    print(stdout, tr("Backup written to %1 in %2 s (manifest %3)\n")
                          .arg(native(target))
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                          .arg(native(Backup::manifestPath(target))) +
                      manifest.value().summary() + QLatin1Char('\n'));
    return CommandLine::kExitOk;
}

int BackupCommand::runRestore(const QStringList &arguments, const QString &globalDatabase)
{
    const QString name = QStringLiteral("homeward restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Puts a backup in place of the database:\n"
           "  homeward restore --from FILE --database PATH --user NAME\n"
           "\n"
           "The backup is verified first (its manifest, SHA-256, integrity check, audit trail); when anything is "
           "wrong nothing is changed. The current database is kept as PATH.replaced-YYYYMMDD-HHMMSS beside it "
           "(never deleted), and the restore is recorded in the restored database's audit trail. The database "
           "must not be open in Homeward or another program meanwhile.\n"
           "\n"
           "Only a supervisor may restore. The password of --user is read from the HOMEWARD_PASSWORD environment "
           "variable or, when it is not set, asked for on the terminal."));
    parser.addHelpOption();
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The backup file to restore."), tr("file"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database to replace."), tr("path"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("The supervisor doing the restore."), tr("name"));
    parser.addOptions({fromOption, databaseOption, userOption});
    if (const int done = console::parseCommand(parser, arguments, name); done >= 0)
        return done;
    const auto usageError = [&](const QString &text) { return console::usageError(parser, name, text); };
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("restore takes no arguments besides --from, --database and --user"));
    if (parser.value(fromOption).trimmed().isEmpty())
        return usageError(tr("restore needs --from and the path of the backup file"));
    QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : globalDatabase;
    if (databasePath.trimmed().isEmpty())
        return usageError(tr("restore needs --database and the path of the database file to replace"));
    if (parser.value(userOption).trimmed().isEmpty())
        return usageError(tr("restore changes data: name your account with --user"));
    databasePath = DatabaseArgument::resolve(databasePath);
    if (const QString refusal = DatabaseArgument::fileOnly(databasePath, QStringLiteral("restore")); !refusal.isEmpty()) {
        CommandLine::printError(refusal);
        return CommandLine::kExitFailure;
    }
    const QString from = QFileInfo(parser.value(fromOption)).absoluteFilePath();

    // Checked before the sign-in, so a bad backup changes nothing (a sign-in is recorded).
    auto verified = Backup::verify(from);
    if (!verified) {
        CommandLine::printError(tr("nothing was restored: %1").arg(verified.text()));
        return CommandLine::kExitFailure;
    }

    // The official signs in on the database being replaced, or, when there
    // is none yet, on the backup's accounts after it is in place.
    const bool existed = QFileInfo::exists(databasePath);
    const auto signIn = [&](const QString &path) -> Result<Actor> {
        auto database = Database::open(path);
        if (!database)
            return database.error();
        auto actor = signInHeadless(database.value()->connection(), parser.value(userOption));
        if (!actor)
            return actor.error();
        auto official = Accounts(database.value()->connection()).get(actor.value().officialId);
        if (!official)
            return official.error();
        if (!official.value().isSupervisor)
            return Error{tr("only a supervisor may restore a backup; %1 is not one").arg(actor.value().username)};
        return actor;
    };
    std::optional<Actor> actor;
    if (existed) {
        auto signedIn = signIn(databasePath);
        if (!signedIn) {
            CommandLine::printError(tr("nothing was restored: %1").arg(signedIn.text()));
            return CommandLine::kExitFailure;
        }
        actor = signedIn.value();
    }

    QElapsedTimer timer;
    timer.start();
    auto restored = Restore::restore(from, databasePath, actor ? &*actor : nullptr);
    if (!restored) {
        CommandLine::printError(restored.text());
        return CommandLine::kExitFailure;
    }
    if (!existed) {
        auto signedIn = signIn(databasePath);
        if (!signedIn) {
            // There was no database before: taking the copy away again leaves things as they were.
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(databasePath + QLatin1String(suffix));
            CommandLine::printError(tr("nothing was restored: %1").arg(signedIn.text()));
            return CommandLine::kExitFailure;
        }
        auto audited = Restore::record(databasePath, signedIn.value(), from, restored.value());
        if (!audited) {
            CommandLine::printError(audited.text());
            return CommandLine::kExitFailure;
        }
    }
    const RestoreOutcome &outcome = restored.value();
    QString text = tr("Restored %1 from %2 in %3 s.\n")
                       .arg(native(databasePath), native(from))
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    if (!outcome.replacedPath.isEmpty())
        text += tr("The database it replaced is kept as %1\n").arg(native(outcome.replacedPath));
    print(stdout, text + outcome.manifest.summary() + QLatin1Char('\n'));
    return CommandLine::kExitOk;
}

} // namespace homeward
