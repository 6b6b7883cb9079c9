#include "UnlistedPersons.h"

#include "AuditJson.h"
#include "AuditLog.h"
#include "Sql.h"

#include <QHash>

namespace homeward::unlisted {
namespace {

const QString kSelectListings = QStringLiteral("SELECT p.*, m.batch_id, m.position FROM batch_member m "
                                               "JOIN person p ON p.id = m.person_id ");

Result<QList<Listing>> listings(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto rows = auditjson::storedRows(db, kSelectListings + where, values);
    if (!rows)
        return rows.error();
    QList<Listing> result;
    for (const QJsonObject &row : rows.value())
        result << Listing{row.value(QStringLiteral("id")).toInteger(),
                          row.value(QStringLiteral("batch_id")).toInteger(), row};
    return result;
}

} // namespace

Result<QList<Listing>> listingsInBatch(const QSqlDatabase &db, qint64 batchId)
{
    return listings(db, QStringLiteral("WHERE m.batch_id = ? ORDER BY m.position"), {batchId});
}

Result<QList<Listing>> listingsInExchange(const QSqlDatabase &db, qint64 exchangeId)
{
    return listings(db,
                    QStringLiteral("JOIN batch b ON b.id = m.batch_id WHERE b.exchange_id = ? "
                                   "ORDER BY b.sequence_no, m.position"),
                    {exchangeId});
}

Result<std::optional<Listing>> listing(const QSqlDatabase &db, qint64 batchId, qint64 personId)
{
    auto found = listings(db, QStringLiteral("WHERE m.batch_id = ? AND m.person_id = ?"), {batchId, personId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<Listing>();
    return std::optional<Listing>(found.value().constFirst());
}

Result<int> deleteUnlisted(const QSqlDatabase &db, const Actor &actor, const QList<Listing> &listings)
{
    // A person listed in several of these batches goes with the last listing.
    QHash<qint64, qsizetype> last;
    for (qsizetype i = 0; i < listings.size(); ++i)
        last.insert(listings.at(i).personId, i);

    int deleted = 0;
    for (qsizetype i = 0; i < listings.size(); ++i) {
        const Listing &listing = listings.at(i);
        bool gone = false;
        if (last.value(listing.personId) == i) {
            auto done = sql::run(db,
                                 QStringLiteral("DELETE FROM person WHERE id = ? AND NOT EXISTS "
                                                "(SELECT 1 FROM batch_member m WHERE m.person_id = person.id)"),
                                 {listing.personId});
            if (!done)
                return done.error();
            gone = done.value().numRowsAffected() == 1;
        }
        deleted += gone ? 1 : 0;
        const Status recorded = AuditLog::append(db, actor, gone ? QStringLiteral("delete") : QStringLiteral("unlist"),
                                                 QStringLiteral("person"), listing.personId, listing.record, {});
        if (!recorded)
            return recorded.error();
    }
    return deleted;
}

} // namespace homeward::unlisted
