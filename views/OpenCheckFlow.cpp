#include "OpenCheckFlow.h"

#include "MainWindow.h"
#include "storage/RollingBackups.h"
#include "storage/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

#include <cstdio>
#include <memory>

namespace homeward {

OpenCheckReport OpenCheckFlow::runWithProgress(const QString &databasePath)
{
    // The checks read every page of the file and the whole audit trail (about
    // nine seconds for a million registry records): on a thread of their own,
    // so that the official sees what is happening instead of a frozen screen.
    QProgressDialog progress(OpenCheck::stepText(OpenCheck::Step::Integrity), QString(), 0, OpenCheck::kSteps);
    progress.setWindowTitle(tr("Homeward: opening %1").arg(QFileInfo(databasePath).fileName()));
    progress.setCancelButton(nullptr); // a database opens checked or not at all
    progress.setMinimumDuration(kProgressDelayMs);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setAutoClose(false);
    progress.setValue(0);

    OpenCheckReport report;
    const auto onStep = [&progress](OpenCheck::Step step) {
        // Queued to the dialog's thread; dropped should the dialog be gone.
        QMetaObject::invokeMethod(
            &progress,
            [&progress, step] {
                progress.setLabelText(OpenCheck::stepText(step));
                progress.setValue(int(step));
            },
            Qt::QueuedConnection);
    };
    std::unique_ptr<QThread> worker(
        QThread::create([&report, &databasePath, &onStep] { report = OpenCheck::runOnFile(databasePath, onStep); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    progress.setValue(OpenCheck::kSteps);
    return report;
}

QString OpenCheckFlow::check(Store &store, const QString &databasePath, bool dialogs)
{
    const bool onFile = databasePath != QLatin1String(":memory:");
    const OpenCheckReport report =
        dialogs && onFile ? runWithProgress(databasePath) : OpenCheck::run(store.connection());
    if (report.ok())
        return {};
    const QString message = tr("The database %1 did not pass its checks: it may have been tampered with, or damaged. "
                               "It opens read-only: nothing can be changed until it is restored from a good "
                               "backup. Tell your supervisor.")
                                .arg(QDir::toNativeSeparators(databasePath));
    std::fprintf(stderr, "homeward: %s\n%s\n", qPrintable(message), qPrintable(report.text()));
    if (dialogs) {
        QMessageBox box(QMessageBox::Warning, tr("Homeward: the database did not pass its checks"), message);
        box.setInformativeText(report.reason().left(1).toUpper() + report.reason().mid(1));
        box.setDetailedText(report.text());
        box.exec();
    }
    return report.reason();
}

void OpenCheckFlow::applyReadOnly(Store &store, MainWindow &window, const QString &databasePath, const QString &reason)
{
    if (Status readOnly = OpenCheck::enterReadOnly(store.connection()); !readOnly)
        std::fprintf(stderr, "homeward: %s\n", qPrintable(readOnly.text()));
    window.setReadOnly(reason, RollingBackups(databasePath).newestGood());
}

} // namespace homeward
