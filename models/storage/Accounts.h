#pragma once

#include "Result.h"
#include "domain/Official.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace homeward {

// Whether a new password must meet the password rules. Only the demo
// database's documented accounts (password "demo") are made without them.
enum class PasswordPolicy { Enforced, DemoAccountsOnly };

// The officials' accounts: creation, roles, disabling (never deletion: the
// audit trail keeps their names), passwords and login with lock-out. Every
// write runs in one transaction together with its audit row. Account
// management needs an active supervisor; the actor is looked up in the
// database each time, not taken on trust. No password or hash ever leaves
// this class (Official carries neither) or reaches the audit trail.
class Accounts final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Accounts)

public:
    static constexpr int kMinimumPasswordLength = 8;
    static constexpr int kMaximumPasswordLength = 1024;
    static constexpr int kMaximumUsernameLength = 64;
    static constexpr int kMaximumFullNameLength = 200;
    // Lock-out: from the kFailuresBeforeLock-th consecutive failure on, the
    // account is locked for kFirstLockSeconds, doubling with every further
    // failure, at most kMaximumLockSeconds.
    static constexpr int kFailuresBeforeLock = 5;
    static constexpr int kFirstLockSeconds = 30;
    static constexpr int kMaximumLockSeconds = 3600;

    explicit Accounts(QSqlDatabase db);

    Result<bool> hasAnyOfficial() const;
    Result<QList<Official>> list() const; // by user name
    Result<Official> get(qint64 id) const;

    // The first account of a new database, with the supervisor role only
    // (they add the other accounts, or other roles to their own). Refused
    // once any account exists. Audited with the new official as the actor.
    Result<Official> createFirstSupervisor(const QString &username, const QString &fullName, const QString &password,
                                           PasswordPolicy policy = PasswordPolicy::Enforced);
    // A new account; `actor` must be an active supervisor.
    Result<Official> create(const Actor &actor, const Official &official, const QString &password,
                            PasswordPolicy policy = PasswordPolicy::Enforced);
    // Changes the full name and roles (the user name stays: headless commands
    // and the officials know the account by it). Refused when no active
    // supervisor would be left, and when the account changed meanwhile
    // (`official.rowVersion`, when not 0, must match).
    Status update(const Actor &actor, const Official &official);
    // Disables or enables an account; never one's own.
    Status setActive(const Actor &actor, qint64 id, bool active);
    // Sets a new password chosen by a supervisor and lifts any lock-out.
    Status resetPassword(const Actor &actor, qint64 id, const QString &newPassword);
    Status changeOwnPassword(qint64 id, const QString &oldPassword, const QString &newPassword);

    // Checks a login. A wrong user name and a wrong password give the same
    // message; a locked account says until when. A password hashed with an
    // older cost is hashed again and stored.
    Result<Official> authenticate(const QString &username, const QString &password,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The end of the account's lock-out, when it is locked at `now`.
    std::optional<QDateTime> lockedUntil(const QString &username,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The rules for account fields and passwords; empty when fine.
    static QStringList problems(const Official &official);
    static QString passwordProblem(const QString &password, const QString &username);
    static QString passwordHint();
    // User names are compared trimmed and in lower case.
    static QString normalisedUsername(const QString &username);
    // Lock-out length after `failedAttempts` consecutive failures (0: no lock).
    static int lockSeconds(int failedAttempts);

    static Actor actorFor(const Official &official);
    static QString roleLabel(Role role);
    static QString rolesText(const Official &official); // "operator, verifier"

private:
    Result<Official> requireSupervisor(const Actor &actor) const;
    Result<Official> insert(const Actor &actor, const Official &official, const QString &password,
                            PasswordPolicy policy, bool first);
    Result<int> activeSupervisorsOtherThan(qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace homeward
