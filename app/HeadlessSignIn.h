#pragma once

#include "storage/Result.h"

#include "domain/Official.h"

#include <QSqlDatabase>
#include <QString>

namespace homeward {

// Signs an official in for a headless subcommand that changes data:
// `--user NAME`, the password from the HOMEWARD_PASSWORD environment variable
// or, when it is unset and stdin is a terminal, a prompt on the terminal with
// echo off. Goes through Accounts::authenticate, so lock-out and the audit
// row of the login apply as in the window. The password is never printed.
Result<Actor> signInHeadless(const QSqlDatabase &db, const QString &username);

} // namespace homeward
