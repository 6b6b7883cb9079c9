#pragma once

#include "Result.h"

#include <QSqlQuery>

namespace homeward::sql {

// After `while (q.next())`: QSqlQuery::next() returns false after the last
// row and also when the driver failed part-way (an I/O error, a damaged
// page), so the rows read so far would pass as the whole result. Gives an
// Error{what, driver text} when the query stopped on an error, success when
// it reached its end. `what` is the caller's translated message saying what
// could not be read.
Status readToEnd(const QSqlQuery &query, const QString &what);

} // namespace homeward::sql
