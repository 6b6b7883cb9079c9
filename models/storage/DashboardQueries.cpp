#include "DashboardQueries.h"

#include "ReadCheck.h"
#include "Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace homeward {
namespace {

// One row per listed person of the exchange's batches with their checklist
// counts; an item counts when it is a standard one or a free item of the
// batch's own exchange (as VerificationRepository::progress() counts).
// Binds: the exchange id, twice. (The free items are those of the one
// exchange asked about: bound rather than correlated with the batch, so the
// list is made once, not once per item.)
QString personsOfExchange(bool withCancelled)
{
    return QStringLiteral(
               "SELECT m.batch_id, m.person_id, COUNT(v.id) AS total, "
               "COALESCE(SUM(CASE WHEN v.state = 'pending' THEN 1 ELSE 0 END), 0) AS pending, "
               "COALESCE(SUM(CASE WHEN v.state = 'discrepancy' THEN 1 ELSE 0 END), 0) AS discrepant, "
               "MAX(v.verified_at) AS last_verified "
               "FROM batch b JOIN batch_member m ON m.batch_id = b.id "
               "LEFT JOIN verification_item v ON v.person_id = m.person_id AND (v.item NOT LIKE 'custom:%' OR "
               "v.item IN (SELECT 'custom:' || c.id FROM exchange_check_item c WHERE c.exchange_id = ?)) "
               "WHERE b.exchange_id = ? AND m.status = 'listed' %1"
               "GROUP BY m.batch_id, m.person_id")
        .arg(withCancelled ? QString() : QStringLiteral("AND b.status <> 'cancelled' "));
}

} // namespace

DashboardQueries::DashboardQueries(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<DashboardBatchRow>> DashboardQueries::batches(qint64 exchangeId) const
{
    const QString failed = tr("The batches of the exchange could not be read");
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT b.id, b.sequence_no, b.direction, b.status, b.planned_date, "
                       "b.planned_servicemen + b.planned_civilians, COUNT(p.person_id), "
                       "COALESCE(SUM(CASE WHEN p.total > 0 AND p.pending = 0 AND p.discrepant = 0 THEN 1 ELSE 0 "
                       "END), 0), "
                       "COALESCE(SUM(CASE WHEN p.discrepant > 0 THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(p.discrepant), 0) "
                       "FROM batch b LEFT JOIN (%1) p ON p.batch_id = b.id "
                       "WHERE b.exchange_id = ? "
                       "GROUP BY b.id, b.sequence_no, b.direction, b.status, b.planned_date, b.planned_servicemen, "
                       "b.planned_civilians ORDER BY b.sequence_no")
            .arg(personsOfExchange(true)),
        {exchangeId, exchangeId, exchangeId});
    if (!query)
        return Error{failed, query.error().detail};
    QList<DashboardBatchRow> rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        DashboardBatchRow row;
        row.batchId = q.value(0).toLongLong();
        row.sequenceNo = q.value(1).toInt();
        const auto direction = directionFromCode(q.value(2).toString());
        const auto status = batchStatusFromCode(q.value(3).toString());
        if (!direction || !status)
            return Error{failed, tr("Batch %1 has an unknown direction or status: %2, %3")
                                     .arg(row.batchId)
                                     .arg(q.value(2).toString(), q.value(3).toString())};
        row.direction = *direction;
        row.status = *status;
        row.plannedDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        row.planned = q.value(5).toInt();
        row.entered = q.value(6).toInt();
        row.verified = q.value(7).toInt();
        row.withDiscrepancy = q.value(8).toInt();
        row.openDiscrepancies = q.value(9).toInt();
        rows << row;
    }
    if (Status read = sql::readToEnd(q, failed); !read)
        return read.error();
    return rows;
}

Result<DashboardComposition> DashboardQueries::composition(qint64 exchangeId) const
{
    const QString failed = tr("The persons of the exchange could not be counted");
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT p.category, p.sex, COUNT(*) "
                                         "FROM batch b JOIN batch_member m ON m.batch_id = b.id "
                                         "JOIN person p ON p.id = m.person_id "
                                         "WHERE b.exchange_id = ? AND m.status = 'listed' AND b.status <> 'cancelled' "
                                         "GROUP BY p.category, p.sex"),
                          {exchangeId});
    if (!query)
        return Error{failed, query.error().detail};
    DashboardComposition counts;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const auto category = categoryFromCode(q.value(0).toString());
        const auto sex = sexFromCode(q.value(1).toString());
        if (!category || !sex)
            return Error{failed,
                         tr("Unknown category or sex: %1, %2").arg(q.value(0).toString(), q.value(1).toString())};
        const int count = q.value(2).toInt();
        if (*category == Category::Serviceman)
            (*sex == Sex::Male ? counts.servicemenMen : counts.servicemenWomen) += count;
        else
            (*sex == Sex::Male ? counts.civiliansMen : counts.civiliansWomen) += count;
    }
    if (Status read = sql::readToEnd(q, failed); !read)
        return read.error();
    return counts;
}

Result<QList<VerifiedInMinute>> DashboardQueries::verifiedOverTime(qint64 exchangeId) const
{
    const QString failed = tr("The verification history of the exchange could not be read");
    // Stored stamps are UTC ISO 8601 ("2025-06-12T09:30:15.123Z"): the first
    // 16 characters are the minute, and they sort in time order.
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT substr(p.last_verified, 1, 16) AS minute, COUNT(*) FROM (%1) p "
                                         "WHERE p.total > 0 AND p.pending = 0 AND p.discrepant = 0 "
                                         "GROUP BY minute ORDER BY minute")
                              .arg(personsOfExchange(false)),
                          {exchangeId, exchangeId});
    if (!query)
        return Error{failed, query.error().detail};
    QList<VerifiedInMinute> minutes;
    QSqlQuery &q = query.value();
    while (q.next()) {
        VerifiedInMinute entry;
        entry.minute = QDateTime::fromString(q.value(0).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
        entry.minute.setTimeSpec(Qt::UTC);
        if (!entry.minute.isValid())
            return Error{failed, tr("A verification has an unreadable time: %1").arg(q.value(0).toString())};
        entry.persons = q.value(1).toInt();
        minutes << entry;
    }
    if (Status read = sql::readToEnd(q, failed); !read)
        return read.error();
    return minutes;
}

} // namespace homeward
