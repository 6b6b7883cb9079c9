#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace homeward::sql {

// Prepares `statement`, binds `values` positionally and executes it.
// Every failure comes back as an Error with the driver's text.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// Runs a statement that returns one row with one column and gives that value.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

// A bound NULL for an empty text or an invalid date; otherwise the value.
QVariant nullIfEmpty(const QString &text);
QVariant dateOrNull(const QDate &date);

// The current moment as stored in every created_at/updated_at column (UTC, ISO 8601, milliseconds).
QString nowStamp();

} // namespace homeward::sql
