#include "storage/Accounts.h"
#include "storage/AuditJson.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include "domain/Permissions.h"

#include <QSet>
#include <QTest>

#include <iterator>
#include <memory>

using namespace homeward;
using namespace homeward::testing;

namespace {

// Who is signed in for a write.
enum class Who { Operator, Verifier, Supervisor, OperatorVerifier, AllThree, Disabled, Nobody };

// Every write the repositories and Accounts offer.
enum class Write {
    ExchangeCreate, ExchangeUpdate, ExchangeDelete,
    BatchCreate, BatchUpdate, BatchDelete,
    PersonCreate, PersonUpdate, PersonDelete, PersonList, PersonWithdraw,
    Verify, Discrepancy, Blind,
    CustomItem,
    AccountCreate, AccountUpdate, AccountDisable, AccountReset,
};

struct WriteInfo final {
    Write write;
    const char *name;
    Action action;
};

const WriteInfo kWrites[] = {
    {Write::ExchangeCreate, "exchange create", Action::ManageExchanges},
    {Write::ExchangeUpdate, "exchange update", Action::ManageExchanges},
    {Write::ExchangeDelete, "exchange delete", Action::ManageExchanges},
    {Write::BatchCreate, "batch create", Action::ManageBatches},
    {Write::BatchUpdate, "batch update", Action::ManageBatches},
    {Write::BatchDelete, "batch delete", Action::ManageBatches},
    {Write::PersonCreate, "person create", Action::EnterPersons},
    {Write::PersonUpdate, "person update", Action::EnterPersons},
    {Write::PersonDelete, "person delete", Action::EnterPersons},
    {Write::PersonList, "person list", Action::EnterPersons},
    {Write::PersonWithdraw, "person withdraw", Action::EnterPersons},
    {Write::Verify, "verify", Action::VerifyDetails},
    {Write::Discrepancy, "discrepancy", Action::VerifyDetails},
    {Write::Blind, "blind re-entry", Action::VerifyDetails},
    {Write::CustomItem, "custom checklist item", Action::ManageExchanges},
    {Write::AccountCreate, "account create", Action::ManageAccounts},
    {Write::AccountUpdate, "account update", Action::ManageAccounts},
    {Write::AccountDisable, "account disable", Action::ManageAccounts},
    {Write::AccountReset, "account password reset", Action::ManageAccounts},
};

struct WhoInfo final {
    Who who;
    const char *name;
    Roles roles;
    bool active;
};

const WhoInfo kWhos[] = {
    {Who::Operator, "operator", kOperator, true},
    {Who::Verifier, "verifier", kVerifier, true},
    {Who::Supervisor, "supervisor", kSupervisor, true},
    {Who::OperatorVerifier, "operator+verifier", kOperator | kVerifier, true},
    {Who::AllThree, "all three roles", kAllRoles, true},
    {Who::Disabled, "disabled account", kAllRoles, false},
    {Who::Nobody, "no official", kNoRole, true},
};

// The decided table, written out by hand (not read from Permissions.cpp):
// which roles may take each action.
Roles rolesFor(Action action)
{
    switch (action) {
    case Action::EnterPersons: return kOperator;
    case Action::VerifyDetails: return kVerifier;
    case Action::SubmitForVerification: return kOperator | kSupervisor;
    case Action::MarkVerified: return kVerifier | kSupervisor;
    case Action::ImportRegistry: return kOperator | kSupervisor;
    case Action::ManageExchanges:
    case Action::ManageBatches:
    case Action::ConfirmBatch:
    case Action::ReopenBatch:
    case Action::CompleteBatch:
    case Action::CancelBatch:
    case Action::ManageAccounts: return kSupervisor;
    }
    return kNoRole;
}

const char *actionName(Action action)
{
    switch (action) {
    case Action::ManageExchanges: return "ManageExchanges";
    case Action::ManageBatches: return "ManageBatches";
    case Action::EnterPersons: return "EnterPersons";
    case Action::VerifyDetails: return "VerifyDetails";
    case Action::SubmitForVerification: return "SubmitForVerification";
    case Action::MarkVerified: return "MarkVerified";
    case Action::ConfirmBatch: return "ConfirmBatch";
    case Action::ReopenBatch: return "ReopenBatch";
    case Action::CompleteBatch: return "CompleteBatch";
    case Action::CancelBatch: return "CancelBatch";
    case Action::ManageAccounts: return "ManageAccounts";
    case Action::ImportRegistry: return "ImportRegistry";
    }
    return "?";
}

} // namespace

Q_DECLARE_METATYPE(Who)
Q_DECLARE_METATYPE(Write)
Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Role)

// The role × action matrix: every kind of official against every write,
// through the real repositories and Accounts on a real database. A refused
// write says which action was refused and leaves the database exactly as it
// was, audit trail included. The batch transitions are BatchWorkflow's and
// are tested with it; here they appear in the pure table only.
class PermissionsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void roleTable_data();
    void roleTable();
    void severalRolesAddUp_data();
    void severalRolesAddUp();
    void everyActionHasALabel();
    void matrix_data();
    void matrix();
    void rolesAreReadFromTheDatabaseAtEachWrite();
    void readsNeedNoOfficial();

private:
    QSqlDatabase connection() const { return m_db->connection(); }
    void signInAsWho(Who who);
    Status perform(Write write);
    QByteArray snapshot() const;
    qint64 itemId(qint64 personId, const QString &code) const;

    testing::TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QHash<Who, Official> m_officials;
    Official m_setupSupervisor;
    Official m_setupOperator;
    qint64 m_exchange = 0;
    qint64 m_emptyExchange = 0;
    qint64 m_batch = 0;
    qint64 m_emptyBatch = 0;
    qint64 m_otherBatch = 0;
    qint64 m_person = 0;      // in m_batch, entered by the set-up operator
    qint64 m_leaving = 0;     // in m_batch, to be removed
    qint64 m_elsewhere = 0;   // in m_otherBatch only, to be listed in m_batch
};

void PermissionsTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void PermissionsTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void PermissionsTest::init()
{
    // The pure table needs no database.
    const QByteArray test(QTest::currentTestFunction());
    if (test == "roleTable" || test == "severalRolesAddUp" || test == "everyActionHasALabel")
        return;
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(connection());
    m_officials.clear();

    auto supervisor = signInAs(*m_store, QStringLiteral("setup-supervisor"), kSupervisor);
    QVERIFY2(supervisor.ok(), qPrintable(supervisor.text()));
    m_setupSupervisor = supervisor.value();
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін 1");
    m_exchange = m_store->exchanges().create(exchange).value();
    exchange.title = QStringLiteral("Обмін без партій");
    m_emptyExchange = m_store->exchanges().create(exchange).value();
    Batch batch;
    batch.exchangeId = m_exchange;
    m_batch = m_store->batches().create(batch).value();
    m_emptyBatch = m_store->batches().create(batch).value();
    m_otherBatch = m_store->batches().create(batch).value();
    QVERIFY(m_exchange > 0 && m_emptyExchange > 0 && m_batch > 0 && m_emptyBatch > 0 && m_otherBatch > 0);

    auto enterer = signInAs(*m_store, QStringLiteral("setup-operator"), kOperator);
    QVERIFY2(enterer.ok(), qPrintable(enterer.text()));
    m_setupOperator = enterer.value();
    Person person;
    person.surname = QStringLiteral("Коваленко");
    person.givenName = QStringLiteral("Андрій");
    person.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    person.rank = QStringLiteral("солдат");
    m_person = m_store->persons().addToBatch(m_batch, person).value();
    person.surname = QStringLiteral("Шевчук");
    m_leaving = m_store->persons().addToBatch(m_batch, person).value();
    person.surname = QStringLiteral("Бондар");
    m_elsewhere = m_store->persons().addToBatch(m_otherBatch, person).value();
    QVERIFY(m_person > 0 && m_leaving > 0 && m_elsewhere > 0);

    for (const WhoInfo &who : kWhos) {
        if (who.who == Who::Nobody)
            continue;
        auto official = addOfficial(connection(), QString::fromLatin1(who.name).replace(QLatin1Char(' '), QLatin1Char('-')),
                                    who.roles, who.active);
        QVERIFY2(official.ok(), qPrintable(official.text()));
        m_officials.insert(who.who, official.value());
    }
    signOut(*m_store);
}

void PermissionsTest::cleanup()
{
    if (m_db) {
        auto checked = AuditLog::verify(connection());
        QVERIFY2(checked.ok(), qPrintable(checked.text()));
        QVERIFY2(!checked.value().has_value(), qPrintable(checked.value() ? checked.value()->reason : QString()));
    }
    m_store.reset();
    m_db.reset();
}

void PermissionsTest::signInAsWho(Who who)
{
    if (who == Who::Nobody)
        signOut(*m_store);
    else
        signIn(*m_store, m_officials.value(who));
}

qint64 PermissionsTest::itemId(qint64 personId, const QString &code) const
{
    auto id = sql::scalar(connection(), QStringLiteral("SELECT id FROM verification_item WHERE person_id = ? AND item = ?"),
                          {personId, code});
    return id.ok() ? id.value().toLongLong() : 0;
}

QByteArray PermissionsTest::snapshot() const
{
    QByteArray all;
    for (const char *table : {"exchange", "batch", "person", "batch_member", "verification_item",
                              "exchange_check_item", "official", "audit_log"}) {
        auto rows = auditjson::storedRows(connection(),
                                          QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)), {});
        if (!rows)
            return QByteArray("unreadable: ") + rows.text().toUtf8();
        all += QByteArray(table) + ":\n";
        for (const QJsonObject &row : rows.value())
            all += AuditLog::canonicalText(row).toUtf8() + '\n';
    }
    return all;
}

Status PermissionsTest::perform(Write write)
{
    Accounts accounts(connection());
    const Actor actor = m_store->actor();
    switch (write) {
    case Write::ExchangeCreate: {
        Exchange e;
        e.title = QStringLiteral("Новий обмін");
        return m_store->exchanges().create(e).status();
    }
    case Write::ExchangeUpdate: {
        Exchange e = m_store->exchanges().get(m_exchange).value();
        e.title = QStringLiteral("Обмін 1а");
        return m_store->exchanges().update(e);
    }
    case Write::ExchangeDelete: return m_store->exchanges().remove(m_emptyExchange);
    case Write::BatchCreate: {
        Batch b;
        b.exchangeId = m_exchange;
        return m_store->batches().create(b).status();
    }
    case Write::BatchUpdate: {
        Batch b = m_store->batches().get(m_batch).value();
        b.place = QStringLiteral("КПП Сеньківка");
        return m_store->batches().update(b);
    }
    case Write::BatchDelete: return m_store->batches().remove(m_emptyBatch);
    case Write::PersonCreate: {
        Person p;
        p.surname = QStringLiteral("Мельник");
        p.givenName = QStringLiteral("Олег");
        return m_store->persons().addToBatch(m_batch, p).status();
    }
    case Write::PersonUpdate: {
        Person p = m_store->persons().get(m_person).value();
        p.rank = QStringLiteral("сержант");
        return m_store->persons().update(p);
    }
    case Write::PersonDelete: return m_store->persons().removeFromBatch(m_batch, m_leaving);
    case Write::PersonList: return m_store->persons().listInBatch(m_batch, m_elsewhere);
    case Write::PersonWithdraw: return m_store->persons().setWithdrawn(m_batch, m_person, true);
    case Write::Verify:
        return m_store->verification().confirm(itemId(m_person, QStringLiteral("given_name")), CheckMethod::Compared);
    case Write::Discrepancy:
        return m_store->verification().markDiscrepancy(itemId(m_person, QStringLiteral("birth_place")),
                                                       QStringLiteral("інше місто"));
    case Write::Blind: {
        auto compared =
            m_store->verification().verifyBlind(itemId(m_person, QStringLiteral("surname")), QStringLiteral("Коваленко"));
        if (compared && !compared.value().equal)
            return Status::failure(QStringLiteral("the test typed a different value"));
        return compared.status();
    }
    case Write::CustomItem: return m_store->verification().addCustomItem(m_exchange, QStringLiteral("Фото")).status();
    case Write::AccountCreate: {
        Official o;
        o.username = QStringLiteral("olena");
        o.fullName = QStringLiteral("Олена Нова");
        o.isOperator = true;
        return accounts.create(actor, o, QStringLiteral("a-long-password-1")).status();
    }
    case Write::AccountUpdate: {
        Official o = m_setupOperator;
        o.fullName = QStringLiteral("Перейменований Оператор");
        o.rowVersion = 0;
        return accounts.update(actor, o);
    }
    case Write::AccountDisable: return accounts.setActive(actor, m_setupOperator.id, false);
    case Write::AccountReset: return accounts.resetPassword(actor, m_setupOperator.id, QStringLiteral("another-password-2"));
    }
    return Status::failure(QStringLiteral("unknown write in the test data"));
}

void PermissionsTest::roleTable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    const std::pair<Role, const char *> roles[] = {
        {Role::Operator, "operator"}, {Role::Verifier, "verifier"}, {Role::Supervisor, "supervisor"}};
    for (const auto &[role, name] : roles)
        for (Action action : kAllActions)
            QTest::addRow("%s / %s", name, actionName(action))
                << role << action << ((rolesFor(action) & int(role)) != 0);
}

void PermissionsTest::roleTable()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QCOMPARE(roleMayTake(role, action), allowed);
}

void PermissionsTest::severalRolesAddUp_data()
{
    QTest::addColumn<Roles>("roles");
    QTest::addColumn<bool>("active");
    for (Roles roles = kNoRole; roles <= kAllRoles; ++roles)
        for (bool active : {true, false})
            QTest::addRow("roles %d, %s", roles, active ? "active" : "disabled") << roles << active;
}

void PermissionsTest::severalRolesAddUp()
{
    QFETCH(Roles, roles);
    QFETCH(bool, active);
    Official official;
    official.id = 1;
    official.isOperator = (roles & kOperator) != 0;
    official.isVerifier = (roles & kVerifier) != 0;
    official.isSupervisor = (roles & kSupervisor) != 0;
    official.active = active;
    for (Action action : kAllActions)
        QVERIFY2(mayTake(official, action) == (active && (rolesFor(action) & roles) != 0), actionName(action));
}

void PermissionsTest::everyActionHasALabel()
{
    QSet<QString> labels;
    for (Action action : kAllActions) {
        const QString text = actionLabel(action);
        QVERIFY2(!text.isEmpty(), actionName(action));
        labels.insert(text);
    }
    QCOMPARE(labels.size(), int(std::size(kAllActions)));
}

void PermissionsTest::matrix_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<Write>("write");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    for (const WhoInfo &who : kWhos)
        for (const WriteInfo &write : kWrites) {
            const bool allowed = who.who != Who::Nobody && who.active && (rolesFor(write.action) & who.roles) != 0;
            QTest::addRow("%s / %s", who.name, write.name) << who.who << write.write << write.action << allowed;
        }
}

void PermissionsTest::matrix()
{
    QFETCH(Who, who);
    QFETCH(Write, write);
    QFETCH(Action, action);
    QFETCH(bool, allowed);

    signInAsWho(who);
    if (who != Who::Nobody)
        QCOMPARE(mayTake(m_officials.value(who), action), allowed); // what the views grey out
    const QByteArray before = snapshot();
    const qint64 rows = AuditLog::rowCount(connection()).value();
    const Status done = perform(write);
    if (allowed) {
        QVERIFY2(done.ok(), qPrintable(done.text()));
        QVERIFY(AuditLog::rowCount(connection()).value() > rows);
        QVERIFY(snapshot() != before);
        return;
    }
    QVERIFY2(!done.ok(), "the write was allowed");
    const QString text = done.text();
    if (who == Who::Disabled)
        QVERIFY2(text.contains(QLatin1String("disabled")), qPrintable(text));
    else if (action == Action::ManageAccounts)
        QVERIFY2(text.contains(QLatin1String("accounts")), qPrintable(text)); // Accounts' own wording
    else
        QVERIFY2(text.contains(actionLabel(action)), qPrintable(text));
    if (who == Who::Nobody)
        QVERIFY2(text.contains(QLatin1String("Log in")), qPrintable(text));
    QCOMPARE(AuditLog::rowCount(connection()).value(), rows);
    QCOMPARE(snapshot(), before);
}

void PermissionsTest::rolesAreReadFromTheDatabaseAtEachWrite()
{
    const Official operatorAccount = m_officials.value(Who::Operator);
    signIn(*m_store, operatorAccount);
    QVERIFY(perform(Write::PersonUpdate).ok());

    // The role taken away while signed in: the next write is refused at once.
    QVERIFY(sql::run(connection(), QStringLiteral("UPDATE official SET is_operator = 0 WHERE id = ?"),
                     {operatorAccount.id})
                .ok());
    const qint64 rows = AuditLog::rowCount(connection()).value();
    const Status refused = perform(Write::PersonCreate);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.text().contains(actionLabel(Action::EnterPersons)), qPrintable(refused.text()));
    QCOMPARE(AuditLog::rowCount(connection()).value(), rows);

    // The Actor struct is not trusted: a supervisor's name on the operator's id does not help.
    m_store->setActor(Actor{operatorAccount.id, m_setupSupervisor.username, m_setupSupervisor.fullName});
    QVERIFY(!perform(Write::ExchangeCreate).ok());
    // Nor does an id that names no account.
    m_store->setActor(Actor{9999, m_setupSupervisor.username, m_setupSupervisor.fullName});
    const Status unknown = perform(Write::ExchangeCreate);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.text().contains(QLatin1String("does not exist")), qPrintable(unknown.text()));
    QCOMPARE(AuditLog::rowCount(connection()).value(), rows);
}

void PermissionsTest::readsNeedNoOfficial()
{
    signOut(*m_store);
    QVERIFY(m_store->exchanges().list().ok());
    QCOMPARE(m_store->exchanges().get(m_exchange).value().title, QStringLiteral("Обмін 1"));
    QCOMPARE(m_store->batches().listForExchange(m_exchange).value().size(), 3);
    QCOMPARE(m_store->batches().counts(m_batch).value().entered(), 2);
    QCOMPARE(m_store->persons().countInBatch(m_batch).value(), 2);
    QCOMPARE(m_store->persons().pageInBatch(m_batch, 0, 10).value().size(), 2);
    QCOMPARE(m_store->verification().itemsForPerson(m_person).value().size(), 9);
    QVERIFY(m_store->verification().progress(m_batch).ok());
}

QTEST_GUILESS_MAIN(PermissionsTest)
#include "tst_permissions.moc"
