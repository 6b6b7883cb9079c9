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

// Runs an INSERT that ends in "RETURNING id" and gives the new row's id, read from the
// returned row (never lastInsertId(): on PostgreSQL that is the session's last sequence value,
// which a trigger that inserts elsewhere has already moved). The query is finished before
// returning, so the next statement of the transaction does not meet it still open.
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &statement,
                                 std::initializer_list<QVariant> values = {});
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// The id from the row an already executed "INSERT ... RETURNING id" gives, for a prepared query
// executed again and again; finishes the query (SQLite has the row only after next()).
Result<qint64> returnedId(QSqlQuery &query);

// Executes a statement without preparing it (QSqlQuery::exec(QString)). Only for text we wrote
// ourselves, never with user values: PostgreSQL cannot PREPARE DDL, SET or LOCK, and QPSQL
// prepares every statement sql::run sends.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement);

// On PostgreSQL a statement that failed inside a transaction leaves the transaction aborted,
// and the driver's freeing of the statement's prepared copy (DEALLOCATE) would fail there
// too ("Unable to free statement") and leave the copy on the session. run() and exec() keep
// a failed query of a PostgreSQL connection instead; releaseFailed() lets them go once the
// transaction has ended (WriteTransaction), before the connection closes (Database) or is
// opened again (ServerConnection). Nothing is kept for SQLite.
void releaseFailed(const QSqlDatabase &db);
// How many failed queries are kept for `db` (tests).
int failedKept(const QSqlDatabase &db);

// Runs a statement that returns one row with one column and gives that value.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

// A bound NULL for an empty text or an invalid date; otherwise the value.
QVariant nullIfEmpty(const QString &text);
QVariant dateOrNull(const QDate &date);

// The current moment as stored in every created_at/updated_at column (UTC, ISO 8601, milliseconds).
QString nowStamp();

} // namespace homeward::sql
