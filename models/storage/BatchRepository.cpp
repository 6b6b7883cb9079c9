#include "BatchRepository.h"

#include "AuditJson.h"
#include "AuditLog.h"
#include "Authorisation.h"
#include "ChangeNotifier.h"
#include "ReadCheck.h"
#include "Sql.h"
#include "StaleEdit.h"
#include "UnlistedPersons.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace homeward {
namespace {

const QString kColumns = QStringLiteral("id, row_version, exchange_id, sequence_no, direction, planned_date, place, "
                                        "planned_servicemen, planned_civilians, status, notes");

Batch fromQuery(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    const auto value = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))); };
    Batch b;
    b.id = value("id").toLongLong();
    b.rowVersion = value("row_version").toLongLong();
    b.exchangeId = value("exchange_id").toLongLong();
    b.sequenceNo = value("sequence_no").toInt();
    b.direction = directionFromCode(value("direction").toString()).value_or(Direction::Receive);
    b.plannedDate = QDate::fromString(value("planned_date").toString(), Qt::ISODate);
    b.place = value("place").toString();
    b.plannedServicemen = value("planned_servicemen").toInt();
    b.plannedCivilians = value("planned_civilians").toInt();
    b.status = batchStatusFromCode(value("status").toString()).value_or(BatchStatus::Draft);
    b.notes = value("notes").toString();
    return b;
}

const QString kEntity = QStringLiteral("batch");

} // namespace

BatchRepository::BatchRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor)
    : m_db(std::move(db)), m_notifier(notifier), m_actor(actor)
{
}

Result<int> BatchRepository::nextSequenceNo(qint64 exchangeId) const
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(sequence_no), 0) + 1 FROM batch WHERE exchange_id = ?"),
                             {exchangeId});
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<qint64> BatchRepository::create(const Batch &batch)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::ManageBatches); !allowed)
        return allowed.error();
    int sequenceNo = batch.sequenceNo;
    if (sequenceNo == 0) {
        auto next = nextSequenceNo(batch.exchangeId);
        if (!next)
            return next.error();
        sequenceNo = next.value();
    }
    const QString now = sql::nowStamp();
    auto inserted = sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO batch (exchange_id, sequence_no, direction, planned_date, place, "
                       "planned_servicemen, planned_civilians, status, notes, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        // Every batch starts as a draft, whatever batch.status says.
        {batch.exchangeId, sequenceNo, toCode(batch.direction), sql::dateOrNull(batch.plannedDate), batch.place,
         batch.plannedServicemen, batch.plannedCivilians, toCode(BatchStatus::Draft), batch.notes, now, now});
    if (!inserted)
        return Error{tr("The batch was not saved (is batch number %1 already used in this exchange?)").arg(sequenceNo),
                     inserted.error().detail};
    const qint64 id = inserted.value();
    auto after = auditjson::storedRow(m_db, kEntity, id);
    if (!after)
        return Error{tr("The batch was not saved"), after.error().detail};
    if (Status recorded = AuditLog::append(m_db, actor(), QStringLiteral("create"), kEntity, id, {}, after.value());
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->batchesChanged(batch.exchangeId);
    return id;
}

Status BatchRepository::update(const Batch &batch)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::ManageBatches); !allowed)
        return allowed.error();
    auto before = auditjson::storedRow(m_db, kEntity, batch.id);
    if (!before)
        return Status::failure(tr("The batch was not saved"), before.error().detail);
    if (before.value().isEmpty())
        return StaleEdit::refusal(m_db, StaleEdit::Record::Batch, batch.id);
    auto updated = sql::run(m_db,
                            // Not the status: that moves only through BatchWorkflow, with its checks.
                            QStringLiteral("UPDATE batch SET sequence_no = ?, direction = ?, planned_date = ?, place = ?, "
                                           "planned_servicemen = ?, planned_civilians = ?, notes = ?, "
                                           "row_version = row_version + 1, updated_at = ? "
                                           "WHERE id = ? AND row_version = ?"),
                            {batch.sequenceNo, toCode(batch.direction), sql::dateOrNull(batch.plannedDate), batch.place,
                             batch.plannedServicemen, batch.plannedCivilians, batch.notes, sql::nowStamp(), batch.id,
                             batch.rowVersion});
    if (!updated)
        return Status::failure(
            tr("The batch was not saved (is batch number %1 already used in this exchange?)").arg(batch.sequenceNo),
            updated.error().detail);
    if (updated.value().numRowsAffected() != 1)
        return StaleEdit::refusal(m_db, StaleEdit::Record::Batch, batch.id);
    auto after = auditjson::storedRow(m_db, kEntity, batch.id);
    if (!after)
        return Status::failure(tr("The batch was not saved"), after.error().detail);
    if (Status recorded =
            AuditLog::append(m_db, actor(), QStringLiteral("update"), kEntity, batch.id, before.value(), after.value());
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->batchesChanged(batch.exchangeId);
    return {};
}

Result<Batch> BatchRepository::get(qint64 id) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT %1 FROM batch WHERE id = ?").arg(kColumns), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{tr("No batch with number %1").arg(id)};
    return fromQuery(query.value());
}

Result<QList<Batch>> BatchRepository::listForExchange(qint64 exchangeId) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT %1 FROM batch WHERE exchange_id = ? ORDER BY sequence_no").arg(kColumns),
                          {exchangeId});
    if (!query)
        return query.error();
    QList<Batch> batches;
    while (query.value().next())
        batches << fromQuery(query.value());
    if (Status read = sql::readToEnd(query.value(), tr("The batches could not be read")); !read)
        return read.error();
    return batches;
}

Result<BatchCounts> BatchRepository::counts(qint64 batchId) const
{
    auto batch = get(batchId);
    if (!batch)
        return batch.error();
    BatchCounts counts;
    counts.plannedServicemen = batch.value().plannedServicemen;
    counts.plannedCivilians = batch.value().plannedCivilians;
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT p.category, p.sex, COUNT(*) FROM batch_member m "
                                         "JOIN person p ON p.id = m.person_id "
                                         "WHERE m.batch_id = ? AND m.status = 'listed' GROUP BY p.category, p.sex"),
                          {batchId});
    if (!query)
        return query.error();
    while (query.value().next()) {
        const bool serviceman = query.value().value(0).toString() == toCode(Category::Serviceman);
        const bool male = query.value().value(1).toString() == toCode(Sex::Male);
        const int n = query.value().value(2).toInt();
        (serviceman ? (male ? counts.servicemenMen : counts.servicemenWomen)
                    : (male ? counts.civiliansMen : counts.civiliansWomen)) += n;
    }
    if (Status read = sql::readToEnd(query.value(), tr("The batch's counts could not be read")); !read)
        return read.error();
    return counts;
}

Result<BatchRemovalImpact> BatchRepository::removalImpact(qint64 batchId) const
{
    auto listed = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ?"), {batchId});
    if (!listed)
        return listed.error();
    auto alone = sql::scalar(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM batch_member m WHERE m.batch_id = ? AND NOT EXISTS "
                                            "(SELECT 1 FROM batch_member o WHERE o.person_id = m.person_id "
                                            "AND o.batch_id <> m.batch_id)"),
                             {batchId});
    if (!alone)
        return alone.error();
    return BatchRemovalImpact{listed.value().toInt(), alone.value().toInt()};
}

Status BatchRepository::remove(qint64 batchId)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::ManageBatches); !allowed)
        return allowed.error();
    const auto failed = [](const Error &error) {
        return Status::failure(tr("The batch was not deleted; nothing was changed"),
                               error.detail.isEmpty() ? error.message : error.detail);
    };
    // Everything that goes is read first, for the audit trail.
    auto before = auditjson::storedRow(m_db, kEntity, batchId);
    if (!before)
        return failed(before.error());
    if (before.value().isEmpty())
        return Status::failure(tr("The batch no longer exists; it may have been deleted"));
    const qint64 exchangeId = before.value().value(QStringLiteral("exchange_id")).toInteger();
    auto listings = unlisted::listingsInBatch(m_db, batchId);
    if (!listings)
        return failed(listings.error());
    // The list goes with the batch (ON DELETE CASCADE).
    auto done = sql::run(m_db, QStringLiteral("DELETE FROM batch WHERE id = ?"), {batchId});
    if (!done)
        return failed(done.error());
    if (done.value().numRowsAffected() != 1)
        return Status::failure(tr("The batch no longer exists; it may have been deleted"));
    if (auto deleted = unlisted::deleteUnlisted(m_db, actor(), listings.value()); !deleted)
        return failed(deleted.error());
    if (Status recorded =
            AuditLog::append(m_db, actor(), QStringLiteral("delete"), kEntity, batchId, before.value(), {});
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->batchesChanged(exchangeId);
    return {};
}

} // namespace homeward
