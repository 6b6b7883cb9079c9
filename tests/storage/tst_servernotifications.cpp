#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrations.h"
#include "storage/PresenceRepository.h"
#include "storage/ServerNotifications.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include "PostgresTestServer.h"
#include "Sanitized.h"
#include "SignIn.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace homeward;
using namespace homeward::testing;

Q_DECLARE_METATYPE(homeward::ServerNotifications::Kind)

// Live updates between desks on a shared PostgreSQL database: a change committed at one desk
// (store A) reaches another (store B) as the ChangeNotifier signal A's own repositories send,
// with the same id, after commit only, and never for a rolled-back change; the refresh delay is
// measured. The payload parser and who-is-working (PresenceRepository) are checked on SQLite
// too. The server cases skip without PostgreSQL (PostgresTestServer).
class ServerNotificationsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void payloadsAreParsed_data();
    void payloadsAreParsed();
    void aParsedChangeSendsItsSignal_data();
    void aParsedChangeSendsItsSignal();
    void sqliteListensToNothing();

    void aCommittedChangeReachesTheOtherDesk_data();
    void aCommittedChangeReachesTheOtherDesk();
    void nothingBeforeCommit();
    void nothingForARollback();
    void ownChangesAreAnnouncedOnce();
    void foreignPayloadsAreIgnored();
    void refreshDelay();

    void presenceIsListed_data();
    void presenceIsListed();
    void stalePresenceCountsAsGone_data();
    void stalePresenceCountsAsGone();
    void presenceNeedsSomeoneSignedIn();
    void presenceReachesTheOtherDesk();

private:
    bool serverRuns() const { return m_server.skipReason().isEmpty(); }
    std::unique_ptr<Database> openDesk();
    // A store on `backend` ("sqlite" or "postgres"); nullptr (with a skip or failure set) when it cannot be.
    void makeStores(const QString &backend);
    void makeExchangeAndBatch(Store &store);

    PostgresTestServer m_server;
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_dbA;
    std::unique_ptr<Database> m_dbB;
    std::unique_ptr<Store> m_a;
    std::unique_ptr<Store> m_b;
    Official m_operator;
    Official m_verifier;
    qint64 m_exchange = 0;
    qint64 m_batch = 0;
    int m_names = 0;
};

void ServerNotificationsTest::initTestCase()
{
    qRegisterMetaType<ServerNotifications::Kind>();
    QString failure;
    QVERIFY2(m_server.start(&failure), qPrintable(failure));
    if (!serverRuns())
        return;
    m_server.usePassFile();
    // The owner migrates the suite's database once; the desks then work as the desk role.
    auto url = DatabaseUrl::parse(m_server.ownerUrl().isEmpty() ? m_server.url() : m_server.ownerUrl());
    QVERIFY2(url.ok(), qPrintable(url.text()));
    auto owner = Database::openServerUnmigrated(url.value());
    QVERIFY2(owner.ok(), qPrintable(owner.text()));
    const Status migrated = Migrations::migrate(owner.value()->connection());
    QVERIFY2(migrated.ok(), qPrintable(migrated.text()));
}

void ServerNotificationsTest::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_dbA.reset();
    m_dbB.reset();
    qunsetenv("PGPASSFILE");
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
}

void ServerNotificationsTest::init()
{
    m_exchange = 0;
    m_batch = 0;
}

void ServerNotificationsTest::cleanup()
{
    // Stores before their connections.
    m_a.reset();
    m_b.reset();
    m_dbA.reset();
    m_dbB.reset();
}

std::unique_ptr<Database> ServerNotificationsTest::openDesk()
{
    auto url = DatabaseUrl::parse(m_server.url());
    if (!url) {
        qWarning("%s", qPrintable(url.text()));
        return {};
    }
    auto db = Database::openServerUnmigrated(url.value());
    if (!db) {
        qWarning("%s", qPrintable(db.text()));
        return {};
    }
    return std::move(db.value());
}

void ServerNotificationsTest::makeStores(const QString &backend)
{
    if (backend == QLatin1String("postgres")) {
        m_dbA = openDesk();
        m_dbB = openDesk();
    } else {
        // Two connections to one file: two desks as far as presence goes (SQLite sends no notifications).
        const QString path = m_dir.filePath(QStringLiteral("desks%1.sqlite").arg(++m_files));
        auto a = Database::open(path);
        auto b = Database::open(path);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.text() + b.text()));
        m_dbA = std::move(a.value());
        m_dbB = std::move(b.value());
    }
    QVERIFY(m_dbA && m_dbB);
    m_a = std::make_unique<Store>(m_dbA->connection());
    m_b = std::make_unique<Store>(m_dbB->connection());
    QVERIFY2(m_a->serverNotifications().status().ok(), qPrintable(m_a->serverNotifications().status().text()));
    QVERIFY2(m_b->serverNotifications().status().ok(), qPrintable(m_b->serverNotifications().status().text()));
    const QString suffix = QString::number(++m_names);
    auto op = addOfficial(m_a->connection(), QStringLiteral("op") + suffix, kOperator | kSupervisor, true,
                          QStringLiteral("Оксана Петренко"));
    auto ver =
        addOfficial(m_a->connection(), QStringLiteral("ver") + suffix, kVerifier, true, QStringLiteral("Іван Коваль"));
    QVERIFY2(op.ok() && ver.ok(), qPrintable(op.text() + ver.text()));
    m_operator = op.value();
    m_verifier = ver.value();
    signIn(*m_a, m_operator);
    signIn(*m_b, m_verifier);
}

void ServerNotificationsTest::makeExchangeAndBatch(Store &store)
{
    const Actor before = store.actor();
    signIn(store, m_operator);
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін %1").arg(++m_names);
    auto exchangeId = store.exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 3;
    auto batchId = store.batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_exchange = exchangeId.value();
    m_batch = batchId.value();
    store.setActor(before);
}

// --- payloads ---

void ServerNotificationsTest::payloadsAreParsed_data()
{
    using Kind = ServerNotifications::Kind;
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("understood");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("id");

    QTest::newRow("exchange") << "exchange" << true << Kind::Exchanges << qint64(0);
    QTest::newRow("batch") << "batch:12" << true << Kind::Batches << qint64(12);
    QTest::newRow("person") << "person:7" << true << Kind::Persons << qint64(7);
    QTest::newRow("counterpart") << "counterpart:3" << true << Kind::Counterpart << qint64(3);
    QTest::newRow("presence") << "presence:9000000000" << true << Kind::Presence << qint64(9000000000);
    QTest::newRow("empty") << "" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("exchange with an id") << "exchange:4" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("no id") << "batch:" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("no kind") << ":5" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("unknown kind") << "audit:5" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("zero") << "batch:0" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("negative") << "batch:-3" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("plus sign") << "batch:+3" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("space") << "batch: 3" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("trailing text") << "person:3x" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("two ids") << "person:3:4" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("upper case") << "PERSON:3" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("too long a number") << "batch:99999999999999999999" << false << Kind::Exchanges << qint64(0);
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("batch:\u0663") << false << Kind::Exchanges << qint64(0);
}

void ServerNotificationsTest::payloadsAreParsed()
{
    QFETCH(QString, payload);
    QFETCH(bool, understood);
    QFETCH(ServerNotifications::Kind, kind);
    QFETCH(qint64, id);
    const auto change = ServerNotifications::parse(payload);
    QCOMPARE(change.has_value(), understood);
    if (understood) {
        QCOMPARE(change->kind, kind);
        QCOMPARE(change->id, id);
    }
}

void ServerNotificationsTest::aParsedChangeSendsItsSignal_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<qint64>("id");
    QTest::newRow("exchange") << "exchange" << QByteArray(SIGNAL(exchangesChanged())) << qint64(-1);
    QTest::newRow("batch") << "batch:4" << QByteArray(SIGNAL(batchesChanged(qint64))) << qint64(4);
    QTest::newRow("person") << "person:5" << QByteArray(SIGNAL(personsChanged(qint64))) << qint64(5);
    QTest::newRow("counterpart") << "counterpart:6" << QByteArray(SIGNAL(counterpartChanged(qint64))) << qint64(6);
    QTest::newRow("presence") << "presence:7" << QByteArray(SIGNAL(presenceChanged(qint64))) << qint64(7);
}

// Every kind leads to its own signal and to no other.
void ServerNotificationsTest::aParsedChangeSendsItsSignal()
{
    QFETCH(QString, payload);
    QFETCH(QByteArray, signal);
    QFETCH(qint64, id);
    ChangeNotifier notifier;
    ServerNotifications notifications(QSqlDatabase(), &notifier);
    // QSignalSpy takes the signal's text; the set of all five tells "its own and no other".
    const QList<QByteArray> all = {SIGNAL(exchangesChanged()), SIGNAL(batchesChanged(qint64)),
                                   SIGNAL(personsChanged(qint64)), SIGNAL(counterpartChanged(qint64)),
                                   SIGNAL(presenceChanged(qint64))};
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const QByteArray &s : all)
        spies.push_back(std::make_unique<QSignalSpy>(&notifier, s.constData()));
    const auto change = ServerNotifications::parse(payload);
    QVERIFY(change);
    notifications.dispatch(*change);
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(spies.at(i)->count(), all.at(i) == signal ? 1 : 0);
        if (all.at(i) == signal && id >= 0)
            QCOMPARE(spies.at(i)->at(0).at(0).toLongLong(), id);
    }
}

void ServerNotificationsTest::sqliteListensToNothing()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    QVERIFY(store.serverNotifications().status().ok());
    QVERIFY(!store.serverNotifications().isListening());
    QVERIFY(store.connection().driver()->subscribedToNotifications().isEmpty());
}

// --- between two desks on the server ---

void ServerNotificationsTest::aCommittedChangeReachesTheOtherDesk_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<QString>("idOf"); // "exchange", "batch" or "" (no argument)
    QTest::newRow("new exchange") << "exchange" << QByteArray(SIGNAL(exchangesChanged())) << "";
    QTest::newRow("exchange edited") << "edit exchange" << QByteArray(SIGNAL(exchangesChanged())) << "";
    QTest::newRow("new batch") << "batch" << QByteArray(SIGNAL(batchesChanged(qint64))) << "exchange";
    QTest::newRow("new person") << "person" << QByteArray(SIGNAL(personsChanged(qint64))) << "batch";
    QTest::newRow("person edited") << "edit person" << QByteArray(SIGNAL(personsChanged(qint64))) << "batch";
    QTest::newRow("checklist item confirmed") << "confirm" << QByteArray(SIGNAL(personsChanged(qint64))) << "batch";
    QTest::newRow("other side's list") << "counterpart" << QByteArray(SIGNAL(counterpartChanged(qint64))) << "batch";
    QTest::newRow("batch opened at a desk") << "presence" << QByteArray(SIGNAL(presenceChanged(qint64))) << "batch";
}

void ServerNotificationsTest::aCommittedChangeReachesTheOtherDesk()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    QFETCH(QString, change);
    QFETCH(QByteArray, signal);
    QFETCH(QString, idOf);
    makeStores(QStringLiteral("postgres"));
    makeExchangeAndBatch(*m_a);
    Store &a = *m_a;
    signIn(a, m_operator);
    qint64 personId = 0;
    if (change == QLatin1String("edit person") || change == QLatin1String("confirm")) {
        Person person;
        person.surname = QStringLiteral("Шевченко");
        person.givenName = QStringLiteral("Тарас");
        auto added = a.persons().addToBatch(m_batch, person);
        QVERIFY2(added.ok(), qPrintable(added.text()));
        personId = added.value();
    }
    QTest::qWait(50); // the set-up's own notifications reach B before the spy is there
    QCoreApplication::processEvents();
    QSignalSpy spy(m_b->notifier(), signal.constData());
    QSignalSpy received(&m_b->serverNotifications(), &ServerNotifications::received);

    if (change == QLatin1String("exchange")) {
        Exchange exchange;
        exchange.title = QStringLiteral("Ще один обмін");
        QVERIFY(a.exchanges().create(exchange).ok());
    } else if (change == QLatin1String("edit exchange")) {
        auto exchange = a.exchanges().get(m_exchange);
        QVERIFY(exchange.ok());
        exchange.value().notes = QStringLiteral("змінено");
        const Status updated = a.exchanges().update(exchange.value());
        QVERIFY2(updated.ok(), qPrintable(updated.text()));
    } else if (change == QLatin1String("batch")) {
        Batch batch;
        batch.exchangeId = m_exchange;
        batch.plannedCivilians = 2;
        QVERIFY(a.batches().create(batch).ok());
    } else if (change == QLatin1String("person")) {
        Person person;
        person.surname = QStringLiteral("Franko");
        person.givenName = QStringLiteral("Ivan");
        auto added = a.persons().addToBatch(m_batch, person);
        QVERIFY2(added.ok(), qPrintable(added.text()));
    } else if (change == QLatin1String("edit person")) {
        auto person = a.persons().get(personId);
        QVERIFY2(person.ok(), qPrintable(person.text()));
        person.value().notes = QStringLiteral("уточнено");
        const Status updated = a.persons().update(person.value());
        QVERIFY2(updated.ok(), qPrintable(updated.text()));
    } else if (change == QLatin1String("confirm")) {
        signIn(a, m_verifier); // the two-person rule: not the one who entered
        auto items = a.verification().itemsForPerson(personId);
        QVERIFY2(items.ok() && !items.value().isEmpty(), qPrintable(items.text()));
        const Status confirmed = a.verification().confirm(items.value().constFirst().id, CheckMethod::Compared);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.text()));
    } else if (change == QLatin1String("counterpart")) {
        auto listed = sql::run(a.connection(),
                               QStringLiteral("INSERT INTO counterpart_list (batch_id, file_name, file_sha256, "
                                              "row_count, imported_by, imported_at) VALUES (?, 'x.csv', ?, 1, ?, ?)"),
                               {m_batch, QString(64, u'a'), m_operator.id, sql::nowStamp()});
        QVERIFY2(listed.ok(), qPrintable(listed.text()));
    } else if (change == QLatin1String("presence")) {
        QVERIFY(a.presence().open(m_batch).ok());
    } else {
        QFAIL("unknown change");
    }

    QVERIFY(spy.wait(5000));
    QTest::qWait(50); // anything else that would come
    if (idOf.isEmpty()) {
        QVERIFY(spy.count() >= 1);
    } else {
        const qint64 expected = idOf == QLatin1String("exchange") ? m_exchange : m_batch;
        QList<qint64> ids;
        for (const QList<QVariant> &args : std::as_const(spy))
            ids << args.at(0).toLongLong();
        QVERIFY2(ids.contains(expected), qPrintable(QStringLiteral("ids %1").arg(QVariant::fromValue(ids).toString())));
        for (qint64 id : ids)
            QCOMPARE(id, expected);
    }
    // One transaction, one notification per thing it changed: identical ones are folded.
    QStringList payloads;
    for (const QList<QVariant> &args : std::as_const(received))
        payloads << args.at(0).toString();
    QCOMPARE(payloads.removeDuplicates(), 0);
}

void ServerNotificationsTest::nothingBeforeCommit()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    makeStores(QStringLiteral("postgres"));
    makeExchangeAndBatch(*m_a);
    QTest::qWait(50);
    QSignalSpy spy(m_b->notifier(), &ChangeNotifier::batchesChanged);
    {
        WriteTransaction transaction(m_a->connection());
        QVERIFY(transaction.began());
        auto changed =
            sql::run(m_a->connection(), QStringLiteral("UPDATE batch SET notes = 'в роботі' WHERE id = ?"), {m_batch});
        QVERIFY2(changed.ok(), qPrintable(changed.text()));
        QVERIFY(!spy.wait(300));
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_exchange);
}

void ServerNotificationsTest::nothingForARollback()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    makeStores(QStringLiteral("postgres"));
    makeExchangeAndBatch(*m_a);
    QTest::qWait(50);
    QSignalSpy batches(m_b->notifier(), &ChangeNotifier::batchesChanged);
    QSignalSpy received(&m_b->serverNotifications(), &ServerNotifications::received);
    {
        WriteTransaction transaction(m_a->connection());
        QVERIFY(transaction.began());
        auto changed =
            sql::run(m_a->connection(), QStringLiteral("UPDATE batch SET notes = 'скасовано' WHERE id = ?"), {m_batch});
        QVERIFY2(changed.ok(), qPrintable(changed.text()));
        transaction.rollback();
    }
    QVERIFY(!batches.wait(300));
    QCOMPARE(received.count(), 0);
    // The channel still works: the next committed change comes through.
    auto changed =
        sql::run(m_a->connection(), QStringLiteral("UPDATE batch SET notes = 'так' WHERE id = ?"), {m_batch});
    QVERIFY2(changed.ok(), qPrintable(changed.text()));
    QVERIFY(batches.wait(5000));
}

// A desk's own change is announced by its repository only, not a second time by the server.
void ServerNotificationsTest::ownChangesAreAnnouncedOnce()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    makeStores(QStringLiteral("postgres"));
    makeExchangeAndBatch(*m_a);
    QTest::qWait(50);
    QSignalSpy own(m_a->notifier(), &ChangeNotifier::batchesChanged);
    QSignalSpy other(m_b->notifier(), &ChangeNotifier::batchesChanged);
    QSignalSpy ownReceived(&m_a->serverNotifications(), &ServerNotifications::received);
    Batch batch;
    batch.exchangeId = m_exchange;
    batch.plannedServicemen = 1;
    QVERIFY(m_a->batches().create(batch).ok());
    QCOMPARE(own.count(), 1); // at once, from the repository
    QVERIFY(other.wait(5000));
    QTest::qWait(100);
    QCOMPARE(own.count(), 1);
    QCOMPARE(ownReceived.count(), 0);
}

// A notification on the channel that this program did not write (psql, a newer version) is ignored.
void ServerNotificationsTest::foreignPayloadsAreIgnored()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    makeStores(QStringLiteral("postgres"));
    QTest::qWait(50);
    QSignalSpy received(&m_b->serverNotifications(), &ServerNotifications::received);
    QSignalSpy exchanges(m_b->notifier(), &ChangeNotifier::exchangesChanged);
    QTest::ignoreMessage(QtWarningMsg, "ignored a change notification not understood: drop everything");
    QVERIFY(sql::exec(m_a->connection(), QStringLiteral("NOTIFY homeward, 'drop everything'")).ok());
    QVERIFY(sql::exec(m_a->connection(), QStringLiteral("NOTIFY homeward, 'exchange'")).ok());
    QVERIFY(exchanges.wait(5000));
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("exchange"));
}

// Commit at desk A to the signal at desk B, for single-statement writes (each its own
// transaction). Both desks run in this one thread, as a desk's window does.
void ServerNotificationsTest::refreshDelay()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    makeStores(QStringLiteral("postgres"));
    makeExchangeAndBatch(*m_a);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    const int writes = kSanitized ? 40 : 200;
    QSignalSpy spy(m_b->notifier(), &ChangeNotifier::batchesChanged);
    QList<double> delays;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < writes; ++i) {
        spy.clear();
        QElapsedTimer timer;
        timer.start();
        auto changed = sql::run(m_a->connection(), QStringLiteral("UPDATE batch SET notes = ? WHERE id = ?"),
                                {QString::number(i), m_batch});
        QVERIFY2(changed.ok(), qPrintable(changed.text()));
        if (spy.isEmpty())
            QVERIFY2(spy.wait(5000), qPrintable(QStringLiteral("write %1 not announced").arg(i)));
        delays << timer.nsecsElapsed() / 1e6;
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), m_exchange);
    }
    std::sort(delays.begin(), delays.end());
    const auto at = [&](double q) {
        return delays.at(std::min<qsizetype>(delays.size() - 1, qsizetype(q * delays.size())));
    };
    qInfo("refresh delay over %d writes (the write's commit included): median %.2f ms, 95th percentile %.2f ms, "
          "max %.2f ms; %lld ms in all",
          writes, at(0.5), at(0.95), delays.constLast(), total.elapsed());
    QVERIFY(at(0.5) < 1000);
}

// --- presence, on both backends ---

void ServerNotificationsTest::presenceIsListed_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgres") << "postgres";
}

void ServerNotificationsTest::presenceIsListed()
{
    QFETCH(QString, backend);
    if (backend == QLatin1String("postgres"))
        HOMEWARD_REQUIRE_POSTGRES(m_server);
    makeStores(backend);
    makeExchangeAndBatch(*m_a);
    Batch second;
    second.exchangeId = m_exchange;
    signIn(*m_a, m_operator);
    auto secondId = m_a->batches().create(second);
    QVERIFY(secondId.ok());
    m_a->presence().setDesk(QStringLiteral("desk-A"));
    m_b->presence().setDesk(QStringLiteral("desk-B"));
    QVERIFY(m_a->presence().session() != m_b->presence().session());

    QSignalSpy local(m_a->notifier(), &ChangeNotifier::presenceChanged);
    QVERIFY(m_a->presence().open(m_batch).ok());
    QCOMPARE(local.count(), 1);
    QCOMPARE(local.at(0).at(0).toLongLong(), m_batch);
    QVERIFY(m_a->presence().open(m_batch).ok()); // again: still one row
    QVERIFY(m_b->presence().open(m_batch).ok());
    QVERIFY(m_b->presence().open(secondId.value()).ok());

    auto seenByA = m_a->presence().onExchange(m_exchange);
    QVERIFY2(seenByA.ok(), qPrintable(seenByA.text()));
    QCOMPARE(seenByA.value().size(), 3);
    // By batch number, then name: Іван Коваль (B) before Оксана Петренко (A) on the first batch.
    const BatchPresence &first = seenByA.value().at(0);
    QCOMPARE(first.batchId, m_batch);
    QCOMPARE(first.officialName, QStringLiteral("Іван Коваль"));
    QCOMPARE(first.desk, QStringLiteral("desk-B"));
    QVERIFY(!first.ownDesk);
    QCOMPARE(seenByA.value().at(1).officialName, QStringLiteral("Оксана Петренко"));
    QVERIFY(seenByA.value().at(1).ownDesk);
    QVERIFY(seenByA.value().at(1).since.isValid());
    QVERIFY(seenByA.value().at(1).seenAt >= seenByA.value().at(1).since);
    QCOMPARE(seenByA.value().at(2).batchId, secondId.value());
    QCOMPARE(seenByA.value().at(2).batchSequenceNo, 2);

    auto onFirst = m_b->presence().onBatch(m_batch);
    QVERIFY(onFirst.ok());
    QCOMPARE(onFirst.value().size(), 2);

    // A desk closes its own rows only.
    QVERIFY(m_b->presence().closeAll().ok());
    auto after = m_a->presence().onExchange(m_exchange);
    QVERIFY(after.ok());
    QCOMPARE(after.value().size(), 1);
    QCOMPARE(after.value().at(0).desk, QStringLiteral("desk-A"));
    local.clear();
    QVERIFY(m_a->presence().close(m_batch).ok());
    QCOMPARE(local.count(), 1);
    QVERIFY(m_a->presence().onExchange(m_exchange).value().isEmpty());
    // Closing what is not open changes nothing and announces nothing.
    QVERIFY(m_a->presence().close(m_batch).ok());
    QCOMPARE(local.count(), 1);
}

void ServerNotificationsTest::stalePresenceCountsAsGone_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgres") << "postgres";
}

// A desk that stopped beating (crashed, lost the network) drops out after kStaleAfterSeconds;
// a heartbeat keeps a desk in.
void ServerNotificationsTest::stalePresenceCountsAsGone()
{
    QFETCH(QString, backend);
    if (backend == QLatin1String("postgres"))
        HOMEWARD_REQUIRE_POSTGRES(m_server);
    makeStores(backend);
    makeExchangeAndBatch(*m_a);
    QVERIFY(m_a->presence().open(m_batch).ok());
    QVERIFY(m_b->presence().open(m_batch).ok());
    const auto setSeen = [&](const QString &session, int secondsAgo) {
        const QString at = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo).toString(Qt::ISODateWithMs);
        return sql::run(m_a->connection(), QStringLiteral("UPDATE presence SET seen_at = ? WHERE session = ?"),
                        {at, session})
            .ok();
    };
    QVERIFY(setSeen(m_b->presence().session(), PresenceRepository::kStaleAfterSeconds + 5));
    QVERIFY(setSeen(m_a->presence().session(), PresenceRepository::kStaleAfterSeconds - 20));
    auto listed = m_a->presence().onBatch(m_batch);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    QVERIFY(listed.value().at(0).ownDesk);

    // B's heartbeat brings it back.
    QVERIFY(m_b->presence().heartbeat().ok());
    listed = m_a->presence().onBatch(m_batch);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 2);
    for (const BatchPresence &p : listed.value())
        QVERIFY(p.seenAt.secsTo(QDateTime::currentDateTimeUtc()) < PresenceRepository::kStaleAfterSeconds);
}

void ServerNotificationsTest::presenceNeedsSomeoneSignedIn()
{
    makeStores(QStringLiteral("sqlite"));
    makeExchangeAndBatch(*m_a);
    signOut(*m_a);
    QSignalSpy local(m_a->notifier(), &ChangeNotifier::presenceChanged);
    const Status opened = m_a->presence().open(m_batch);
    QVERIFY(!opened.ok());
    QVERIFY(!opened.text().isEmpty());
    QCOMPARE(local.count(), 0);
    QVERIFY(m_a->presence().onBatch(m_batch).value().isEmpty());
}

void ServerNotificationsTest::presenceReachesTheOtherDesk()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    makeStores(QStringLiteral("postgres"));
    makeExchangeAndBatch(*m_a);
    QTest::qWait(50);
    QSignalSpy spy(m_b->notifier(), &ChangeNotifier::presenceChanged);
    QVERIFY(m_a->presence().open(m_batch).ok());
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_batch);
    // A heartbeat changes only the time: the other desks are not disturbed.
    spy.clear();
    QVERIFY(m_a->presence().heartbeat().ok());
    QVERIFY(!spy.wait(300));
    QVERIFY(m_a->presence().close(m_batch).ok());
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_batch);
}

QTEST_GUILESS_MAIN(ServerNotificationsTest)
#include "tst_servernotifications.moc"
