#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QSqlDatabase;

namespace homeward {

// The command line of the one executable: the window, or one headless
// command. Decided from the arguments alone, before any application object
// exists, so --help, --version and the commands never need a display.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(homeward::CommandLine)

public:
    // Exit codes: 0 done, 1 the work failed, 2 the command line was wrong
    // or asks for something this version does not have.
    static constexpr int kExitOk = 0;
    static constexpr int kExitFailure = 1;
    static constexpr int kExitUsage = 2;

    // `arguments` as given, the program name first.
    explicit CommandLine(QStringList arguments);
    ~CommandLine();

    // True when the arguments ask for the main window (no command, no
    // --help or --version, nothing wrong); only then is a QApplication made.
    bool wantsWindow() const;

    // The file given with --database, absolute; empty without --database.
    QString databasePath() const;

    // Loads the interface language into `app`: --language, else the choice
    // stored in Settings (InterfaceLanguage: "system" when none is stored,
    // Ukrainian unless the system speaks English). Homeward's own
    // translation, Qt's, and the locale of dates and numbers. Problems are
    // printed to stderr; the program goes on in English.
    void installTranslations(QCoreApplication &app) const;

    // Runs the headless part: help, version, a command, or the report of
    // what is wrong with the arguments. Returns the exit code.
    int runHeadless() const;

    // Prints "homeward: <text>" on stderr.
    static void printError(const QString &text);

    // Checks the audit trail of an open database: empty when intact,
    // otherwise the translated text naming the first bad row (or why the
    // check could not run). Shared by verify-audit and the window's start.
    static QString auditTrailProblem(const QSqlDatabase &db);

private:
    void addOptions(QCommandLineParser &parser) const;
    QString mainHelp() const;
    QString language() const;
    int runDemo(const QStringList &arguments) const;
    int runVerifyAudit(const QStringList &arguments) const;
    // `homeward migrate --database postgresql://…`: Database::migrateServer as the owner.
    int runMigrate(const QStringList &arguments) const;

    QStringList m_arguments;
    std::unique_ptr<QCommandLineParser> m_parser;
    bool m_parsed = false;
};

} // namespace homeward
