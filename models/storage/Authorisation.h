#pragma once

#include "Result.h"

#include "domain/Official.h"
#include "domain/Permissions.h"

#include <QSqlDatabase>

namespace homeward {

// The check every write makes before it changes anything: the actor must be
// a signed-in official whose account, read from the database now (the Actor
// struct is not trusted for roles), is active and may take `action`.
// A write without an official is refused: only migrations and the creation
// of the first supervisor run without one, and they do not come here.
// On success returns the official as stored.
Result<Official> requirePermission(const QSqlDatabase &db, const Actor &actor, Action action);

} // namespace homeward
