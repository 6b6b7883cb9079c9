#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

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

    // The steps of run(), in order, for a progress display: each takes
    // seconds on a database of a million records.
    enum class Step { Integrity, Links, AuditTrail, Seals };
    static constexpr int kSteps = 4;
    // What the step does, translated ("Checking the audit trail…").
    static QString stepText(Step step);
    // Called as each step begins (from the thread that runs the checks).
    using Progress = std::function<void(Step step)>;

    static OpenCheckReport run(const QSqlDatabase &db, const Progress &progress = {});
    // The same checks on a connection of its own to the file at `path`, for a
    // worker thread: a connection belongs to the thread that opened it.
    static OpenCheckReport runOnFile(const QString &path, const Progress &progress = {});
    // PRAGMA query_only = ON: from now on the connection refuses every write,
    // so a damaged database is not written to, whatever a view may try.
    static Status enterReadOnly(const QSqlDatabase &db);

private:
    // SQLite's own checks of the file: quick_check and foreign_key_check.
    static void checkFile(const QSqlDatabase &db, const Progress &progress, OpenCheckReport &report);
};

} // namespace homeward
