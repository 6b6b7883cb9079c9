#include "ExchangeRepository.h"

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

const QString kColumns = QStringLiteral("id, row_version, title, agreement_ref, place, intermediary, "
                                        "agreed_servicemen, agreed_civilians, agreed_on, status, notes");

Exchange fromQuery(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    Exchange e;
    e.id = q.value(r.indexOf(QStringLiteral("id"))).toLongLong();
    e.rowVersion = q.value(r.indexOf(QStringLiteral("row_version"))).toLongLong();
    e.title = q.value(r.indexOf(QStringLiteral("title"))).toString();
    e.agreementRef = q.value(r.indexOf(QStringLiteral("agreement_ref"))).toString();
    e.place = q.value(r.indexOf(QStringLiteral("place"))).toString();
    e.intermediary = q.value(r.indexOf(QStringLiteral("intermediary"))).toString();
    e.agreedServicemen = q.value(r.indexOf(QStringLiteral("agreed_servicemen"))).toInt();
    e.agreedCivilians = q.value(r.indexOf(QStringLiteral("agreed_civilians"))).toInt();
    e.agreedOn = QDate::fromString(q.value(r.indexOf(QStringLiteral("agreed_on"))).toString(), Qt::ISODate);
    e.status = exchangeStatusFromCode(q.value(r.indexOf(QStringLiteral("status"))).toString())
                   .value_or(ExchangeStatus::Planned);
    e.notes = q.value(r.indexOf(QStringLiteral("notes"))).toString();
    return e;
}

QVariantList fields(const Exchange &e)
{
    return {e.title, e.agreementRef, e.place, e.intermediary, e.agreedServicemen, e.agreedCivilians,
            sql::dateOrNull(e.agreedOn), toCode(e.status), e.notes};
}

const QString kEntity = QStringLiteral("exchange");

} // namespace

ExchangeRepository::ExchangeRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor)
    : m_db(std::move(db)), m_notifier(notifier), m_actor(actor)
{
}

Result<qint64> ExchangeRepository::create(const Exchange &exchange)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::ManageExchanges); !allowed)
        return allowed.error();
    const QString now = sql::nowStamp();
    QVariantList values = fields(exchange);
    values << now << now;
    auto inserted = sql::insertReturningId(m_db,
                                           QStringLiteral("INSERT INTO exchange (title, agreement_ref, place, "
                                                          "intermediary, agreed_servicemen, agreed_civilians, "
                                                          "agreed_on, status, notes, created_at, updated_at) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                           values);
    if (!inserted)
        return Error{tr("The exchange was not saved"), inserted.error().detail};
    const qint64 id = inserted.value();
    auto after = auditjson::storedRow(m_db, kEntity, id);
    if (!after)
        return Error{tr("The exchange was not saved"), after.error().detail};
    if (Status recorded = AuditLog::append(m_db, actor(), QStringLiteral("create"), kEntity, id, {}, after.value());
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->exchangesChanged();
    return id;
}

Status ExchangeRepository::update(const Exchange &exchange)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::ManageExchanges); !allowed)
        return allowed.error();
    auto before = auditjson::storedRow(m_db, kEntity, exchange.id);
    if (!before)
        return Status::failure(tr("The exchange was not saved"), before.error().detail);
    if (before.value().isEmpty())
        return StaleEdit::refusal(m_db, StaleEdit::Record::Exchange, exchange.id);
    QVariantList values = fields(exchange);
    values << sql::nowStamp() << exchange.id << exchange.rowVersion;
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE exchange SET title = ?, agreement_ref = ?, place = ?, "
                                           "intermediary = ?, agreed_servicemen = ?, agreed_civilians = ?, "
                                           "agreed_on = ?, status = ?, notes = ?, row_version = row_version + 1, "
                                           "updated_at = ? WHERE id = ? AND row_version = ?"),
                            values);
    if (!updated)
        return Status::failure(tr("The exchange was not saved"), updated.error().detail);
    if (updated.value().numRowsAffected() != 1)
        return StaleEdit::refusal(m_db, StaleEdit::Record::Exchange, exchange.id);
    auto after = auditjson::storedRow(m_db, kEntity, exchange.id);
    if (!after)
        return Status::failure(tr("The exchange was not saved"), after.error().detail);
    if (Status recorded = AuditLog::append(m_db, actor(), QStringLiteral("update"), kEntity, exchange.id,
                                           before.value(), after.value());
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->exchangesChanged();
    return {};
}

Result<Exchange> ExchangeRepository::get(qint64 id) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT %1 FROM exchange WHERE id = ?").arg(kColumns), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{tr("No exchange with number %1").arg(id)};
    return fromQuery(query.value());
}

Result<QList<Exchange>> ExchangeRepository::list() const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT %1 FROM exchange ORDER BY id").arg(kColumns));
    if (!query)
        return query.error();
    QList<Exchange> exchanges;
    while (query.value().next())
        exchanges << fromQuery(query.value());
    if (Status read = sql::readToEnd(query.value(), tr("The exchanges could not be read")); !read)
        return read.error();
    return exchanges;
}

Status ExchangeRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::ManageExchanges); !allowed)
        return allowed.error();
    const auto failed = [](const Error &error) {
        return Status::failure(tr("The exchange was not deleted; nothing was changed"),
                               error.detail.isEmpty() ? error.message : error.detail);
    };
    // Everything that goes is read first, for the audit trail.
    auto before = auditjson::storedRow(m_db, kEntity, id);
    if (!before)
        return failed(before.error());
    if (before.value().isEmpty())
        return Status::failure(tr("The exchange no longer exists; it may have been deleted"));
    auto batches = auditjson::storedRows(
        m_db, QStringLiteral("SELECT * FROM batch WHERE exchange_id = ? ORDER BY sequence_no"), {id});
    if (!batches)
        return failed(batches.error());
    auto listings = unlisted::listingsInExchange(m_db, id);
    if (!listings)
        return failed(listings.error());

    // The batches' lists go with them (ON DELETE CASCADE).
    if (auto done = sql::run(m_db, QStringLiteral("DELETE FROM batch WHERE exchange_id = ?"), {id}); !done)
        return failed(done.error());
    if (auto done = unlisted::deleteUnlisted(m_db, actor(), listings.value()); !done)
        return failed(done.error());
    for (const QJsonObject &batch : batches.value()) {
        const qint64 batchId = batch.value(QStringLiteral("id")).toInteger();
        if (Status recorded =
                AuditLog::append(m_db, actor(), QStringLiteral("delete"), QStringLiteral("batch"), batchId, batch, {});
            !recorded)
            return recorded;
    }
    auto done = sql::run(m_db, QStringLiteral("DELETE FROM exchange WHERE id = ?"), {id});
    if (!done)
        return failed(done.error());
    if (done.value().numRowsAffected() != 1)
        return Status::failure(tr("The exchange no longer exists; it may have been deleted"));
    if (Status recorded = AuditLog::append(m_db, actor(), QStringLiteral("delete"), kEntity, id, before.value(), {});
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->exchangesChanged();
    return {};
}

} // namespace homeward
