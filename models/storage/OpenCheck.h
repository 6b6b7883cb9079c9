#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace homeward {

// One thing wrong with a database found when it opens.
struct OpenProblem final {
    enum class Kind { Integrity, ForeignKey, AuditChain, Seal, CheckFailed };
    Kind kind = Kind::CheckFailed;
    QString text; // translated, names the table/row where known
};

struct OpenCheckReport final {
    QList<OpenProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    // The problems, one a line.
    QString text() const;
    // The first problem, short: the reason of the read-only banner.
    QString reason() const;
};

// The checks run each time a database opens: PRAGMA quick_check,
// PRAGMA foreign_key_check, the audit chain (AuditLog::verify) and the seals
// of confirmed batches (SealCheck). Reads only. When any fails, the window
// opens read-only (enterReadOnly) and offers the newest good backup.
class OpenCheck final {
    Q_DECLARE_TR_FUNCTIONS(homeward::OpenCheck)

public:
    static constexpr int kMaxListed = 10; // foreign key rows listed at most
    static OpenCheckReport run(const QSqlDatabase &db);
    // PRAGMA query_only = ON: from now on the connection refuses every write,
    // so a damaged database is not written to, whatever a view may try.
    static Status enterReadOnly(const QSqlDatabase &db);
};

} // namespace homeward
