#include "ReadCheck.h"

#include <QSqlError>

namespace homeward::sql {

Status readToEnd(const QSqlQuery &query, const QString &what)
{
    if (query.lastError().isValid())
        return Error{what, query.lastError().text()};
    return {};
}

} // namespace homeward::sql
