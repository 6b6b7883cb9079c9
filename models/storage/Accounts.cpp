#include "Accounts.h"

#include "AuditLog.h"
#include "PasswordHasher.h"
#include "ReadCheck.h"
#include "Sql.h"
#include "StaleEdit.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QLocale>
#include <QSqlRecord>

#include <algorithm>

namespace homeward {
namespace {

const QString kEntity = QStringLiteral("official");
const QString kColumns = QStringLiteral("id, row_version, username, full_name, is_operator, is_verifier, "
                                        "is_supervisor, active, failed_attempts, locked_until");

QDateTime fromStamp(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QVariant toStamp(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

Official fromQuery(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    const auto value = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))); };
    Official o;
    o.id = value("id").toLongLong();
    o.rowVersion = value("row_version").toLongLong();
    o.username = value("username").toString();
    o.fullName = value("full_name").toString();
    o.isOperator = value("is_operator").toInt() != 0;
    o.isVerifier = value("is_verifier").toInt() != 0;
    o.isSupervisor = value("is_supervisor").toInt() != 0;
    o.active = value("active").toInt() != 0;
    o.failedAttempts = value("failed_attempts").toInt();
    o.lockedUntil = fromStamp(value("locked_until"));
    return o;
}

// What the audit trail keeps of an account: never a password or its hash.
QJsonObject auditJson(const Official &o)
{
    return QJsonObject{{QStringLiteral("username"), o.username},          {QStringLiteral("full_name"), o.fullName},
                       {QStringLiteral("is_operator"), o.isOperator},     {QStringLiteral("is_verifier"), o.isVerifier},
                       {QStringLiteral("is_supervisor"), o.isSupervisor}, {QStringLiteral("active"), o.active}};
}

QJsonObject lockJson(int failedAttempts, const QDateTime &lockedUntil)
{
    return QJsonObject{{QStringLiteral("failed_attempts"), failedAttempts},
                       {QStringLiteral("locked_until"), lockedUntil.isValid()
                                                            ? QJsonValue(lockedUntil.toString(Qt::ISODateWithMs))
                                                            : QJsonValue(QJsonValue::Null)}};
}

Official trimmed(Official o)
{
    o.username = Accounts::normalisedUsername(o.username);
    o.fullName = o.fullName.simplified();
    return o;
}

// A hash of a random password, checked against when the user name is
// unknown, so a wrong name costs the same time as a wrong password.
const QString &decoyHash()
{
    static const QString hash = [] {
        auto made = PasswordHasher::hash(QStringLiteral("decoy-%1").arg(QDateTime::currentMSecsSinceEpoch()));
        return made ? made.value() : QString();
    }();
    return hash;
}

} // namespace

Accounts::Accounts(QSqlDatabase db) : m_db(std::move(db)) {}

// ---- rules ----------------------------------------------------------------

QString Accounts::normalisedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

QStringList Accounts::problems(const Official &official)
{
    const Official o = trimmed(official);
    QStringList problems;
    if (o.username.isEmpty())
        problems << tr("Enter a user name");
    else if (o.username.size() > kMaximumUsernameLength)
        problems << tr("The user name is longer than %1 characters").arg(kMaximumUsernameLength);
    else if (!std::all_of(o.username.cbegin(), o.username.cend(), [](QChar c) {
                 return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
             }))
        problems << tr("A user name may hold letters, digits, “.”, “_” and “-” only (no spaces)");
    if (o.fullName.isEmpty())
        problems << tr("Enter the official's full name");
    else if (o.fullName.size() > kMaximumFullNameLength)
        problems << tr("The full name is longer than %1 characters").arg(kMaximumFullNameLength);
    if (!o.isOperator && !o.isVerifier && !o.isSupervisor)
        problems << tr("Give the account at least one role");
    return problems;
}

QString Accounts::passwordProblem(const QString &password, const QString &username)
{
    const auto length = password.toUcs4().size();
    if (length < kMinimumPasswordLength)
        return tr("The password must have at least %1 characters").arg(kMinimumPasswordLength);
    if (length > kMaximumPasswordLength)
        return tr("The password must have at most %1 characters").arg(kMaximumPasswordLength);
    if (!username.trimmed().isEmpty() && normalisedUsername(password) == normalisedUsername(username))
        return tr("The password must not be the user name");
    return {};
}

QString Accounts::passwordHint()
{
    return tr("At least %1 characters, not the user name. A phrase of several words is easy to remember and "
              "hard to guess.")
        .arg(kMinimumPasswordLength);
}

int Accounts::lockSeconds(int failedAttempts)
{
    if (failedAttempts < kFailuresBeforeLock)
        return 0;
    const int doublings = failedAttempts - kFailuresBeforeLock;
    // 30 s · 2^7 already passes the cap; stop shifting before it overflows.
    if (doublings >= 16)
        return kMaximumLockSeconds;
    return std::min(kMaximumLockSeconds, kFirstLockSeconds << doublings);
}

Actor Accounts::actorFor(const Official &official)
{
    return Actor{official.id, official.username, official.fullName};
}

QString Accounts::roleLabel(Role role)
{
    switch (role) {
    case Role::Operator:
        return tr("operator");
    case Role::Verifier:
        return tr("verifier");
    case Role::Supervisor:
        return tr("supervisor");
    }
    return {};
}

QString Accounts::rolesText(const Official &official)
{
    QStringList roles;
    for (Role role : {Role::Operator, Role::Verifier, Role::Supervisor})
        if (official.hasRole(role))
            roles << roleLabel(role);
    return roles.join(QStringLiteral(", "));
}

// ---- reading --------------------------------------------------------------

Result<bool> Accounts::hasAnyOfficial() const
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM official"));
    if (!count)
        return Error{tr("The accounts could not be read"), count.error().detail};
    return count.value().toLongLong() > 0;
}

Result<QList<Official>> Accounts::list() const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT %1 FROM official ORDER BY username").arg(kColumns));
    if (!query)
        return Error{tr("The accounts could not be read"), query.error().detail};
    QList<Official> officials;
    while (query.value().next())
        officials << fromQuery(query.value());
    if (Status read = sql::readToEnd(query.value(), tr("The accounts could not be read")); !read)
        return read.error();
    return officials;
}

Result<Official> Accounts::get(qint64 id) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT %1 FROM official WHERE id = ?").arg(kColumns), {id});
    if (!query)
        return Error{tr("The account could not be read"), query.error().detail};
    if (!query.value().next())
        return Error{tr("No account with number %1").arg(id)};
    return fromQuery(query.value());
}

Result<int> Accounts::activeSupervisorsOtherThan(qint64 id) const
{
    auto count = sql::scalar(
        m_db, QStringLiteral("SELECT COUNT(*) FROM official WHERE is_supervisor = 1 AND active = 1 AND id <> ?"), {id});
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<Official> Accounts::requireSupervisor(const Actor &actor) const
{
    if (!actor.isValid())
        return Error{tr("Log in as a supervisor to manage accounts")};
    auto official = get(actor.officialId);
    if (!official)
        return Error{tr("Log in as a supervisor to manage accounts"), official.error().text()};
    if (!official.value().active)
        return Error{tr("Your account is disabled; it cannot manage accounts")};
    if (!official.value().isSupervisor)
        return Error{tr("Only a supervisor can create, change, disable or reset accounts")};
    return official;
}

// ---- creating -------------------------------------------------------------

Result<Official> Accounts::createFirstSupervisor(const QString &username, const QString &fullName,
                                                 const QString &password, PasswordPolicy policy)
{
    Official official;
    official.username = username;
    official.fullName = fullName;
    official.isSupervisor = true;
    return insert(Actor{}, official, password, policy, true);
}

Result<Official> Accounts::create(const Actor &actor, const Official &official, const QString &password,
                                  PasswordPolicy policy)
{
    return insert(actor, official, password, policy, false);
}

Result<Official> Accounts::insert(const Actor &actor, const Official &official, const QString &password,
                                  PasswordPolicy policy, bool first)
{
    Official o = trimmed(official);
    o.id = 0;
    o.rowVersion = 1;
    o.active = true;
    o.failedAttempts = 0;
    o.lockedUntil = {};
    if (const QStringList found = problems(o); !found.isEmpty())
        return Error{tr("The account was not created"), found.join(QStringLiteral("; "))};
    if (policy == PasswordPolicy::Enforced) {
        if (const QString problem = passwordProblem(password, o.username); !problem.isEmpty())
            return Error{tr("The account was not created"), problem};
    } else if (password.isEmpty()) {
        return Error{tr("The account was not created"), tr("The password is empty")};
    }
    // Hashing takes a moment; done before the write lock is taken.
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();

    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    const auto failed = [](const Error &error) { return Error{tr("The account was not created"), error.text()}; };
    if (first) {
        auto any = hasAnyOfficial();
        if (!any)
            return failed(any.error());
        if (any.value())
            return Error{tr("The first supervisor has already been created; log in instead")};
    } else if (auto supervisor = requireSupervisor(actor); !supervisor) {
        return supervisor.error();
    }
    auto taken = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM official WHERE username = ?"), {o.username});
    if (!taken)
        return failed(taken.error());
    if (taken.value().toLongLong() > 0)
        return Error{tr("The user name “%1” is already taken; choose another").arg(o.username)};

    const QString now = sql::nowStamp();
    auto inserted = sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, "
                       "is_supervisor, password_hash, active, failed_attempts, locked_until, "
                       "row_version, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 1, 0, NULL, 1, ?, ?) RETURNING id"),
        {o.username, o.fullName, int(o.isOperator), int(o.isVerifier), int(o.isSupervisor), hash.value(), now, now});
    if (!inserted)
        return failed(inserted.error());
    o.id = inserted.value();
    // The first supervisor creates their own account: no one else is there yet.
    const Actor by = first ? actorFor(o) : actor;
    if (Status audited = AuditLog::append(m_db, by, QStringLiteral("account_create"), kEntity, o.id, {}, auditJson(o));
        !audited)
        return failed(audited.error());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return o;
}

// ---- changing -------------------------------------------------------------

Status Accounts::update(const Actor &actor, const Official &official)
{
    const Official wanted = trimmed(official);
    if (const QStringList found = problems(wanted); !found.isEmpty())
        return Status::failure(tr("The account was not saved"), found.join(QStringLiteral("; ")));
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    const auto failed = [](const Error &error) {
        return Status::failure(tr("The account was not saved"), error.text());
    };
    if (auto supervisor = requireSupervisor(actor); !supervisor)
        return supervisor.status();
    auto stored = get(wanted.id);
    if (!stored)
        return stored.status();
    const Official before = stored.value();
    if (wanted.rowVersion != 0 && wanted.rowVersion != before.rowVersion)
        return StaleEdit::refusal(m_db, StaleEdit::Record::Account, before.id);
    if (wanted.username != before.username)
        return Status::failure(tr("A user name cannot be changed; create a new account instead"));
    if (before.active && before.isSupervisor && !wanted.isSupervisor) {
        auto others = activeSupervisorsOtherThan(before.id);
        if (!others)
            return failed(others.error());
        if (others.value() == 0)
            return Status::failure(tr("%1 is the last active supervisor; give another account the supervisor role "
                                      "first")
                                       .arg(before.fullName));
    }
    Official after = before;
    after.fullName = wanted.fullName;
    after.isOperator = wanted.isOperator;
    after.isVerifier = wanted.isVerifier;
    after.isSupervisor = wanted.isSupervisor;
    if (after == before)
        return {};
    after.rowVersion = before.rowVersion + 1;
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE official SET full_name = ?, is_operator = ?, is_verifier = ?, "
                                           "is_supervisor = ?, row_version = row_version + 1, updated_at = ? "
                                           "WHERE id = ? AND row_version = ?"),
                            {after.fullName, int(after.isOperator), int(after.isVerifier), int(after.isSupervisor),
                             sql::nowStamp(), before.id, before.rowVersion});
    if (!updated)
        return failed(updated.error());
    if (updated.value().numRowsAffected() != 1)
        return StaleEdit::refusal(m_db, StaleEdit::Record::Account, before.id);
    if (Status audited = AuditLog::append(m_db, actor, QStringLiteral("account_update"), kEntity, before.id,
                                          auditJson(before), auditJson(after));
        !audited)
        return failed(audited.error());
    return transaction.commit();
}

Status Accounts::setActive(const Actor &actor, qint64 id, bool active)
{
    const QString notSaved = active ? tr("The account was not enabled") : tr("The account was not disabled");
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto supervisor = requireSupervisor(actor); !supervisor)
        return supervisor.status();
    if (id == actor.officialId)
        return Status::failure(active ? tr("You cannot enable your own account")
                                      : tr("You cannot disable your own account; ask another supervisor"));
    auto stored = get(id);
    if (!stored)
        return stored.status();
    const Official before = stored.value();
    if (before.active == active)
        return {};
    if (!active && before.isSupervisor) {
        auto others = activeSupervisorsOtherThan(id);
        if (!others)
            return Status::failure(notSaved, others.error().text());
        if (others.value() == 0)
            return Status::failure(tr("%1 is the last active supervisor").arg(before.fullName));
    }
    Official after = before;
    after.active = active;
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE official SET active = ?, row_version = row_version + 1, "
                                           "updated_at = ? WHERE id = ?"),
                            {int(active), sql::nowStamp(), id});
    if (!updated)
        return Status::failure(notSaved, updated.error().text());
    if (Status audited =
            AuditLog::append(m_db, actor, active ? QStringLiteral("account_enable") : QStringLiteral("account_disable"),
                             kEntity, id, auditJson(before), auditJson(after));
        !audited)
        return Status::failure(notSaved, audited.error().text());
    return transaction.commit();
}

Status Accounts::resetPassword(const Actor &actor, qint64 id, const QString &newPassword)
{
    const QString notReset = tr("The password was not reset");
    auto target = get(id);
    if (!target)
        return target.status();
    if (const QString problem = passwordProblem(newPassword, target.value().username); !problem.isEmpty())
        return Status::failure(notReset, problem);
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.status();

    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto supervisor = requireSupervisor(actor); !supervisor)
        return supervisor.status();
    auto stored = get(id);
    if (!stored)
        return stored.status();
    const Official before = stored.value();
    // A reset is also how a supervisor lifts a lock-out.
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE official SET password_hash = ?, failed_attempts = 0, "
                                           "locked_until = NULL, row_version = row_version + 1, updated_at = ? "
                                           "WHERE id = ?"),
                            {hash.value(), sql::nowStamp(), id});
    if (!updated)
        return Status::failure(notReset, updated.error().text());
    if (Status audited = AuditLog::append(m_db, actor, QStringLiteral("password_reset"), kEntity, id,
                                          lockJson(before.failedAttempts, before.lockedUntil), lockJson(0, {}));
        !audited)
        return Status::failure(notReset, audited.error().text());
    return transaction.commit();
}

Status Accounts::changeOwnPassword(qint64 id, const QString &oldPassword, const QString &newPassword)
{
    const QString notChanged = tr("The password was not changed");
    auto stored = get(id);
    if (!stored)
        return stored.status();
    const Official official = stored.value();
    if (!official.active)
        return Status::failure(notChanged, tr("The account is disabled"));
    if (const QString problem = passwordProblem(newPassword, official.username); !problem.isEmpty())
        return Status::failure(notChanged, problem);
    if (oldPassword == newPassword)
        return Status::failure(notChanged, tr("The new password is the same as the current one"));
    auto currentHash = sql::scalar(m_db, QStringLiteral("SELECT password_hash FROM official WHERE id = ?"), {id});
    if (!currentHash)
        return Status::failure(notChanged, currentHash.error().text());
    if (!PasswordHasher::verify(currentHash.value().toString(), oldPassword))
        return Status::failure(notChanged, tr("The current password is wrong"));
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.status();

    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    // Only when the hash checked above is still the stored one.
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE official SET password_hash = ?, row_version = row_version + 1, "
                                           "updated_at = ? WHERE id = ? AND password_hash = ?"),
                            {hash.value(), sql::nowStamp(), id, currentHash.value()});
    if (!updated)
        return Status::failure(notChanged, updated.error().text());
    if (updated.value().numRowsAffected() != 1)
        return Status::failure(notChanged, tr("The password was changed meanwhile; try again"));
    if (Status audited =
            AuditLog::append(m_db, actorFor(official), QStringLiteral("password_change"), kEntity, id, {}, {});
        !audited)
        return Status::failure(notChanged, audited.error().text());
    return transaction.commit();
}

// ---- logging in -----------------------------------------------------------

std::optional<QDateTime> Accounts::lockedUntil(const QString &username, const QDateTime &now) const
{
    auto value = sql::run(m_db, QStringLiteral("SELECT locked_until FROM official WHERE username = ?"),
                          {normalisedUsername(username)});
    if (!value || !value.value().next())
        return std::nullopt;
    const QDateTime until = fromStamp(value.value().value(0));
    if (until.isValid() && until > now)
        return until;
    return std::nullopt;
}

Result<Official> Accounts::authenticate(const QString &username, const QString &password, const QDateTime &now)
{
    const QString wrong = tr("Wrong user name or password");
    const auto lockedMessage = [&](const QDateTime &until) {
        const qint64 seconds = std::max<qint64>(1, now.secsTo(until));
        return tr("Too many failed attempts: this account is locked until %1 (%n second(s) from now). "
                  "Try again then, or ask a supervisor to reset the password.",
                  nullptr, int(std::min<qint64>(seconds, kMaximumLockSeconds)))
            .arg(QLocale().toString(until.toLocalTime().time(), QLocale::LongFormat));
    };
    const auto notChecked = [](const Error &error) {
        return Error{tr("The login could not be checked"), error.text()};
    };

    // One transaction for the check and its consequences, so two attempts at
    // once cannot both count from the same number of failures.
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return notChecked(transaction.status().error());
    auto query =
        sql::run(m_db, QStringLiteral("SELECT %1, password_hash FROM official WHERE username = ?").arg(kColumns),
                 {normalisedUsername(username)});
    if (!query)
        return notChecked(query.error());
    if (!query.value().next()) {
        // Costs the same time as a wrong password, so names cannot be probed.
        PasswordHasher::verify(decoyHash(), password);
        // The typed name is not recorded: it may be a password typed in the wrong field.
        if (Status audited = AuditLog::append(m_db, Actor{}, QStringLiteral("login_failed"), kEntity, 0, {},
                                              QJsonObject{{QStringLiteral("reason"), QStringLiteral("unknown_user")}});
            !audited)
            return notChecked(audited.error());
        if (Status committed = transaction.commit(); !committed)
            return notChecked(committed.error());
        return Error{wrong};
    }
    Official official = fromQuery(query.value());
    const QString storedHash =
        query.value().value(query.value().record().indexOf(QStringLiteral("password_hash"))).toString();
    query.value().finish();

    if (official.lockedUntil.isValid() && official.lockedUntil > now) {
        // No password check while locked: the lock would otherwise not slow guessing down.
        if (Status audited = AuditLog::append(m_db, Actor{}, QStringLiteral("login_locked"), kEntity, official.id, {},
                                              lockJson(official.failedAttempts, official.lockedUntil));
            !audited)
            return notChecked(audited.error());
        if (Status committed = transaction.commit(); !committed)
            return notChecked(committed.error());
        return Error{lockedMessage(official.lockedUntil)};
    }

    if (!PasswordHasher::verify(storedHash, password)) {
        const int failures = official.failedAttempts + 1;
        const int lock = lockSeconds(failures);
        const QDateTime until = lock > 0 ? now.toUTC().addSecs(lock) : QDateTime();
        auto counted =
            sql::run(m_db, QStringLiteral("UPDATE official SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                     {failures, toStamp(until), official.id});
        if (!counted)
            return notChecked(counted.error());
        if (Status audited =
                AuditLog::append(m_db, Actor{}, QStringLiteral("login_failed"), kEntity, official.id,
                                 lockJson(official.failedAttempts, official.lockedUntil), lockJson(failures, until));
            !audited)
            return notChecked(audited.error());
        if (Status committed = transaction.commit(); !committed)
            return notChecked(committed.error());
        return Error{until.isValid() ? lockedMessage(until) : wrong};
    }

    if (!official.active) {
        // Said only to whoever knows the password, so it reveals nothing to a guesser.
        if (Status audited = AuditLog::append(m_db, Actor{}, QStringLiteral("login_failed"), kEntity, official.id, {},
                                              QJsonObject{{QStringLiteral("reason"), QStringLiteral("disabled")}});
            !audited)
            return notChecked(audited.error());
        if (Status committed = transaction.commit(); !committed)
            return notChecked(committed.error());
        return Error{tr("This account is disabled; ask a supervisor")};
    }

    const Actor self = actorFor(official);
    if (official.failedAttempts != 0 || official.lockedUntil.isValid()) {
        auto cleared =
            sql::run(m_db, QStringLiteral("UPDATE official SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                     {official.id});
        if (!cleared)
            return notChecked(cleared.error());
    }
    if (PasswordHasher::needsRehash(storedHash)) {
        auto rehashed = PasswordHasher::hash(password);
        if (!rehashed)
            return notChecked(rehashed.error());
        auto stored = sql::run(m_db, QStringLiteral("UPDATE official SET password_hash = ? WHERE id = ?"),
                               {rehashed.value(), official.id});
        if (!stored)
            return notChecked(stored.error());
        if (Status audited =
                AuditLog::append(m_db, self, QStringLiteral("password_rehash"), kEntity, official.id, {}, {});
            !audited)
            return notChecked(audited.error());
    }
    if (Status audited = AuditLog::append(m_db, self, QStringLiteral("login"), kEntity, official.id,
                                          lockJson(official.failedAttempts, official.lockedUntil), lockJson(0, {}));
        !audited)
        return notChecked(audited.error());
    if (Status committed = transaction.commit(); !committed)
        return notChecked(committed.error());
    official.failedAttempts = 0;
    official.lockedUntil = {};
    return official;
}

} // namespace homeward
