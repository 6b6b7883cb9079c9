#include "UnlistedPersons.h"

#include "Sql.h"

namespace homeward::unlisted {
namespace {

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &statement, qint64 key)
{
    auto query = sql::run(db, statement, {key});
    if (!query)
        return query.error();
    QList<qint64> result;
    while (query.value().next())
        result << query.value().value(0).toLongLong();
    return result;
}

} // namespace

Result<QList<qint64>> candidatesInBatch(const QSqlDatabase &db, qint64 batchId)
{
    return ids(db, QStringLiteral("SELECT person_id FROM batch_member WHERE batch_id = ?"), batchId);
}

Result<QList<qint64>> candidatesInExchange(const QSqlDatabase &db, qint64 exchangeId)
{
    return ids(db,
               QStringLiteral("SELECT DISTINCT m.person_id FROM batch_member m "
                              "JOIN batch b ON b.id = m.batch_id WHERE b.exchange_id = ?"),
               exchangeId);
}

Result<int> deleteUnlisted(const QSqlDatabase &db, const QList<qint64> &personIds)
{
    int deleted = 0;
    for (qint64 id : personIds) {
        auto done = sql::run(db,
                             QStringLiteral("DELETE FROM person WHERE id = ? AND NOT EXISTS "
                                            "(SELECT 1 FROM batch_member m WHERE m.person_id = person.id)"),
                             {id});
        if (!done)
            return done.error();
        deleted += done.value().numRowsAffected();
    }
    return deleted;
}

} // namespace homeward::unlisted
