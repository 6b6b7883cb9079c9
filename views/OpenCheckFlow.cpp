#include "OpenCheckFlow.h"

#include "MainWindow.h"
#include "storage/RollingBackups.h"
#include "storage/Store.h"

#include <QDir>
#include <QMessageBox>

#include <cstdio>

namespace homeward {

QString OpenCheckFlow::check(Store &store, const QString &databasePath, bool dialogs)
{
    const OpenCheckReport report = OpenCheck::run(store.connection());
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
