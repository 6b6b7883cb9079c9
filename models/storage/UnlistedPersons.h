#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>

namespace homeward::unlisted {

// Persons are entered for a batch. When their last listing goes (their
// batch or exchange is deleted, or they are taken off the list), the
// person record goes too. Call inside the deleting write transaction:
// take the candidates before the listings go, delete after.
Result<QList<qint64>> candidatesInBatch(const QSqlDatabase &db, qint64 batchId);
Result<QList<qint64>> candidatesInExchange(const QSqlDatabase &db, qint64 exchangeId);
// Deletes those of `personIds` that no batch lists any more; returns how many.
Result<int> deleteUnlisted(const QSqlDatabase &db, const QList<qint64> &personIds);

} // namespace homeward::unlisted
