#pragma once

#include "Result.h"
#include "domain/Official.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace homeward::unlisted {

// Persons are entered for a batch. When their last listing goes (their
// batch or exchange is deleted, or they are taken off the list), the
// person record goes too, and the audit trail records each. Call inside the
// deleting write transaction: read the listings before they go, then
// delete the listings, then call deleteUnlisted().

// One person's listing in a batch with the person's stored details, as the
// audit trail keeps it (person columns plus batch_id and position).
struct Listing final {
    qint64 personId = 0;
    qint64 batchId = 0;
    QJsonObject record;
};

Result<QList<Listing>> listingsInBatch(const QSqlDatabase &db, qint64 batchId);       // by position
Result<QList<Listing>> listingsInExchange(const QSqlDatabase &db, qint64 exchangeId); // by batch, position
// Empty when the person is not listed in the batch.
Result<std::optional<Listing>> listing(const QSqlDatabase &db, qint64 batchId, qint64 personId);

// After the listings were deleted: deletes the persons no batch lists any
// more and appends one audit row per listing, "delete" for a person who
// went with it, "unlist" for one still listed elsewhere. Returns how many
// persons were deleted. Any failure leaves the caller to roll back.
Result<int> deleteUnlisted(const QSqlDatabase &db, const Actor &actor, const QList<Listing> &listings);

} // namespace homeward::unlisted
