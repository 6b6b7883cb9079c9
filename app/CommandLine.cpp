#include "CommandLine.h"
#include "DatabaseArgument.h"
#include "ConsoleText.h"
#include "ExportCommand.h"
#include "BackupCommand.h"
#include "ImportCommand.h"
#include "MatchCommand.h"
#include "ReportCommand.h"

#include "domain/InterfaceLanguage.h"
#include "storage/AuditLog.h"
#include "storage/SealCheck.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/DemoData.h"
#include "storage/Migrations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace homeward {
namespace {

using console::print;

const QString kDatabaseOption = QStringLiteral("database");
const QString kLanguageOption = QStringLiteral("language");

// The first schema with an audit trail.
constexpr int kAuditSchema = 2;

} // namespace

CommandLine::CommandLine(QStringList arguments) : m_arguments(std::move(arguments)), m_parser(new QCommandLineParser)
{
    addOptions(*m_parser);
    m_parsed = m_parser->parse(m_arguments);
}

CommandLine::~CommandLine() = default;

void CommandLine::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Homeward: coordinating exchanges of prisoners of war and detained civilians.\n"
           "\n"
           "Without a command, opens the window on the database: the one given with --database, "
           "else the default database (created with fictional demo data on the first start).\n"
           "\n"
           "Commands:\n"
           "  demo PATH    write a demo database with fictional persons to a new file\n"
           "  verify-audit --database PATH\n"
           "               check that the database's audit trail is intact\n"
           "  migrate --database postgresql://OWNER@HOST:PORT/NAME\n"
           "               set up or upgrade a shared database (as its owner)\n"
           "  import --database PATH --registry FILE --user NAME\n"
           "               import the registry from an interchange CSV file\n"
           "  match --registry FILE --list FILE --out FILE\n"
           "  match --database PATH --batch ID --out FILE\n"
           "               match a list against the registry\n"
           "  backup --database PATH --to FILE\n"
           "               write a checked copy of the database and its manifest\n"
           "  restore --from FILE --database PATH --user NAME\n"
           "               put a verified backup in place of the database (the old file is kept)\n"
           "  report --database PATH (--batch ID [--kind summary|checklist] | --exchange ID) --pdf FILE\n"
           "               write a summary sheet, a checklist or an exchange summary as a PDF\n"
           "  export --database PATH (--batch ID | --registry) --format csv|xlsx --out FILE\n"
           "               write a batch's list or the registry as CSV or XLSX\n"
           "\n"
           "\"homeward demo --help\" describes a command."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        kDatabaseOption,
        tr("The database file to open. A file that does not exist is created empty (no demo data). A shared "
           "database on a PostgreSQL server is named by its address, postgresql://USER@HOST:PORT/NAME; the "
           "password comes from PGPASSWORD or ~/.pgpass."),
        tr("path")));
    parser.addOption(
        QCommandLineOption(kLanguageOption,
                           tr("Interface language for this run: uk or en. Without it, the language chosen in "
                              "Settings; by default the system's (Ukrainian unless the system speaks English)."),
                           tr("language")));
    parser.addPositionalArgument(QStringLiteral("command"), tr("A command to run without the window (see above)."),
                                 tr("[command [arguments]]"));
    // Everything after the command belongs to the command, its --help included.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

bool CommandLine::wantsWindow() const
{
    return m_parsed && !m_parser->isSet(QStringLiteral("help")) && !m_parser->isSet(QStringLiteral("version")) &&
           m_parser->positionalArguments().isEmpty() && InterfaceLanguage::languages().contains(language()) &&
           !(m_parser->isSet(kDatabaseOption) && m_parser->value(kDatabaseOption).trimmed().isEmpty());
}

QString CommandLine::databasePath() const
{
    if (!m_parser->isSet(kDatabaseOption))
        return {};
    return DatabaseArgument::resolve(m_parser->value(kDatabaseOption));
}

QString CommandLine::language() const
{
    if (m_parsed && m_parser->isSet(kLanguageOption))
        return m_parser->value(kLanguageOption).trimmed().toLower();
    return InterfaceLanguage::kUkrainian;
}

void CommandLine::installTranslations(QCoreApplication &app) const
{
    QString lang = language();
    if (!m_parsed || !m_parser->isSet(kLanguageOption)) {
        // Nothing stored means "follow the system".
        const QString stored = QSettings().value(InterfaceLanguage::kSettingKey).toString();
        lang = InterfaceLanguage::resolve(stored, QLocale::system());
        if (lang.isEmpty()) {
            printError(tr("the stored interface language \"%1\" is not known; using uk").arg(stored));
            lang = InterfaceLanguage::kUkrainian;
        }
    }
    if (!InterfaceLanguage::languages().contains(lang))
        return; // runHeadless() reports the wrong --language

    // Dates and numbers: the system's formats when it speaks this language.
    QLocale::setDefault(InterfaceLanguage::formatLocale(lang, QLocale::system()));

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/homeward_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    else if (lang != InterfaceLanguage::kEnglish) // English is the source language: nothing is missing
        printError(tr("the translation \"%1\" is missing from this build; the interface stays in English").arg(lang));

    // Qt's own texts (standard buttons, file and message dialogs).
    if (lang != InterfaceLanguage::kEnglish) {
        auto *qt = new QTranslator(&app);
        if (InterfaceLanguage::loadQtTranslation(*qt, lang))
            QCoreApplication::installTranslator(qt);
        else
            printError(tr("Qt's own translation qtbase_%1.qm is missing from %2 (package qt6-translations-l10n); "
                          "standard buttons and dialogs stay in English")
                           .arg(lang, QDir::toNativeSeparators(InterfaceLanguage::qtTranslationsPath())));
    }
}

QString CommandLine::mainHelp() const
{
    // Built afresh so that the texts follow the installed translation.
    QCommandLineParser parser;
    addOptions(parser);
    return console::withUsageName(parser.helpText(), QStringLiteral("homeward"));
}

void CommandLine::printError(const QString &text)
{
    print(stderr, QStringLiteral("homeward: %1\n").arg(text));
}

int CommandLine::runHeadless() const
{
    if (!m_parsed) {
        printError(m_parser->errorText());
        print(stderr, QStringLiteral("\n") + mainHelp());
        return kExitUsage;
    }
    if (m_parser->isSet(QStringLiteral("help"))) {
        print(stdout, mainHelp());
        return kExitOk;
    }
    if (m_parser->isSet(QStringLiteral("version"))) {
        print(stdout, QStringLiteral("homeward %1\n").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    if (!InterfaceLanguage::languages().contains(language())) {
        printError(tr("unknown language \"%1\"; use uk or en").arg(m_parser->value(kLanguageOption)));
        return kExitUsage;
    }
    if (m_parser->isSet(kDatabaseOption) && m_parser->value(kDatabaseOption).trimmed().isEmpty()) {
        printError(tr("--database needs the path of a database file"));
        return kExitUsage;
    }

    const QStringList positional = m_parser->positionalArguments();
    if (positional.isEmpty())
        return kExitOk; // the window's case; main() does not call this then
    const QString command = positional.constFirst();
    if (command == QLatin1String("demo"))
        return runDemo(positional.mid(1));
    if (command == QLatin1String("verify-audit"))
        return runVerifyAudit(positional.mid(1));
    if (command == QLatin1String("migrate"))
        return runMigrate(positional.mid(1));
    if (command == QLatin1String("match"))
        return MatchCommand::run(positional.mid(1), m_parser->value(kDatabaseOption));
    if (command == QLatin1String("import"))
        return ImportCommand::run(positional.mid(1), m_parser->value(kDatabaseOption));
    if (command == QLatin1String("backup"))
        return BackupCommand::runBackup(positional.mid(1), m_parser->value(kDatabaseOption));
    if (command == QLatin1String("restore"))
        return BackupCommand::runRestore(positional.mid(1), m_parser->value(kDatabaseOption));
    if (command == QLatin1String("report"))
        return ReportCommand::run(positional.mid(1), m_parser->value(kDatabaseOption));
    if (command == QLatin1String("export"))
        return ExportCommand::run(positional.mid(1), m_parser->value(kDatabaseOption));
    printError(tr("unknown command '%1'").arg(command));
    print(stderr, QStringLiteral("\n") + mainHelp());
    return kExitUsage;
}

int CommandLine::runDemo(const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a demo database to a new file: one exchange \"1,000 for 1,000\" in three batches with %1 "
           "persons. Every person in it is invented; a demo database is for trying the program out only. "
           "An existing file is never changed.")
            .arg(DemoData::kPersons));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), tr("The new database file (must not exist yet)."));
    const auto help = [&parser] { return console::withUsageName(parser.helpText(), QStringLiteral("homeward demo")); };

    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments)) {
        printError(parser.errorText());
        print(stderr, QStringLiteral("\n") + help());
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, help());
        return kExitOk;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1 || paths.constFirst().trimmed().isEmpty()) {
        printError(paths.isEmpty() ? tr("demo needs the path of the new database file")
                                   : tr("demo takes exactly one path"));
        print(stderr, QStringLiteral("\n") + help());
        return kExitUsage;
    }

    if (DatabaseArgument::isServer(paths.constFirst().trimmed())) {
        printError(tr("demo writes a new database file; it never fills a shared database with invented persons"));
        return kExitUsage;
    }
    const QString path = QFileInfo(paths.constFirst()).absoluteFilePath();
    if (Status written = DemoData::createFile(path); !written) {
        printError(written.text());
        return kExitFailure;
    }
    print(stdout, tr("Demo database written to %1: %n person(s) in three batches. "
                     "The persons are fictional; use this database for trying the program out only.\n",
                     nullptr, DemoData::kPersons)
                      .arg(QDir::toNativeSeparators(path)));
    return kExitOk;
}

QString CommandLine::auditTrailProblem(const QSqlDatabase &db)
{
    auto checked = AuditLog::verify(db);
    if (!checked)
        return tr("the audit trail could not be checked: %1").arg(checked.text());
    if (const auto &fault = checked.value())
        return tr("audit trail broken at row %1: %2").arg(QString::number(fault->rowId), fault->reason);
    // The seals of confirmed batches hang on the chain just checked.
    auto seals = SealCheck::verify(db);
    if (!seals)
        return tr("the seals of confirmed batches could not be checked: %1").arg(seals.text());
    if (!seals.value().isEmpty())
        return seals.value().constFirst().text();
    return {};
}

int CommandLine::runMigrate(const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets up or upgrades a shared database on a PostgreSQL server to this program's schema, and grants "
           "the desks' group role homeward_desk its rights. Run it as the database's owner (the desks' roles may "
           "not change the schema); the password comes from PGPASSWORD or ~/.pgpass. Each step runs in one "
           "transaction: a failure leaves the previous schema in place. A database file needs no migrate: "
           "the program upgrades it when it opens it."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(kDatabaseOption, tr("The shared database's address."), tr("address")));
    const QString name = QStringLiteral("homeward migrate");
    if (const int done = console::parseCommand(parser, arguments, name); done >= 0)
        return done;
    const auto usageError = [&](const QString &text) { return console::usageError(parser, name, text); };
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("migrate takes no arguments besides --database"));
    const QString address = (parser.isSet(kDatabaseOption) ? parser.value(kDatabaseOption)
                                                           : m_parser->value(kDatabaseOption))
                                .trimmed();
    if (address.isEmpty())
        return usageError(tr("migrate needs --database and the address of a shared database"));
    if (!DatabaseArgument::isServer(address))
        return usageError(tr("migrate sets up a shared database on a server (postgresql://…); a database file is "
                             "upgraded when the program opens it"));
    auto url = DatabaseUrl::parse(address);
    if (!url) {
        printError(url.text());
        return kExitUsage;
    }
    auto migrated = Database::migrateServer(url.value());
    if (!migrated) {
        printError(tr("the shared database %1 was not upgraded: %2").arg(address, migrated.text()));
        return kExitFailure;
    }
    print(stdout, tr("The shared database %1 is at schema %2; the desks (members of homeward_desk) may work on it.\n")
                      .arg(url.value().toString())
                      .arg(migrated.value()));
    return kExitOk;
}

int CommandLine::runVerifyAudit(const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the database's audit trail: recomputes every row's hash and the links between rows. "
           "Prints the number of rows and the newest hash and exits 0 when the trail is intact; otherwise "
           "names the first row that does not verify and exits 1. The database is not migrated or changed."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(kDatabaseOption, tr("The database file to check."), tr("path")));
    const auto help = [&parser] { return console::withUsageName(parser.helpText(), QStringLiteral("homeward verify-audit")); };
    const auto usageError = [&help](const QString &text) {
        printError(text);
        print(stderr, QStringLiteral("\n") + help());
        return kExitUsage;
    };

    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, help());
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("verify-audit takes no arguments besides --database"));
    // "homeward --database PATH verify-audit" works too.
    QString path = parser.isSet(kDatabaseOption) ? parser.value(kDatabaseOption) : m_parser->value(kDatabaseOption);
    if (path.trimmed().isEmpty())
        return usageError(tr("verify-audit needs --database and the path of a database file"));
    path = DatabaseArgument::resolve(path);

    // Opening would create a missing file; there is nothing to check then.
    if (const QString missing = DatabaseArgument::missing(path); !missing.isEmpty()) {
        printError(missing);
        return kExitFailure;
    }
    // Not migrated: a check must not change the file's schema.
    auto database = DatabaseArgument::openUnmigrated(path);
    if (!database) {
        printError(tr("the database %1 could not be opened: %2").arg(DatabaseArgument::shown(path), database.text()));
        return kExitFailure;
    }
    const QSqlDatabase db = database.value()->connection();
    auto version = Migrations::currentVersion(db);
    if (!version) {
        printError(tr("the database %1 could not be opened: %2").arg(DatabaseArgument::shown(path), version.text()));
        return kExitFailure;
    }
    if (version.value() > Migrations::latestVersion()) {
        printError(tr("%1 was written by a newer version of Homeward (schema %2; this program knows schema %3); "
                      "use a newer version of the program to check it")
                       .arg(DatabaseArgument::shown(path))
                       .arg(version.value())
                       .arg(Migrations::latestVersion()));
        return kExitFailure;
    }
    if (version.value() < kAuditSchema) {
        printError(tr("%1 has no audit trail yet (schema %2); opening it in Homeward upgrades it and starts one")
                       .arg(DatabaseArgument::shown(path))
                       .arg(version.value()));
        return kExitFailure;
    }

    if (const QString problem = auditTrailProblem(db); !problem.isEmpty()) {
        printError(problem);
        return kExitFailure;
    }
    auto rows = AuditLog::rowCount(db);
    auto head = AuditLog::headHash(db);
    if (!rows || !head) {
        printError(tr("the audit trail could not be checked: %1").arg(!rows ? rows.text() : head.text()));
        return kExitFailure;
    }
    print(stdout, tr("Audit trail intact: %n row(s), head %1\n", nullptr, int(rows.value())).arg(head.value()));
    return kExitOk;
}

} // namespace homeward
