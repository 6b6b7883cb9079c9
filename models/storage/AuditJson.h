#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace homeward::auditjson {

// Stored records as the JSON objects the audit trail keeps as before/after.
// The keys are the database column names and the values what the row holds,
// read inside the writing transaction: the trail records what was stored,
// not what a form meant to store.

// A column value as JSON: NULL as null, integers as numbers, text as text.
QJsonValue fromSql(const QVariant &value);

// Every column of every row a SELECT returns (statement and names ours, values bound).
Result<QList<QJsonObject>> storedRows(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// Every column of one row of `table` (one of ours, never user input); an
// empty object when there is no such row.
Result<QJsonObject> storedRow(const QSqlDatabase &db, const QString &table, qint64 id);

// (A person's listing, details with batch_id and position: unlisted::listing.)

} // namespace homeward::auditjson
