#pragma once

#include "storage/OpenCheck.h"

#include <QCoreApplication>
#include <QString>

namespace homeward {

class MainWindow;
class Store;

// The checks when a database opens (OpenCheck), shown to the official.
// check() runs before the login and says what is wrong (stderr, and a box
// when dialogs are shown); after the login, applyReadOnly() switches the
// connection to refuse writes and puts the window in read-only mode with the
// way out: the newest backup of this database that verifies.
class OpenCheckFlow final {
    Q_DECLARE_TR_FUNCTIONS(homeward::OpenCheckFlow)

public:
    // Empty when every check passed; otherwise the reason for read-only mode.
    static QString check(Store &store, const QString &databasePath, bool dialogs);
    static void applyReadOnly(Store &store, MainWindow &window, const QString &databasePath, const QString &reason);

    // The checks on a worker thread (own connection) with a progress dialog,
    // shown when they take longer than this.
    static constexpr int kProgressDelayMs = 500;
    static OpenCheckReport runWithProgress(const QString &databasePath);
};

} // namespace homeward
