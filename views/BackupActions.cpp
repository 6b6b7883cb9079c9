#include "BackupActions.h"

#include "MainWindow.h"
#include "storage/Backup.h"
#include "storage/DatabaseUrl.h"
#include "storage/Restore.h"
#include "storage/Store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace homeward {
namespace {

constexpr int kTickMs = 60 * 1000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

BackupActions::BackupActions(Store &store, MainWindow *window) : QObject(window), m_store(store), m_window(window)
{
    m_backUpNow = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Back up now…"), this);
    m_backUpNow->setObjectName(QStringLiteral("backUpNowAction"));
    m_backUpNow->setStatusTip(tr("Write a checked copy of the database and its manifest"));
    connect(m_backUpNow, &QAction::triggered, this, &BackupActions::backUpNow);

    m_restore = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Restore from backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restore->setStatusTip(tr("Put a verified backup in place of this database; the current file is kept"));
    connect(m_restore, &QAction::triggered, this, [this] { restoreFromBackup(); });

    // Changes start the interval; the timer only looks whether it has run out.
    const auto changed = [this] { m_interval.changed(QDateTime::currentDateTimeUtc()); };
    connect(store.notifier(), &ChangeNotifier::exchangesChanged, this, changed);
    connect(store.notifier(), &ChangeNotifier::batchesChanged, this, changed);
    connect(store.notifier(), &ChangeNotifier::personsChanged, this, changed);
    m_timer = new QTimer(this);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_interval.due(QDateTime::currentDateTimeUtc()))
            autoBackup();
    });
    m_timer->start();
}

QList<QAction *> BackupActions::actions() const
{
    return {m_backUpNow, m_restore};
}

void BackupActions::setDatabasePath(const QString &path)
{
    // A shared database is not a file here: its server's administrator backs it up (pg_dump).
    const bool server = DatabaseUrl::isServerAddress(path);
    m_databasePath = server ? QString() : QFileInfo(path).absoluteFilePath();
    const QString serverTip = tr("A shared database is backed up and restored by its server's administrator, "
                                 "not from this desk");
    for (QAction *action : {m_backUpNow, m_restore}) {
        action->setEnabled(!server);
        action->setToolTip(server ? serverTip : QString());
    }
    m_backUpNow->setStatusTip(server ? serverTip : tr("Write a checked copy of the database and its manifest"));
    m_restore->setStatusTip(server ? serverTip
                                   : tr("Put a verified backup in place of this database; the current file is kept"));
}

void BackupActions::autoBackup()
{
    if (m_readOnly || m_databasePath.isEmpty())
        return;
    auto made = RollingBackups(m_databasePath).backupNow(m_store.connection());
    if (!made) {
        // Not silent: the official should know the safety net has a hole.
        Q_EMIT message(tr("The automatic backup failed: %1").arg(made.text()));
        std::fprintf(stderr, "homeward: %s\n", qPrintable(made.text()));
        return;
    }
    m_interval.backedUp();
    m_backedUpThisSession = true;
    Q_EMIT message(tr("Backed up to %1").arg(native(made.value())));
}

void BackupActions::backUpOnClose()
{
    if (m_readOnly || m_databasePath.isEmpty())
        return;
    if (m_interval.pending() || RollingBackups(m_databasePath).backups().isEmpty())
        autoBackup();
}

void BackupActions::backUpNow()
{
    if (m_databasePath.isEmpty())
        return;
    const RollingBackups rolling(m_databasePath);
    QDir().mkpath(rolling.folder());
    const QString suggested = rolling.pathFor(QDateTime::currentDateTimeUtc());
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back up the database"), suggested,
                                                        tr("Homeward backups (*.sqlite);;All files (*)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = Backup::create(m_store.connection(), target);
    QApplication::restoreOverrideCursor();
    if (!made) {
        QMessageBox box(QMessageBox::Critical, tr("Back up"), tr("No backup was written."), QMessageBox::Ok, m_window);
        box.setInformativeText(made.text());
        box.exec();
        return;
    }
    m_interval.backedUp();
    QMessageBox box(QMessageBox::Information, tr("Back up"), tr("Backup written to %1").arg(native(target)),
                    QMessageBox::Ok, m_window);
    box.setInformativeText(made.value().summary());
    box.exec();
}

void BackupActions::restoreFromBackup(const QString &suggested)
{
    if (m_databasePath.isEmpty())
        return;
    if (!m_window->official().isSupervisor) {
        QMessageBox::information(m_window, tr("Restore from backup"),
                                 tr("Only a supervisor may restore a backup. Ask your supervisor."));
        return;
    }
    // The banner names the newest good backup: that one is offered straight away.
    const QString from =
        !suggested.isEmpty()
            ? suggested
            : QFileDialog::getOpenFileName(m_window, tr("Restore from backup"), RollingBackups(m_databasePath).folder(),
                                           tr("Homeward backups (*.sqlite);;All files (*)"));
    if (from.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto verified = Backup::verify(from);
    QApplication::restoreOverrideCursor();
    if (!verified) {
        QMessageBox box(QMessageBox::Critical, tr("Restore from backup"),
                        tr("This backup cannot be restored: it does not verify. Nothing was changed."), QMessageBox::Ok,
                        m_window);
        box.setInformativeText(verified.text());
        box.exec();
        return;
    }
    const QString kept = Restore::replacedName(m_databasePath, QDateTime::currentDateTimeUtc());
    QMessageBox box(QMessageBox::Question, tr("Restore from backup"),
                    tr("The backup %1 verifies. Restore it in place of %2?").arg(native(from), native(m_databasePath)),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(verified.value().summary() + QStringLiteral("\n\n") +
                           tr("The current database file is kept beside it as %1 (the time in the name is the "
                              "time of the restore). Homeward closes, restores the backup, and must then be "
                              "started again.")
                               .arg(native(kept)));
    QPushButton *restore = box.addButton(tr("Close and restore"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return;
    m_pendingRestore = QFileInfo(from).absoluteFilePath();
    m_window->close();
}

int BackupActions::finishRestore(const QString &from, const QString &databasePath, const Actor &actor, bool dialogs)
{
    auto restored = Restore::restore(from, databasePath, &actor);
    if (!restored) {
        std::fprintf(stderr, "homeward: %s\n", qPrintable(restored.text()));
        if (dialogs) {
            QMessageBox box(QMessageBox::Critical, tr("Restore from backup"), tr("The backup was not restored."));
            box.setInformativeText(restored.text());
            box.exec();
        }
        return 1;
    }
    QString text = tr("The backup %1 was restored in place of %2.").arg(native(from), native(databasePath));
    if (!restored.value().replacedPath.isEmpty())
        text +=
            QLatin1Char(' ') + tr("The database it replaced is kept as %1.").arg(native(restored.value().replacedPath));
    text += QLatin1Char(' ') + tr("Start Homeward again to go on working.");
    std::fprintf(stdout, "%s\n", qPrintable(text));
    if (dialogs)
        QMessageBox::information(nullptr, tr("Restore from backup"), text);
    return 0;
}

} // namespace homeward
