#pragma once

#include "io/ListFormat.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace homeward {

// `homeward import --database PATH --counterpart BATCH_ID [--encoding E] [--delimiter D] FILE --user NAME`:
// the other side's list of a batch, kept as its own record beside our list
// (CounterpartRepository), then reconciled with ours. ImportCommand parses
// the command line and opens the database, then hands over here.
//
// The file is read first (CounterpartListFile: names as written, record ids
// optional); any problem is printed as FILE:LINE:COLUMN: reason and nothing
// is written, not even the sign-in. Then the official is signed in
// (HeadlessSignIn), every row is stored in one transaction, and a short
// summary of the reconciliation is printed: pairs, differences (high risk),
// persons only on their list and only on ours, the counts against the plan.
class CounterpartImportCommand final {
    Q_DECLARE_TR_FUNCTIONS(homeward::CounterpartImportCommand)

public:
    // Returns the exit code (CommandLine::kExitOk or kExitFailure).
    static int run(const QSqlDatabase &db, qint64 batchId, const QString &filePath, const ListFormat &format,
                   const QString &userName);
};

} // namespace homeward
