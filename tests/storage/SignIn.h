#pragma once

// Officials for tests, from any test folder (#include "storage/SignIn.h"):
// accounts stored straight into a database and a Store signed in as one of
// them. Every write of the repositories needs a signed-in official whose
// roles allow it (domain/Permissions.h), so every test that writes signs in.
//
// Accounts are inserted as Accounts::create stores them, with two
// differences made for speed and for tests that count or number audit rows:
// no "account_create" audit row, and one password hash shared by all of
// them (a real Argon2id hash of testPassword(), made once per test program:
// hashing costs about 0.1 s and libsodium has no cheaper setting that
// PasswordHasher would accept). They can log in with testPassword().
// Tests of account management itself go through Accounts.

#include "domain/Official.h"
#include "storage/Accounts.h"
#include "storage/PasswordHasher.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QSqlDatabase>
#include <QString>

namespace homeward::testing {

// Sets of roles, as bits of Role (whose values are 1, 2 and 4).
using Roles = int;
inline constexpr Roles kNoRole = 0;
inline constexpr Roles kOperator = int(Role::Operator);
inline constexpr Roles kVerifier = int(Role::Verifier);
inline constexpr Roles kSupervisor = int(Role::Supervisor);
inline constexpr Roles kAllRoles = kOperator | kVerifier | kSupervisor;

inline QString testPassword()
{
    return QStringLiteral("test-password-9");
}

inline QString testPasswordHash()
{
    static const QString hash = [] {
        auto made = PasswordHasher::hash(testPassword());
        if (!made)
            qFatal("the test password could not be hashed: %s", qPrintable(made.text()));
        return made.value();
    }();
    return hash;
}

// Stores an account with `roles` (an account with no role at all is refused
// by the database rules of Accounts but not by the table; tests use it for
// "no role"). `fullName` defaults to "Official <username>".
inline Result<Official> addOfficial(const QSqlDatabase &db, const QString &username, Roles roles,
                                    bool active = true, const QString &fullName = {})
{
    const QString now = sql::nowStamp();
    auto inserted = sql::insertReturningId(
        db,
        QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, "
                       "is_supervisor, password_hash, active, failed_attempts, row_version, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?) RETURNING id"),
        {username, fullName.isEmpty() ? QStringLiteral("Official %1").arg(username) : fullName,
         int((roles & kOperator) != 0), int((roles & kVerifier) != 0), int((roles & kSupervisor) != 0),
         testPasswordHash(), int(active), now, now});
    if (!inserted)
        return inserted.error();
    return Accounts(db).get(inserted.value());
}

// The store writes on behalf of `official` from now on.
inline Actor signIn(Store &store, const Official &official)
{
    const Actor actor = Accounts::actorFor(official);
    store.setActor(actor);
    return actor;
}

// No one signed in: every write is refused.
inline void signOut(Store &store)
{
    store.setActor(Actor{});
}

// Creates an account with `roles` and signs the store in as it. Tests about
// something other than roles use the default: one official holding all three.
inline Result<Official> signInAs(Store &store, const QString &username = QStringLiteral("official"),
                                 Roles roles = kAllRoles, const QString &fullName = {})
{
    auto official = addOfficial(store.connection(), username, roles, true, fullName);
    if (official)
        signIn(store, official.value());
    return official;
}

} // namespace homeward::testing
