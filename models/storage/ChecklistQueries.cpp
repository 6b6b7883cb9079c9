#include "ChecklistQueries.h"

#include "ReadCheck.h"
#include "Sql.h"

#include <QSqlQuery>

namespace homeward {

ChecklistQueries::ChecklistQueries(QSqlDatabase db) : m_db(std::move(db)) {}

Result<int> ChecklistQueries::listedCount(qint64 batchId) const
{
    auto count = sql::scalar(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ? AND status = "
                                            "'listed'"),
                             {batchId});
    if (!count)
        return Error{tr("The persons of the batch could not be counted"), count.error().detail};
    return count.value().toInt();
}

Result<QList<PersonChecklistSummary>> ChecklistQueries::summaries(qint64 batchId, qint64 officialId,
                                                                   int afterPosition, int limit) const
{
    // The page of the list is chosen first (index range scan, LIMIT), then
    // only its persons' items are counted.
    auto query = sql::run(
        m_db,
        QStringLiteral(
            "SELECT m.position, p.id, p.surname, p.given_name, p.patronymic, COUNT(v.id), "
            "COALESCE(SUM(CASE WHEN v.state = 'confirmed' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN v.state = 'discrepancy' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN v.state = 'pending' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN v.state = 'pending' AND (v.changed_by IS NULL OR v.changed_by <> ?) "
            "THEN 1 ELSE 0 END), 0) "
            "FROM (SELECT person_id, position FROM batch_member WHERE batch_id = ? AND status = 'listed' "
            "AND position > ? ORDER BY position LIMIT ?) m "
            "JOIN person p ON p.id = m.person_id "
            "JOIN batch b ON b.id = ? "
            "LEFT JOIN verification_item v ON v.person_id = m.person_id AND (v.item NOT LIKE 'custom:%' OR v.item IN "
            "(SELECT 'custom:' || c.id FROM exchange_check_item c WHERE c.exchange_id = b.exchange_id)) "
            "GROUP BY m.position, p.id, p.surname, p.given_name, p.patronymic ORDER BY m.position"),
        {officialId, batchId, afterPosition, limit, batchId});
    if (!query)
        return Error{tr("The verification checklist of the batch could not be read"), query.error().detail};
    QList<PersonChecklistSummary> page;
    QSqlQuery &q = query.value();
    while (q.next()) {
        PersonChecklistSummary s;
        s.position = q.value(0).toInt();
        s.personId = q.value(1).toLongLong();
        s.surname = q.value(2).toString();
        s.givenName = q.value(3).toString();
        s.patronymic = q.value(4).toString();
        s.total = q.value(5).toInt();
        s.confirmed = q.value(6).toInt();
        s.discrepancies = q.value(7).toInt();
        s.pending = q.value(8).toInt();
        s.waitingForMe = q.value(9).toInt();
        page << s;
    }
    // A page cut short would end the checklist early and hide the persons after it.
    if (Status read = sql::readToEnd(q, tr("The verification checklist of the batch could not be read")); !read)
        return read.error();
    return page;
}

} // namespace homeward
