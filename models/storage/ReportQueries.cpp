#include "ReportQueries.h"

#include "Sql.h"

namespace homeward {

ReportQueries::ReportQueries(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<TransitionRecord>> ReportQueries::lastTransitionTo(qint64 batchId, BatchStatus status) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT t.official_id, o.full_name, t.at FROM batch_transition t "
                                         "LEFT JOIN official o ON o.id = t.official_id "
                                         "WHERE t.batch_id = ? AND t.to_status = ? ORDER BY t.id DESC LIMIT 1"),
                          {batchId, toCode(status)});
    if (!query)
        return Error{tr("The history of the batch could not be read"), query.error().detail};
    if (!query.value().next())
        return std::optional<TransitionRecord>();
    TransitionRecord record;
    record.officialId = query.value().value(0).toLongLong();
    record.officialName = query.value().value(1).toString();
    record.at = QDateTime::fromString(query.value().value(2).toString(), Qt::ISODateWithMs);
    record.at.setTimeSpec(Qt::UTC);
    return std::optional<TransitionRecord>(record);
}

Result<int> ReportQueries::withdrawnCount(qint64 batchId) const
{
    auto count =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ? AND status = ?"),
                    {batchId, toCode(MemberStatus::Withdrawn)});
    if (!count)
        return Error{tr("The list of the batch could not be read"), count.error().detail};
    return count.value().toInt();
}

} // namespace homeward
