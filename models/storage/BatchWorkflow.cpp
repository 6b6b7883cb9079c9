#include "BatchWorkflow.h"

#include "Accounts.h"
#include "AuditJson.h"
#include "AuditLog.h"
#include "Authorisation.h"
#include "ChangeNotifier.h"
#include "ReadCheck.h"
#include "Sql.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace homeward {
namespace {

const QString kEntity = QStringLiteral("batch");

// Items that count for a batch: the standard ones and the free items of the
// batch's own exchange (as VerificationRepository::progress counts them).
const QString kRelevantItem = QStringLiteral(
    "(v.item NOT LIKE 'custom:%' OR v.item IN "
    "(SELECT 'custom:' || c.id FROM exchange_check_item c WHERE c.exchange_id = b.exchange_id))");

// The columns a seal covers, named so that later schemas leave old seals valid.
const QString kSealedBatchColumns = QStringLiteral(
    "id, exchange_id, sequence_no, direction, planned_date, place, planned_servicemen, planned_civilians, notes");
const QString kSealedPersonColumns = QStringLiteral(
    "p.id, p.record_id, p.surname, p.given_name, p.patronymic, p.birth_date, p.birth_date_partial, p.birth_place, "
    "p.sex, p.citizenship, p.document_type, p.document_number, p.region, p.category, p.rank, p.unit, "
    "p.service_number, p.capture_date, p.capture_place, p.detention_place, p.health, p.inform_name, "
    "p.inform_contact, p.notes, p.row_version, p.created_by, p.updated_by, p.created_at, p.updated_at");
const QString kSealedItemColumns = QStringLiteral(
    "v.item, v.label, v.state, v.method, v.note, v.changed_by, v.changed_at, v.verified_by, v.verified_at");

QJsonObject rowObject(const QSqlQuery &q, int from = 0, int count = -1)
{
    const QSqlRecord record = q.record();
    const int last = count < 0 ? record.count() : from + count;
    QJsonObject object;
    for (int i = from; i < last; ++i)
        object.insert(record.fieldName(i), auditjson::fromSql(q.value(i)));
    return object;
}

Result<BatchSnapshot> readSnapshot(const QSqlDatabase &db, qint64 batchId, qint64 actorId)
{
    BatchSnapshot s;
    auto batch = sql::run(db, QStringLiteral("SELECT status, planned_servicemen, planned_civilians FROM batch WHERE id = ?"),
                          {batchId});
    if (!batch)
        return batch.error();
    if (!batch.value().next())
        return Error{BatchWorkflow::tr("The batch no longer exists; it may have been deleted")};
    s.status = batchStatusFromCode(batch.value().value(0).toString()).value_or(BatchStatus::Draft);
    s.plannedServicemen = batch.value().value(1).toInt();
    s.plannedCivilians = batch.value().value(2).toInt();

    auto listed = sql::run(db,
                           QStringLiteral("SELECT m.person_id, p.category FROM batch_member m "
                                          "JOIN person p ON p.id = m.person_id "
                                          "WHERE m.batch_id = ? AND m.status = 'listed' ORDER BY m.position"),
                           {batchId});
    if (!listed)
        return listed.error();
    while (listed.value().next()) {
        const qint64 id = listed.value().value(0).toLongLong();
        s.listedPersonIds << id;
        if (listed.value().value(1).toString() == toCode(Category::Serviceman)) {
            s.listedServicemenIds << id;
            ++s.listedServicemen;
        } else {
            ++s.listedCivilians;
        }
    }
    // A read that fails part-way ends the loop as the last row would.
    if (listed.value().lastError().isValid())
        return Error{BatchWorkflow::tr("The batch's list could not be read"), listed.value().lastError().text()};

    auto items = sql::run(db,
                          QStringLiteral("SELECT COUNT(DISTINCT CASE WHEN v.state <> 'confirmed' THEN m.person_id END), "
                                         "COALESCE(SUM(CASE WHEN v.state = 'discrepancy' THEN 1 ELSE 0 END), 0), "
                                         "COALESCE(SUM(CASE WHEN v.state = 'pending' THEN 1 ELSE 0 END), 0) "
                                         "FROM batch_member m JOIN batch b ON b.id = m.batch_id "
                                         "JOIN verification_item v ON v.person_id = m.person_id AND %1 "
                                         "WHERE m.batch_id = ? AND m.status = 'listed'")
                              .arg(kRelevantItem),
                          {batchId});
    if (!items)
        return items.error();
    // The counts gate submission and confirmation: an unread row must not pass as "nothing open".
    if (!items.value().next()) {
        if (Status read = sql::readToEnd(items.value(), BatchWorkflow::tr("The batch's checklist could not be read"));
            !read)
            return read.error();
        return Error{BatchWorkflow::tr("The batch's checklist could not be read")};
    }
    s.personsNotFullyVerified = items.value().value(0).toInt();
    s.openDiscrepancies = items.value().value(1).toInt();
    s.pendingItems = items.value().value(2).toInt();

    if (actorId != 0) {
        // Every member, withdrawn too: whoever worked on the list's persons
        // is not the second pair of eyes that confirms it.
        auto touched = sql::scalar(
            db,
            QStringLiteral(
                "SELECT COUNT(*) FROM batch_member m WHERE m.batch_id = ? AND ("
                "EXISTS (SELECT 1 FROM person p WHERE p.id = m.person_id AND (p.created_by = ? OR p.updated_by = ?)) "
                "OR EXISTS (SELECT 1 FROM verification_item v WHERE v.person_id = m.person_id "
                "AND (v.changed_by = ? OR v.verified_by = ?)) "
                "OR EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'person' AND a.entity_id = m.person_id "
                "AND a.official_id = ?) "
                "OR EXISTS (SELECT 1 FROM audit_log a JOIN verification_item v ON v.id = a.entity_id "
                "WHERE a.entity = 'verification_item' AND v.person_id = m.person_id AND a.official_id = ?))"),
            {batchId, actorId, actorId, actorId, actorId, actorId, actorId});
        if (!touched)
            return touched.error();
        s.personsTouchedByActor = touched.value().toInt();
    }
    return s;
}

} // namespace

BatchWorkflow::BatchWorkflow(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor)
    : m_db(std::move(db)), m_notifier(notifier), m_actor(actor)
{
}

Result<BatchSnapshot> BatchWorkflow::snapshot(qint64 batchId) const
{
    auto s = readSnapshot(m_db, batchId, actor().officialId);
    if (!s)
        return Error{tr("The batch could not be read"), s.error().detail.isEmpty() ? s.error().message : s.error().detail};
    return s;
}

Result<QStringList> BatchWorkflow::preconditions(qint64 batchId, BatchStatus target, const TransitionInput &input) const
{
    auto s = snapshot(batchId);
    if (!s)
        return s.error();
    QStringList unmet;
    if (const auto edge = BatchTransitions::find(s.value().status, target)) {
        if (auto allowed = requirePermission(m_db, actor(), edge->action); !allowed)
            unmet << allowed.error().text();
    }
    unmet << BatchTransitions::unmet(s.value(), target, input);
    return unmet;
}

Status BatchWorkflow::submitForVerification(qint64 batchId)
{
    return transition(batchId, BatchStatus::InVerification, {});
}

Status BatchWorkflow::returnToEntry(qint64 batchId)
{
    return transition(batchId, BatchStatus::Draft, {});
}

Status BatchWorkflow::markVerified(qint64 batchId)
{
    return transition(batchId, BatchStatus::Verified, {});
}

Status BatchWorkflow::returnToVerification(qint64 batchId)
{
    return transition(batchId, BatchStatus::InVerification, {});
}

Status BatchWorkflow::confirm(qint64 batchId, const QString &password)
{
    return transition(batchId, BatchStatus::Confirmed, {}, password, true);
}

Status BatchWorkflow::reopen(qint64 batchId, const QString &reason)
{
    TransitionInput input;
    input.reason = reason;
    return transition(batchId, BatchStatus::InVerification, input);
}

Status BatchWorkflow::complete(qint64 batchId, const CompletionRecord &record)
{
    TransitionInput input;
    input.completion = record;
    return transition(batchId, BatchStatus::Completed, input);
}

Status BatchWorkflow::cancel(qint64 batchId, const QString &reason)
{
    TransitionInput input;
    input.reason = reason;
    return transition(batchId, BatchStatus::Cancelled, input);
}

Status BatchWorkflow::transition(qint64 batchId, BatchStatus target, const TransitionInput &input,
                                 const QString &password, bool needsPassword)
{
    const auto notChanged = [](const Error &error) {
        return Status::failure(tr("The batch was not changed"),
                               error.detail.isEmpty() ? error.message : error.detail);
    };
    // The edge, hence the action, depends on where the batch is now; reading
    // it is not a write. The transaction below reads it again.
    auto current = sql::scalar(m_db, QStringLiteral("SELECT status FROM batch WHERE id = ?"), {batchId});
    if (!current)
        return notChanged(current.error());
    if (current.value().isNull())
        return Status::failure(tr("The batch no longer exists; it may have been deleted"));
    const BatchStatus from = batchStatusFromCode(current.value().toString()).value_or(BatchStatus::Draft);
    const auto edge = BatchTransitions::find(from, target);
    // The permission comes first, so that an official who may not make any
    // such move learns that before anything else. Without an edge the
    // action is the one the target needs from its usual start.
    const Action action = edge ? edge->action
                               : (target == BatchStatus::Cancelled  ? Action::CancelBatch
                                  : target == BatchStatus::Confirmed ? Action::ConfirmBatch
                                  : target == BatchStatus::Completed ? Action::CompleteBatch
                                  : target == BatchStatus::Verified  ? Action::MarkVerified
                                                                     : Action::SubmitForVerification);
    auto official = requirePermission(m_db, actor(), action);
    if (!official)
        return official.status();
    if (!edge)
        return Status::failure(tr("The batch stays %1: %2")
                                   .arg(label(from), BatchTransitions::unmet(BatchSnapshot{from}, target, input).join(
                                                         QStringLiteral("; "))));

    if (needsPassword) {
        if (password.isEmpty())
            return Status::failure(tr("Enter your password again to confirm the batch"));
        // Its own transaction: a wrong password is counted towards the
        // lock-out even though nothing else is written.
        Accounts accounts(m_db);
        auto again = accounts.authenticate(official.value().username, password);
        if (!again)
            return Status::failure(tr("The batch was not confirmed: %1").arg(again.error().message),
                                   again.error().detail);
        if (again.value().id != official.value().id)
            return Status::failure(tr("The batch was not confirmed: the password is not that of the signed-in "
                                      "official"));
    }

    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    auto snap = readSnapshot(m_db, batchId, official.value().id);
    if (!snap)
        return notChanged(snap.error());
    if (snap.value().status != from)
        return Status::failure(tr("The batch was changed meanwhile (it is now %1); look again and retry")
                                   .arg(label(snap.value().status)));
    if (const QStringList unmet = BatchTransitions::unmet(snap.value(), target, input); !unmet.isEmpty())
        return Status::failure(tr("The batch stays %1: %2").arg(label(from), unmet.join(QStringLiteral("; "))));

    const QString now = sql::nowStamp();
    const QString reason = input.reason.trimmed();
    QJsonObject before{{QStringLiteral("status"), toCode(from)}};
    QJsonObject after{{QStringLiteral("status"), toCode(target)}};
    if (!reason.isEmpty())
        after.insert(QStringLiteral("reason"), reason);

    Result<QSqlQuery> updated = Error{};
    if (target == BatchStatus::Confirmed) {
        auto head = AuditLog::headHash(m_db);
        if (!head)
            return notChanged(head.error());
        auto content = contentHash(m_db, batchId);
        if (!content)
            return notChanged(content.error());
        after.insert(QStringLiteral("seal_head_hash"), head.value());
        after.insert(QStringLiteral("seal_content_hash"), content.value());
        after.insert(QStringLiteral("sealed_at"), now);
        updated = sql::run(m_db,
                           QStringLiteral("UPDATE batch SET status = ?, seal_head_hash = ?, seal_content_hash = ?, "
                                          "sealed_at = ?, sealed_by = ?, updated_at = ? WHERE id = ? AND status = ?"),
                           {toCode(target), head.value(), content.value(), now, official.value().id, now, batchId,
                            toCode(from)});
    } else if (target == BatchStatus::Completed) {
        const CompletionRecord &record = input.completion;
        QJsonArray outcomes;
        for (const HandoverOutcome &outcome : record.outcomes) {
            const QString code = outcome.handedOver ? QStringLiteral("handed_over") : QStringLiteral("not_handed_over");
            const QString why = outcome.handedOver ? QString() : outcome.reason.trimmed();
            auto marked = sql::run(m_db,
                                   QStringLiteral("UPDATE batch_member SET handover = ?, handover_reason = ?, "
                                                  "updated_at = ? WHERE batch_id = ? AND person_id = ?"),
                                   {code, why, now, batchId, outcome.personId});
            if (!marked)
                return notChanged(marked.error());
            outcomes.append(QJsonObject{{QStringLiteral("person_id"), outcome.personId},
                                        {QStringLiteral("handover"), code},
                                        {QStringLiteral("reason"), why}});
        }
        const QString date = record.date.toString(Qt::ISODate);
        const QString place = record.place.trimmed();
        after.insert(QStringLiteral("actual_date"), date);
        after.insert(QStringLiteral("actual_place"), place);
        after.insert(QStringLiteral("actual_servicemen"), *record.actualServicemen);
        after.insert(QStringLiteral("actual_civilians"), *record.actualCivilians);
        after.insert(QStringLiteral("outcomes"), outcomes);
        updated = sql::run(m_db,
                           QStringLiteral("UPDATE batch SET status = ?, actual_date = ?, actual_place = ?, "
                                          "actual_servicemen = ?, actual_civilians = ?, completed_at = ?, "
                                          "completed_by = ?, updated_at = ? WHERE id = ? AND status = ?"),
                           {toCode(target), date, place, *record.actualServicemen, *record.actualCivilians, now,
                            official.value().id, now, batchId, toCode(from)});
    } else if (from == BatchStatus::Confirmed) {
        // Reopened or cancelled: the seal goes (it stays in the audit trail),
        // and so would any outcome left over.
        auto seal = this->seal(batchId);
        if (!seal)
            return notChanged(seal.error());
        before.insert(QStringLiteral("seal_head_hash"), seal.value().headHash);
        before.insert(QStringLiteral("seal_content_hash"), seal.value().contentHash);
        auto cleared = sql::run(m_db,
                                QStringLiteral("UPDATE batch_member SET handover = NULL, handover_reason = '' "
                                               "WHERE batch_id = ? AND (handover IS NOT NULL OR handover_reason <> '')"),
                                {batchId});
        if (!cleared)
            return notChanged(cleared.error());
        updated = sql::run(m_db,
                           QStringLiteral("UPDATE batch SET status = ?, seal_head_hash = NULL, seal_content_hash = NULL, "
                                          "sealed_at = NULL, sealed_by = NULL, updated_at = ? WHERE id = ? AND status = ?"),
                           {toCode(target), now, batchId, toCode(from)});
    } else {
        updated = sql::run(m_db, QStringLiteral("UPDATE batch SET status = ?, updated_at = ? WHERE id = ? AND status = ?"),
                           {toCode(target), now, batchId, toCode(from)});
    }
    if (!updated)
        return notChanged(updated.error());
    if (updated.value().numRowsAffected() != 1)
        return Status::failure(tr("The batch was changed meanwhile; look again and retry"));

    auto recorded = sql::run(m_db,
                             QStringLiteral("INSERT INTO batch_transition (batch_id, from_status, to_status, reason, "
                                            "automatic, official_id, at) VALUES (?, ?, ?, ?, 0, ?, ?)"),
                             {batchId, toCode(from), toCode(target), reason, official.value().id, now});
    if (!recorded)
        return notChanged(recorded.error());
    if (Status audited = AuditLog::append(m_db, actor(), QStringLiteral("transition"), kEntity, batchId, before, after);
        !audited)
        return audited;
    auto exchangeId = sql::scalar(m_db, QStringLiteral("SELECT exchange_id FROM batch WHERE id = ?"), {batchId});
    if (!exchangeId)
        return notChanged(exchangeId.error());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier) {
        Q_EMIT m_notifier->batchesChanged(exchangeId.value().toLongLong());
        if (target == BatchStatus::Completed || from == BatchStatus::Confirmed)
            Q_EMIT m_notifier->personsChanged(batchId);
    }
    return {};
}

Result<BatchSeal> BatchWorkflow::seal(qint64 batchId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT b.seal_head_hash, b.seal_content_hash, b.sealed_at, b.sealed_by, "
                                         "o.full_name FROM batch b LEFT JOIN official o ON o.id = b.sealed_by "
                                         "WHERE b.id = ?"),
                          {batchId});
    if (!query)
        return Error{tr("The seal could not be read"), query.error().detail};
    if (!query.value().next())
        return Error{tr("The batch no longer exists; it may have been deleted")};
    const QSqlQuery &q = query.value();
    BatchSeal seal;
    seal.headHash = q.value(0).toString();
    seal.contentHash = q.value(1).toString();
    seal.sealedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    seal.sealedBy = q.value(3).toLongLong();
    seal.sealedByName = q.value(4).toString();
    return seal;
}

Result<StoredCompletion> BatchWorkflow::completion(qint64 batchId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT actual_date, actual_place, actual_servicemen, actual_civilians, "
                                         "completed_at, completed_by FROM batch WHERE id = ?"),
                          {batchId});
    if (!query)
        return Error{tr("The handover record could not be read"), query.error().detail};
    if (!query.value().next())
        return Error{tr("The batch no longer exists; it may have been deleted")};
    const QSqlQuery &q = query.value();
    StoredCompletion stored;
    stored.record.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    stored.record.place = q.value(1).toString();
    if (!q.value(2).isNull())
        stored.record.actualServicemen = q.value(2).toInt();
    if (!q.value(3).isNull())
        stored.record.actualCivilians = q.value(3).toInt();
    stored.completedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    stored.completedBy = q.value(5).toLongLong();
    auto members = sql::run(m_db,
                            QStringLiteral("SELECT person_id, handover, handover_reason FROM batch_member "
                                           "WHERE batch_id = ? AND handover IS NOT NULL ORDER BY position"),
                            {batchId});
    if (!members)
        return Error{tr("The handover record could not be read"), members.error().detail};
    while (members.value().next()) {
        HandoverOutcome outcome;
        outcome.personId = members.value().value(0).toLongLong();
        outcome.handedOver = members.value().value(1).toString() == QLatin1String("handed_over");
        outcome.reason = members.value().value(2).toString();
        stored.record.outcomes << outcome;
    }
    if (members.value().lastError().isValid())
        return Error{tr("The handover record could not be read"), members.value().lastError().text()};
    return stored;
}

Result<QString> BatchWorkflow::contentHash(const QSqlDatabase &db, qint64 batchId)
{
    auto batch = sql::run(db, QStringLiteral("SELECT %1 FROM batch WHERE id = ?").arg(kSealedBatchColumns), {batchId});
    if (!batch)
        return batch.error();
    if (!batch.value().next())
        return Error{tr("The batch no longer exists; it may have been deleted")};
    QJsonObject content{{QStringLiteral("seal_version"), 1}, {QStringLiteral("batch"), rowObject(batch.value())}};
    // Done with before the next statement: on PostgreSQL an unfinished result would be cut off by it
    // ("results lost") and the next statement fail.
    batch.value().finish();

    auto persons = sql::run(db,
                            QStringLiteral("SELECT m.position, %1 FROM batch_member m JOIN person p ON p.id = m.person_id "
                                           "WHERE m.batch_id = ? AND m.status = 'listed' ORDER BY m.position")
                                .arg(kSealedPersonColumns),
                            {batchId});
    if (!persons)
        return persons.error();
    // The list is read to its end before the checklists: on PostgreSQL a forward-only result
    // streams row by row, and a second statement on the connection would cut it off.
    struct Listed final {
        qint64 position = 0;
        qint64 personId = 0;
        QJsonObject person;
    };
    QList<Listed> listed;
    while (persons.value().next()) {
        const QSqlQuery &q = persons.value();
        listed << Listed{q.value(0).toLongLong(), q.value(1).toLongLong(), rowObject(q, 1)};
    }
    if (persons.value().lastError().isValid())
        return Error{tr("The batch's list could not be read"), persons.value().lastError().text()};
    QJsonArray list;
    for (const Listed &entry : std::as_const(listed)) {
        auto items = sql::run(db,
                              QStringLiteral("SELECT %1 FROM verification_item v JOIN batch b ON b.id = ? "
                                             "WHERE v.person_id = ? AND %2 ORDER BY v.item")
                                  .arg(kSealedItemColumns, kRelevantItem),
                              {batchId, entry.personId});
        if (!items)
            return items.error();
        QList<QJsonObject> rows;
        while (items.value().next())
            rows << rowObject(items.value());
        // A seal over half a checklist would seal the wrong content.
        if (items.value().lastError().isValid())
            return Error{tr("The batch's checklist could not be read"), items.value().lastError().text()};
        // In the bytes' order of the item codes, as SQLite's ORDER BY gives it: a server's ORDER BY follows
        // its collation, which would make the same checklist seal differently on another server.
        std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &x, const QJsonObject &y) {
            return x.value(QLatin1String("item")).toString().toUtf8() <
                   y.value(QLatin1String("item")).toString().toUtf8();
        });
        QJsonArray checklist;
        for (const QJsonObject &row : std::as_const(rows))
            checklist.append(row);
        list.append(QJsonObject{{QStringLiteral("position"), entry.position},
                                {QStringLiteral("person"), entry.person},
                                {QStringLiteral("checklist"), checklist}});
    }
    content.insert(QStringLiteral("persons"), list);
    const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace homeward
