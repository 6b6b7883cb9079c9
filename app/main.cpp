#include "BackupActions.h"
#include "CommandLine.h"
#include "LoginFlow.h"
#include "MainWindow.h"
#include "OpenCheckFlow.h"
#include "ReportCommand.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <memory>

namespace homeward {
namespace {

// Starting the window: the database, the first-start demo, the errors.
class Startup final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Startup)

public:
    // A failure is printed on stderr and, with a display, shown in a box.
    // Without one (offscreen, as in tests and scripts) or with
    // HOMEWARD_NO_DIALOGS=1 no box is shown, so nothing waits for a click.
    static void reportError(const QString &message, const Error &error)
    {
        CommandLine::printError(message + QStringLiteral(": ") + error.text());
        if (!dialogsShown())
            return;
        QMessageBox box(QMessageBox::Critical, tr("Homeward"), message);
        box.setInformativeText(error.message);
        if (!error.detail.isEmpty())
            box.setDetailedText(error.detail);
        box.exec();
    }

    static bool dialogsShown()
    {
        return QGuiApplication::platformName() != QLatin1String("offscreen") &&
               qEnvironmentVariable("HOMEWARD_NO_DIALOGS") != QLatin1String("1");
    }

    static int runWindow(QApplication &app, const CommandLine &commandLine)
    {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/homeward.svg")));

        // Only the default database gets demo data, and only when it does not
        // exist yet; a file named with --database is created empty, so no
        // invented person lands in a real file unintentionally.
        QString path = commandLine.databasePath();
        if (path.isEmpty()) {
            path = QFileInfo(Database::defaultPath()).absoluteFilePath();
            if (!QFileInfo::exists(path)) {
                if (Status demo = DemoData::createFile(path); !demo) {
                    reportError(tr("The demo database could not be written to %1").arg(path), demo.error());
                    return CommandLine::kExitFailure;
                }
            }
        }

        QString pendingRestore;
        Actor actor;
        int code = CommandLine::kExitOk;
        {
            auto database = Database::open(path);
            if (!database) {
                reportError(tr("The database %1 could not be opened").arg(path), database.error());
                return CommandLine::kExitFailure;
            }
            // Declared in this order so the window goes before the store, and the store before the connection.
            Store store(database.value()->connection());
            // quick_check, foreign keys, audit chain, seals: on failure the window opens read-only.
            const QString damage = OpenCheckFlow::check(store, path, dialogsShown());
            // Nobody works unsigned: the first start creates the first
            // supervisor, every later start asks for an account. Cancelling ends
            // the program without touching anything.
            const std::optional<Official> official = LoginFlow::run(store);
            if (!official)
                return CommandLine::kExitOk;
            MainWindow window(store);
            window.setOfficial(*official);
            window.setDatabaseLabel(path);
            if (!damage.isEmpty())
                OpenCheckFlow::applyReadOnly(store, window, path, damage);
            window.show();
            code = app.exec();
            pendingRestore = window.backupActions()->pendingRestore();
            actor = store.actor();
        }
        // A restore chosen in the window runs now that the database is closed.
        if (!pendingRestore.isEmpty())
            return BackupActions::finishRestore(pendingRestore, path, actor, dialogsShown());
        return code;
    }
};

} // namespace
} // namespace homeward

int main(int argc, char **argv)
{
    using namespace homeward;
    QCoreApplication::setOrganizationName(QStringLiteral("Homeward"));
    QCoreApplication::setApplicationName(QStringLiteral("homeward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOMEWARD_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine commandLine(arguments);

    // A QApplication needs a display; help, version and the commands must not.
    if (commandLine.wantsWindow()) {
        QApplication app(argc, argv);
        commandLine.installTranslations(app);
        return Startup::runWindow(app, commandLine);
    }
    // Drawing a PDF needs fonts, so a QGuiApplication, and never a display.
    if (ReportCommand::requested(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        commandLine.installTranslations(app);
        return commandLine.runHeadless();
    }
    QCoreApplication app(argc, argv);
    commandLine.installTranslations(app);
    return commandLine.runHeadless();
}
