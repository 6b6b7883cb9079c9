#include "VerificationRepository.h"

#include "AuditJson.h"
#include "AuditLog.h"
#include "Authorisation.h"
#include "ChangeNotifier.h"
#include "PersonRepository.h"
#include "ReadCheck.h"
#include "Sql.h"
#include "StaleEdit.h"
#include "WriteTransaction.h"

#include "domain/Validation.h"

#include <QSqlQuery>

namespace homeward {
namespace {

const QString kEntity = QStringLiteral("verification_item");

const QString kSelect =
    QStringLiteral("SELECT v.id, v.person_id, v.item, v.label, v.state, v.method, v.note, v.changed_by, cb.full_name, "
                   "v.changed_at, v.verified_by, vb.full_name, v.verified_at, v.row_version FROM verification_item v "
                   "LEFT JOIN official cb ON cb.id = v.changed_by LEFT JOIN official vb ON vb.id = v.verified_by ");

// Standard items in checklist order, free ones after them.
const QString kOrder =
    QStringLiteral(" ORDER BY CASE v.item WHEN 'surname' THEN 1 WHEN 'given_name' THEN 2 WHEN 'patronymic' THEN 3 "
                   "WHEN 'birth_date' THEN 4 WHEN 'sex' THEN 5 WHEN 'category_rank' THEN 6 WHEN 'document' THEN 7 "
                   "WHEN 'birth_place' THEN 8 WHEN 'identity' THEN 9 ELSE 10 END, v.id");

// The ids `statement` gives for `key`, read to the end before any listener hears of a change: a listener reloads
// through the same connection, and on PostgreSQL, whose driver streams a result row by row, that statement would cut
// a result still being read short (only the first batch announced, "Query results lost"). Empty when unreadable:
// announcements only hint at a refresh, the change itself is committed.
QList<qint64> readIds(const QSqlDatabase &db, const QString &statement, qint64 key)
{
    QList<qint64> ids;
    auto query = sql::run(db, statement, {key});
    if (!query)
        return ids;
    while (query.value().next())
        ids << query.value().value(0).toLongLong();
    return ids;
}

QDateTime stamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

VerificationItem fromQuery(const QSqlQuery &q)
{
    VerificationItem v;
    v.id = q.value(0).toLongLong();
    v.personId = q.value(1).toLongLong();
    v.code = q.value(2).toString();
    v.item = checkItemFromCode(v.code).value_or(CheckItem::Custom);
    v.label = q.value(3).toString();
    v.state = checkStateFromCode(q.value(4).toString()).value_or(CheckState::Pending);
    if (!q.value(5).isNull())
        v.method = checkMethodFromCode(q.value(5).toString());
    v.note = q.value(6).toString();
    v.changedBy = q.value(7).toLongLong();
    v.changedByName = q.value(8).toString();
    v.changedAt = stamp(q.value(9));
    v.verifiedBy = q.value(10).toLongLong();
    v.verifiedByName = q.value(11).toString();
    v.verifiedAt = stamp(q.value(12));
    v.rowVersion = q.value(13).toLongLong();
    return v;
}

} // namespace

VerificationRepository::VerificationRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor)
    : m_db(std::move(db)), m_notifier(notifier), m_actor(actor)
{
}

Result<QList<VerificationItem>> VerificationRepository::itemsForPerson(qint64 personId) const
{
    auto query = sql::run(m_db, kSelect + QStringLiteral("WHERE v.person_id = ?") + kOrder, {personId});
    if (!query)
        return Error{tr("The verification checklist could not be read"), query.error().detail};
    QList<VerificationItem> items;
    while (query.value().next())
        items << fromQuery(query.value());
    if (Status read = sql::readToEnd(query.value(), tr("The verification checklist could not be read")); !read)
        return read.error();
    return items;
}

Result<VerificationItem> VerificationRepository::item(qint64 itemId) const
{
    auto query = sql::run(m_db, kSelect + QStringLiteral("WHERE v.id = ?"), {itemId});
    if (!query)
        return Error{tr("The verification checklist could not be read"), query.error().detail};
    if (!query.value().next())
        return Error{tr("This checklist item no longer exists; the person may have been removed")};
    return fromQuery(query.value());
}

Status VerificationRepository::checkTwoPersonRule(const VerificationItem &item) const
{
    if (item.changedBy == 0 || item.changedBy != actor().officialId)
        return {};
    if (item.item == CheckItem::Custom)
        return Status::failure(tr("You last changed this person's details yourself; another official must verify "
                                  "“%1”")
                                   .arg(item.label));
    if (item.item == CheckItem::Identity)
        return Status::failure(tr("You entered this person yourself; another official must confirm their identity"));
    return Status::failure(
        tr("You changed %1 of this person yourself; another official must verify it").arg(detailInSentence(item.item)));
}

Status VerificationRepository::writeLocked(const VerificationItem &item, CheckState state, CheckMethod method,
                                           const QString &note)
{
    auto before = auditjson::storedRow(m_db, kEntity, item.id);
    if (!before)
        return before.status();
    const QString now = sql::nowStamp();
    // Only over the row as it was read: on PostgreSQL another desk may have
    // committed since (SQLite's BEGIN IMMEDIATE already keeps it out).
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE verification_item SET state = ?, method = ?, note = ?, "
                                           "verified_by = ?, verified_at = ?, row_version = row_version + 1 "
                                           "WHERE id = ? AND row_version = ?"),
                            {toCode(state), toCode(method), note, actor().officialId, now, item.id, item.rowVersion});
    if (!updated)
        return updated.status();
    if (updated.value().numRowsAffected() != 1)
        return StaleEdit::refusal(m_db, StaleEdit::Record::VerificationItem, item.id);
    auto after = auditjson::storedRow(m_db, kEntity, item.id);
    if (!after)
        return after.status();
    return AuditLog::append(m_db, actor(),
                            state == CheckState::Discrepancy ? QStringLiteral("discrepancy") : QStringLiteral("verify"),
                            kEntity, item.id, before.value(), after.value());
}

void VerificationRepository::announce(qint64 personId) const
{
    if (!m_notifier)
        return;
    const QList<qint64> batches =
        readIds(m_db, QStringLiteral("SELECT batch_id FROM batch_member WHERE person_id = ?"), personId);
    for (qint64 batch : batches)
        Q_EMIT m_notifier->personsChanged(batch);
}

Result<VerificationItem> VerificationRepository::storedForWrite(qint64 itemId, std::optional<qint64> readVersion) const
{
    auto stored = item(itemId);
    if (!stored) {
        // A form's item that is gone (its person or free item removed) is a stale copy too.
        if (!readVersion)
            return stored.error();
        auto exists =
            sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE id = ?"), {itemId});
        if (!exists || exists.value().toLongLong() != 0)
            return stored.error();
        return StaleEdit::refusal(m_db, StaleEdit::Record::VerificationItem, itemId);
    }
    if (readVersion && stored.value().rowVersion != *readVersion)
        return StaleEdit::refusal(m_db, StaleEdit::Record::VerificationItem, itemId);
    return stored;
}

Status VerificationRepository::confirm(const VerificationItem &read, CheckMethod method, const QString &note)
{
    return confirmItem(read.id, read.rowVersion, method, note);
}

Status VerificationRepository::confirm(qint64 itemId, CheckMethod method, const QString &note)
{
    return confirmItem(itemId, std::nullopt, method, note);
}

Status VerificationRepository::confirmItem(qint64 itemId, std::optional<qint64> readVersion, CheckMethod method,
                                           const QString &note)
{
    const QString notDone = tr("The detail was not confirmed; nothing was changed");
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::VerifyDetails); !allowed)
        return allowed.error();
    auto stored = storedForWrite(itemId, readVersion);
    if (!stored)
        return stored.status();
    const VerificationItem &v = stored.value();
    if (method == CheckMethod::BlindReentry)
        return Status::failure(tr("Blind re-entry is recorded only when the typed value matches; type the value "
                                  "again to confirm it that way"));
    if (!methodAllowedFor(v.item, method))
        return Status::failure(tr("The identity is confirmed in person, from a photo or from documents"));
    if (Status twoPersons = checkTwoPersonRule(v); !twoPersons)
        return twoPersons;
    if (v.state == CheckState::Confirmed)
        return Status::failure(tr("%1 was already confirmed by %2").arg(v.displayLabel(), v.verifiedByName));
    if (Status written = writeLocked(v, CheckState::Confirmed, method, text::clean(note)); !written)
        return written.error().stale ? written : Status::failure(notDone, written.text());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    announce(v.personId);
    return {};
}

Status VerificationRepository::markDiscrepancy(const VerificationItem &read, const QString &note)
{
    return markItem(read.id, read.rowVersion, note);
}

Status VerificationRepository::markDiscrepancy(qint64 itemId, const QString &note)
{
    return markItem(itemId, std::nullopt, note);
}

Status VerificationRepository::markItem(qint64 itemId, std::optional<qint64> readVersion, const QString &note)
{
    const QString notDone = tr("The discrepancy was not recorded; nothing was changed");
    const QString cleaned = text::clean(note);
    if (cleaned.isEmpty())
        return Status::failure(tr("Describe the discrepancy: what differs, and from which record"));
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::VerifyDetails); !allowed)
        return allowed.error();
    auto stored = storedForWrite(itemId, readVersion);
    if (!stored)
        return stored.status();
    const VerificationItem &v = stored.value();
    if (Status twoPersons = checkTwoPersonRule(v); !twoPersons)
        return twoPersons;
    if (Status written = writeLocked(v, CheckState::Discrepancy, CheckMethod::Compared, cleaned); !written)
        return written.error().stale ? written : Status::failure(notDone, written.text());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    announce(v.personId);
    return {};
}

Result<BlindComparison> VerificationRepository::verifyBlind(const VerificationItem &read, const QString &typed)
{
    return verifyItem(read.id, read.rowVersion, typed);
}

Result<BlindComparison> VerificationRepository::verifyBlind(qint64 itemId, const QString &typed)
{
    return verifyItem(itemId, std::nullopt, typed);
}

Result<BlindComparison> VerificationRepository::verifyItem(qint64 itemId, std::optional<qint64> readVersion,
                                                           const QString &typed)
{
    if (text::clean(typed).isEmpty())
        return Error{tr("Type the value to compare it")};
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::VerifyDetails); !allowed)
        return allowed.error();
    auto stored = storedForWrite(itemId, readVersion);
    if (!stored)
        return stored.error();
    const VerificationItem &v = stored.value();
    const auto kind = blindKindFor(v.item);
    if (!kind)
        return Error{tr("%1 is verified by comparing, not by typing it again").arg(v.displayLabel())};
    if (Status twoPersons = checkTwoPersonRule(v); !twoPersons)
        return twoPersons.error();
    if (v.state == CheckState::Confirmed)
        return Error{tr("%1 was already confirmed by %2").arg(v.displayLabel(), v.verifiedByName)};
    auto person = PersonRepository(m_db, nullptr).get(v.personId);
    if (!person)
        return person.error();
    const QString value = blindStoredValue(person.value(), v.item);
    if (value.isEmpty())
        return Error{
            tr("Nothing is stored for %1; verify it by comparing with the records").arg(detailInSentence(v.item))};
    BlindComparison comparison = compareBlind(value, typed, *kind);
    if (!comparison.equal)
        return comparison; // nothing written; the transaction rolls back
    if (Status written = writeLocked(v, CheckState::Confirmed, CheckMethod::BlindReentry, {}); !written)
        return written.error().stale ? written.error()
                                     : Error{tr("The detail was not confirmed; nothing was changed"), written.text()};
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    announce(v.personId);
    return comparison;
}

Result<qint64> VerificationRepository::addCustomItem(qint64 exchangeId, const QString &label)
{
    const QString cleaned = text::clean(label);
    if (cleaned.isEmpty())
        return Error{tr("Enter what is to be checked")};
    const auto failed = [](const Error &error) {
        return Error{tr("The checklist item was not added; nothing was changed"), error.text()};
    };
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    const Actor who = actor();
    if (auto allowed = requirePermission(m_db, who, Action::ManageExchanges); !allowed)
        return allowed.error();
    auto exists = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM exchange WHERE id = ?"), {exchangeId});
    if (!exists)
        return failed(exists.error());
    if (exists.value().toLongLong() == 0)
        return Error{tr("This exchange no longer exists")};
    const QString now = sql::nowStamp();
    auto inserted = sql::insertReturningId(m_db,
                                           QStringLiteral("INSERT INTO exchange_check_item (exchange_id, label, "
                                                          "created_by, created_at) VALUES (?, ?, ?, ?) RETURNING id"),
                                           {exchangeId, cleaned, who.officialId, now});
    if (!inserted)
        return failed(inserted.error());
    const qint64 id = inserted.value();
    // Everyone already listed in the exchange; later listings get the item
    // from the batch_member trigger. Whoever last wrote a person's details
    // counts as the changer for the two-person rule.
    auto items = sql::run(m_db,
                          QStringLiteral("INSERT INTO verification_item (person_id, item, label, changed_by, "
                                         "changed_at) SELECT p.id, ?, ?, p.updated_by, ? FROM person p "
                                         "WHERE p.id IN (SELECT m.person_id FROM batch_member m JOIN batch b ON "
                                         "b.id = m.batch_id WHERE b.exchange_id = ?) "
                                         // a confirmed batch is sealed: its persons keep the checklist they had
                                         "AND NOT EXISTS (SELECT 1 FROM batch_member lm JOIN batch lb ON "
                                         "lb.id = lm.batch_id WHERE lm.person_id = p.id "
                                         "AND lb.status IN ('confirmed', 'completed'))"),
                          {customItemCode(id), cleaned, now, exchangeId});
    if (!items)
        return failed(items.error());
    const int persons = items.value().numRowsAffected();
    auto after = auditjson::storedRow(m_db, QStringLiteral("exchange_check_item"), id);
    if (!after)
        return failed(after.error());
    QJsonObject record = after.value();
    record.insert(QStringLiteral("persons"), persons);
    if (Status audited = AuditLog::append(m_db, who, QStringLiteral("custom_item_add"),
                                          QStringLiteral("exchange_check_item"), id, {}, record);
        !audited)
        return failed(audited.error());
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (m_notifier) {
        const QList<qint64> batches =
            readIds(m_db, QStringLiteral("SELECT id FROM batch WHERE exchange_id = ?"), exchangeId);
        for (qint64 batch : batches)
            Q_EMIT m_notifier->personsChanged(batch);
    }
    return id;
}

Result<BatchVerificationProgress> VerificationRepository::progress(qint64 batchId) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral(
            "SELECT m.person_id, COUNT(v.id), "
            "COALESCE(SUM(CASE WHEN v.state = 'pending' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN v.state = 'discrepancy' THEN 1 ELSE 0 END), 0) "
            "FROM batch_member m JOIN batch b ON b.id = m.batch_id "
            "LEFT JOIN verification_item v ON v.person_id = m.person_id AND (v.item NOT LIKE 'custom:%' OR v.item IN "
            "(SELECT 'custom:' || c.id FROM exchange_check_item c WHERE c.exchange_id = b.exchange_id)) "
            "WHERE m.batch_id = ? AND m.status = 'listed' GROUP BY m.person_id"),
        {batchId});
    if (!query)
        return Error{tr("The verification progress could not be read"), query.error().detail};
    BatchVerificationProgress progress;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const int total = q.value(1).toInt();
        const int pending = q.value(2).toInt();
        const int discrepant = q.value(3).toInt();
        ++progress.persons;
        progress.itemsPending += pending;
        if (discrepant > 0)
            ++progress.withDiscrepancy;
        if (pending == total)
            ++progress.notStarted;
        else if (pending == 0 && discrepant == 0)
            ++progress.fullyVerified;
    }
    if (Status read = sql::readToEnd(q, tr("The verification progress could not be read")); !read)
        return read.error();
    return progress;
}

} // namespace homeward
