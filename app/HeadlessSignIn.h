#pragma once

#include "storage/Result.h"

#include "domain/Official.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace homeward {

// Signs an official in for a headless subcommand that changes data:
// `--user NAME`, the password from the HOMEWARD_PASSWORD environment variable
// or, when it is unset and stdin is a terminal, a prompt on the terminal with
// echo off. Goes through Accounts::authenticate, so lock-out and the audit
// row of the login apply as in the window. The password is never printed.
Result<Actor> signInHeadless(const QSqlDatabase &db, const QString &username);

// True when stdin is a terminal someone can type a password on.
bool canPrompt();
// Shows `prompt` on stderr and reads one line from the terminal with echo off;
// the echo comes back whatever happens. nullopt when the terminal could not be
// set up or was closed.
std::optional<QString> promptOnTerminal(const QString &prompt);

} // namespace homeward
