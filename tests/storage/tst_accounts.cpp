#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PasswordHasher.h"
#include "storage/Sql.h"

#include "TestDatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTest>

#include <sodium.h>

#include <memory>

using namespace homeward;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QDateTime kStart(QDate(2025, 5, 23), QTime(9, 0), Qt::UTC);

enum class Who { Operator, Verifier, Supervisor, DisabledSupervisor, Nobody };
enum class Action { Create, Update, Disable, Reset };

} // namespace

Q_DECLARE_METATYPE(Who)
Q_DECLARE_METATYPE(Action)

class AccountsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void hashRoundTrip_data();
    void hashRoundTrip();
    void hashIsArgon2idAtLeastAtTheFloor();
    void hashesAreSalted();
    void weakHashNeedsRehash();
    void loginRehashesAWeakHash();
    void passwordPolicy_data();
    void passwordPolicy();
    void accountFieldRules_data();
    void accountFieldRules();

    void firstSupervisorOnlyOnce();
    void createEnforcesThePasswordPolicy();
    void demoPolicyAllowsAShortPassword();
    void userNamesAreUniqueIgnoringCase();
    void roleMatrix_data();
    void roleMatrix();
    void lastActiveSupervisorKeepsTheRole();
    void cannotDisableYourself();
    void disableAndEnableAreAudited();
    void staleEditIsRefused();

    void loginWithRightPassword();
    void unknownUserAndWrongPasswordLookAlike();
    void lockSeconds_data();
    void lockSeconds();
    void lockOutSequence();
    void disabledAccountCannotLogIn();
    void resetPasswordLiftsTheLock();
    void changeOwnPassword();

    void noPasswordOrHashInTheAuditTrail();
    void officialsAreNeverDeleted();

private:
    qint64 insertOfficial(const QString &username, bool op, bool ver, bool sup, bool active = true);
    Actor actor(qint64 id) const;
    int auditCount(const QString &action) const;
    QString storedHash(qint64 id) const;

    QString m_hash; // of kPassword, made once: hashing is deliberately slow
    testing::TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Accounts> m_accounts;
};

void AccountsTest::initTestCase()
{
    auto hash = PasswordHasher::hash(kPassword);
    QVERIFY2(hash.ok(), qPrintable(hash.text()));
    m_hash = hash.value();
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void AccountsTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void AccountsTest::init()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_accounts = std::make_unique<Accounts>(m_db->connection());
}

void AccountsTest::cleanup()
{
    m_accounts.reset();
    m_db.reset();
}

// A fixture account with the password kPassword, written directly so the
// tests do not pay for a hash each.
qint64 AccountsTest::insertOfficial(const QString &username, bool op, bool ver, bool sup, bool active)
{
    const QString now = sql::nowStamp();
    auto inserted = sql::insertReturningId(
        m_db->connection(),
        QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, "
                       "is_supervisor, password_hash, active, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {username, username.toUpper(), int(op), int(ver), int(sup), m_hash, int(active), now, now});
    if (!inserted) {
        QTest::qFail(qPrintable(inserted.text()), __FILE__, __LINE__);
        return 0;
    }
    return inserted.value();
}

Actor AccountsTest::actor(qint64 id) const
{
    auto official = m_accounts->get(id);
    return official ? Accounts::actorFor(official.value()) : Actor{id, {}, {}};
}

int AccountsTest::auditCount(const QString &action) const
{
    return sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action})
        .value()
        .toInt();
}

QString AccountsTest::storedHash(qint64 id) const
{
    return sql::scalar(m_db->connection(), QStringLiteral("SELECT password_hash FROM official WHERE id = ?"), {id})
        .value()
        .toString();
}

// ---- hashing ----------------------------------------------------------------

void AccountsTest::hashRoundTrip_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("matches");
    QTest::newRow("the same password") << kPassword << true;
    QTest::newRow("one letter different") << QStringLiteral("correct horse batterY") << false;
    QTest::newRow("a trailing space") << kPassword + QLatin1Char(' ') << false;
    QTest::newRow("empty") << QString() << false;
}

void AccountsTest::hashRoundTrip()
{
    QFETCH(QString, typed);
    QFETCH(bool, matches);
    QCOMPARE(PasswordHasher::verify(m_hash, typed), matches);
}

void AccountsTest::hashIsArgon2idAtLeastAtTheFloor()
{
    QVERIFY2(m_hash.startsWith(QLatin1String("$argon2id$")), qPrintable(m_hash));
    const QRegularExpression cost(QStringLiteral(R"(\$m=(\d+),t=(\d+),p=(\d+)\$)"));
    const QRegularExpressionMatch match = cost.match(m_hash);
    QVERIFY2(match.hasMatch(), qPrintable(m_hash));
    QVERIFY(match.captured(1).toLongLong() >= 19456); // KiB: 19 MiB
    QVERIFY(match.captured(2).toInt() >= 2);
    QVERIFY(!m_hash.contains(kPassword));
    QVERIFY(!PasswordHasher::needsRehash(m_hash));
    // Letters composed differently (NFC or NFD) are the same password.
    const QString composed = QStringLiteral("Київ й їжак 2025");
    auto hash = PasswordHasher::hash(composed);
    QVERIFY(hash.ok());
    QVERIFY(PasswordHasher::verify(hash.value(), composed.normalized(QString::NormalizationForm_D)));
}

void AccountsTest::hashesAreSalted()
{
    auto again = PasswordHasher::hash(kPassword);
    QVERIFY(again.ok());
    QVERIFY(again.value() != m_hash);
    QVERIFY(PasswordHasher::verify(again.value(), kPassword));
}

namespace {
QString weakHash(const QByteArray &password)
{
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, password.constData(), static_cast<unsigned long long>(password.size()),
                              crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}
} // namespace

void AccountsTest::weakHashNeedsRehash()
{
    QVERIFY(sodium_init() >= 0);
    const QString weak = weakHash(kPassword.toUtf8());
    QVERIFY(!weak.isEmpty());
    QVERIFY(PasswordHasher::verify(weak, kPassword));
    QVERIFY(PasswordHasher::needsRehash(weak));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("not a hash")));
}

void AccountsTest::loginRehashesAWeakHash()
{
    QVERIFY(sodium_init() >= 0);
    const qint64 id = insertOfficial(QStringLiteral("olena"), true, false, false);
    const QString weak = weakHash(kPassword.toUtf8());
    QVERIFY(
        sql::run(m_db->connection(), QStringLiteral("UPDATE official SET password_hash = ? WHERE id = ?"), {weak, id})
            .ok());

    auto login = m_accounts->authenticate(QStringLiteral("olena"), kPassword, kStart);
    QVERIFY2(login.ok(), qPrintable(login.text()));
    const QString after = storedHash(id);
    QVERIFY(after != weak);
    QVERIFY(!PasswordHasher::needsRehash(after));
    QCOMPARE(auditCount(QStringLiteral("password_rehash")), 1);
    // The new hash still takes the same password; a second login does not hash again.
    QVERIFY(m_accounts->authenticate(QStringLiteral("olena"), kPassword, kStart).ok());
    QCOMPARE(storedHash(id), after);
    QCOMPARE(auditCount(QStringLiteral("password_rehash")), 1);
}

void AccountsTest::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("7 characters") << QStringLiteral("abcdefg") << false;
    QTest::newRow("8 characters") << QStringLiteral("abcdefgh") << true;
    QTest::newRow("8 Cyrillic letters") << QStringLiteral("паляниця") << true;
    QTest::newRow("4 emoji (8 UTF-16 units)") << QStringLiteral("🌻🌻🌻🌻") << false;
    QTest::newRow("the user name") << QStringLiteral("Petrenko.O") << false;
    QTest::newRow("too long") << QString(Accounts::kMaximumPasswordLength + 1, QLatin1Char('x')) << false;
    QTest::newRow("empty") << QString() << false;
}

void AccountsTest::passwordPolicy()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QCOMPARE(Accounts::passwordProblem(password, QStringLiteral("petrenko.o")).isEmpty(), accepted);
}

void AccountsTest::accountFieldRules_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<bool>("anyRole");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ordinary") << QStringLiteral("o.petrenko") << QStringLiteral("Олена Петренко") << true << true;
    QTest::newRow("Cyrillic user name") << QStringLiteral("олена") << QStringLiteral("Олена Петренко") << true << true;
    QTest::newRow("space in user name") << QStringLiteral("o petrenko") << QStringLiteral("Олена") << true << false;
    QTest::newRow("no user name") << QStringLiteral("  ") << QStringLiteral("Олена") << true << false;
    QTest::newRow("no full name") << QStringLiteral("olena") << QStringLiteral(" ") << true << false;
    QTest::newRow("no role") << QStringLiteral("olena") << QStringLiteral("Олена") << false << false;
    QTest::newRow("user name too long") << QString(65, QLatin1Char('a')) << QStringLiteral("Олена") << true << false;
}

void AccountsTest::accountFieldRules()
{
    QFETCH(QString, username);
    QFETCH(QString, fullName);
    QFETCH(bool, anyRole);
    QFETCH(bool, accepted);
    Official o;
    o.username = username;
    o.fullName = fullName;
    o.isVerifier = anyRole;
    QCOMPARE(Accounts::problems(o).isEmpty(), accepted);
}

// ---- managing accounts --------------------------------------------------------

void AccountsTest::firstSupervisorOnlyOnce()
{
    QCOMPARE(m_accounts->hasAnyOfficial().value(), false);
    auto first =
        m_accounts->createFirstSupervisor(QStringLiteral(" Boss "), QStringLiteral("Ірина  Коваль"), kPassword);
    QVERIFY2(first.ok(), qPrintable(first.text()));
    QCOMPARE(first.value().username, QStringLiteral("boss"));
    QCOMPARE(first.value().fullName, QStringLiteral("Ірина Коваль"));
    QVERIFY(first.value().isSupervisor);
    QVERIFY(first.value().active);
    QCOMPARE(m_accounts->get(first.value().id).value(), first.value());
    QCOMPARE(m_accounts->hasAnyOfficial().value(), true);
    // Audited as done by the new supervisor.
    QCOMPARE(sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT official_id FROM audit_log WHERE action = 'account_create'"))
                 .value()
                 .toLongLong(),
             first.value().id);

    auto second = m_accounts->createFirstSupervisor(QStringLiteral("other"), QStringLiteral("Other"), kPassword);
    QVERIFY(!second.ok());
    QCOMPARE(m_accounts->list().value().size(), 1);
}

void AccountsTest::createEnforcesThePasswordPolicy()
{
    const qint64 boss = insertOfficial(QStringLiteral("boss"), false, false, true);
    Official o;
    o.username = QStringLiteral("olena");
    o.fullName = QStringLiteral("Олена");
    o.isOperator = true;
    auto refused = m_accounts->create(actor(boss), o, QStringLiteral("demo"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.text().contains(QLatin1String("at least 8")), qPrintable(refused.text()));
    auto refusedFirst =
        m_accounts->createFirstSupervisor(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("x"));
    QVERIFY(!refusedFirst.ok());
    QCOMPARE(m_accounts->list().value().size(), 1);
    QCOMPARE(auditCount(QStringLiteral("account_create")), 0);
}

void AccountsTest::demoPolicyAllowsAShortPassword()
{
    const qint64 boss = insertOfficial(QStringLiteral("boss"), false, false, true);
    Official o;
    o.username = QStringLiteral("operator");
    o.fullName = QStringLiteral("Demo Operator");
    o.isOperator = true;
    auto created = m_accounts->create(actor(boss), o, QStringLiteral("demo"), PasswordPolicy::DemoAccountsOnly);
    QVERIFY2(created.ok(), qPrintable(created.text()));
    QCOMPARE(auditCount(QStringLiteral("account_create")), 1);
    QVERIFY(m_accounts->authenticate(QStringLiteral("operator"), QStringLiteral("demo"), kStart).ok());
}

void AccountsTest::userNamesAreUniqueIgnoringCase()
{
    const qint64 boss = insertOfficial(QStringLiteral("boss"), false, false, true);
    insertOfficial(QStringLiteral("olena"), true, false, false);
    Official o;
    o.username = QStringLiteral("OLENA");
    o.fullName = QStringLiteral("Олена Друга");
    o.isVerifier = true;
    auto refused = m_accounts->create(actor(boss), o, kPassword);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.text().contains(QLatin1String("already taken")), qPrintable(refused.text()));
    // Logging in ignores case as well.
    QVERIFY(m_accounts->authenticate(QStringLiteral("Olena "), kPassword, kStart).ok());
}

void AccountsTest::roleMatrix_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    const struct {
        Who who;
        const char *name;
    } actors[] = {{Who::Operator, "operator"},
                  {Who::Verifier, "verifier"},
                  {Who::Supervisor, "supervisor"},
                  {Who::DisabledSupervisor, "disabled supervisor"},
                  {Who::Nobody, "nobody logged in"}};
    const struct {
        Action action;
        const char *name;
    } actions[] = {{Action::Create, "create"},
                   {Action::Update, "update"},
                   {Action::Disable, "disable"},
                   {Action::Reset, "reset password"}};
    for (const auto &a : actors)
        for (const auto &b : actions)
            QTest::addRow("%s × %s", a.name, b.name) << a.who << b.action << (a.who == Who::Supervisor);
}

void AccountsTest::roleMatrix()
{
    QFETCH(Who, who);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    const qint64 op = insertOfficial(QStringLiteral("op"), true, false, false);
    const qint64 ver = insertOfficial(QStringLiteral("ver"), false, true, false);
    const qint64 sup = insertOfficial(QStringLiteral("sup"), false, false, true);
    const qint64 gone = insertOfficial(QStringLiteral("gone"), false, false, true, false);
    const qint64 target = insertOfficial(QStringLiteral("target"), true, false, false);
    Actor by;
    switch (who) {
    case Who::Operator:
        by = actor(op);
        break;
    case Who::Verifier:
        by = actor(ver);
        break;
    case Who::Supervisor:
        by = actor(sup);
        break;
    case Who::DisabledSupervisor:
        by = actor(gone);
        break;
    case Who::Nobody:
        break;
    }
    const QList<Official> before = m_accounts->list().value();
    const QString hashBefore = storedHash(target);

    Status done;
    switch (action) {
    case Action::Create: {
        Official o;
        o.username = QStringLiteral("newcomer");
        o.fullName = QStringLiteral("Новий Працівник");
        o.isVerifier = true;
        done = m_accounts->create(by, o, kPassword).status();
        break;
    }
    case Action::Update: {
        Official o = m_accounts->get(target).value();
        o.fullName = QStringLiteral("Renamed");
        o.isVerifier = true;
        done = m_accounts->update(by, o);
        break;
    }
    case Action::Disable:
        done = m_accounts->setActive(by, target, false);
        break;
    case Action::Reset:
        done = m_accounts->resetPassword(by, target, QStringLiteral("new password 1"));
        break;
    }

    QCOMPARE(done.ok(), allowed);
    const QList<Official> after = m_accounts->list().value();
    const int audited =
        sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).value().toInt();
    if (!allowed) {
        QVERIFY(!done.text().isEmpty());
        QCOMPARE(after, before);
        QCOMPARE(storedHash(target), hashBefore);
        QCOMPARE(audited, 0);
        return;
    }
    QCOMPARE(audited, 1);
    switch (action) {
    case Action::Create:
        QCOMPARE(after.size(), before.size() + 1);
        break;
    case Action::Update:
        QCOMPARE(m_accounts->get(target).value().fullName, QStringLiteral("Renamed"));
        break;
    case Action::Disable:
        QVERIFY(!m_accounts->get(target).value().active);
        break;
    case Action::Reset:
        QVERIFY(storedHash(target) != hashBefore);
        break;
    }
}

void AccountsTest::lastActiveSupervisorKeepsTheRole()
{
    const qint64 boss = insertOfficial(QStringLiteral("boss"), true, false, true);
    insertOfficial(QStringLiteral("gone"), false, false, true, false); // disabled: does not count
    Official self = m_accounts->get(boss).value();
    self.isSupervisor = false;
    const Status refused = m_accounts->update(actor(boss), self);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.text().contains(QLatin1String("last active supervisor")), qPrintable(refused.text()));
    QVERIFY(m_accounts->get(boss).value().isSupervisor);

    insertOfficial(QStringLiteral("deputy"), false, false, true);
    const Status done = m_accounts->update(actor(boss), self);
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QVERIFY(!m_accounts->get(boss).value().isSupervisor);
    QCOMPARE(auditCount(QStringLiteral("account_update")), 1);
}

void AccountsTest::cannotDisableYourself()
{
    const qint64 boss = insertOfficial(QStringLiteral("boss"), false, false, true);
    insertOfficial(QStringLiteral("deputy"), false, false, true);
    QVERIFY(!m_accounts->setActive(actor(boss), boss, false).ok());
    QVERIFY(m_accounts->get(boss).value().active);
}

void AccountsTest::disableAndEnableAreAudited()
{
    const qint64 boss = insertOfficial(QStringLiteral("boss"), false, false, true);
    const qint64 op = insertOfficial(QStringLiteral("op"), true, false, false);
    QVERIFY(m_accounts->setActive(actor(boss), op, false).ok());
    QVERIFY(!m_accounts->get(op).value().active);
    QVERIFY(m_accounts->setActive(actor(boss), op, true).ok());
    QVERIFY(m_accounts->get(op).value().active);
    QCOMPARE(auditCount(QStringLiteral("account_disable")), 1);
    QCOMPARE(auditCount(QStringLiteral("account_enable")), 1);
    // The account's history names it and who changed it.
    auto history = AuditLog::history(m_db->connection(), QStringLiteral("official"), op);
    QVERIFY2(history.ok(), qPrintable(history.text()));
    QCOMPARE(history.value().size(), 2);
    QCOMPARE(history.value().at(0).officialId, boss);
    QCOMPARE(history.value().at(0).before.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(history.value().at(0).after.value(QStringLiteral("active")).toBool(), false);
}

void AccountsTest::staleEditIsRefused()
{
    const qint64 boss = insertOfficial(QStringLiteral("boss"), false, false, true);
    const qint64 op = insertOfficial(QStringLiteral("op"), true, false, false);
    Official mine = m_accounts->get(op).value();
    QVERIFY(m_accounts->setActive(actor(boss), op, false).ok()); // someone else's change
    mine.fullName = QStringLiteral("Stale");
    QVERIFY(!m_accounts->update(actor(boss), mine).ok());
    QVERIFY(m_accounts->get(op).value().fullName != QStringLiteral("Stale"));
    Official renamed = m_accounts->get(op).value();
    renamed.username = QStringLiteral("other");
    QVERIFY(!m_accounts->update(actor(boss), renamed).ok());
}

// ---- logging in ---------------------------------------------------------------

void AccountsTest::loginWithRightPassword()
{
    const qint64 id = insertOfficial(QStringLiteral("olena"), true, true, false);
    auto login = m_accounts->authenticate(QStringLiteral("olena"), kPassword, kStart);
    QVERIFY2(login.ok(), qPrintable(login.text()));
    QCOMPARE(login.value().id, id);
    QVERIFY(login.value().isOperator && login.value().isVerifier && !login.value().isSupervisor);
    QCOMPARE(Accounts::actorFor(login.value()).officialId, id);
    QCOMPARE(auditCount(QStringLiteral("login")), 1);
}

void AccountsTest::unknownUserAndWrongPasswordLookAlike()
{
    insertOfficial(QStringLiteral("olena"), true, false, false);
    auto unknown = m_accounts->authenticate(QStringLiteral("nobody"), kPassword, kStart);
    auto wrong = m_accounts->authenticate(QStringLiteral("olena"), QStringLiteral("wrong password"), kStart);
    QVERIFY(!unknown.ok());
    QVERIFY(!wrong.ok());
    QCOMPARE(unknown.text(), wrong.text());
    QCOMPARE(auditCount(QStringLiteral("login_failed")), 2);
    QVERIFY(!m_accounts->lockedUntil(QStringLiteral("nobody"), kStart).has_value());
}

void AccountsTest::lockSeconds_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("4") << 4 << 0;
    QTest::newRow("5") << 5 << 30;
    QTest::newRow("6") << 6 << 60;
    QTest::newRow("7") << 7 << 120;
    QTest::newRow("11") << 11 << 1920;
    QTest::newRow("12: capped") << 12 << 3600;
    QTest::newRow("1000: capped") << 1000 << 3600;
}

void AccountsTest::lockSeconds()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(Accounts::lockSeconds(failures), seconds);
}

void AccountsTest::lockOutSequence()
{
    const QString name = QStringLiteral("olena");
    const QString wrong = QStringLiteral("wrong password");
    const qint64 id = insertOfficial(name, true, false, false);
    QDateTime now = kStart;

    for (int attempt = 1; attempt <= 4; ++attempt) {
        auto login = m_accounts->authenticate(name, wrong, now);
        QVERIFY(!login.ok());
        QVERIFY2(!login.text().contains(QLatin1String("locked")), qPrintable(login.text()));
        QVERIFY(!m_accounts->lockedUntil(name, now).has_value());
    }
    auto fifth = m_accounts->authenticate(name, wrong, now);
    QVERIFY(!fifth.ok());
    QVERIFY2(fifth.text().contains(QLatin1String("locked")), qPrintable(fifth.text()));
    QCOMPARE(m_accounts->lockedUntil(name, now).value_or(QDateTime()), kStart.addSecs(30));
    QCOMPARE(m_accounts->get(id).value().failedAttempts, 5);

    // While locked even the right password is refused, and the attempt is not counted.
    now = kStart.addSecs(29);
    auto whileLocked = m_accounts->authenticate(name, kPassword, now);
    QVERIFY(!whileLocked.ok());
    QVERIFY2(whileLocked.text().contains(QLatin1String("locked")), qPrintable(whileLocked.text()));
    QCOMPARE(m_accounts->get(id).value().failedAttempts, 5);
    QCOMPARE(auditCount(QStringLiteral("login_locked")), 1);

    // After the lock a further failure locks for twice as long, and so on.
    now = kStart.addSecs(31);
    QVERIFY(!m_accounts->authenticate(name, wrong, now).ok());
    QCOMPARE(m_accounts->lockedUntil(name, now).value_or(QDateTime()), now.addSecs(60));
    now = now.addSecs(61);
    QVERIFY(!m_accounts->authenticate(name, wrong, now).ok());
    QCOMPARE(m_accounts->lockedUntil(name, now).value_or(QDateTime()), now.addSecs(120));

    // Once the lock has passed the right password works and clears the count.
    now = now.addSecs(121);
    QVERIFY(!m_accounts->lockedUntil(name, now).has_value());
    auto login = m_accounts->authenticate(name, kPassword, now);
    QVERIFY2(login.ok(), qPrintable(login.text()));
    QCOMPARE(login.value().failedAttempts, 0);
    QCOMPARE(m_accounts->get(id).value().failedAttempts, 0);
    QVERIFY(!m_accounts->get(id).value().lockedUntil.isValid());
    auto next = m_accounts->authenticate(name, wrong, now);
    QVERIFY(!next.text().contains(QLatin1String("locked")));
    QCOMPARE(auditCount(QStringLiteral("login_failed")), 8);
}

void AccountsTest::disabledAccountCannotLogIn()
{
    insertOfficial(QStringLiteral("gone"), true, false, false, false);
    auto right = m_accounts->authenticate(QStringLiteral("gone"), kPassword, kStart);
    QVERIFY(!right.ok());
    QVERIFY2(right.text().contains(QLatin1String("disabled")), qPrintable(right.text()));
    auto wrong = m_accounts->authenticate(QStringLiteral("gone"), QStringLiteral("wrong password"), kStart);
    QVERIFY(!wrong.ok());
    QVERIFY(!wrong.text().contains(QLatin1String("disabled"))); // nothing told to a guesser
    QCOMPARE(auditCount(QStringLiteral("login")), 0);
}

void AccountsTest::resetPasswordLiftsTheLock()
{
    const qint64 boss = insertOfficial(QStringLiteral("boss"), false, false, true);
    const qint64 op = insertOfficial(QStringLiteral("op"), true, false, false);
    // Six fast failures, written directly: the lock itself is tested above.
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("UPDATE official SET failed_attempts = 6, locked_until = ? WHERE id = ?"),
                     {kStart.addSecs(60).toString(Qt::ISODateWithMs), op})
                .ok());
    QVERIFY(m_accounts->lockedUntil(QStringLiteral("op"), kStart).has_value());
    QVERIFY(!m_accounts->resetPassword(actor(boss), op, QStringLiteral("short")).ok());
    const Status reset = m_accounts->resetPassword(actor(boss), op, QStringLiteral("new password 1"));
    QVERIFY2(reset.ok(), qPrintable(reset.text()));
    QVERIFY(!m_accounts->lockedUntil(QStringLiteral("op"), kStart).has_value());
    QVERIFY(m_accounts->authenticate(QStringLiteral("op"), QStringLiteral("new password 1"), kStart).ok());
    QVERIFY(!m_accounts->authenticate(QStringLiteral("op"), kPassword, kStart).ok());
    QCOMPARE(auditCount(QStringLiteral("password_reset")), 1);
}

void AccountsTest::changeOwnPassword()
{
    const qint64 op = insertOfficial(QStringLiteral("op"), true, false, false);
    const QString fresh = QStringLiteral("a fresh password");
    QVERIFY(!m_accounts->changeOwnPassword(op, QStringLiteral("wrong password"), fresh).ok());
    QVERIFY(!m_accounts->changeOwnPassword(op, kPassword, QStringLiteral("short")).ok());
    const Status changed = m_accounts->changeOwnPassword(op, kPassword, fresh);
    QVERIFY2(changed.ok(), qPrintable(changed.text()));
    QVERIFY(m_accounts->authenticate(QStringLiteral("op"), fresh, kStart).ok());
    QVERIFY(!m_accounts->authenticate(QStringLiteral("op"), kPassword, kStart).ok());
    QCOMPARE(auditCount(QStringLiteral("password_change")), 1);
}

// ---- what the database guarantees ----------------------------------------------

void AccountsTest::noPasswordOrHashInTheAuditTrail()
{
    const QString first = QStringLiteral("first supervisor password");
    const QString second = QStringLiteral("operator password");
    const QString third = QStringLiteral("reset password 2");
    const QString fourth = QStringLiteral("changed password 3");
    auto boss = m_accounts->createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("Boss"), first);
    QVERIFY2(boss.ok(), qPrintable(boss.text()));
    Official o;
    o.username = QStringLiteral("op");
    o.fullName = QStringLiteral("Operator");
    o.isOperator = true;
    auto op = m_accounts->create(Accounts::actorFor(boss.value()), o, second);
    QVERIFY2(op.ok(), qPrintable(op.text()));
    QVERIFY(m_accounts->authenticate(QStringLiteral("op"), second, kStart).ok());
    QVERIFY(!m_accounts->authenticate(QStringLiteral("op"), first, kStart).ok());
    QVERIFY(!m_accounts->authenticate(first, second, kStart).ok()); // a password typed as the user name
    QVERIFY(m_accounts->resetPassword(Accounts::actorFor(boss.value()), op.value().id, third).ok());
    QVERIFY(m_accounts->changeOwnPassword(op.value().id, third, fourth).ok());
    QVERIFY(m_accounts->authenticate(QStringLiteral("op"), fourth, kStart).ok());

    // One result at a time: on PostgreSQL a second statement cuts off a result still being read.
    QStringList hashes;
    auto stored = sql::run(m_db->connection(), QStringLiteral("SELECT password_hash FROM official"));
    QVERIFY(stored.ok());
    while (stored.value().next())
        hashes << stored.value().value(0).toString();
    QVERIFY(!stored.value().lastError().isValid());
    auto rows = sql::run(m_db->connection(),
                         QStringLiteral("SELECT action, COALESCE(before_json, ''), COALESCE(after_json, '') "
                                        "FROM audit_log"));
    QVERIFY(rows.ok());
    int count = 0;
    while (rows.value().next()) {
        ++count;
        const QString text = rows.value().value(1).toString() + rows.value().value(2).toString();
        for (const QString &secret : {first, second, third, fourth, QStringLiteral("$argon2")})
            QVERIFY2(!text.contains(secret), qPrintable(rows.value().value(0).toString() + QLatin1Char(' ') + text));
        for (const QString &hash : std::as_const(hashes))
            QVERIFY(!text.contains(hash.section(QLatin1Char('$'), -1)));
    }
    QCOMPARE(count, 8); // 2 creates, 2 logins, 2 failures, 1 reset, 1 change
    auto verified = AuditLog::verify(m_db->connection());
    QVERIFY2(verified.ok(), qPrintable(verified.text()));
    QVERIFY(!verified.value().has_value());
}

void AccountsTest::officialsAreNeverDeleted()
{
    const qint64 id = insertOfficial(QStringLiteral("olena"), true, false, false);
    auto deleted = sql::run(m_db->connection(), QStringLiteral("DELETE FROM official WHERE id = ?"), {id});
    QVERIFY(!deleted.ok());
    QVERIFY2(deleted.text().contains(QLatin1String("never deleted")), qPrintable(deleted.text()));
    QVERIFY(m_accounts->get(id).ok());
}

QTEST_GUILESS_MAIN(AccountsTest)
#include "tst_accounts.moc"
