#include "BackupActions.h"
#include "CommandLine.h"
#include "ConnectDialog.h"
#include "LoginFlow.h"
#include "MainWindow.h"
#include "OpenCheckFlow.h"
#include "ReportCommand.h"
#include "SharedDatabaseActions.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/DemoData.h"
#include "storage/Store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

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

    // The database file on this computer: the default one, with demo data on the first start.
    // Only the default database gets demo data, and only when it does not exist yet; a file
    // named with --database is created empty, so no invented person lands in a real file
    // unintentionally. Empty when the demo could not be written (reported).
    static QString localDatabase()
    {
        const QString path = QFileInfo(Database::defaultPath()).absoluteFilePath();
        if (!QFileInfo::exists(path)) {
            if (Status demo = DemoData::createFile(path); !demo) {
                reportError(tr("The demo database could not be written to %1").arg(path), demo.error());
                return {};
            }
        }
        return path;
    }

    // A shared database that would not open: the official chooses what next. Empty: quit.
    static QString afterServerFailure(const QString &address, const Error &error)
    {
        const QString shown = DatabaseUrl::withoutPassword(address);
        CommandLine::printError(tr("The shared database %1 could not be opened").arg(shown) + QStringLiteral(": ") +
                                error.text());
        if (!dialogsShown())
            return {};
        QMessageBox box(QMessageBox::Critical, tr("Homeward"),
                        tr("The shared database %1 could not be opened.").arg(shown));
        box.setInformativeText(error.message);
        if (!error.detail.isEmpty())
            box.setDetailedText(error.detail);
        QPushButton *retry = box.addButton(tr("&Try again"), QMessageBox::AcceptRole);
        QPushButton *settings = box.addButton(tr("Connection &settings…"), QMessageBox::ActionRole);
        QPushButton *local = box.addButton(tr("Use the database on this &computer"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() == retry)
            return address;
        if (box.clickedButton() == settings) {
            ConnectDialog dialog;
            dialog.setAddress(address);
            return dialog.exec() == QDialog::Accepted ? dialog.address() : QString();
        }
        if (box.clickedButton() == local)
            return SharedDatabaseActions::kLocal;
        return {};
    }

    // The server wants a password that neither PGPASSWORD nor ~/.pgpass gives: asked for
    // here, and handed to libpq for this run only (never stored). True when one was typed.
    static bool askedForServerPassword(const QString &address, const Error &error)
    {
        auto url = DatabaseUrl::parse(address);
        if (!url || !error.detail.contains(QLatin1String("no password supplied")) || !dialogsShown())
            return false;
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, tr("Homeward: shared database"),
            tr("Password of the database role %1 on %2 (not your Homeward password):")
                .arg(url.value().user(), url.value().host()),
            QLineEdit::Password, QString(), &ok);
        if (!ok || password.isEmpty())
            return false;
        qputenv("PGPASSWORD", password.toUtf8());
        return true;
    }

    // What one window's session ended with: the exit code, and the database to open next
    // (empty: none, the program ends).
    struct Session final {
        int code = CommandLine::kExitOk;
        QString next;
    };

    static Session runSession(QApplication &app, const QString &path)
    {
        QString pendingRestore;
        Actor actor;
        Session session;
        {
            auto database = Database::open(path);
            if (!database && askedForServerPassword(path, database.error()))
                database = Database::open(path);
            if (!database) {
                if (DatabaseUrl::isServerAddress(path)) {
                    session.next = afterServerFailure(path, database.error());
                    session.code = session.next.isEmpty() ? CommandLine::kExitFailure : CommandLine::kExitOk;
                    return session;
                }
                reportError(tr("The database %1 could not be opened").arg(path), database.error());
                return {CommandLine::kExitFailure, {}};
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
                return {};
            MainWindow window(store);
            window.setOfficial(*official);
            window.setDatabaseLabel(path);
            if (!damage.isEmpty())
                OpenCheckFlow::applyReadOnly(store, window, path, damage);
            window.show();
            session.code = app.exec();
            pendingRestore = window.backupActions()->pendingRestore();
            session.next = window.sharedDatabaseActions()->chosen();
            actor = store.actor();
        }
        // A restore chosen in the window runs now that the database is closed.
        if (!pendingRestore.isEmpty())
            return {BackupActions::finishRestore(pendingRestore, path, actor, dialogsShown()), {}};
        return session;
    }

    static int runWindow(QApplication &app, const CommandLine &commandLine)
    {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/homeward.svg")));

        // --database for this run; else the shared database chosen earlier on this computer;
        // else the local file.
        QString path = commandLine.databasePath();
        if (path.isEmpty())
            path = ConnectDialog::rememberedAddress();
        for (;;) {
            if (path.isEmpty() || path == SharedDatabaseActions::kLocal) {
                path = localDatabase();
                if (path.isEmpty())
                    return CommandLine::kExitFailure;
            }
            const Session session = runSession(app, path);
            if (session.next.isEmpty())
                return session.code;
            // The official chose another database in the window (or after a failure): open it.
            path = session.next;
        }
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
