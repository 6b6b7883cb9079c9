#include "storage/CounterpartRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/ForceStatus.h"
#include "storage/Migrations.h"
#include "storage/RegistryLinks.h"
#include "storage/SeenRows.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/StaleEdit.h"
#include "storage/Store.h"

#include "Sanitized.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "PostgresTestServer.h"

using namespace homeward;

namespace {

const QString kPetro = QStringLiteral("Petro Shevchenko"); // desk A
const QString kOlena = QStringLiteral("Olena Kovalenko");  // desk B
const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgres");

} // namespace

#define SKIP_WITHOUT_SERVER(backend)                                                                                   \
    do {                                                                                                               \
        if ((backend) == kPostgres)                                                                                    \
            HOMEWARD_REQUIRE_POSTGRES(m_server);                                                                       \
    } while (false)

#define DESKS_OR_RETURN(backend)                                                                                       \
    do {                                                                                                               \
        openDesks(backend);                                                                                            \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// Optimistic locking of the verification checklist (schema 11): two verifiers
// at two desks (two connections to one database, each with its own Store)
// cannot overwrite each other's verdict or note. A form's write carries the
// item as it was read; when the stored row moved on (another verdict, the
// reset by an edit of the detail) it is refused as stale, names who changed
// it, and stores nothing. The same rules on SQLite (one file in a temporary
// folder) and on PostgreSQL (a schema of its own per test on the suite's
// throw-away server, migrated by the owner, the desks signed in as the
// desks' role); the PostgreSQL rows skip when no server can run. The
// resolutions of a reconciliation and the registry links follow the same rule.
class VerificationStaleTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void staleVerdictIsRefused_data();
    void staleVerdictIsRefused();
    void freshCopyIsStoredOnce_data();
    void freshCopyIsStoredOnce();
    void resetByAnEditMovesOnlyItsItem_data();
    void resetByAnEditMovesOnlyItsItem();
    void removedItemIsNamedAsRemoved_data();
    void removedItemIsNamedAsRemoved();
    void confirmedBatchStillRefuses_data();
    void confirmedBatchStillRefuses();
    void writesByIdActOnTheStoredRow();
    void otherRecordsNameTheirLastWriter_data();
    void otherRecordsNameTheirLastWriter();
    void staleResolutionIsRefused_data();
    void staleResolutionIsRefused();
    void staleRegistryLinkIsRefused_data();
    void staleRegistryLinkIsRefused();
    void migration11KeepsData_data();
    void migration11KeepsData();

private:
    void addBackends();
    // Opens desks A and B on a new database of `backend`, migrated, with the
    // officials and one person listed in a batch. Callers skip PostgreSQL without a
    // server first (SKIP_WITHOUT_SERVER) and return when it failed (DESKS_OR_RETURN).
    void openDesks(const QString &backend);
    // A new, empty database of `backend`: its first connection (the owner's on PostgreSQL).
    Result<std::unique_ptr<Database>> newDatabase(const QString &backend);
    Result<std::unique_ptr<Database>> connectServer(const QString &url);
    // An exchange, a batch and a person entered by the operator, for this case alone.
    void addPerson();
    VerificationItem itemOf(Store &store, const QString &code);
    // Registry records for this case's person, by desk B: "R-<person>-1", "R-<person>-2" (the PostgreSQL cases share
    // one registry).
    QStringList addRegistryRecords();
    qint64 auditRows() const;
    QSqlDatabase a() const { return m_desks->a->connection(); }
    QSqlDatabase b() const { return m_desks->b->connection(); }

    // One database and its two desks, with the officials stored there.
    struct Desks {
        std::unique_ptr<Database> owner; // migrated it; the SQLite file's first connection
        std::unique_ptr<Database> a;
        std::unique_ptr<Database> b;
        Official petro;
        Official olena;
        Official op;
    };

    QTemporaryDir m_dir;
    testing::PostgresTestServer m_server;
    int m_databases = 0;
    QString m_connectSchema;         // the schema connectServer() works in: the newest one made
    Desks m_sqlite;                  // a new file for every case
    Desks m_pg;                      // one schema for the suite (migrating one takes about half a second)
    Desks *m_desks = nullptr;        // the case's
    std::unique_ptr<Store> m_storeA; // Petro Shevchenko
    std::unique_ptr<Store> m_storeB; // Olena Kovalenko
    Official m_petro;
    Official m_olena;
    Official m_operator;
    qint64 m_batchId = 0;
    qint64 m_personId = 0;
};

void VerificationStaleTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString failure;
    QVERIFY2(m_server.start(&failure), qPrintable(failure));
    if (m_server.skipReason().isEmpty()) {
        m_server.usePassFile();
    }
}

void VerificationStaleTest::cleanupTestCase()
{
    m_storeA.reset();
    m_storeB.reset();
    m_pg = {};
    m_sqlite = {};
    qunsetenv("PGPASSFILE");
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
}

void VerificationStaleTest::cleanup()
{
    m_storeA.reset();
    m_storeB.reset();
    m_desks = nullptr;
    // The PostgreSQL desks stay open for the next case; the server and its
    // schemas go with the suite's temporary folder.
    m_sqlite = {};
}

void VerificationStaleTest::addBackends()
{
    QTest::addColumn<QString>("backend");
}

Result<std::unique_ptr<Database>> VerificationStaleTest::connectServer(const QString &address)
{
    auto url = DatabaseUrl::parse(address);
    if (!url)
        return url.error();
    auto database = Database::openServerUnmigrated(url.value());
    if (!database)
        return database;
    // Our own name, not input; SET cannot be prepared.
    for (const QString &setting : {QStringLiteral("SET search_path TO %1").arg(m_connectSchema),
                                   QStringLiteral("SET client_min_messages TO warning")}) {
        if (auto set = sql::exec(database.value()->connection(), setting); !set)
            return set.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> VerificationStaleTest::newDatabase(const QString &backend)
{
    ++m_databases;
    if (backend == kSqlite)
        return Database::openUnmigrated(m_dir.filePath(QStringLiteral("desks%1.sqlite").arg(m_databases)));
    m_connectSchema = QStringLiteral("vs_%1").arg(m_databases);
    auto owner = connectServer(m_server.ownerUrl());
    if (!owner)
        return owner;
    if (auto made = sql::exec(owner.value()->connection(), QStringLiteral("CREATE SCHEMA %1").arg(m_connectSchema));
        !made)
        return made.error();
    return owner;
}

void VerificationStaleTest::openDesks(const QString &backend)
{
    Desks &desks = backend == kPostgres ? m_pg : m_sqlite;
    if (!desks.a) {
        auto owner = newDatabase(backend);
        QVERIFY2(owner.ok(), qPrintable(owner.text()));
        desks.owner = std::move(owner.value());
        QVERIFY2(Migrations::migrate(desks.owner->connection()).ok(), "migration");
        auto openDesk = [&]() -> Result<std::unique_ptr<Database>> {
            if (backend == kSqlite)
                return Database::open(m_dir.filePath(QStringLiteral("desks%1.sqlite").arg(m_databases)));
            return connectServer(m_server.url());
        };
        auto dbA = openDesk();
        QVERIFY2(dbA.ok(), qPrintable(dbA.text()));
        auto dbB = openDesk();
        QVERIFY2(dbB.ok(), qPrintable(dbB.text()));
        desks.a = std::move(dbA.value());
        desks.b = std::move(dbB.value());
        const QSqlDatabase db = desks.a->connection();
        auto petro = testing::addOfficial(db, QStringLiteral("petro"), testing::kAllRoles, true, kPetro);
        QVERIFY2(petro.ok(), qPrintable(petro.text()));
        desks.petro = petro.value();
        auto olena = testing::addOfficial(db, QStringLiteral("olena"), testing::kAllRoles, true, kOlena);
        QVERIFY2(olena.ok(), qPrintable(olena.text()));
        desks.olena = olena.value();
        auto op =
            testing::addOfficial(db, QStringLiteral("ivan"), testing::kAllRoles, true, QStringLiteral("Ivan Bondar"));
        QVERIFY2(op.ok(), qPrintable(op.text()));
        desks.op = op.value();
    }
    m_desks = &desks;
    m_petro = desks.petro;
    m_olena = desks.olena;
    m_operator = desks.op;
    m_storeA = std::make_unique<Store>(a());
    m_storeB = std::make_unique<Store>(b());
    addPerson();
}

void VerificationStaleTest::addPerson()
{
    // The operator enters the person, so both verifiers may verify every detail.
    testing::signIn(*m_storeA, m_operator);
    Exchange exchange;
    exchange.title = QStringLiteral("1000 for 1000");
    auto exchangeId = m_storeA->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 5;
    auto batchId = m_storeA->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();
    Person p;
    p.surname = QStringLiteral("Melnyk");
    p.givenName = QStringLiteral("Ivan");
    p.patronymic = QStringLiteral("Petrovych");
    p.sex = Sex::Male;
    p.category = Category::Serviceman;
    auto personId = m_storeA->persons().addToBatch(m_batchId, p);
    QVERIFY2(personId.ok(), qPrintable(personId.text()));
    m_personId = personId.value();
    testing::signIn(*m_storeA, m_petro);
    testing::signIn(*m_storeB, m_olena);
}

VerificationItem VerificationStaleTest::itemOf(Store &store, const QString &code)
{
    auto items = store.verification().itemsForPerson(m_personId);
    if (!items)
        qWarning("checklist not read: %s", qPrintable(items.text()));
    for (const VerificationItem &item : items.value())
        if (item.code == code)
            return item;
    return {};
}

void VerificationStaleTest::staleVerdictIsRefused_data()
{
    addBackends();
    QTest::addColumn<QString>("change");  // what desk B stores first
    QTest::addColumn<QString>("attempt"); // what desk A then saves over its older copy
    const QStringList changes{QStringLiteral("discrepancy"), QStringLiteral("confirm"), QStringLiteral("edit detail")};
    const QStringList attempts{QStringLiteral("confirm"), QStringLiteral("discrepancy"), QStringLiteral("blind")};
    for (const QString &change : changes) {
        for (const QString &attempt : attempts) {
            // The sanitizer build samples: each change once, each attempt once.
            if (testing::kSanitized && changes.indexOf(change) != attempts.indexOf(attempt))
                continue;
            QTest::addRow("sqlite: B %s, A %s", qPrintable(change), qPrintable(attempt))
                << kSqlite << change << attempt;
        }
    }
    // Each PostgreSQL case migrates a schema of its own (about half a second): one attempt per change.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString &attempt = attempts.at((i + 1) % attempts.size());
        QTest::addRow("postgres: B %s, A %s", qPrintable(changes.at(i)), qPrintable(attempt))
            << kPostgres << changes.at(i) << attempt;
    }
}

void VerificationStaleTest::staleVerdictIsRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    QFETCH(QString, attempt);
    SKIP_WITHOUT_SERVER(backend);
    DESKS_OR_RETURN(backend);
    const QString code = QStringLiteral("surname");
    const VerificationItem copyA = itemOf(*m_storeA, code); // desk A opens the checklist
    QVERIFY(copyA.id != 0);
    QCOMPARE(copyA.rowVersion, 1);

    if (change == QLatin1String("discrepancy")) {
        const VerificationItem copyB = itemOf(*m_storeB, code);
        QVERIFY2(m_storeB->verification().markDiscrepancy(copyB, QStringLiteral("the passport reads Melnik")).ok(),
                 "B's discrepancy");
    } else if (change == QLatin1String("confirm")) {
        const VerificationItem copyB = itemOf(*m_storeB, code);
        const Status done = m_storeB->verification().confirm(copyB, CheckMethod::Compared);
        QVERIFY2(done.ok(), qPrintable(done.text()));
    } else {
        auto person = m_storeB->persons().get(m_personId);
        QVERIFY2(person.ok(), qPrintable(person.text()));
        Person edited = person.value();
        edited.surname = QStringLiteral("Melnik");
        const Status saved = m_storeB->persons().update(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.text()));
    }
    const VerificationItem storedByB = itemOf(*m_storeB, code);
    QCOMPARE(storedByB.rowVersion, 2);
    const qint64 trail = sql::scalar(a(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).value().toLongLong();

    Error refusal;
    if (attempt == QLatin1String("confirm")) {
        const Status done = m_storeA->verification().confirm(copyA, CheckMethod::Compared);
        QVERIFY(!done.ok());
        refusal = done.error();
    } else if (attempt == QLatin1String("discrepancy")) {
        const Status done = m_storeA->verification().markDiscrepancy(copyA, QStringLiteral("unit differs"));
        QVERIFY(!done.ok());
        refusal = done.error();
    } else {
        auto done = m_storeA->verification().verifyBlind(copyA, QStringLiteral("Melnyk"));
        QVERIFY(!done.ok());
        refusal = done.error();
    }
    QVERIFY2(refusal.stale, qPrintable(refusal.text()));
    QVERIFY2(refusal.message.contains(kOlena), qPrintable(refusal.message));
    QVERIFY2(refusal.message.contains(QLatin1String("Nothing was saved")), qPrintable(refusal.message));

    // Desk B's row stands as B stored it, and nothing of A's reached the trail.
    const VerificationItem after = itemOf(*m_storeA, code);
    QCOMPARE(after.rowVersion, storedByB.rowVersion);
    QCOMPARE(after.state, storedByB.state);
    QCOMPARE(after.note, storedByB.note);
    QCOMPARE(after.verifiedBy, storedByB.verifiedBy);
    QCOMPARE(after.changedBy, storedByB.changedBy);
    QCOMPARE(sql::scalar(a(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).value().toLongLong(), trail);

    // With the copy read again, A's save is judged on its merits, not as stale.
    if (attempt == QLatin1String("discrepancy")) {
        const Status again = m_storeA->verification().markDiscrepancy(after, QStringLiteral("unit differs"));
        QVERIFY2(again.ok(), qPrintable(again.text()));
        QCOMPARE(itemOf(*m_storeB, code).note, QStringLiteral("unit differs"));
    } else if (attempt == QLatin1String("confirm")) {
        const Status again = m_storeA->verification().confirm(after, CheckMethod::Compared);
        QCOMPARE(again.ok(), change != QLatin1String("confirm")); // B's confirmation is not confirmed twice
        QVERIFY(!again.error().stale);
    }
}

void VerificationStaleTest::freshCopyIsStoredOnce_data()
{
    addBackends();
    QTest::newRow("sqlite") << kSqlite;
    QTest::newRow("postgres") << kPostgres;
}

// A form's write bumps the number once (its own UPDATE sets it, so the
// trigger does not add another), and the next write over that copy passes.
void VerificationStaleTest::freshCopyIsStoredOnce()
{
    QFETCH(QString, backend);
    SKIP_WITHOUT_SERVER(backend);
    DESKS_OR_RETURN(backend);
    const VerificationItem first = itemOf(*m_storeA, QStringLiteral("sex"));
    QVERIFY(m_storeA->verification().markDiscrepancy(first, QStringLiteral("recorded as F elsewhere")).ok());
    const VerificationItem second = itemOf(*m_storeB, QStringLiteral("sex"));
    QCOMPARE(second.rowVersion, first.rowVersion + 1);
    QCOMPARE(second.note, QStringLiteral("recorded as F elsewhere"));
    const Status confirmed = m_storeB->verification().confirm(second, CheckMethod::Compared);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.text()));
    const VerificationItem third = itemOf(*m_storeA, QStringLiteral("sex"));
    QCOMPARE(third.rowVersion, first.rowVersion + 2);
    QCOMPARE(third.state, CheckState::Confirmed);
    QCOMPARE(third.verifiedByName, kOlena);
}

void VerificationStaleTest::resetByAnEditMovesOnlyItsItem_data()
{
    freshCopyIsStoredOnce_data();
}

// The reset of person_details_changed is a writer that is not a form: the
// trigger bumps the items it resets, once, and leaves the others alone.
void VerificationStaleTest::resetByAnEditMovesOnlyItsItem()
{
    QFETCH(QString, backend);
    SKIP_WITHOUT_SERVER(backend);
    DESKS_OR_RETURN(backend);
    const VerificationItem surname = itemOf(*m_storeA, QStringLiteral("surname"));
    const VerificationItem givenName = itemOf(*m_storeA, QStringLiteral("given_name"));
    QVERIFY(m_storeA->verification().confirm(givenName, CheckMethod::Compared).ok());
    QVERIFY(m_storeA->verification().confirm(surname, CheckMethod::Compared).ok());
    auto person = m_storeB->persons().get(m_personId);
    QVERIFY(person.ok());
    Person edited = person.value();
    edited.surname = QStringLiteral("Melnik");
    QVERIFY(m_storeB->persons().update(edited).ok());
    const VerificationItem surnameAfter = itemOf(*m_storeA, QStringLiteral("surname"));
    QCOMPARE(surnameAfter.state, CheckState::Pending);
    QCOMPARE(surnameAfter.rowVersion, surname.rowVersion + 2); // confirmed, then reset
    QCOMPARE(surnameAfter.changedBy, m_olena.id);
    QCOMPARE(itemOf(*m_storeA, QStringLiteral("given_name")).rowVersion, givenName.rowVersion + 1);
    QCOMPARE(itemOf(*m_storeA, QStringLiteral("given_name")).state, CheckState::Confirmed);
}

void VerificationStaleTest::removedItemIsNamedAsRemoved_data()
{
    freshCopyIsStoredOnce_data();
}

// A free item removed while A's checklist showed it: refused as stale, as removed.
void VerificationStaleTest::removedItemIsNamedAsRemoved()
{
    QFETCH(QString, backend);
    SKIP_WITHOUT_SERVER(backend);
    DESKS_OR_RETURN(backend);
    testing::signIn(*m_storeB, m_operator);
    auto exchangeId = sql::scalar(b(), QStringLiteral("SELECT exchange_id FROM batch WHERE id = ?"), {m_batchId});
    QVERIFY(exchangeId.ok());
    auto custom = m_storeB->verification().addCustomItem(exchangeId.value().toLongLong(), QStringLiteral("Tattoo"));
    QVERIFY2(custom.ok(), qPrintable(custom.text()));
    const QString code = QStringLiteral("custom:%1").arg(custom.value());
    const VerificationItem copyA = itemOf(*m_storeA, code);
    QVERIFY(copyA.id != 0);
    QVERIFY(sql::run(b(), QStringLiteral("DELETE FROM exchange_check_item WHERE id = ?"), {custom.value()}).ok());
    const Status done = m_storeA->verification().confirm(copyA, CheckMethod::Compared);
    QVERIFY(!done.ok());
    QVERIFY2(done.error().stale, qPrintable(done.text()));
    QVERIFY2(done.error().message.contains(QLatin1String("removed")), qPrintable(done.text()));
}

void VerificationStaleTest::confirmedBatchStillRefuses_data()
{
    freshCopyIsStoredOnce_data();
}

// The rules of schemas 3-5 on verification_item keep refusing with the row
// version trigger in place: a confirmed batch's checklist is read-only, and
// the two-person rule holds for a fresh copy.
void VerificationStaleTest::confirmedBatchStillRefuses()
{
    QFETCH(QString, backend);
    SKIP_WITHOUT_SERVER(backend);
    DESKS_OR_RETURN(backend);
    const VerificationItem sex = itemOf(*m_storeA, QStringLiteral("sex"));
    testing::signIn(*m_storeB, m_operator);
    const Status ownEntry = m_storeB->verification().confirm(sex, CheckMethod::Compared);
    QVERIFY(!ownEntry.ok());
    QVERIFY(!ownEntry.error().stale);
    QCOMPARE(itemOf(*m_storeA, QStringLiteral("sex")).rowVersion, sex.rowVersion);

    QVERIFY2(testing::forceBatchStatus(a(), m_batchId, QStringLiteral("confirmed"), m_operator.id).ok(), "confirm");
    const Status locked = m_storeA->verification().confirm(sex, CheckMethod::Compared);
    QVERIFY(!locked.ok());
    QVERIFY(!locked.error().stale);
    QVERIFY2(locked.text().contains(QLatin1String("confirmed batch")), qPrintable(locked.text()));
    // Nor can a tool bump the number of a locked checklist.
    QVERIFY(!sql::run(a(), QStringLiteral("UPDATE verification_item SET row_version = row_version + 1 WHERE id = ?"),
                      {sex.id})
                 .ok());
}

// Writers that are not forms (demo data) write by id over the row as stored now.
void VerificationStaleTest::writesByIdActOnTheStoredRow()
{
    DESKS_OR_RETURN(kSqlite);
    const VerificationItem sex = itemOf(*m_storeA, QStringLiteral("sex"));
    QVERIFY(m_storeB->verification().markDiscrepancy(sex, QStringLiteral("recorded as F elsewhere")).ok());
    const Status done = m_storeA->verification().confirm(sex.id, CheckMethod::Compared);
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QCOMPARE(itemOf(*m_storeB, QStringLiteral("sex")).rowVersion, sex.rowVersion + 2);
}

void VerificationStaleTest::otherRecordsNameTheirLastWriter_data()
{
    addBackends();
    QTest::addColumn<int>("record");
    for (const QString &backend : {kSqlite, kPostgres}) {
        QTest::addRow("%s: resolution", qPrintable(backend)) << backend << int(StaleEdit::Record::Resolution);
        QTest::addRow("%s: registry link", qPrintable(backend)) << backend << int(StaleEdit::Record::RegistryLink);
    }
}

// The rows schema 11 numbers besides the checklist: a refusal names who
// wrote the row last, and who withdrew a resolution that is gone.
void VerificationStaleTest::otherRecordsNameTheirLastWriter()
{
    QFETCH(QString, backend);
    QFETCH(int, record);
    SKIP_WITHOUT_SERVER(backend);
    DESKS_OR_RETURN(backend);
    const auto kind = StaleEdit::Record(record);
    const Actor olena = Accounts::actorFor(m_olena);
    qint64 id = 0;
    if (kind == StaleEdit::Record::Resolution) {
        CounterpartRepository counterparts(b());
        const QString key = QStringLiteral("only-ours:%1").arg(m_personId);
        QVERIFY(counterparts
                    .resolve(m_batchId, key, QStringLiteral("Melnyk"), {}, QStringLiteral("left earlier"), {}, olena)
                    .ok());
        id =
            sql::scalar(b(), QStringLiteral("SELECT id FROM reconciliation_resolution WHERE batch_id = ?"), {m_batchId})
                .value()
                .toLongLong();
        const Error changed = StaleEdit::refusal(a(), kind, id);
        QVERIFY(changed.stale);
        QVERIFY2(changed.message.contains(kOlena) && changed.message.contains(QLatin1String("resolution")),
                 qPrintable(changed.message));
        QVERIFY(
            counterparts.unresolve(m_batchId, key, testing::seenResolution(counterparts, m_batchId, key), olena).ok());
        const Error gone = StaleEdit::refusal(a(), kind, id);
        QVERIFY2(gone.message.contains(kOlena) && gone.message.contains(QLatin1String("withdrawn")),
                 qPrintable(gone.message));
        return;
    }
    const QStringList records = addRegistryRecords();
    QCOMPARE(records.size(), 2);
    const QString recordId = records.constFirst();
    const Status linked =
        RegistryLinks(b(), nullptr, &olena).link(m_personId, recordId, names::Verdict::Match, 1.0, {});
    QVERIFY2(linked.ok(), qPrintable(linked.text()));
    id = sql::scalar(b(), QStringLiteral("SELECT id FROM person_registry_link WHERE person_id = ?"), {m_personId})
             .value()
             .toLongLong();
    const Error changed = StaleEdit::refusal(a(), kind, id);
    QVERIFY(changed.stale);
    QVERIFY2(changed.message.contains(kOlena) && changed.message.contains(QLatin1String("registry link")),
             qPrintable(changed.message));
}

QStringList VerificationStaleTest::addRegistryRecords()
{
    if (!sql::run(b(),
                  QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, rows_inserted, "
                                 "rows_replaced, imported_by, imported_at) VALUES ('f.csv', ?, 2, 2, 0, ?, ?)"),
                  {QString(64, QLatin1Char('0')), m_olena.id, sql::nowStamp()}))
        return {};
    QStringList records;
    for (int n = 1; n <= 2; ++n) {
        const QString recordId = QStringLiteral("R-%1-%2").arg(m_personId).arg(n);
        if (!sql::run(b(),
                      QStringLiteral("INSERT INTO registry_person (record_id, surname, given_name, import_id, "
                                     "created_at, updated_at) VALUES (?, 'Melnyk', 'Ivan', (SELECT MAX(id) FROM "
                                     "registry_import), 't', 't')"),
                      {recordId}))
            return {};
        records << recordId;
    }
    return records;
}

qint64 VerificationStaleTest::auditRows() const
{
    return sql::scalar(a(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).value().toLongLong();
}

void VerificationStaleTest::staleResolutionIsRefused_data()
{
    addBackends();
    QTest::addColumn<QString>("change");     // what desk B does after desk A read the item
    QTest::addColumn<QString>("attempt");    // what desk A then writes from its copy
    QTest::addColumn<bool>("resolvedFirst"); // the item was resolved (by A) before both read it
    for (const QString &backend : {kSqlite, kPostgres}) {
        const char *name = backend == kSqlite ? "sqlite" : "postgres";
        QTest::addRow("%s: B resolves first, A resolves", name) << backend << "resolve"
                                                                << "resolve" << false;
        QTest::addRow("%s: B rewrites the note, A rewrites it", name) << backend << "resolve"
                                                                      << "resolve" << true;
        QTest::addRow("%s: B rewrites the note, A reopens", name) << backend << "resolve"
                                                                  << "unresolve" << true;
        QTest::addRow("%s: B reopens, A rewrites the note", name) << backend << "unresolve"
                                                                  << "resolve" << true;
        QTest::addRow("%s: B reopens, A reopens", name) << backend << "unresolve"
                                                        << "unresolve" << true;
        QTest::addRow("%s: nobody else, A resolves", name) << backend << QString() << "resolve" << true;
        QTest::addRow("%s: nobody else, A reopens", name) << backend << QString() << "unresolve" << true;
    }
}

// Two officials resolving the same difference of a reconciliation at two
// desks: the second write, from a copy read before the first, is refused
// with the first one's name and stores nothing; from a fresh copy it is stored.
void VerificationStaleTest::staleResolutionIsRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    QFETCH(QString, attempt);
    QFETCH(bool, resolvedFirst);
    SKIP_WITHOUT_SERVER(backend);
    DESKS_OR_RETURN(backend);
    const Actor petro = Accounts::actorFor(m_petro);
    const Actor olena = Accounts::actorFor(m_olena);
    CounterpartRepository deskA(a());
    CounterpartRepository deskB(b());
    const QString key = QStringLiteral("only-ours:%1").arg(m_personId);
    const QString ours = QStringLiteral("Melnyk Ivan");
    if (resolvedFirst)
        QVERIFY(deskA.resolve(m_batchId, key, ours, {}, QStringLiteral("first note"), {}, petro).ok());
    const SeenRow seenByA = testing::seenResolution(deskA, m_batchId, key);
    QCOMPARE(seenByA.none(), !resolvedFirst);

    if (change == QLatin1String("resolve")) {
        const Status done = deskB.resolve(m_batchId, key, ours, {}, QStringLiteral("B's note"),
                                          testing::seenResolution(deskB, m_batchId, key), olena);
        QVERIFY2(done.ok(), qPrintable(done.text()));
    } else if (change == QLatin1String("unresolve")) {
        const Status done = deskB.unresolve(m_batchId, key, testing::seenResolution(deskB, m_batchId, key), olena);
        QVERIFY2(done.ok(), qPrintable(done.text()));
    }
    const auto storedBefore = deskB.resolutions(m_batchId).value();
    const qint64 trail = auditRows();

    const Status written = attempt == QLatin1String("resolve")
                               ? deskA.resolve(m_batchId, key, ours, {}, QStringLiteral("A's note"), seenByA, petro)
                               : deskA.unresolve(m_batchId, key, seenByA, petro);
    const auto storedAfter = deskB.resolutions(m_batchId).value();
    if (change.isEmpty()) {
        QVERIFY2(written.ok(), qPrintable(written.text()));
        QCOMPARE(auditRows(), trail + 1);
        if (attempt == QLatin1String("resolve")) {
            QCOMPARE(storedAfter.size(), 1);
            QCOMPARE(storedAfter.constFirst().note, QStringLiteral("A's note"));
            QCOMPARE(storedAfter.constFirst().rowVersion, seenByA.rowVersion + 1);
        } else {
            QVERIFY(storedAfter.isEmpty());
        }
        return;
    }
    QVERIFY(!written.ok());
    QVERIFY(written.error().stale);
    QVERIFY2(written.text().contains(kOlena), qPrintable(written.text()));
    QVERIFY2(written.text().contains(change == QLatin1String("unresolve") ? QLatin1String("withdrawn")
                                                                          : QLatin1String("changed")),
             qPrintable(written.text()));
    QCOMPARE(auditRows(), trail);
    QCOMPARE(storedAfter.size(), storedBefore.size());
    if (!storedAfter.isEmpty()) {
        QCOMPARE(storedAfter.constFirst().note, QStringLiteral("B's note"));
        QCOMPARE(storedAfter.constFirst().resolvedBy, m_olena.id);
        QCOMPARE(storedAfter.constFirst().rowVersion, storedBefore.constFirst().rowVersion);
    }
}

void VerificationStaleTest::staleRegistryLinkIsRefused_data()
{
    addBackends();
    QTest::addColumn<QString>("change");   // what desk B does after desk A read the person's link
    QTest::addColumn<QString>("attempt");  // what desk A then writes from its copy
    QTest::addColumn<bool>("linkedFirst"); // the person was linked to the first record before both read it
    for (const QString &backend : {kSqlite, kPostgres}) {
        const char *name = backend == kSqlite ? "sqlite" : "postgres";
        QTest::addRow("%s: B links first, A links", name) << backend << "link"
                                                          << "link" << false;
        QTest::addRow("%s: B relinks, A links", name) << backend << "link"
                                                      << "link" << true;
        QTest::addRow("%s: B relinks, A unlinks", name) << backend << "link"
                                                        << "unlink" << true;
        QTest::addRow("%s: B unlinks, A links", name) << backend << "unlink"
                                                      << "link" << true;
        QTest::addRow("%s: B unlinks, A unlinks", name) << backend << "unlink"
                                                        << "unlink" << true;
        QTest::addRow("%s: nobody else, A links", name) << backend << QString() << "link" << true;
        QTest::addRow("%s: nobody else, A unlinks", name) << backend << QString() << "unlink" << true;
    }
}

// The same for which registry record a person is.
void VerificationStaleTest::staleRegistryLinkIsRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    QFETCH(QString, attempt);
    QFETCH(bool, linkedFirst);
    SKIP_WITHOUT_SERVER(backend);
    DESKS_OR_RETURN(backend);
    const QStringList records = addRegistryRecords();
    QCOMPARE(records.size(), 2);
    const Actor petro = Accounts::actorFor(m_petro);
    const Actor olena = Accounts::actorFor(m_olena);
    RegistryLinks deskA(a(), nullptr, &petro);
    RegistryLinks deskB(b(), nullptr, &olena);
    if (linkedFirst)
        QVERIFY(deskA.link(m_personId, records.at(0), names::Verdict::Match, 0.9, {}).ok());
    const SeenRow seenByA = testing::seenLink(deskA, m_personId);
    QCOMPARE(seenByA.none(), !linkedFirst);

    // B links to the record A does not choose, so that A's write would be a change.
    if (change == QLatin1String("link")) {
        const QString other = linkedFirst ? records.at(1) : records.at(0);
        const Status done =
            deskB.link(m_personId, other, names::Verdict::Probable, 0.8, testing::seenLink(deskB, m_personId));
        QVERIFY2(done.ok(), qPrintable(done.text()));
    } else if (change == QLatin1String("unlink")) {
        const Status done = deskB.unlink(m_personId, testing::seenLink(deskB, m_personId));
        QVERIFY2(done.ok(), qPrintable(done.text()));
    }
    const auto storedBefore = deskB.linkOf(m_personId).value();
    const qint64 trail = auditRows();

    const QString chosen =
        linkedFirst ? records.at(0) == storedBefore.value_or(RegistryLink{}).recordId ? records.at(1) : records.at(0)
                    : records.at(1);
    const Status written = attempt == QLatin1String("link")
                               ? deskA.link(m_personId, chosen, names::Verdict::Match, 0.95, seenByA)
                               : deskA.unlink(m_personId, seenByA);
    const auto storedAfter = deskB.linkOf(m_personId).value();
    if (change.isEmpty()) {
        QVERIFY2(written.ok(), qPrintable(written.text()));
        QCOMPARE(auditRows(), trail + 1);
        QCOMPARE(storedAfter.has_value(), attempt == QLatin1String("link"));
        if (storedAfter) {
            QCOMPARE(storedAfter->recordId, chosen);
            QCOMPARE(storedAfter->rowVersion, seenByA.rowVersion + 1);
        }
        return;
    }
    QVERIFY(!written.ok());
    QVERIFY(written.error().stale);
    QVERIFY2(written.text().contains(kOlena), qPrintable(written.text()));
    QVERIFY2(written.text().contains(change == QLatin1String("unlink") ? QLatin1String("removed")
                                                                       : QLatin1String("changed")),
             qPrintable(written.text()));
    QCOMPARE(auditRows(), trail);
    QCOMPARE(storedAfter.has_value(), storedBefore.has_value());
    if (storedAfter) {
        QCOMPARE(storedAfter->recordId, storedBefore->recordId);
        QCOMPARE(storedAfter->linkedBy, m_olena.id);
        QCOMPARE(storedAfter->rowVersion, storedBefore->rowVersion);
    }
}

void VerificationStaleTest::migration11KeepsData_data()
{
    freshCopyIsStoredOnce_data();
}

// A database at schema 10 with checklist rows, a resolution and a registry
// link: schema 11 keeps every row, numbers each 1, and bumps on update.
void VerificationStaleTest::migration11KeepsData()
{
    QFETCH(QString, backend);
    SKIP_WITHOUT_SERVER(backend);
    auto owner = newDatabase(backend);
    QVERIFY2(owner.ok(), qPrintable(owner.text()));
    const std::unique_ptr<Database> database = std::move(owner.value());
    const QSqlDatabase db = database->connection();
    QVERIFY(Migrations::migrateTo(db, 10).ok());
    const QStringList rows = {
        QStringLiteral("INSERT INTO official (id, username, full_name, is_operator, is_verifier, is_supervisor, "
                       "password_hash, active, created_at, updated_at) VALUES (1, 'op', 'Op', 1, 1, 1, 'x', 1, "
                       "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO official (id, username, full_name, is_operator, is_verifier, is_supervisor, "
                       "password_hash, active, created_at, updated_at) VALUES (2, 'ver', 'Ver', 0, 1, 0, 'x', 1, "
                       "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO exchange (id, title, created_at, updated_at) VALUES (1, 'E', 't', 't')"),
        QStringLiteral("INSERT INTO batch (id, exchange_id, sequence_no, direction, created_at, updated_at) "
                       "VALUES (1, 1, 1, 'receive', 't', 't')"),
        QStringLiteral("INSERT INTO person (id, surname, given_name, sex, category, created_by, updated_by, "
                       "created_at, updated_at) VALUES (1, 'Melnyk', 'Ivan', 'M', 'serviceman', 1, 1, "
                       "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, created_at, updated_at) "
                       "VALUES (1, 1, 1, 't', 't')"),
        QStringLiteral("UPDATE verification_item SET state = 'discrepancy', method = 'compared', note = 'differs', "
                       "verified_by = 2, verified_at = '2025-01-02T00:00:00.000Z' WHERE person_id = 1 "
                       "AND item = 'surname'"),
        QStringLiteral("INSERT INTO reconciliation_resolution (id, batch_id, item_key, note, resolved_by, "
                       "resolved_at) VALUES (1, 1, 'k', 'same person', 1, 't')"),
        QStringLiteral("INSERT INTO registry_import (id, file_name, file_sha256, rows_read, rows_inserted, "
                       "rows_replaced, imported_by, imported_at) VALUES (1, 'f.csv', "
                       "'0000000000000000000000000000000000000000000000000000000000000000', 1, 1, 0, 1, 't')"),
        QStringLiteral("INSERT INTO registry_person (id, record_id, surname, given_name, import_id, created_at, "
                       "updated_at) VALUES (1, 'R1', 'Melnyk', 'Ivan', 1, 't', 't')"),
        QStringLiteral("INSERT INTO person_registry_link (person_id, registry_person_id, verdict, score, linked_by, "
                       "linked_at) VALUES (1, 1, 'match', 1.0, 1, 't')"),
    };
    for (const QString &row : rows)
        QVERIFY2(sql::run(db, row).ok(), qPrintable(row));

    QVERIFY(Migrations::migrate(db).ok());
    QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE person_id = 1"))
                 .value()
                 .toLongLong(),
             9);
    QCOMPARE(
        sql::scalar(db, QStringLiteral("SELECT note FROM verification_item WHERE item = 'surname'")).value().toString(),
        QStringLiteral("differs"));
    for (const QString &table : {QStringLiteral("verification_item"), QStringLiteral("reconciliation_resolution"),
                                 QStringLiteral("person_registry_link")}) {
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE row_version <> 1").arg(table))
                     .value()
                     .toLongLong(),
                 0);
    }
    // Every writer moves the number: the rows keep their rules, and each table bumps once per update.
    QVERIFY(sql::run(db, QStringLiteral("UPDATE reconciliation_resolution SET note = 'checked twice'")).ok());
    QVERIFY(sql::run(db, QStringLiteral("UPDATE person_registry_link SET score = 0.9")).ok());
    QVERIFY(sql::run(db, QStringLiteral("UPDATE verification_item SET note = 'differs: Melnik' "
                                        "WHERE item = 'surname'"))
                .ok());
    for (const QString &table : {QStringLiteral("reconciliation_resolution"), QStringLiteral("person_registry_link")})
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT row_version FROM %1").arg(table)).value().toLongLong(), 2);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT row_version FROM verification_item WHERE item = 'surname'"))
                 .value()
                 .toLongLong(),
             2);
    QVERIFY(!sql::run(db, QStringLiteral("UPDATE verification_item SET row_version = 0")).ok());
}

QTEST_GUILESS_MAIN(VerificationStaleTest)
#include "tst_verificationstale.moc"
