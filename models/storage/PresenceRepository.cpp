#include "PresenceRepository.h"

#include "ChangeNotifier.h"
#include "Dialect.h"
#include "ReadCheck.h"
#include "Sql.h"
#include "WriteTransaction.h"

#include <QSet>
#include <QSysInfo>
#include <QUuid>

namespace homeward {
namespace {

QDateTime stamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

PresenceRepository::PresenceRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor)
    : m_db(std::move(db)), m_notifier(notifier), m_actor(actor),
      m_session(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_desk(QSysInfo::machineHostName())
{
    if (m_desk.isEmpty())
        m_desk = QStringLiteral("?");
}

Status PresenceRepository::open(qint64 batchId)
{
    if (!m_actor || !m_actor->isValid())
        return Status::failure(tr("Nobody is signed in: the batch cannot be marked as open"));
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    const QString now = Dialect::of(m_db).nowSql();
    // One row per session and batch; opening again (another official after a lock) takes it over.
    auto written =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO presence (session, desk, official_id, batch_id, since, seen_at) "
                                "VALUES (?, ?, ?, ?, %1, %1) ON CONFLICT (session, batch_id) DO UPDATE "
                                "SET desk = excluded.desk, official_id = excluded.official_id, "
                                "since = excluded.since, seen_at = excluded.seen_at")
                     .arg(now),
                 {m_session, m_desk.left(255), m_actor->officialId, batchId});
    if (!written)
        return Error{tr("The batch could not be marked as open at this desk"), written.error().detail};
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->presenceChanged(batchId);
    return {};
}

Status PresenceRepository::heartbeat()
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    auto written = sql::run(
        m_db, QStringLiteral("UPDATE presence SET seen_at = %1 WHERE session = ?").arg(Dialect::of(m_db).nowSql()),
        {m_session});
    if (!written)
        return Error{tr("This desk could not tell the others it is still working"), written.error().detail};
    return transaction.commit();
}

Status PresenceRepository::close(qint64 batchId)
{
    return batchId == 0 ? Status() : remove(batchId);
}

Status PresenceRepository::closeAll()
{
    return remove(0);
}

Status PresenceRepository::remove(qint64 batchId)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    const QString failed = tr("The batch could not be marked as closed at this desk");
    QList<qint64> batches;
    {
        auto rows =
            batchId == 0
                ? sql::run(m_db, QStringLiteral("SELECT batch_id FROM presence WHERE session = ?"), {m_session})
                : sql::run(m_db, QStringLiteral("SELECT batch_id FROM presence WHERE session = ? AND batch_id = ?"),
                           {m_session, batchId});
        if (!rows)
            return Error{failed, rows.error().detail};
        QSqlQuery &q = rows.value();
        while (q.next())
            batches << q.value(0).toLongLong();
        if (Status read = sql::readToEnd(q, failed); !read)
            return read;
    }
    if (batches.isEmpty())
        return {};
    auto removed = batchId == 0
                       ? sql::run(m_db, QStringLiteral("DELETE FROM presence WHERE session = ?"), {m_session})
                       : sql::run(m_db, QStringLiteral("DELETE FROM presence WHERE session = ? AND batch_id = ?"),
                                  {m_session, batchId});
    if (!removed)
        return Error{failed, removed.error().detail};
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier) {
        for (qint64 batch : batches)
            Q_EMIT m_notifier->presenceChanged(batch);
    }
    return {};
}

Result<QList<BatchPresence>> PresenceRepository::onExchange(qint64 exchangeId) const
{
    return read(QStringLiteral("b.exchange_id = ?"), exchangeId);
}

Result<QList<BatchPresence>> PresenceRepository::onBatch(qint64 batchId) const
{
    return read(QStringLiteral("p.batch_id = ?"), batchId);
}

Result<QList<BatchPresence>> PresenceRepository::read(const QString &where, qint64 id) const
{
    const QString failed = tr("Who is working on the batches could not be read");
    // The cut-off from the database's own clock, in the text form the rows hold (compared as text).
    auto now = sql::scalar(m_db, QStringLiteral("SELECT %1").arg(Dialect::of(m_db).nowSql()));
    if (!now)
        return Error{failed, now.error().detail};
    const QDateTime dbNow = stamp(now.value());
    if (!dbNow.isValid())
        return Error{failed, QStringLiteral("unexpected time from the database: %1").arg(now.value().toString())};
    const QString cutoff = dbNow.addSecs(-kStaleAfterSeconds).toString(Qt::ISODateWithMs);
    auto rows =
        sql::run(m_db,
                 QStringLiteral("SELECT p.batch_id, b.sequence_no, p.official_id, o.full_name, p.desk, p.since, "
                                "p.seen_at, p.session FROM presence p JOIN batch b ON b.id = p.batch_id "
                                "JOIN official o ON o.id = p.official_id WHERE %1 AND p.seen_at >= ? "
                                "ORDER BY b.sequence_no, p.batch_id, o.full_name, p.desk, p.id")
                     .arg(where),
                 {id, cutoff});
    if (!rows)
        return Error{failed, rows.error().detail};
    QSqlQuery &q = rows.value();
    QList<BatchPresence> result;
    while (q.next()) {
        BatchPresence p;
        p.batchId = q.value(0).toLongLong();
        p.batchSequenceNo = q.value(1).toInt();
        p.officialId = q.value(2).toLongLong();
        p.officialName = q.value(3).toString();
        p.desk = q.value(4).toString();
        p.since = stamp(q.value(5));
        p.seenAt = stamp(q.value(6));
        p.ownDesk = q.value(7).toString() == m_session;
        result << p;
    }
    if (Status read = sql::readToEnd(q, failed); !read)
        return read;
    return result;
}

} // namespace homeward
