#include "storage/AuditJson.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;

// The audit trail: one row per change in the change's own transaction, a
// hash chain that verify() recomputes, and tampering with the sqlite3 tool
// (on PostgreSQL: the database's owner with the rules switched off) found at
// the first bad row. On SQLite and on PostgreSQL (TestDatabase:
// HOMEWARD_TEST_BACKEND), a fresh database for every test.
class AuditTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void hashFollowsTheDocumentedRecipe();
    void everyWriteAppendsOneRow_data();
    void everyWriteAppendsOneRow();
    void batchRemovalRecordsEveryListing();
    void exchangeRemovalRecordsEverything();
    void failedWriteAppendsNothing_data();
    void failedWriteAppendsNothing();
    void failingAppendUndoesTheChange_data();
    void failingAppendUndoesTheChange();
    void writesWithoutAnOfficialAreRefused();
    void personRecordsWhoWroteIt();
    void chainVerifiesAfterManyWrites();
    void historyNamesTheOfficial();
    void databaseRefusesToRewriteHistory_data();
    void databaseRefusesToRewriteHistory();
    void tamperingWithTheSqliteToolIsFound_data();
    void tamperingWithTheSqliteToolIsFound();

private:
    QSqlDatabase connection() const { return m_db->connection(); }
    qint64 auditRows() const;
    AuditEntry lastRow() const;
    qint64 addOfficial(const QString &username, const QString &fullName) const
    {
        return addOfficial(connection(), username, fullName);
    }
    static qint64 addOfficial(const QSqlDatabase &db, const QString &username, const QString &fullName);
    QByteArray snapshot() const; // every stored row of the recorded tables
    static Person person(const QString &surname, const QString &givenName);
    // PostgreSQL: runs `statements` (one text) as the database's owner, whom the schema's rules still bind.
    Status runAsOwner(const QString &statements) const;

    testing::TestDatabase m_testDb;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_officialId = 0;
    // Made in init(): exchange 1 with batch 1 (persons 1 and 2) and an empty
    // batch 2; an empty exchange 2.
    qint64 m_exchange = 0;
    qint64 m_emptyExchange = 0;
    qint64 m_batch = 0;
    qint64 m_emptyBatch = 0;
    qint64 m_person = 0;
    qint64 m_secondPerson = 0;
};

Person AuditTest::person(const QString &surname, const QString &givenName)
{
    Person p;
    p.surname = surname;
    p.givenName = givenName;
    p.patronymic = QStringLiteral("Андрійович");
    p.birthDate = PartialDate::fromYearMonth(1990, 5);
    p.rank = QStringLiteral("солдат");
    p.captureDate = QDate(2024, 3, 1);
    return p;
}

qint64 AuditTest::auditRows() const
{
    auto count = AuditLog::rowCount(connection());
    return count.ok() ? count.value() : -1;
}

AuditEntry AuditTest::lastRow() const
{
    auto query =
        sql::run(connection(), QStringLiteral("SELECT entity, entity_id FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!query || !query.value().next())
        return {};
    // Read before the next statement: on PostgreSQL that would cut an unfinished result short.
    const QString entity = query.value().value(0).toString();
    const qint64 entityId = query.value().value(1).toLongLong();
    query.value().finish();
    auto history = AuditLog::history(connection(), entity, entityId);
    return history.ok() && !history.value().isEmpty() ? history.value().constLast() : AuditEntry();
}

qint64 AuditTest::addOfficial(const QSqlDatabase &db, const QString &username, const QString &fullName)
{
    auto inserted =
        sql::insertReturningId(db,
                               // Every role: the writes here are about the audit trail, not about who may.
                               QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, "
                                              "is_supervisor, password_hash, created_at, updated_at) "
                                              "VALUES (?, ?, 1, 1, 1, 'not a real hash', ?, ?) RETURNING id"),
                               {username, fullName, sql::nowStamp(), sql::nowStamp()});
    if (!inserted)
        qWarning("%s", qPrintable(inserted.text()));
    return inserted.ok() ? inserted.value() : 0;
}

Status AuditTest::runAsOwner(const QString &statements) const
{
    auto owner = m_testDb.openAsOwner();
    if (!owner)
        return owner.status();
    return sql::exec(owner.value()->connection(), statements).status();
}

QByteArray AuditTest::snapshot() const
{
    QByteArray all;
    for (const char *table : {"exchange", "batch", "person", "batch_member"}) {
        auto rows = auditjson::storedRows(connection(),
                                          QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)), {});
        if (!rows)
            return QByteArray("unreadable: ") + rows.text().toUtf8();
        for (const QJsonObject &row : rows.value())
            all += AuditLog::canonicalText(row).toUtf8() + '\n';
    }
    return all;
}

void AuditTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void AuditTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void AuditTest::init()
{
    QVERIFY(m_dir.isValid());
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(connection());
    m_officialId = addOfficial(QStringLiteral("operator"), QStringLiteral("Ірина Тестова"));
    QVERIFY(m_officialId > 0);
    m_store->setActor(Actor{m_officialId, QStringLiteral("operator"), QStringLiteral("Ірина Тестова")});

    Exchange exchange;
    exchange.title = QStringLiteral("Обмін 1");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    m_exchange = exchangeId.value();
    exchange.title = QStringLiteral("Обмін 2");
    m_emptyExchange = m_store->exchanges().create(exchange).value();
    Batch batch;
    batch.exchangeId = m_exchange;
    m_batch = m_store->batches().create(batch).value();
    m_emptyBatch = m_store->batches().create(batch).value();
    auto first = m_store->persons().addToBatch(m_batch, person(QStringLiteral("Коваленко"), QStringLiteral("Андрій")));
    QVERIFY2(first.ok(), qPrintable(first.text()));
    m_person = first.value();
    m_secondPerson =
        m_store->persons().addToBatch(m_batch, person(QStringLiteral("Шевчук"), QStringLiteral("Олег"))).value();
    QCOMPARE(auditRows(), 6);
}

void AuditTest::cleanup()
{
    // Whatever a test did through the repositories, the chain still holds.
    if (m_db) {
        auto checked = AuditLog::verify(connection());
        QVERIFY2(checked.ok(), qPrintable(checked.text()));
        QVERIFY2(!checked.value().has_value(), qPrintable(checked.value() ? checked.value()->reason : QString()));
    }
    m_store.reset();
    m_db.reset();
}

void AuditTest::hashFollowsTheDocumentedRecipe()
{
    const QSqlDatabase db = connection();
    const QString head = AuditLog::headHash(db).value();
    QJsonObject after;
    after.insert(QStringLiteral("username"), QStringLiteral("ірина"));
    QVERIFY(AuditLog::append(db, Actor(), QStringLiteral("login"), QStringLiteral("session"), 0, {}, after).ok());

    auto query = sql::run(db, QStringLiteral("SELECT at, official_id, entity_id, before_json, after_json, prev_hash, "
                                             "hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(query.ok() && query.value().next());
    const QSqlQuery &q = query.value();
    const QString at = q.value(0).toString();
    QVERIFY2(QDateTime::fromString(at, Qt::ISODateWithMs).isValid() && at.endsWith(QLatin1Char('Z')), qPrintable(at));
    QVERIFY(q.value(1).isNull()); // no official
    QVERIFY(q.value(2).isNull()); // no entity id
    QVERIFY(q.value(3).isNull()); // no before
    QCOMPARE(q.value(4).toString(), QStringLiteral("{\"username\":\"ірина\"}"));
    QCOMPARE(q.value(5).toString(), head);
    // Written out by hand: sorted keys, compact, UTF-8, nulls for what is absent.
    const QString content = QStringLiteral("{\"action\":\"login\",\"after\":{\"username\":\"ірина\"},\"at\":\"%1\","
                                           "\"before\":null,\"entity\":\"session\",\"entity_id\":null,"
                                           "\"official_id\":null}")
                                .arg(at);
    const QByteArray expected =
        QCryptographicHash::hash(head.toUtf8() + content.toUtf8(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(q.value(6).toString(), QString::fromLatin1(expected));
    QCOMPARE(AuditLog::headHash(db).value(), QString::fromLatin1(expected));

    // The very first row links to 64 zeros.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 1")).value().toString(),
             QString(64, QLatin1Char('0')));
    QCOMPARE(AuditLog::genesisHash(), QString(64, QLatin1Char('0')));
}

void AuditTest::everyWriteAppendsOneRow_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("key");     // a column whose before/after value is checked
    QTest::addColumn<QVariant>("before"); // invalid: no before object at all
    QTest::addColumn<QVariant>("after");  // invalid: no after object at all

    const QVariant none;
    QTest::newRow("exchange create") << "exchange create"
                                     << "create"
                                     << "exchange"
                                     << "title" << none << QVariant(QStringLiteral("Новий обмін"));
    QTest::newRow("exchange update") << "exchange update"
                                     << "update"
                                     << "exchange"
                                     << "title" << QVariant(QStringLiteral("Обмін 1"))
                                     << QVariant(QStringLiteral("Обмін 1а"));
    QTest::newRow("exchange delete") << "exchange delete"
                                     << "delete"
                                     << "exchange"
                                     << "title" << QVariant(QStringLiteral("Обмін 2")) << none;
    QTest::newRow("batch create") << "batch create"
                                  << "create"
                                  << "batch"
                                  << "sequence_no" << none << QVariant(qint64(3));
    QTest::newRow("batch update") << "batch update"
                                  << "update"
                                  << "batch"
                                  << "place" << QVariant(QString()) << QVariant(QStringLiteral("пункт пропуску"));
    QTest::newRow("batch delete") << "batch delete"
                                  << "delete"
                                  << "batch"
                                  << "sequence_no" << QVariant(qint64(2)) << none;
    QTest::newRow("person add") << "person add"
                                << "create"
                                << "person"
                                << "surname" << none << QVariant(QStringLiteral("Бондар"));
    QTest::newRow("person update") << "person update"
                                   << "update"
                                   << "person"
                                   << "surname" << QVariant(QStringLiteral("Коваленко"))
                                   << QVariant(QStringLiteral("Коваленко-Бондар"));
    QTest::newRow("person remove") << "person remove"
                                   << "delete"
                                   << "person"
                                   << "surname" << QVariant(QStringLiteral("Шевчук")) << none;
}

void AuditTest::everyWriteAppendsOneRow()
{
    QFETCH(QString, write);
    QFETCH(QString, action);
    QFETCH(QString, entity);
    QFETCH(QString, key);
    QFETCH(QVariant, before);
    QFETCH(QVariant, after);

    const qint64 rows = auditRows();
    qint64 id = 0;
    Status done;
    if (write == QLatin1String("exchange create")) {
        Exchange e;
        e.title = QStringLiteral("Новий обмін");
        auto created = m_store->exchanges().create(e);
        done = created.status();
        id = created.ok() ? created.value() : 0;
    } else if (write == QLatin1String("exchange update")) {
        Exchange e = m_store->exchanges().get(m_exchange).value();
        e.title = QStringLiteral("Обмін 1а");
        done = m_store->exchanges().update(e);
        id = m_exchange;
    } else if (write == QLatin1String("exchange delete")) {
        done = m_store->exchanges().remove(m_emptyExchange);
        id = m_emptyExchange;
    } else if (write == QLatin1String("batch create")) {
        Batch b;
        b.exchangeId = m_exchange;
        auto created = m_store->batches().create(b);
        done = created.status();
        id = created.ok() ? created.value() : 0;
    } else if (write == QLatin1String("batch update")) {
        Batch b = m_store->batches().get(m_batch).value();
        b.place = QStringLiteral("пункт пропуску");
        done = m_store->batches().update(b);
        id = m_batch;
    } else if (write == QLatin1String("batch delete")) {
        done = m_store->batches().remove(m_emptyBatch);
        id = m_emptyBatch;
    } else if (write == QLatin1String("person add")) {
        auto added = m_store->persons().addToBatch(m_batch, person(QStringLiteral("Бондар"), QStringLiteral("Ірина")));
        done = added.status();
        id = added.ok() ? added.value() : 0;
    } else if (write == QLatin1String("person update")) {
        Person p = m_store->persons().get(m_person).value();
        p.surname = QStringLiteral("Коваленко-Бондар");
        done = m_store->persons().update(p);
        id = m_person;
    } else if (write == QLatin1String("person remove")) {
        done = m_store->persons().removeFromBatch(m_batch, m_secondPerson);
        id = m_secondPerson;
    } else {
        QFAIL("unknown write in the test data");
    }
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QCOMPARE(auditRows(), rows + 1);

    const AuditEntry row = lastRow();
    QCOMPARE(row.action, action);
    QCOMPARE(row.entity, entity);
    QCOMPARE(row.entityId, id);
    QCOMPARE(row.officialId, m_officialId);
    QCOMPARE(row.officialName, QStringLiteral("Ірина Тестова"));
    QVERIFY(qAbs(row.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Keys are the database's column names, every column recorded.
    const QSqlRecord columns = connection().record(entity);
    QVERIFY(!columns.isEmpty());
    for (const auto &[object, expected] : {std::pair{row.before, before}, std::pair{row.after, after}}) {
        if (!expected.isValid()) {
            QVERIFY2(object.isEmpty(), qPrintable(AuditLog::canonicalText(object)));
            continue;
        }
        for (int i = 0; i < columns.count(); ++i)
            QVERIFY2(object.contains(columns.fieldName(i)), qPrintable(columns.fieldName(i)));
        QCOMPARE(object.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(object.value(key).toVariant(), expected);
        // A person's creation and deletion come with the listing.
        if (entity == QLatin1String("person") && action != QLatin1String("update")) {
            QCOMPARE(object.value(QStringLiteral("batch_id")).toInteger(), m_batch);
            QVERIFY(object.value(QStringLiteral("position")).toInteger() > 0);
        }
    }
}

void AuditTest::batchRemovalRecordsEveryListing()
{
    const QSqlDatabase db = connection();
    // The first person is listed in the empty batch too, so stays.
    QVERIFY(sql::run(db,
                     QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, created_at, updated_at) "
                                    "VALUES (?, ?, 1, 'x', 'x')"),
                     {m_emptyBatch, m_person})
                .ok());
    const qint64 rows = auditRows();
    QVERIFY(m_store->batches().remove(m_batch).ok());
    QCOMPARE(auditRows(), rows + 3);

    auto query = sql::run(db,
                          QStringLiteral("SELECT action, entity, entity_id, before_json IS NOT NULL, "
                                         "after_json IS NULL FROM audit_log WHERE id > ? ORDER BY id"),
                          {rows});
    QVERIFY(query.ok());
    const QStringList expected = {QStringLiteral("unlist person %1").arg(m_person),
                                  QStringLiteral("delete person %1").arg(m_secondPerson),
                                  QStringLiteral("delete batch %1").arg(m_batch)};
    QStringList recorded;
    while (query.value().next()) {
        recorded << QStringLiteral("%1 %2 %3")
                        .arg(query.value().value(0).toString(), query.value().value(1).toString())
                        .arg(query.value().value(2).toLongLong());
        QVERIFY(query.value().value(3).toBool());
        QVERIFY(query.value().value(4).toBool());
    }
    QCOMPARE(recorded, expected);
    QVERIFY(m_store->persons().get(m_person).ok());
    QVERIFY(!m_store->persons().get(m_secondPerson).ok());

    // The record of the deleted person keeps every detail.
    const AuditEntry gone = AuditLog::history(db, QStringLiteral("person"), m_secondPerson).value().constLast();
    QCOMPARE(gone.before.value(QStringLiteral("surname")).toString(), QStringLiteral("Шевчук"));
    QCOMPARE(gone.before.value(QStringLiteral("patronymic")).toString(), QStringLiteral("Андрійович"));
    QCOMPARE(gone.before.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-05"));
    QCOMPARE(gone.before.value(QStringLiteral("position")).toInteger(), 2);
}

void AuditTest::exchangeRemovalRecordsEverything()
{
    const qint64 rows = auditRows();
    QVERIFY(m_store->exchanges().remove(m_exchange).ok());
    auto query = sql::run(connection(),
                          QStringLiteral("SELECT action || ' ' || entity || ' ' || entity_id FROM audit_log "
                                         "WHERE id > ? ORDER BY id"),
                          {rows});
    QVERIFY(query.ok());
    QStringList recorded;
    while (query.value().next())
        recorded << query.value().value(0).toString();
    const QStringList expected = {
        QStringLiteral("delete person %1").arg(m_person), QStringLiteral("delete person %1").arg(m_secondPerson),
        QStringLiteral("delete batch %1").arg(m_batch), QStringLiteral("delete batch %1").arg(m_emptyBatch),
        QStringLiteral("delete exchange %1").arg(m_exchange)};
    QCOMPARE(recorded, expected);
    QCOMPARE(sql::scalar(connection(), QStringLiteral("SELECT COUNT(*) FROM person")).value().toInt(), 0);
}

void AuditTest::failedWriteAppendsNothing_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("duplicate batch number") << "duplicate batch number";
    QTest::newRow("stale person update") << "stale person update";
    QTest::newRow("update of a deleted exchange") << "update of a deleted exchange";
    QTest::newRow("update of a deleted batch") << "update of a deleted batch";
    QTest::newRow("removing a person not listed") << "removing a person not listed";
    QTest::newRow("person without surname") << "person without surname";
    QTest::newRow("deleting a deleted batch") << "deleting a deleted batch";
    QTest::newRow("unknown official") << "unknown official";
}

void AuditTest::failedWriteAppendsNothing()
{
    QFETCH(QString, write);
    const qint64 rows = auditRows();
    const QString head = AuditLog::headHash(connection()).value();
    const QByteArray stored = snapshot();
    Status done;
    if (write == QLatin1String("duplicate batch number")) {
        Batch b;
        b.exchangeId = m_exchange;
        b.sequenceNo = 1;
        done = m_store->batches().create(b).status();
    } else if (write == QLatin1String("stale person update")) {
        Person p = m_store->persons().get(m_person).value();
        p.rowVersion = 7;
        p.surname = QStringLiteral("Інший");
        done = m_store->persons().update(p);
    } else if (write == QLatin1String("update of a deleted exchange")) {
        Exchange e = m_store->exchanges().get(m_exchange).value();
        e.id = 999;
        done = m_store->exchanges().update(e);
    } else if (write == QLatin1String("update of a deleted batch")) {
        Batch b = m_store->batches().get(m_batch).value();
        b.id = 999;
        done = m_store->batches().update(b);
    } else if (write == QLatin1String("removing a person not listed")) {
        done = m_store->persons().removeFromBatch(m_emptyBatch, m_person);
    } else if (write == QLatin1String("person without surname")) {
        done = m_store->persons().addToBatch(m_batch, person(QString(), QStringLiteral("Олег"))).status();
    } else if (write == QLatin1String("deleting a deleted batch")) {
        done = m_store->batches().remove(999);
    } else if (write == QLatin1String("unknown official")) {
        // The audit row names an official that does not exist: refused.
        m_store->setActor(Actor{999, QStringLiteral("ghost"), QStringLiteral("Ghost")});
        Exchange e;
        e.title = QStringLiteral("Обмін 3");
        done = m_store->exchanges().create(e).status();
        m_store->setActor(Actor{m_officialId, QStringLiteral("operator"), QStringLiteral("Ірина Тестова")});
    } else {
        QFAIL("unknown write in the test data");
    }
    QVERIFY(!done.ok());
    QVERIFY(!done.error().message.isEmpty());
    QCOMPARE(auditRows(), rows);
    QCOMPARE(AuditLog::headHash(connection()).value(), head);
    QCOMPARE(snapshot(), stored);
}

void AuditTest::failingAppendUndoesTheChange_data()
{
    QTest::addColumn<QString>("write");
    for (const char *write : {"exchange create", "exchange update", "exchange delete", "batch create", "batch update",
                              "batch delete", "person add", "person update", "person remove"})
        QTest::newRow(write) << QString::fromLatin1(write);
}

void AuditTest::failingAppendUndoesTheChange()
{
    QFETCH(QString, write);
    // The database refuses every new audit row from here on (on PostgreSQL the owner adds the trigger: a desk may
    // not, and removes it again however the test ends, for the tests after this one).
    if (m_testDb.isPostgres()) {
        const Status added =
            runAsOwner(QStringLiteral("CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$; "
                                      "CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW "
                                      "EXECUTE FUNCTION test_refuse_audit()"));
        QVERIFY2(added.ok(), qPrintable(added.text()));
    } else {
        QVERIFY(sql::run(connection(), QStringLiteral("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log "
                                                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
                    .ok());
    }
    auto dropped = qScopeGuard([this] {
        const Status done = m_testDb.isPostgres()
                                ? runAsOwner(QStringLiteral(
                                      "DROP TRIGGER test_refuse_audit ON audit_log; DROP FUNCTION test_refuse_audit()"))
                                : sql::run(connection(), QStringLiteral("DROP TRIGGER test_refuse_audit")).status();
        if (!done)
            qWarning("the test's trigger stays: %s", qPrintable(done.text()));
    });
    const qint64 rows = auditRows();
    const QByteArray stored = snapshot();
    Status done;
    if (write == QLatin1String("exchange create")) {
        Exchange e;
        e.title = QStringLiteral("Новий обмін");
        done = m_store->exchanges().create(e).status();
    } else if (write == QLatin1String("exchange update")) {
        Exchange e = m_store->exchanges().get(m_exchange).value();
        e.title = QStringLiteral("Обмін 1а");
        done = m_store->exchanges().update(e);
    } else if (write == QLatin1String("exchange delete")) {
        done = m_store->exchanges().remove(m_exchange);
    } else if (write == QLatin1String("batch create")) {
        Batch b;
        b.exchangeId = m_exchange;
        done = m_store->batches().create(b).status();
    } else if (write == QLatin1String("batch update")) {
        Batch b = m_store->batches().get(m_batch).value();
        b.place = QStringLiteral("пункт пропуску");
        done = m_store->batches().update(b);
    } else if (write == QLatin1String("batch delete")) {
        done = m_store->batches().remove(m_batch);
    } else if (write == QLatin1String("person add")) {
        done =
            m_store->persons().addToBatch(m_batch, person(QStringLiteral("Бондар"), QStringLiteral("Ірина"))).status();
    } else if (write == QLatin1String("person update")) {
        Person p = m_store->persons().get(m_person).value();
        p.surname = QStringLiteral("Коваленко-Бондар");
        done = m_store->persons().update(p);
    } else if (write == QLatin1String("person remove")) {
        done = m_store->persons().removeFromBatch(m_batch, m_secondPerson);
    } else {
        QFAIL("unknown write in the test data");
    }
    QVERIFY(!done.ok());
    QVERIFY2(done.text().contains(QLatin1String("refused by the test")), qPrintable(done.text()));
    QCOMPARE(auditRows(), rows);
    QCOMPARE(snapshot(), stored);
}

void AuditTest::writesWithoutAnOfficialAreRefused()
{
    // Every change names an official: a write with no one signed in is
    // refused and leaves neither the change nor an audit row behind.
    m_store->setActor(Actor());
    const qint64 rows = auditRows();
    const QString head = AuditLog::headHash(connection()).value();
    const QByteArray stored = snapshot();
    Exchange e;
    e.title = QStringLiteral("Без посадовця");
    auto id = m_store->exchanges().create(e);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(QLatin1String("Log in")), qPrintable(id.text()));
    QCOMPARE(auditRows(), rows);
    QCOMPARE(AuditLog::headHash(connection()).value(), head);
    QCOMPARE(snapshot(), stored);

    // Rows without an official remain possible for what happens before a
    // login (a failed login attempt): recorded with a NULL official.
    QVERIFY(AuditLog::append(connection(), Actor(), QStringLiteral("login_failed"), QStringLiteral("session"), 0, {},
                             {})
                .ok());
    const qint64 last =
        sql::scalar(connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).value().toLongLong();
    QVERIFY(sql::scalar(connection(), QStringLiteral("SELECT official_id FROM audit_log WHERE id = ?"), {last})
                .value()
                .isNull());
}

void AuditTest::personRecordsWhoWroteIt()
{
    const QSqlDatabase db = connection();
    const auto writers = [&db](qint64 personId) {
        auto query = sql::run(db, QStringLiteral("SELECT created_by, updated_by FROM person WHERE id = ?"), {personId});
        return query.ok() && query.value().next() ? QVariantList{query.value().value(0), query.value().value(1)}
                                                  : QVariantList();
    };
    QCOMPARE(writers(m_person), (QVariantList{m_officialId, m_officialId}));

    const qint64 verifier = addOfficial(QStringLiteral("verifier"), QStringLiteral("Петро Перевірний"));
    m_store->setActor(Actor{verifier, QStringLiteral("verifier"), QStringLiteral("Петро Перевірний")});
    Person p = m_store->persons().get(m_person).value();
    p.rank = QStringLiteral("сержант");
    QVERIFY(m_store->persons().update(p).ok());
    QCOMPARE(writers(m_person), (QVariantList{m_officialId, verifier}));
    const AuditEntry row = lastRow();
    QCOMPARE(row.before.value(QStringLiteral("updated_by")).toInteger(), m_officialId);
    QCOMPARE(row.after.value(QStringLiteral("updated_by")).toInteger(), verifier);
    QCOMPARE(row.before.value(QStringLiteral("rank")).toString(), QStringLiteral("солдат"));
    QCOMPARE(row.after.value(QStringLiteral("rank")).toString(), QStringLiteral("сержант"));

    // No one signed in: no person is stored without a writer.
    m_store->setActor(Actor());
    const qint64 persons = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM person")).value().toLongLong();
    auto added = m_store->persons().addToBatch(m_batch, person(QStringLiteral("Бондар"), QStringLiteral("Ірина")));
    QVERIFY(!added.ok());
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM person")).value().toLongLong(), persons);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM person WHERE created_by IS NULL OR updated_by IS NULL"))
                 .value()
                 .toLongLong(),
             0);
}

void AuditTest::chainVerifiesAfterManyWrites()
{
    const qint64 rows = auditRows();
    QList<qint64> added;
    for (int i = 0; i < 60; ++i) {
        auto id =
            m_store->persons().addToBatch(m_batch, person(QStringLiteral("Особа%1").arg(i), QStringLiteral("Ім'я")));
        QVERIFY2(id.ok(), qPrintable(id.text()));
        added << id.value();
    }
    for (qint64 id : std::as_const(added).mid(0, 30)) {
        Person p = m_store->persons().get(id).value();
        p.notes = QStringLiteral("уточнено \"в лапках\"\n\tз новим рядком");
        QVERIFY(m_store->persons().update(p).ok());
    }
    for (qint64 id : std::as_const(added).mid(40))
        QVERIFY(m_store->persons().removeFromBatch(m_batch, id).ok());
    QCOMPARE(auditRows(), rows + 60 + 30 + 20);

    auto checked = AuditLog::verify(connection());
    QVERIFY2(checked.ok(), qPrintable(checked.text()));
    QVERIFY(!checked.value().has_value());
    QCOMPARE(AuditLog::headHash(connection()).value(),
             sql::scalar(connection(), QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))
                 .value()
                 .toString());
}

void AuditTest::historyNamesTheOfficial()
{
    Person p = m_store->persons().get(m_person).value();
    p.givenName = QStringLiteral("Андрiй"); // a Latin i, corrected later
    QVERIFY(m_store->persons().update(p).ok());
    auto history = AuditLog::history(connection(), QStringLiteral("person"), m_person);
    QVERIFY2(history.ok(), qPrintable(history.text()));
    QCOMPARE(history.value().size(), 2);
    const AuditEntry &created = history.value().at(0);
    const AuditEntry &updated = history.value().at(1);
    QCOMPARE(created.action, QStringLiteral("create"));
    QVERIFY(created.before.isEmpty());
    QCOMPARE(updated.action, QStringLiteral("update"));
    QCOMPARE(updated.before.value(QStringLiteral("given_name")).toString(), QStringLiteral("Андрій"));
    QCOMPARE(updated.after.value(QStringLiteral("given_name")).toString(), QStringLiteral("Андрiй"));
    QCOMPARE(updated.before.value(QStringLiteral("row_version")).toInteger(), 1);
    QCOMPARE(updated.after.value(QStringLiteral("row_version")).toInteger(), 2);
    QCOMPARE(updated.officialName, QStringLiteral("Ірина Тестова"));
    QVERIFY(updated.id > created.id);
    QVERIFY(AuditLog::history(connection(), QStringLiteral("person"), 999).value().isEmpty());
}

void AuditTest::databaseRefusesToRewriteHistory_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    QTest::newRow("update audit row") << "UPDATE audit_log SET action = 'create' WHERE id = 3"
                                      << "append-only";
    QTest::newRow("update every audit row") << "UPDATE audit_log SET official_id = NULL"
                                            << "append-only";
    QTest::newRow("delete audit row") << "DELETE FROM audit_log WHERE id = 6"
                                      << "append-only";
    QTest::newRow("delete whole trail") << "DELETE FROM audit_log"
                                        << "append-only";
    QTest::newRow("delete official") << "DELETE FROM official"
                                     << "never deleted";
}

void AuditTest::databaseRefusesToRewriteHistory()
{
    QFETCH(QString, statement);
    QFETCH(QString, message);
    const qint64 rows = auditRows();
    const QString head = AuditLog::headHash(connection()).value();
    auto done = sql::run(connection(), statement);
    QVERIFY(!done.ok());
    if (m_testDb.isPostgres() && done.text().contains(QLatin1String("permission denied"))) {
        // A desk's role may not even try on the append-only audit trail; the owner, who may, meets the rule.
        auto owner = m_testDb.openAsOwner();
        QVERIFY2(owner.ok(), qPrintable(owner.text()));
        done = sql::run(owner.value()->connection(), statement);
        QVERIFY(!done.ok());
    }
    QVERIFY2(done.error().detail.contains(message), qPrintable(done.text()));
    QCOMPARE(auditRows(), rows);
    QCOMPARE(AuditLog::headHash(connection()).value(), head);
    QCOMPARE(sql::scalar(connection(), QStringLiteral("SELECT COUNT(*) FROM official")).value().toInt(), 1);
}

void AuditTest::tamperingWithTheSqliteToolIsFound_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<qint64>("badRow");
    QTest::addColumn<QString>("reason");
    const QString noUpdate = QStringLiteral("DROP TRIGGER audit_log_no_update; ");
    const QString noDelete = QStringLiteral("DROP TRIGGER audit_log_no_delete; ");
    const QString changed = QStringLiteral("does not match its hash");
    const QString unlinked = QStringLiteral("does not follow");

    QTest::newRow("untouched") << QStringLiteral("SELECT COUNT(*) FROM audit_log;") << qint64(0) << QString();
    // Rows: 1-2 exchanges, 3-4 batches, 5-6 persons, then the writes of the test.
    // Cyrillic а (D0 B0) to б (D0 B1): one byte.
    QTest::newRow("one byte of after_json")
        << noUpdate + QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'Коваленко', "
                                     "'Ковбленко') WHERE id = 5;")
        << qint64(5) << changed;
    QTest::newRow("one byte of before_json")
        << noUpdate + QStringLiteral("UPDATE audit_log SET before_json = replace(before_json, '\"rank\":\"солдат\"', "
                                     "'\"rank\":\"солдбт\"') WHERE id = 7;")
        << qint64(7) << changed;
    QTest::newRow("a space in the JSON")
        << noUpdate +
               QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, '\":', '\": ') WHERE id = 4;")
        << qint64(4) << changed;
    QTest::newRow("one byte of the time")
        << noUpdate + QStringLiteral("UPDATE audit_log SET at = replace(at, 'Z', 'z') WHERE id = 2;") << qint64(2)
        << changed;
    QTest::newRow("another official") << noUpdate + QStringLiteral("UPDATE audit_log SET official_id = 2 WHERE id = 6;")
                                      << qint64(6) << changed;
    QTest::newRow("official removed") << noUpdate +
                                             QStringLiteral("UPDATE audit_log SET official_id = NULL WHERE id = 3;")
                                      << qint64(3) << changed;
    QTest::newRow("another action") << noUpdate + QStringLiteral("UPDATE audit_log SET action = 'create' WHERE id = 7;")
                                    << qint64(7) << changed;
    QTest::newRow("another entity id") << noUpdate + QStringLiteral("UPDATE audit_log SET entity_id = 2 WHERE id = 5;")
                                       << qint64(5) << changed;
    QTest::newRow("before removed") << noUpdate +
                                           QStringLiteral("UPDATE audit_log SET before_json = NULL WHERE id = 7;")
                                    << qint64(7) << changed;
    QTest::newRow("stored hash changed")
        << noUpdate + QStringLiteral("UPDATE audit_log SET hash = replace(hash, substr(hash, 1, 1), 'x') WHERE id = 3;")
        << qint64(3) << changed;
    QTest::newRow("middle row deleted") << noDelete + QStringLiteral("DELETE FROM audit_log WHERE id = 4;") << qint64(5)
                                        << unlinked;
    QTest::newRow("first row deleted") << noDelete + QStringLiteral("DELETE FROM audit_log WHERE id = 1;") << qint64(2)
                                       << unlinked;
    QTest::newRow("two rows swapped")
        << noUpdate + QStringLiteral("UPDATE audit_log SET id = -3 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE "
                                     "id = 4; UPDATE audit_log SET id = 4 WHERE id = -3;")
        << qint64(3) << unlinked;
    QTest::newRow("two rows' contents swapped, hashes kept")
        << noUpdate +
               QStringLiteral(
                   "CREATE TEMP TABLE keep AS SELECT * FROM audit_log WHERE id IN (5, 6); "
                   "UPDATE audit_log SET (at, official_id, action, entity, entity_id, before_json, after_json) = "
                   "(SELECT at, official_id, action, entity, entity_id, before_json, after_json FROM keep k "
                   "WHERE k.id = 11 - audit_log.id) WHERE id IN (5, 6);")
        << qint64(5) << changed;
    QTest::newRow("row replaced by a recomputed one")
        << noDelete + QStringLiteral("DELETE FROM audit_log WHERE id = 6; INSERT INTO audit_log (id, at, official_id, "
                                     "action, entity, entity_id, before_json, after_json, prev_hash, hash) SELECT 6, "
                                     "at, official_id, action, entity, entity_id, before_json, after_json, prev_hash, "
                                     "hash || '0' FROM audit_log WHERE id = 5;")
        << qint64(6) << unlinked;
}

void AuditTest::tamperingWithTheSqliteToolIsFound()
{
    QFETCH(QString, script);
    QFETCH(qint64, badRow);
    QFETCH(QString, reason);

    // A file database written through the repositories: the rows of init()
    // again, then an update of a person (row 7) and one of a batch (row 8).
    // On PostgreSQL the test's database emptied again and written the same way
    // (init's is left behind, unchecked: this test tampers with its chain).
    static int files = 0;
    const QString path = m_dir.filePath(QStringLiteral("tamper-%1.sqlite").arg(++files));
    if (m_testDb.isPostgres()) {
        m_store.reset();
        m_db.reset();
    }
    {
        auto db = m_testDb.isPostgres() ? m_testDb.open() : Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        Store store(db.value()->connection());
        const qint64 official = addOfficial(db.value()->connection(), QStringLiteral("operator"), QStringLiteral("О"));
        QVERIFY(addOfficial(db.value()->connection(), QStringLiteral("other"), QStringLiteral("Інший")) > 0);
        store.setActor(Actor{official, QStringLiteral("operator"), QStringLiteral("О")});
        Exchange e;
        e.title = QStringLiteral("Обмін 1");
        const qint64 exchangeId = store.exchanges().create(e).value();
        e.title = QStringLiteral("Обмін 2");
        QVERIFY(store.exchanges().create(e).ok());
        Batch b;
        b.exchangeId = exchangeId;
        const qint64 batchId = store.batches().create(b).value();
        QVERIFY(store.batches().create(b).ok());
        const qint64 personId =
            store.persons().addToBatch(batchId, person(QStringLiteral("Коваленко"), QStringLiteral("Андрій"))).value();
        QVERIFY(store.persons().addToBatch(batchId, person(QStringLiteral("Шевчук"), QStringLiteral("Олег"))).ok());
        Person p = store.persons().get(personId).value();
        p.rank = QStringLiteral("сержант");
        QVERIFY(store.persons().update(p).ok());
        b = store.batches().get(batchId).value();
        b.place = QStringLiteral("пункт пропуску");
        QVERIFY(store.batches().update(b).ok());
        QCOMPARE(AuditLog::rowCount(db.value()->connection()).value(), 8);
        auto intact = AuditLog::verify(db.value()->connection());
        QVERIFY(intact.ok() && !intact.value().has_value());
    } // closed: the write-ahead log is folded into the file

    if (m_testDb.isPostgres()) {
        // The owner switches the rule off for the one statement (DISABLE TRIGGER, on again in the same
        // transaction), as someone with the owner's password could.
        for (const char *rule : {"audit_log_no_update", "audit_log_no_delete"})
            script.replace(QStringLiteral("DROP TRIGGER %1;").arg(QLatin1String(rule)),
                           QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER %1;").arg(QLatin1String(rule)));
        script += QStringLiteral(" ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update; ALTER TABLE audit_log "
                                 "ENABLE TRIGGER audit_log_no_delete;");
        const Status tampered = runAsOwner(script);
        QVERIFY2(tampered.ok(), qPrintable(tampered.text()));
    } else {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, script});
        if (!sqlite.waitForStarted(10000))
            QFAIL(qPrintable(QStringLiteral("The sqlite3 command-line tool could not be started (%1). The tamper "
                                            "tests need it: install the Debian package sqlite3 "
                                            "(tools/install-deps.sh does).")
                                 .arg(sqlite.errorString())));
        QVERIFY(sqlite.waitForFinished(30000));
        QVERIFY2(sqlite.exitStatus() == QProcess::NormalExit && sqlite.exitCode() == 0,
                 qPrintable(QString::fromUtf8(sqlite.readAllStandardError())));
    }

    auto db = Database::open(m_testDb.isPostgres() ? m_testDb.address() : path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    auto checked = AuditLog::verify(db.value()->connection());
    QVERIFY2(checked.ok(), qPrintable(checked.text()));
    if (badRow == 0) {
        QVERIFY2(!checked.value().has_value(), qPrintable(checked.value() ? checked.value()->reason : QString()));
        return;
    }
    QVERIFY2(checked.value().has_value(), "the tampering was not found");
    QCOMPARE(checked.value()->rowId, badRow);
    QVERIFY2(checked.value()->reason.contains(reason), qPrintable(checked.value()->reason));
}

QTEST_GUILESS_MAIN(AuditTest)
#include "tst_audit.moc"
