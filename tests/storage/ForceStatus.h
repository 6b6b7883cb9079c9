#pragma once

// Moves a batch to a status with plain SQL, for tests that need a batch in
// some status without going through BatchWorkflow and its preconditions
// (every person verified, a supervisor's password …). It walks only the
// edges schema 5 lets any writer take, and writes what each edge needs: the
// seal on confirmation (dummy hashes: no seal check is made here), the
// handover record and every listed person's outcome on completion, the seal
// cleared on reopening. Usable from any test folder:
// #include "storage/ForceStatus.h".

#include "storage/Result.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QStringList>

namespace homeward::testing {

namespace detail {

inline Status forceStep(const QSqlDatabase &db, qint64 batchId, const QString &from, const QString &to,
                        qint64 officialId)
{
    const QString now = sql::nowStamp();
    Result<QSqlQuery> done = Error{};
    if (to == QLatin1String("confirmed")) {
        done = sql::run(db,
                        QStringLiteral("UPDATE batch SET status = 'confirmed', seal_head_hash = ?, "
                                       "seal_content_hash = ?, sealed_at = ?, sealed_by = ? WHERE id = ?"),
                        {QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b')), now, officialId, batchId});
    } else if (to == QLatin1String("completed")) {
        auto outcomes = sql::run(db,
                                 QStringLiteral("UPDATE batch_member SET handover = 'handed_over' "
                                                "WHERE batch_id = ? AND status = 'listed'"),
                                 {batchId});
        if (!outcomes)
            return outcomes.status();
        done = sql::run(db,
                        QStringLiteral("UPDATE batch SET status = 'completed', actual_date = '2025-06-12', "
                                       "actual_place = 'КПП', actual_servicemen = 0, actual_civilians = 0, "
                                       "completed_at = ?, completed_by = ? WHERE id = ?"),
                        {now, officialId, batchId});
    } else if (from == QLatin1String("confirmed")) {
        // Reopened or cancelled: the seal goes (it stays in the audit trail).
        done = sql::run(db,
                        QStringLiteral("UPDATE batch SET status = ?, seal_head_hash = NULL, seal_content_hash = NULL, "
                                       "sealed_at = NULL, sealed_by = NULL WHERE id = ?"),
                        {to, batchId});
    } else {
        done = sql::run(db, QStringLiteral("UPDATE batch SET status = ? WHERE id = ?"), {to, batchId});
    }
    return done.status();
}

} // namespace detail

// `officialId` is recorded as who sealed or completed the batch.
inline Status forceBatchStatus(const QSqlDatabase &db, qint64 batchId, const QString &status, qint64 officialId)
{
    auto current = sql::scalar(db, QStringLiteral("SELECT status FROM batch WHERE id = ?"), {batchId});
    if (!current)
        return current.status();
    QString from = current.value().toString();
    const QStringList forward = {QStringLiteral("draft"), QStringLiteral("in_verification"),
                                 QStringLiteral("verified"), QStringLiteral("confirmed"),
                                 QStringLiteral("completed")};
    QStringList path;
    if (status == from) {
        // already there
    } else if (status == QLatin1String("cancelled")) {
        path << status;
    } else if (forward.indexOf(status) > forward.indexOf(from)) {
        path = forward.mid(forward.indexOf(from) + 1, forward.indexOf(status) - forward.indexOf(from));
    } else if (from != QLatin1String("completed") && from != QLatin1String("cancelled")) {
        // Back: to verification (reopening a confirmed batch), then to draft.
        path << QStringLiteral("in_verification");
        if (status == QLatin1String("draft"))
            path << status;
    } else {
        return Status::failure(QStringLiteral("a %1 batch does not move to %2").arg(from, status));
    }
    for (const QString &to : path) {
        if (to == from)
            continue;
        if (Status moved = detail::forceStep(db, batchId, from, to, officialId); !moved)
            return moved;
        from = to;
    }
    return {};
}

} // namespace homeward::testing
