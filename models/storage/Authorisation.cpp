#include "Authorisation.h"

#include "Sql.h"

#include <QCoreApplication>

namespace homeward {

Result<Official> requirePermission(const QSqlDatabase &db, const Actor &actor, Action action)
{
    if (!actor.isValid())
        return Error{QCoreApplication::translate("homeward::Authorisation", "Log in to %1").arg(actionLabel(action))};
    auto query = sql::run(db,
                          QStringLiteral("SELECT username, full_name, is_operator, is_verifier, is_supervisor, active "
                                         "FROM official WHERE id = ?"),
                          {actor.officialId});
    if (!query)
        return Error{QCoreApplication::translate("homeward::Authorisation", "The account could not be read"), query.error().detail};
    if (!query.value().next())
        return Error{QCoreApplication::translate("homeward::Authorisation", "The account of %1 does not exist in this database")
                         .arg(actor.username)};
    Official official;
    official.id = actor.officialId;
    official.username = query.value().value(0).toString();
    official.fullName = query.value().value(1).toString();
    official.isOperator = query.value().value(2).toBool();
    official.isVerifier = query.value().value(3).toBool();
    official.isSupervisor = query.value().value(4).toBool();
    official.active = query.value().value(5).toBool();
    if (!official.active)
        return Error{QCoreApplication::translate("homeward::Authorisation", "The account of %1 is disabled").arg(official.username)};
    if (!mayTake(official, action))
        return Error{QCoreApplication::translate("homeward::Authorisation", "%1 (%2) may not %3: ask an official with that role")
                         .arg(official.fullName, official.username, actionLabel(action))};
    return official;
}

} // namespace homeward
