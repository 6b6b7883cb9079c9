#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SealCheck.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace homeward;

// The batch workflow through BatchWorkflow, with the accounts of each role,
// and the schema 5 triggers attacked with plain SQL. One database for the
// whole suite (hashing passwords is slow); every test gets its own exchange
// and batch of three persons (two servicemen, one civilian, as planned),
// entered by `op`. Runs on SQLite and on PostgreSQL (TestDatabase: HOMEWARD_TEST_BACKEND).
class WorkflowTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void roleMatrix_data();
    void roleMatrix();
    void confirmerWhoWorkedOnTheBatchIsRefused_data();
    void confirmerWhoWorkedOnTheBatchIsRefused();
    void wrongPasswordIsRefusedAndCounted();
    void sealIsStoredAndStable();
    void reopen_data();
    void reopen();
    void completionRecordsTheHandover();
    void completionWithUnmetPreconditionsIsRefused();
    void cancel_data();
    void cancel();
    void preconditionsChangeNothing();
    void stepsOutOfOrderAreRefused();
    void triggersRefuseSql_data();
    void triggersRefuseSql();
    void verifiedBatchGoesBackWhenItChanges_data();
    void verifiedBatchGoesBackWhenItChanges();
    void sealCheckNamesTheTamperedBatch_data();
    void sealCheckNamesTheTamperedBatch();

private:
    QSqlDatabase c() const { return m_db->connection(); }
    // For plain-SQL attacks on the schema's rules: the owner's connection on PostgreSQL (a desk
    // may not even try some of them), the same one on SQLite. The rules hold for the owner too.
    QSqlDatabase raw() const { return m_owner ? m_owner->connection() : c(); }
    void as(const QString &username);
    // Brings the test's batch to `status` along the ordinary path.
    void bringTo(BatchStatus status);
    void verifyAll(); // every pending item, by `ver`
    BatchStatus status() const;
    int auditRows() const;
    CompletionRecord allHandedOver() const;
    // The seal faults of one batch (tampering tests leave theirs behind).
    QList<SealFault> faultsFor(qint64 batchId) const;

    testing::TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_owner; // PostgreSQL only
    std::unique_ptr<Store> m_store;
    QHash<QString, Actor> m_actors;
    qint64 m_exchangeId = 0;
    qint64 m_batchId = 0;
    QList<qint64> m_persons; // servicemen, servicemen, civilian
    const QString m_password = QStringLiteral("demo");
};

void WorkflowTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    if (m_testDb.isPostgres()) {
        auto owner = m_testDb.openAsOwner();
        QVERIFY2(owner.ok(), qPrintable(owner.text()));
        m_owner = std::move(owner).value();
    }
    m_store = std::make_unique<Store>(c());
    Accounts accounts(c());
    auto boss = accounts.createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("Boss"), m_password,
                                               PasswordPolicy::DemoAccountsOnly);
    QVERIFY2(boss.ok(), qPrintable(boss.text()));
    m_actors.insert(QStringLiteral("boss"), Accounts::actorFor(boss.value()));
    struct Account {
        const char *name;
        bool op, ver, sup;
    };
    // opsup and versup hold two roles: they may confirm, but not a batch they worked on.
    for (const Account &a : {Account{"op", true, false, false}, Account{"ver", false, true, false},
                             Account{"sup2", false, false, true}, Account{"locked", false, false, true},
                             Account{"opsup", true, false, true}, Account{"versup", false, true, true}}) {
        Official official;
        official.username = QString::fromLatin1(a.name);
        official.fullName = QString::fromLatin1(a.name).toUpper();
        official.isOperator = a.op;
        official.isVerifier = a.ver;
        official.isSupervisor = a.sup;
        auto created =
            accounts.create(m_actors.value(QStringLiteral("boss")), official, m_password, PasswordPolicy::DemoAccountsOnly);
        QVERIFY2(created.ok(), qPrintable(created.text()));
        m_actors.insert(official.username, Accounts::actorFor(created.value()));
    }
}

void WorkflowTest::cleanupTestCase()
{
    m_store.reset();
    m_owner.reset();
    m_db.reset();
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void WorkflowTest::as(const QString &username)
{
    QVERIFY2(m_actors.contains(username) || username.isEmpty(), qPrintable(username));
    m_store->setActor(m_actors.value(username));
}

void WorkflowTest::init()
{
    as(QStringLiteral("boss"));
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін %1").arg(QTest::currentTestFunction());
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    m_exchangeId = exchangeId.value();
    Batch batch;
    batch.exchangeId = m_exchangeId;
    batch.plannedServicemen = 2;
    batch.plannedCivilians = 1;
    batch.place = QStringLiteral("КПП");
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();
    as(QStringLiteral("op"));
    m_persons.clear();
    const QList<std::pair<QString, Category>> persons{{QStringLiteral("Коваленко"), Category::Serviceman},
                                                      {QStringLiteral("Шевчук"), Category::Serviceman},
                                                      {QStringLiteral("Петренко"), Category::Civilian}};
    for (const auto &[surname, category] : persons) {
        Person person;
        person.surname = surname;
        person.givenName = QStringLiteral("Андрій");
        person.category = category;
        auto id = m_store->persons().addToBatch(m_batchId, person);
        QVERIFY2(id.ok(), qPrintable(id.text()));
        m_persons << id.value();
    }
}

BatchStatus WorkflowTest::status() const
{
    return m_store->batches().get(m_batchId).value().status;
}

int WorkflowTest::auditRows() const
{
    return int(AuditLog::rowCount(c()).value());
}

void WorkflowTest::verifyAll()
{
    const Actor saved = m_store->actor();
    as(QStringLiteral("ver"));
    for (qint64 personId : std::as_const(m_persons)) {
        const auto items = m_store->verification().itemsForPerson(personId);
        QVERIFY2(items.ok(), qPrintable(items.text()));
        for (const VerificationItem &item : items.value()) {
            if (item.state == CheckState::Confirmed)
                continue;
            const Status done = m_store->verification().confirm(
                item.id, item.item == CheckItem::Identity ? CheckMethod::Documents : CheckMethod::Compared);
            QVERIFY2(done.ok(), qPrintable(done.text()));
        }
    }
    m_store->setActor(saved);
}

void WorkflowTest::bringTo(BatchStatus target)
{
    const auto step = [this](const char *who, const std::function<Status()> &write) {
        as(QString::fromLatin1(who));
        const Status done = write();
        QVERIFY2(done.ok(), qPrintable(done.text()));
    };
    BatchWorkflow &w = m_store->workflow();
    if (target == BatchStatus::Draft)
        return;
    if (target == BatchStatus::Cancelled) {
        step("boss", [&] { return w.cancel(m_batchId, QStringLiteral("postponed")); });
        return;
    }
    step("op", [&] { return w.submitForVerification(m_batchId); });
    if (target == BatchStatus::InVerification || QTest::currentTestFailed())
        return;
    verifyAll();
    step("ver", [&] { return w.markVerified(m_batchId); });
    if (target == BatchStatus::Verified || QTest::currentTestFailed())
        return;
    step("boss", [&] { return w.confirm(m_batchId, m_password); });
    if (target == BatchStatus::Confirmed || QTest::currentTestFailed())
        return;
    step("boss", [&] { return w.complete(m_batchId, allHandedOver()); });
}

CompletionRecord WorkflowTest::allHandedOver() const
{
    CompletionRecord record;
    record.date = QDate(2025, 5, 23);
    record.place = QStringLiteral("КПП Ягодин");
    record.actualServicemen = 2;
    record.actualCivilians = 1;
    for (qint64 id : m_persons)
        record.outcomes << HandoverOutcome{id, true, {}};
    return record;
}

QList<SealFault> WorkflowTest::faultsFor(qint64 batchId) const
{
    auto all = SealCheck::verify(c());
    if (!all.ok()) {
        QTest::qFail(qPrintable(all.text()), __FILE__, __LINE__);
        return {};
    }
    QList<SealFault> faults;
    for (const SealFault &fault : all.value())
        if (fault.batchId == batchId)
            faults << fault;
    return faults;
}

Q_DECLARE_METATYPE(BatchStatus)

void WorkflowTest::roleMatrix_data()
{
    QTest::addColumn<BatchStatus>("from");
    QTest::addColumn<int>("which");
    QTest::addColumn<BatchStatus>("to");
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("allowed");
    struct Row {
        const char *name;
        BatchStatus from;
        BatchStatus to;
        QStringList allowedFor;
    };
    const QList<Row> rows{
        {"submit", BatchStatus::Draft, BatchStatus::InVerification, {"op", "boss"}},
        {"return to entry", BatchStatus::InVerification, BatchStatus::Draft, {"op", "boss"}},
        {"mark verified", BatchStatus::InVerification, BatchStatus::Verified, {"ver", "boss"}},
        {"return to verification", BatchStatus::Verified, BatchStatus::InVerification, {"ver", "boss"}},
        {"confirm", BatchStatus::Verified, BatchStatus::Confirmed, {"boss"}},
        {"reopen", BatchStatus::Confirmed, BatchStatus::InVerification, {"boss"}},
        {"complete", BatchStatus::Confirmed, BatchStatus::Completed, {"boss"}},
        {"cancel", BatchStatus::InVerification, BatchStatus::Cancelled, {"boss"}},
    };
    for (int i = 0; i < rows.size(); ++i)
        for (const QString &user : {QStringLiteral("op"), QStringLiteral("ver"), QStringLiteral("boss"), QString()})
            QTest::addRow("%s by %s", rows.at(i).name, user.isEmpty() ? "nobody" : qPrintable(user))
                << rows.at(i).from << i << rows.at(i).to << user << rows.at(i).allowedFor.contains(user);
}

void WorkflowTest::roleMatrix()
{
    QFETCH(BatchStatus, from);
    QFETCH(int, which);
    QFETCH(BatchStatus, to);
    QFETCH(QString, username);
    QFETCH(bool, allowed);
    bringTo(from);
    if (which == 2)
        verifyAll(); // marking verified needs every detail verified
    if (QTest::currentTestFailed())
        return;
    as(username);
    QSignalSpy changed(m_store->notifier(), &ChangeNotifier::batchesChanged);
    const int rowsBefore = auditRows();
    BatchWorkflow &w = m_store->workflow();
    const QString reason = QStringLiteral("the other side asked for it");
    Status done;
    switch (which) {
    case 0: done = w.submitForVerification(m_batchId); break;
    case 1: done = w.returnToEntry(m_batchId); break;
    case 2: done = w.markVerified(m_batchId); break;
    case 3: done = w.returnToVerification(m_batchId); break;
    case 4: done = w.confirm(m_batchId, m_password); break;
    case 5: done = w.reopen(m_batchId, reason); break;
    case 6: done = w.complete(m_batchId, allHandedOver()); break;
    default: done = w.cancel(m_batchId, reason); break;
    }
    QCOMPARE(done.ok(), allowed);
    QCOMPARE(status(), allowed ? to : from);
    QCOMPARE(changed.count(), allowed ? 1 : 0);
    if (!allowed) {
        QVERIFY2(done.text().contains(username.isEmpty() ? QLatin1String("Log in") : QLatin1String("may not")),
                 qPrintable(done.text()));
        QCOMPARE(auditRows(), rowsBefore);
        return;
    }
    // The transition is audited with both states, and recorded.
    const auto history = AuditLog::history(c(), QStringLiteral("batch"), m_batchId).value();
    const AuditEntry &last = history.constLast();
    QCOMPARE(last.action, QStringLiteral("transition"));
    QCOMPARE(last.officialId, m_actors.value(username).officialId);
    QCOMPARE(last.before.value(QStringLiteral("status")).toString(), toCode(from));
    QCOMPARE(last.after.value(QStringLiteral("status")).toString(), toCode(to));
    const bool reasoned = to == BatchStatus::Cancelled || (from == BatchStatus::Confirmed && to == BatchStatus::InVerification);
    QCOMPARE(last.after.value(QStringLiteral("reason")).toString(), reasoned ? reason : QString());
    auto recorded = sql::run(c(),
                             QStringLiteral("SELECT from_status, to_status, official_id, automatic FROM batch_transition "
                                            "WHERE batch_id = ? ORDER BY id DESC LIMIT 1"),
                             {m_batchId});
    QVERIFY(recorded.ok() && recorded.value().next());
    QCOMPARE(recorded.value().value(0).toString(), toCode(from));
    QCOMPARE(recorded.value().value(1).toString(), toCode(to));
    QCOMPARE(recorded.value().value(2).toLongLong(), m_actors.value(username).officialId);
    QCOMPARE(recorded.value().value(3).toInt(), 0);
    QVERIFY(!AuditLog::verify(c()).value().has_value());
}

void WorkflowTest::confirmerWhoWorkedOnTheBatchIsRefused_data()
{
    QTest::addColumn<QString>("confirmer");
    QTest::addColumn<QString>("work");
    QTest::newRow("entered a person") << "opsup" << "enter";
    QTest::newRow("edited a detail") << "opsup" << "edit";
    QTest::newRow("edited a detail someone else edited again") << "opsup" << "edit-overwritten";
    QTest::newRow("verified a detail") << "versup" << "verify";
    QTest::newRow("recorded a discrepancy later resolved") << "versup" << "discrepancy";
}

void WorkflowTest::confirmerWhoWorkedOnTheBatchIsRefused()
{
    QFETCH(QString, confirmer);
    QFETCH(QString, work);
    const qint64 person = m_persons.at(1);
    if (work == QLatin1String("enter")) {
        // opsup enters the third person instead of op: same counts.
        as(QStringLiteral("op"));
        QVERIFY(m_store->persons().removeFromBatch(m_batchId, m_persons.at(2)).ok());
        as(confirmer);
        Person civilian;
        civilian.surname = QStringLiteral("Литвиненко");
        civilian.givenName = QStringLiteral("Олег");
        civilian.category = Category::Civilian;
        auto id = m_store->persons().addToBatch(m_batchId, civilian);
        QVERIFY2(id.ok(), qPrintable(id.text()));
        m_persons[2] = id.value();
    } else if (work.startsWith(QLatin1String("edit"))) {
        as(confirmer);
        Person p = m_store->persons().get(person).value();
        p.rank = QStringLiteral("солдат");
        QVERIFY(m_store->persons().update(p).ok());
        if (work == QLatin1String("edit-overwritten")) {
            as(QStringLiteral("op"));
            p = m_store->persons().get(person).value();
            p.rank = QStringLiteral("сержант");
            QVERIFY(m_store->persons().update(p).ok());
            // No trace is left on the person or its checklist; the audit trail remembers.
            QCOMPARE(sql::scalar(c(), QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE person_id = ? AND "
                                                     "changed_by = ?"),
                                 {person, m_actors.value(confirmer).officialId})
                         .value()
                         .toInt(),
                     0);
        }
    } else {
        as(confirmer);
        const auto items = m_store->verification().itemsForPerson(person).value();
        const Status done = work == QLatin1String("verify")
                                ? m_store->verification().confirm(items.constFirst().id, CheckMethod::Compared)
                                : m_store->verification().markDiscrepancy(items.constFirst().id, QStringLiteral("?"));
        QVERIFY2(done.ok(), qPrintable(done.text()));
        if (work == QLatin1String("discrepancy")) {
            // The detail is corrected by the operator and verified by `ver`:
            // the discrepancy's author is no longer on the item.
            as(QStringLiteral("op"));
            Person p = m_store->persons().get(person).value();
            p.surname = QStringLiteral("Шевчюк");
            QVERIFY(m_store->persons().update(p).ok());
        }
    }
    bringTo(BatchStatus::Verified);
    if (QTest::currentTestFailed())
        return;
    as(confirmer);
    const Status refused = m_store->workflow().confirm(m_batchId, m_password);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.text().contains(QLatin1String("another supervisor must confirm it")), qPrintable(refused.text()));
    QCOMPARE(status(), BatchStatus::Verified);
    const QStringList unmet = m_store->workflow().preconditions(m_batchId, BatchStatus::Confirmed).value();
    QCOMPARE(unmet.size(), 1);
    // Another supervisor, who only planned the batch, may.
    as(QStringLiteral("boss"));
    QVERIFY(m_store->workflow().preconditions(m_batchId, BatchStatus::Confirmed).value().isEmpty());
    const Status confirmed = m_store->workflow().confirm(m_batchId, m_password);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.text()));
}

void WorkflowTest::wrongPasswordIsRefusedAndCounted()
{
    bringTo(BatchStatus::Verified);
    as(QStringLiteral("locked"));
    Accounts accounts(c());
    const qint64 id = m_actors.value(QStringLiteral("locked")).officialId;
    const Status empty = m_store->workflow().confirm(m_batchId, QString());
    QVERIFY(!empty.ok());
    QCOMPARE(accounts.get(id).value().failedAttempts, 0); // nothing typed: nothing counted
    for (int attempt = 1; attempt <= Accounts::kFailuresBeforeLock; ++attempt) {
        const Status refused = m_store->workflow().confirm(m_batchId, QStringLiteral("wrong"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.text().startsWith(QLatin1String("The batch was not confirmed")), qPrintable(refused.text()));
        QCOMPARE(accounts.get(id).value().failedAttempts, attempt);
        QCOMPARE(status(), BatchStatus::Verified);
    }
    // Locked now: even the right password is refused until the lock ends.
    const Status locked = m_store->workflow().confirm(m_batchId, m_password);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.text().contains(QLatin1String("locked")), qPrintable(locked.text()));
    QCOMPARE(status(), BatchStatus::Verified);
    QVERIFY(!m_store->workflow().seal(m_batchId).value().isSealed());
}

void WorkflowTest::sealIsStoredAndStable()
{
    bringTo(BatchStatus::Verified);
    const QString expectedContent = BatchWorkflow::contentHash(c(), m_batchId).value();
    as(QStringLiteral("boss"));
    QVERIFY(m_store->workflow().confirm(m_batchId, m_password).ok());
    const BatchSeal seal = m_store->workflow().seal(m_batchId).value();
    QVERIFY(seal.isSealed());
    QCOMPARE(seal.contentHash, expectedContent);
    QCOMPARE(seal.sealedBy, m_actors.value(QStringLiteral("boss")).officialId);
    QCOMPARE(seal.sealedByName, QStringLiteral("Boss"));
    QVERIFY(seal.sealedAt.isValid());
    // The confirmation's audit row carries the seal and follows the sealed head.
    const AuditEntry row = AuditLog::history(c(), QStringLiteral("batch"), m_batchId).value().constLast();
    QCOMPARE(row.prevHash, seal.headHash);
    QCOMPARE(row.after.value(QStringLiteral("seal_head_hash")).toString(), seal.headHash);
    QCOMPARE(row.after.value(QStringLiteral("seal_content_hash")).toString(), seal.contentHash);
    // Stable: other work elsewhere and the completion leave it as it was.
    as(QStringLiteral("op"));
    Batch other;
    other.exchangeId = m_exchangeId;
    as(QStringLiteral("boss"));
    QVERIFY(m_store->batches().create(other).ok());
    QVERIFY(m_store->workflow().complete(m_batchId, allHandedOver()).ok());
    QCOMPARE(BatchWorkflow::contentHash(c(), m_batchId).value(), expectedContent);
    QCOMPARE(m_store->workflow().seal(m_batchId).value().contentHash, expectedContent);
    const QList<SealFault> faults = faultsFor(m_batchId);
    QVERIFY2(faults.isEmpty(), qPrintable(faults.value(0).text()));
}

void WorkflowTest::reopen_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("reopened");
    QTest::newRow("with a reason") << "the other side corrected a date of birth" << true;
    QTest::newRow("without a reason") << "" << false;
    QTest::newRow("blank reason") << "   " << false;
}

void WorkflowTest::reopen()
{
    QFETCH(QString, reason);
    QFETCH(bool, reopened);
    bringTo(BatchStatus::Confirmed);
    as(QStringLiteral("boss"));
    const Status done = m_store->workflow().reopen(m_batchId, reason);
    QCOMPARE(done.ok(), reopened);
    QCOMPARE(status(), reopened ? BatchStatus::InVerification : BatchStatus::Confirmed);
    QCOMPARE(m_store->workflow().seal(m_batchId).value().isSealed(), !reopened);
    as(QStringLiteral("op"));
    Person p = m_store->persons().get(m_persons.at(0)).value();
    p.notes = QStringLiteral("уточнено");
    // Reopened, the list can be corrected again; still confirmed, it cannot.
    QCOMPARE(m_store->persons().update(p).ok(), reopened);
    if (!reopened) {
        QVERIFY2(done.text().contains(QLatin1String("a reason is required")), qPrintable(done.text()));
        return;
    }
    const AuditEntry row = AuditLog::history(c(), QStringLiteral("batch"), m_batchId).value().constLast();
    QCOMPARE(row.after.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(!row.before.value(QStringLiteral("seal_content_hash")).toString().isEmpty());
}

void WorkflowTest::completionRecordsTheHandover()
{
    bringTo(BatchStatus::Confirmed);
    as(QStringLiteral("boss"));
    CompletionRecord record = allHandedOver();
    record.outcomes[1] = HandoverOutcome{m_persons.at(1), false, QStringLiteral("відмовився від обміну")};
    record.actualServicemen = 1;
    QSignalSpy persons(m_store->notifier(), &ChangeNotifier::personsChanged);
    const Status done = m_store->workflow().complete(m_batchId, record);
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QCOMPARE(status(), BatchStatus::Completed);
    QCOMPARE(persons.count(), 1);
    const StoredCompletion stored = m_store->workflow().completion(m_batchId).value();
    QCOMPARE(stored.record, record);
    QCOMPARE(stored.completedBy, m_actors.value(QStringLiteral("boss")).officialId);
    QVERIFY(stored.completedAt.isValid());
    const AuditEntry row = AuditLog::history(c(), QStringLiteral("batch"), m_batchId).value().constLast();
    QCOMPARE(row.after.value(QStringLiteral("actual_servicemen")).toInt(), 1);
    QCOMPARE(row.after.value(QStringLiteral("outcomes")).toArray().size(), 3);
    // Completed is final.
    QVERIFY(!m_store->workflow().reopen(m_batchId, QStringLiteral("x")).ok());
    QVERIFY(!m_store->workflow().cancel(m_batchId, QStringLiteral("x")).ok());
    QCOMPARE(status(), BatchStatus::Completed);
}

void WorkflowTest::completionWithUnmetPreconditionsIsRefused()
{
    bringTo(BatchStatus::Confirmed);
    as(QStringLiteral("boss"));
    CompletionRecord record = allHandedOver();
    record.outcomes[2].handedOver = false; // without a reason
    record.outcomes.removeAt(0);
    record.place.clear();
    const int rows = auditRows();
    const Status refused = m_store->workflow().complete(m_batchId, record);
    QVERIFY(!refused.ok());
    for (const char *part : {"the actual handover place is missing", "1 listed person(s) not marked",
                             "1 person(s) marked not handed over without a reason"})
        QVERIFY2(refused.text().contains(QLatin1String(part)), qPrintable(refused.text()));
    QCOMPARE(status(), BatchStatus::Confirmed);
    QCOMPARE(auditRows(), rows);
    QCOMPARE(sql::scalar(c(), QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ? AND handover IS NOT NULL"),
                         {m_batchId})
                 .value()
                 .toInt(),
             0);
}

void WorkflowTest::cancel_data()
{
    QTest::addColumn<BatchStatus>("from");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("cancelled");
    for (BatchStatus from : {BatchStatus::Draft, BatchStatus::InVerification, BatchStatus::Verified,
                             BatchStatus::Confirmed, BatchStatus::Completed}) {
        const bool possible = from != BatchStatus::Completed;
        QTest::addRow("%s with a reason", qPrintable(toCode(from))) << from << "postponed" << possible;
        QTest::addRow("%s without a reason", qPrintable(toCode(from))) << from << "" << false;
    }
}

void WorkflowTest::cancel()
{
    QFETCH(BatchStatus, from);
    QFETCH(QString, reason);
    QFETCH(bool, cancelled);
    bringTo(from);
    if (QTest::currentTestFailed())
        return;
    as(QStringLiteral("boss"));
    const Status done = m_store->workflow().cancel(m_batchId, reason);
    QCOMPARE(done.ok(), cancelled);
    QCOMPARE(status(), cancelled ? BatchStatus::Cancelled : from);
    if (cancelled)
        QVERIFY(!m_store->workflow().seal(m_batchId).value().isSealed());
    // Cancelled is final.
    if (cancelled)
        QVERIFY(!m_store->workflow().submitForVerification(m_batchId).ok());
}

void WorkflowTest::preconditionsChangeNothing()
{
    bringTo(BatchStatus::InVerification);
    as(QStringLiteral("ver"));
    const int rows = auditRows();
    auto unmet = m_store->workflow().preconditions(m_batchId, BatchStatus::Verified);
    QVERIFY2(unmet.ok(), qPrintable(unmet.text()));
    QCOMPARE(unmet.value().constFirst(), QStringLiteral("3 person(s) not fully verified"));
    QCOMPARE(unmet.value().size(), 2); // and the details waiting
    QCOMPARE(auditRows(), rows);
    QCOMPARE(status(), BatchStatus::InVerification);
    // The same check refuses the transition, listing the same sentences.
    const Status refused = m_store->workflow().markVerified(m_batchId);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.text().contains(unmet.value().join(QStringLiteral("; "))), qPrintable(refused.text()));
    // A missing permission is listed too.
    as(QStringLiteral("op"));
    const QStringList forOperator = m_store->workflow().preconditions(m_batchId, BatchStatus::Verified).value();
    QVERIFY2(forOperator.constFirst().contains(QLatin1String("may not")), qPrintable(forOperator.constFirst()));
}

void WorkflowTest::stepsOutOfOrderAreRefused()
{
    as(QStringLiteral("boss"));
    const Status early = m_store->workflow().confirm(m_batchId, m_password);
    QVERIFY(!early.ok());
    QVERIFY2(early.text().contains(QLatin1String("cannot become")), qPrintable(early.text()));
    QVERIFY(!m_store->workflow().markVerified(m_batchId).ok());
    QVERIFY(!m_store->workflow().complete(m_batchId, allHandedOver()).ok());
    QCOMPARE(status(), BatchStatus::Draft);
    // An empty batch is not submitted.
    Batch empty;
    empty.exchangeId = m_exchangeId;
    const qint64 emptyId = m_store->batches().create(empty).value();
    as(QStringLiteral("op"));
    const Status refused = m_store->workflow().submitForVerification(emptyId);
    QVERIFY2(refused.text().contains(QLatin1String("the batch lists no persons")), qPrintable(refused.text()));
}

void WorkflowTest::triggersRefuseSql_data()
{
    // A hash of 64 digits, written out: printf() is SQLite's, lpad() PostgreSQL's.
    const QString aHash = QString(63, QLatin1Char('0')) + QLatin1Char('1');
    QTest::addColumn<BatchStatus>("state");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("error");
    using S = BatchStatus;
    QTest::newRow("draft to confirmed") << S::Draft << "UPDATE batch SET status = 'confirmed' WHERE id = %B"
                                        << "cannot move";
    QTest::newRow("draft to completed") << S::Draft << "UPDATE batch SET status = 'completed' WHERE id = %B"
                                        << "cannot move";
    QTest::newRow("in verification to confirmed")
        << S::InVerification << "UPDATE batch SET status = 'confirmed' WHERE id = %B" << "cannot move";
    QTest::newRow("completed back to draft") << S::Completed << "UPDATE batch SET status = 'draft' WHERE id = %B"
                                             << "cannot move";
    QTest::newRow("cancelled back to draft") << S::Cancelled << "UPDATE batch SET status = 'draft' WHERE id = %B"
                                             << "cannot move";
    QTest::newRow("confirmed without a seal") << S::Verified << "UPDATE batch SET status = 'confirmed' WHERE id = %B"
                                              << "needs its seal";
    QTest::newRow("a seal on a draft")
        << S::Draft << QStringLiteral("UPDATE batch SET seal_content_hash = '%1' WHERE id = %B").arg(aHash)
        << "only a confirmed";
    QTest::newRow("a confirmed batch's seal replaced")
        << S::Confirmed << QStringLiteral("UPDATE batch SET seal_content_hash = '%1' WHERE id = %B").arg(aHash)
        << "cannot change";
    QTest::newRow("a confirmed batch's seal removed")
        << S::Confirmed << "UPDATE batch SET seal_content_hash = NULL WHERE id = %B" << "cannot change";
    QTest::newRow("a handover date before completion")
        << S::Confirmed << "UPDATE batch SET actual_date = '2025-05-23' WHERE id = %B" << "only a completed";
    QTest::newRow("completed without the record")
        << S::Confirmed << "UPDATE batch SET status = 'completed' WHERE id = %B" << "every listed person";
    QTest::newRow("completed without outcomes")
        << S::Confirmed
        << "UPDATE batch SET status = 'completed', actual_date = '2025-05-23', actual_place = 'x', actual_servicemen = "
           "2, actual_civilians = 1, completed_at = 'x', completed_by = 1 WHERE id = %B"
        << "every listed person";
    QTest::newRow("a completed handover rewritten")
        << S::Completed << "UPDATE batch SET actual_servicemen = 5 WHERE id = %B" << "cannot change";
    QTest::newRow("an outcome outside completion")
        << S::InVerification << "UPDATE batch_member SET handover = 'handed_over' WHERE batch_id = %B"
        << "only when a confirmed batch is completed";
    QTest::newRow("an outcome on a new listing")
        << S::Draft
        << "INSERT INTO batch_member (batch_id, person_id, position, handover, created_at, updated_at) "
           "SELECT %B, id, 99, 'handed_over', 'x', 'x' FROM person WHERE id NOT IN "
           "(SELECT person_id FROM batch_member WHERE batch_id = %B) LIMIT 1"
        << "only when a confirmed batch is completed";
    QTest::newRow("not handed over without a reason")
        << S::Confirmed << "UPDATE batch_member SET handover = 'not_handed_over' WHERE batch_id = %B"
        << "needs a reason";
    QTest::newRow("a confirmed list reordered")
        << S::Confirmed << "UPDATE batch_member SET position = position + 10 WHERE batch_id = %B" << "list cannot change";
    QTest::newRow("a completed outcome changed")
        << S::Completed << "UPDATE batch_member SET handover = 'not_handed_over', handover_reason = 'x' "
                           "WHERE batch_id = %B"
        << "only when a confirmed batch is completed";
    QTest::newRow("a new batch already confirmed")
        << S::Draft
        << "INSERT INTO batch (exchange_id, sequence_no, direction, status, created_at, updated_at) "
           "SELECT exchange_id, 77, 'receive', 'confirmed', 'x', 'x' FROM batch WHERE id = %B"
        << "starts as a draft";
    QTest::newRow("the transition record rewritten")
        << S::InVerification << "UPDATE batch_transition SET official_id = NULL WHERE batch_id = %B" << "cannot be changed";
}

void WorkflowTest::triggersRefuseSql()
{
    QFETCH(BatchStatus, state);
    QFETCH(QString, statement);
    QFETCH(QString, error);
    bringTo(state);
    if (QTest::currentTestFailed())
        return;
    const QString before = BatchWorkflow::contentHash(c(), m_batchId).value();
    auto done = sql::run(raw(), QString(statement).replace(QLatin1String("%B"), QString::number(m_batchId)));
    QVERIFY2(!done.ok(), "the database accepted it");
    QVERIFY2(done.text().contains(error), qPrintable(done.text()));
    QCOMPARE(status(), state);
    QCOMPARE(BatchWorkflow::contentHash(c(), m_batchId).value(), before);
    QVERIFY(faultsFor(m_batchId).isEmpty());
}

void WorkflowTest::verifiedBatchGoesBackWhenItChanges_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a detail edited")
        << "UPDATE person SET surname = 'Коваль', updated_by = %OP WHERE id = %P" << "details_changed";
    QTest::newRow("a discrepancy recorded")
        << "UPDATE verification_item SET state = 'discrepancy', note = 'інше ім''я' WHERE person_id = %P "
           "AND item = 'given_name'"
        << "checklist_changed";
    QTest::newRow("a person withdrawn")
        << "UPDATE batch_member SET status = 'withdrawn', updated_at = 'x' WHERE person_id = %P" << "list_changed";
    QTest::newRow("a person taken off")
        << "DELETE FROM batch_member WHERE person_id = %P AND batch_id = %B" << "list_changed";
    QTest::newRow("the plan changed")
        << "UPDATE batch SET planned_civilians = 2, updated_at = 'x' WHERE id = %B" << "plan_changed";
}

void WorkflowTest::verifiedBatchGoesBackWhenItChanges()
{
    QFETCH(QString, statement);
    QFETCH(QString, reason);
    bringTo(BatchStatus::Verified);
    if (QTest::currentTestFailed())
        return;
    const QString sql = QString(statement)
                            .replace(QLatin1String("%OP"), QString::number(m_actors.value(QStringLiteral("op")).officialId))
                            .replace(QLatin1String("%P"), QString::number(m_persons.at(0)))
                            .replace(QLatin1String("%B"), QString::number(m_batchId));
    auto done = sql::run(c(), sql);
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QCOMPARE(status(), BatchStatus::InVerification);
    auto recorded = sql::run(c(),
                             QStringLiteral("SELECT from_status, to_status, reason, automatic FROM batch_transition "
                                            "WHERE batch_id = ? ORDER BY id DESC LIMIT 1"),
                             {m_batchId});
    QVERIFY(recorded.ok() && recorded.value().next());
    QCOMPARE(recorded.value().value(0).toString(), QStringLiteral("verified"));
    QCOMPARE(recorded.value().value(1).toString(), QStringLiteral("in_verification"));
    QCOMPARE(recorded.value().value(2).toString(), reason);
    QCOMPARE(recorded.value().value(3).toInt(), 1);
    // Confirming is out of the question until it is verified again.
    as(QStringLiteral("boss"));
    QVERIFY(!m_store->workflow().confirm(m_batchId, m_password).ok());
}

void WorkflowTest::sealCheckNamesTheTamperedBatch_data()
{
    QTest::addColumn<QString>("script"); // statements separated by ';'
    QTest::addColumn<QString>("fault");
    QTest::newRow("a surname changed by one byte")
        << "DROP TRIGGER batch_locked_person_update; DROP TRIGGER batch_verified_person_changed; "
           "DROP TRIGGER batch_locked_verification_update; "
           "UPDATE person SET surname = replace(surname, 'а', 'б') WHERE id = %P"
        << "no longer matches its seal";
    QTest::newRow("a checklist item changed")
        << "DROP TRIGGER batch_locked_verification_update; "
           "UPDATE verification_item SET note = 'x' WHERE person_id = %P AND item = 'sex'"
        << "no longer matches its seal";
    QTest::newRow("the seal replaced with a fresh content hash")
        << "DROP TRIGGER batch_seal_unchanged; DROP TRIGGER batch_locked_person_update; "
           "DROP TRIGGER batch_verified_person_changed; DROP TRIGGER batch_locked_verification_update; "
           "UPDATE person SET surname = 'Коваль' WHERE id = %P; UPDATE batch SET seal_content_hash = '%NEW' WHERE id = %B"
        << "differs from the one recorded at confirmation";
}

void WorkflowTest::sealCheckNamesTheTamperedBatch()
{
    QFETCH(QString, script);
    QFETCH(QString, fault);
    bringTo(BatchStatus::Confirmed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(faultsFor(m_batchId).isEmpty());
    // PostgreSQL names its triggers otherwise and drops them per table: there the owner switches the
    // three tables' own triggers off for the tampering instead, and on again after it.
    const QStringList tables{QStringLiteral("person"), QStringLiteral("verification_item"), QStringLiteral("batch")};
    const auto switchTriggers = [&](const char *how) {
        for (const QString &table : tables) {
            auto done =
                sql::exec(raw(), QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER").arg(table, QLatin1String(how)));
            QVERIFY2(done.ok(), qPrintable(done.text()));
        }
    };
    if (m_testDb.isPostgres())
        switchTriggers("DISABLE");
    // On again when the test ends, also when it fails, for the tests after this one.
    const auto enableAgain = qScopeGuard([&] {
        if (m_testDb.isPostgres())
            switchTriggers("ENABLE");
    });
    const QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QString statement = statements.at(i).trimmed();
        if (m_testDb.isPostgres() && statement.startsWith(QLatin1String("DROP TRIGGER")))
            continue;
        statement.replace(QLatin1String("%P"), QString::number(m_persons.at(0)))
            .replace(QLatin1String("%B"), QString::number(m_batchId));
        if (statement.contains(QLatin1String("%NEW")))
            statement.replace(QLatin1String("%NEW"), BatchWorkflow::contentHash(c(), m_batchId).value());
        auto done = sql::run(raw(), statement);
        QVERIFY2(done.ok(), qPrintable(statement + QStringLiteral(": ") + done.text()));
    }
    const QList<SealFault> faults = faultsFor(m_batchId);
    QCOMPARE(faults.size(), 1);
    const SealFault &found = faults.constFirst();
    QCOMPARE(found.batchId, m_batchId);
    QVERIFY2(found.reason.contains(fault), qPrintable(found.reason));
    QVERIFY2(found.text().contains(QStringLiteral("batch 1 of “Обмін sealCheckNamesTheTamperedBatch”")),
             qPrintable(found.text()));
    // Put the dropped triggers back for the tests after this one.
    if (m_testDb.isPostgres())
        return;
    for (const QString &migration : Migrations::statements(4) + Migrations::statements(5)) {
        for (const QString &name : {QStringLiteral("batch_locked_person_update"),
                                    QStringLiteral("batch_verified_person_changed"),
                                    QStringLiteral("batch_locked_verification_update"),
                                    QStringLiteral("batch_seal_unchanged")})
            if (migration.contains(QStringLiteral("CREATE TRIGGER %1 ").arg(name))) {
                auto exists = sql::scalar(c(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"), {name});
                if (exists.ok() && exists.value().toInt() == 0)
                    QVERIFY(sql::run(c(), migration).ok());
            }
    }
}

QTEST_GUILESS_MAIN(WorkflowTest)
#include "tst_workflow.moc"
