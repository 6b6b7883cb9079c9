#include "storage/AuditLog.h"
#include "storage/CounterpartRepository.h"
#include "storage/Database.h"
#include "storage/ReconciliationReport.h"
#include "storage/SeenRows.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "io/CsvReader.h"

#include "storage/ForceStatus.h"
#include "storage/SignIn.h"
#include "storage/TestDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace homeward;
using namespace homeward::testing;

// The counterpart's list of a batch (schema 9) through CounterpartRepository:
// all-or-nothing imports, the newest list current, refusal once the batch is
// confirmed, completed or cancelled (by the repository and by the triggers),
// permissions, resolutions with their audit rows, the reconciliation read
// from the database and its CSV report. A fresh database per test, on SQLite and on PostgreSQL (TestDatabase:
// HOMEWARD_TEST_BACKEND).
class CounterpartTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void importStoresEveryRowAndAnAuditRow();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void newestImportIsCurrent();
    void importFollowsTheBatchStatus_data();
    void importFollowsTheBatchStatus();
    void triggersGuardLockedBatches();
    void importNeedsPermission_data();
    void importNeedsPermission();
    void resolveAndUnresolve();
    void resolutionsRefused_data();
    void resolutionsRefused();
    void reconcileFromTheDatabase();
    void reportCsv();
    void reportReplacesAtomically();
    void deletingADraftBatchTakesItsListAlong();

private:
    QSqlDatabase c() const { return m_db->connection(); }
    qint64 count(const QString &table) const;
    QList<InterchangeRow> sampleRows() const;
    qint64 addPerson(const QString &surname, const QString &given, const QString &birth, Sex sex = Sex::Male,
                     Category category = Category::Serviceman);

    TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    Actor m_operator;
    Actor m_verifier;
    Actor m_supervisor;
    qint64 m_batchId = 0;
    const QString m_sha = QString(64, QLatin1Char('a'));
};

namespace {

InterchangeRow row(qint64 line, const QString &recordId, const QString &surname, const QString &given,
                   const QString &birth = {}, std::optional<Sex> sex = Sex::Male,
                   std::optional<Category> category = Category::Serviceman)
{
    InterchangeRow r;
    r.line = line;
    r.person.recordId = recordId;
    r.person.surname = surname;
    r.person.givenName = given;
    if (!birth.isEmpty())
        r.person.birthDate = PartialDate::fromIso(birth).value();
    r.sexKnown = sex.has_value();
    r.person.sex = sex.value_or(Sex::Male);
    r.categoryKnown = category.has_value();
    r.person.category = category.value_or(Category::Serviceman);
    return r;
}

} // namespace

void CounterpartTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void CounterpartTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void CounterpartTest::init()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(c());
    auto op = addOfficial(c(), QStringLiteral("op"), kOperator);
    auto ver = addOfficial(c(), QStringLiteral("ver"), kVerifier);
    auto sup = addOfficial(c(), QStringLiteral("sup"), kSupervisor);
    QVERIFY(op.ok() && ver.ok() && sup.ok());
    m_operator = Accounts::actorFor(op.value());
    m_verifier = Accounts::actorFor(ver.value());
    m_supervisor = Accounts::actorFor(sup.value());

    m_store->setActor(m_supervisor);
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 2;
    batch.plannedCivilians = 1;
    batch.place = QStringLiteral("КПП");
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();
    m_store->setActor(m_operator);
}

void CounterpartTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 CounterpartTest::count(const QString &table) const
{
    return sql::scalar(c(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).value().toLongLong();
}

QList<InterchangeRow> CounterpartTest::sampleRows() const
{
    InterchangeRow full = row(2, QStringLiteral("R-1"), QStringLiteral("Коваленко"), QStringLiteral("Андрій"),
                              QStringLiteral("1990-05-07"));
    full.person.patronymic = QStringLiteral("Іванович");
    full.person.rank = QStringLiteral("солдат");
    full.person.unit = QStringLiteral("в/ч А0000");
    full.person.serviceNumber = QStringLiteral("АА123456");
    full.person.documentNumber = QStringLiteral("МК 000111");
    full.person.birthPlace = QStringLiteral("Київ");
    full.person.region = QStringLiteral("Київська");
    full.person.notes = QStringLiteral("рядок 1\nрядок 2");
    return {full,
            row(3, QStringLiteral("R-2"), QStringLiteral("Мельник"), QStringLiteral("Ірина"), QStringLiteral("1995"),
                Sex::Female, Category::Civilian),
            row(4, QStringLiteral("R-3"), QStringLiteral("Руденко"), QStringLiteral("Ігор"), {}, std::nullopt,
                std::nullopt)};
}

qint64 CounterpartTest::addPerson(const QString &surname, const QString &given, const QString &birth, Sex sex,
                                  Category category)
{
    Person p;
    p.surname = surname;
    p.givenName = given;
    if (!birth.isEmpty())
        p.birthDate = PartialDate::fromIso(birth).value();
    p.sex = sex;
    p.category = category;
    auto id = m_store->persons().addToBatch(m_batchId, p);
    if (!id)
        qWarning("%s", qPrintable(id.text()));
    return id.ok() ? id.value() : 0;
}

void CounterpartTest::importStoresEveryRowAndAnAuditRow()
{
    CounterpartRepository repo(c());
    const qint64 auditBefore = AuditLog::rowCount(c()).value();
    const QList<InterchangeRow> rows = sampleRows();
    auto listId = repo.importList(m_batchId, QStringLiteral("their-list.csv"), m_sha, rows, m_operator);
    QVERIFY2(listId.ok(), qPrintable(listId.text()));

    auto back = repo.currentListRows(m_batchId);
    QVERIFY2(back.ok(), qPrintable(back.text()));
    QCOMPARE(back.value().size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(back.value().at(i).line, rows.at(i).line);
        QCOMPARE(back.value().at(i).sexKnown, rows.at(i).sexKnown);
        QCOMPARE(back.value().at(i).categoryKnown, rows.at(i).categoryKnown);
        QCOMPARE(back.value().at(i).person, rows.at(i).person);
    }

    auto current = repo.currentList(m_batchId);
    QVERIFY(current.ok() && current.value());
    const CounterpartList &list = *current.value();
    QCOMPARE(list.id, listId.value());
    QCOMPARE(list.fileName, QStringLiteral("their-list.csv"));
    QCOMPARE(list.sha256, m_sha);
    QCOMPARE(list.rowCount, 3);
    QCOMPARE(list.importedBy, m_operator.officialId);
    QCOMPARE(list.importedByName, QStringLiteral("Official op"));
    QVERIFY(list.importedAt.isValid());
    QCOMPARE(list.importedAt.timeSpec(), Qt::UTC);

    // Their list is its own record: our batch's list is untouched.
    QCOMPARE(m_store->persons().countInBatch(m_batchId).value(), 0);

    QCOMPARE(AuditLog::rowCount(c()).value(), auditBefore + 1);
    auto history = AuditLog::history(c(), QStringLiteral("counterpart_list"), listId.value());
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 1);
    const AuditEntry &entry = history.value().constFirst();
    QCOMPARE(entry.action, QStringLiteral("import"));
    QCOMPARE(entry.officialId, m_operator.officialId);
    QCOMPARE(entry.after.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(entry.after.value(QStringLiteral("batch_id")).toInteger(), m_batchId);
    QCOMPARE(entry.after.value(QStringLiteral("sha256")).toString(), m_sha);
    auto verified = AuditLog::verify(c());
    QVERIFY(verified.ok() && !verified.value());
}

void CounterpartTest::importIsAllOrNothing_data()
{
    QTest::addColumn<QList<InterchangeRow>>("rows");
    QTest::addColumn<QString>("sha");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected"); // part of the message

    const InterchangeRow a = row(2, QStringLiteral("A"), QStringLiteral("Коваленко"), QStringLiteral("Андрій"));
    const InterchangeRow b = row(3, QStringLiteral("B"), QStringLiteral("Шевчук"), QStringLiteral("Петро"));
    const QString sha(64, QLatin1Char('b'));

    QTest::newRow("no rows") << QList<InterchangeRow>{} << sha << QStringLiteral("f.csv")
                             << QStringLiteral("holds no persons");
    InterchangeRow twice = b;
    twice.person.recordId = QStringLiteral("A");
    QTest::newRow("record_id twice") << QList<InterchangeRow>{a, b, twice} << sha << QStringLiteral("f.csv")
                                     << QStringLiteral("repeats record_id A");
    InterchangeRow noId = b;
    noId.person.recordId.clear();
    QTest::newRow("record_id empty") << QList<InterchangeRow>{a, noId} << sha << QStringLiteral("f.csv")
                                     << QStringLiteral("Line 3");
    InterchangeRow longId = b;
    longId.person.recordId = QString(65, QLatin1Char('x'));
    QTest::newRow("record_id too long") << QList<InterchangeRow>{a, longId} << sha << QStringLiteral("f.csv")
                                        << QStringLiteral("no valid record_id");
    InterchangeRow noSurname = b;
    noSurname.person.surname = QStringLiteral("  ");
    QTest::newRow("surname empty") << QList<InterchangeRow>{a, noSurname} << sha << QStringLiteral("f.csv")
                                   << QStringLiteral("lacks the surname");
    QTest::newRow("bad sha") << QList<InterchangeRow>{a, b} << QStringLiteral("abc") << QStringLiteral("f.csv")
                             << QStringLiteral("SHA-256");
    QTest::newRow("upper-case sha") << QList<InterchangeRow>{a, b} << QString(64, QLatin1Char('A'))
                                    << QStringLiteral("f.csv") << QStringLiteral("SHA-256");
    QTest::newRow("no file name") << QList<InterchangeRow>{a, b} << sha << QString() << QStringLiteral("file name");
    // The last row breaks a database rule (a line number below 0) after the others were written: rolled back.
    InterchangeRow badLine = b;
    badLine.line = -1;
    QTest::newRow("database refuses the last row")
        << QList<InterchangeRow>{a, row(4, QStringLiteral("C"), QStringLiteral("Бондар"), QStringLiteral("Олег")),
                                 badLine}
        << sha << QStringLiteral("f.csv") << QStringLiteral("Line -1 of the counterpart list could not be stored");
}

void CounterpartTest::importIsAllOrNothing()
{
    QFETCH(QList<InterchangeRow>, rows);
    QFETCH(QString, sha);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);

    CounterpartRepository repo(c());
    const qint64 auditBefore = AuditLog::rowCount(c()).value();
    auto imported = repo.importList(m_batchId, fileName, sha, rows, m_operator);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.text().contains(expected), qPrintable(imported.text()));
    QCOMPARE(count(QStringLiteral("counterpart_list")), 0);
    QCOMPARE(count(QStringLiteral("counterpart_person")), 0);
    QCOMPARE(AuditLog::rowCount(c()).value(), auditBefore);
    auto current = repo.currentList(m_batchId);
    QVERIFY(current.ok() && !current.value());
}

void CounterpartTest::newestImportIsCurrent()
{
    CounterpartRepository repo(c());
    auto first = repo.importList(m_batchId, QStringLiteral("v1.csv"), m_sha, sampleRows(), m_operator);
    QVERIFY2(first.ok(), qPrintable(first.text()));
    const QList<InterchangeRow> second{
        row(2, QStringLiteral("N-1"), QStringLiteral("Гнатюк"), QStringLiteral("Тарас"))};
    auto next = repo.importList(m_batchId, QStringLiteral("v2.csv"), QString(64, QLatin1Char('c')), second, m_operator);
    QVERIFY2(next.ok(), qPrintable(next.text()));
    QVERIFY(next.value() > first.value());

    auto lists = repo.lists(m_batchId);
    QVERIFY(lists.ok());
    QCOMPARE(lists.value().size(), 2);
    QCOMPARE(lists.value().at(0).fileName, QStringLiteral("v2.csv"));
    QCOMPARE(lists.value().at(1).fileName, QStringLiteral("v1.csv"));
    auto current = repo.currentListRows(m_batchId);
    QVERIFY(current.ok());
    QCOMPARE(current.value().size(), 1);
    QCOMPARE(current.value().constFirst().person.recordId, QStringLiteral("N-1"));
    // The older list stays as history.
    auto old = repo.rows(first.value());
    QVERIFY(old.ok());
    QCOMPARE(old.value().size(), 3);
}

void CounterpartTest::importFollowsTheBatchStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("draft") << QStringLiteral("draft") << true;
    QTest::newRow("in verification") << QStringLiteral("in_verification") << true;
    QTest::newRow("verified") << QStringLiteral("verified") << true;
    QTest::newRow("confirmed") << QStringLiteral("confirmed") << false;
    QTest::newRow("completed") << QStringLiteral("completed") << false;
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << false;
}

void CounterpartTest::importFollowsTheBatchStatus()
{
    QFETCH(QString, status);
    QFETCH(bool, allowed);
    QVERIFY(forceBatchStatus(c(), m_batchId, status, m_supervisor.officialId).ok());

    CounterpartRepository repo(c());
    const qint64 auditBefore = AuditLog::rowCount(c()).value();
    auto open = repo.batchOpenForReconciliation(m_batchId);
    QVERIFY(open.ok());
    QCOMPARE(open.value(), allowed);
    auto imported = repo.importList(m_batchId, QStringLiteral("f.csv"), m_sha, sampleRows(), m_operator);
    QCOMPARE(imported.ok(), allowed);
    QCOMPARE(count(QStringLiteral("counterpart_person")), allowed ? 3 : 0);
    QCOMPARE(AuditLog::rowCount(c()).value(), auditBefore + (allowed ? 1 : 0));
    if (!allowed)
        QVERIFY2(imported.text().contains(QStringLiteral("can no longer change")), qPrintable(imported.text()));

    auto resolved = repo.resolve(m_batchId, QStringLiteral("only-theirs:R-3"), {}, QStringLiteral("Руденко Ігор"),
                                 QStringLiteral("known"), {}, m_operator);
    QCOMPARE(resolved.ok(), allowed);
}

void CounterpartTest::triggersGuardLockedBatches()
{
    CounterpartRepository repo(c());
    auto listId = repo.importList(m_batchId, QStringLiteral("f.csv"), m_sha, sampleRows(), m_operator);
    QVERIFY2(listId.ok(), qPrintable(listId.text()));
    QVERIFY(repo.resolve(m_batchId, QStringLiteral("only-theirs:R-1"), {}, QStringLiteral("x"), QStringLiteral("n"), {},
                         m_operator)
                .ok());

    // A stored list is never changed, whatever the batch's status.
    QVERIFY(!sql::run(c(), QStringLiteral("UPDATE counterpart_person SET surname = 'X' WHERE list_id = ?"),
                      {listId.value()})
                 .ok());
    QVERIFY(!sql::run(c(), QStringLiteral("UPDATE counterpart_list SET file_name = 'x' WHERE id = ?"), {listId.value()})
                 .ok());

    QVERIFY(forceBatchStatus(c(), m_batchId, QStringLiteral("confirmed"), m_supervisor.officialId).ok());
    const QString now = sql::nowStamp();
    QVERIFY(!sql::run(c(),
                      QStringLiteral("INSERT INTO counterpart_list (batch_id, file_name, file_sha256, row_count, "
                                     "imported_by, imported_at) VALUES (?, 'g.csv', ?, 1, ?, ?)"),
                      {m_batchId, m_sha, m_operator.officialId, now})
                 .ok());
    QVERIFY(!sql::run(c(),
                      QStringLiteral("INSERT INTO counterpart_person (list_id, line, record_id, surname, given_name) "
                                     "VALUES (?, 9, 'Z', 'Зубко', 'Ян')"),
                      {listId.value()})
                 .ok());
    QVERIFY(!sql::run(c(), QStringLiteral("UPDATE reconciliation_resolution SET note = 'changed'")).ok());
    QVERIFY(!sql::run(c(), QStringLiteral("DELETE FROM reconciliation_resolution")).ok());
    QVERIFY(!sql::run(c(),
                      QStringLiteral("INSERT INTO reconciliation_resolution (batch_id, item_key, note, resolved_by, "
                                     "resolved_at) VALUES (?, 'only-ours:1', 'n', ?, ?)"),
                      {m_batchId, m_operator.officialId, now})
                 .ok());
    QCOMPARE(count(QStringLiteral("counterpart_list")), 1);
    QCOMPARE(count(QStringLiteral("counterpart_person")), 3);
    QCOMPARE(count(QStringLiteral("reconciliation_resolution")), 1);
    QCOMPARE(sql::scalar(c(), QStringLiteral("SELECT note FROM reconciliation_resolution")).value().toString(),
             QStringLiteral("n"));

    // Reopened, the batch's reconciliation may change again.
    QVERIFY(forceBatchStatus(c(), m_batchId, QStringLiteral("in_verification"), m_supervisor.officialId).ok());
    QVERIFY(repo.unresolve(m_batchId, QStringLiteral("only-theirs:R-1"),
                           testing::seenResolution(repo, m_batchId, QStringLiteral("only-theirs:R-1")), m_operator)
                .ok());
}

void CounterpartTest::importNeedsPermission_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("mayImport");
    QTest::addColumn<bool>("mayResolve");
    QTest::newRow("operator") << QStringLiteral("op") << true << true;
    QTest::newRow("verifier") << QStringLiteral("ver") << false << true;
    QTest::newRow("supervisor only") << QStringLiteral("sup") << false << false;
    QTest::newRow("nobody signed in") << QString() << false << false;
}

void CounterpartTest::importNeedsPermission()
{
    QFETCH(QString, who);
    QFETCH(bool, mayImport);
    QFETCH(bool, mayResolve);
    const Actor actor = who == QLatin1String("op")    ? m_operator
                        : who == QLatin1String("ver") ? m_verifier
                        : who == QLatin1String("sup") ? m_supervisor
                                                      : Actor{};
    CounterpartRepository repo(c());
    const qint64 auditBefore = AuditLog::rowCount(c()).value();
    auto imported = repo.importList(m_batchId, QStringLiteral("f.csv"), m_sha, sampleRows(), actor);
    QCOMPARE(imported.ok(), mayImport);
    QCOMPARE(count(QStringLiteral("counterpart_list")), mayImport ? 1 : 0);

    auto resolved = repo.resolve(m_batchId, QStringLiteral("only-ours:1"), QStringLiteral("x"), {},
                                 QStringLiteral("note"), {}, actor);
    QVERIFY2(resolved.ok() == mayResolve, qPrintable(resolved.text()));
    QCOMPARE(AuditLog::rowCount(c()).value(), auditBefore + (mayImport ? 1 : 0) + (mayResolve ? 1 : 0));
    if (mayResolve) {
        auto resolutions = repo.resolutions(m_batchId);
        QVERIFY(resolutions.ok());
        QCOMPARE(resolutions.value().constFirst().resolvedBy, actor.officialId);
    }
}

void CounterpartTest::resolveAndUnresolve()
{
    CounterpartRepository repo(c());
    const QString key = QStringLiteral("pair:4:R-1:surname");
    QVERIFY(repo.resolve(m_batchId, key, QStringLiteral("Коваленко"), QStringLiteral("Коваленка"),
                         QStringLiteral("  their typo  "), {}, m_operator)
                .ok());
    auto stored = repo.resolutions(m_batchId);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 1);
    ReconciliationResolution r = stored.value().constFirst();
    QCOMPARE(r.key, key);
    QCOMPARE(r.oursValue, QStringLiteral("Коваленко"));
    QCOMPARE(r.theirsValue, QStringLiteral("Коваленка"));
    QCOMPARE(r.note, QStringLiteral("their typo")); // trimmed
    QCOMPARE(r.resolvedBy, m_operator.officialId);
    QCOMPARE(r.resolvedByName, QStringLiteral("Official op"));
    QVERIFY(r.resolvedAt.isValid());

    // Again, by the verifier, with a new note: one row, updated.
    QVERIFY(repo.resolve(m_batchId, key, QStringLiteral("Коваленко"), QStringLiteral("Коваленка"),
                         QStringLiteral("confirmed with the intermediary"),
                         testing::seenResolution(repo, m_batchId, key), m_verifier)
                .ok());
    stored = repo.resolutions(m_batchId);
    QCOMPARE(stored.value().size(), 1);
    QCOMPARE(stored.value().constFirst().note, QStringLiteral("confirmed with the intermediary"));
    QCOMPARE(stored.value().constFirst().resolvedBy, m_verifier.officialId);

    QVERIFY(repo.unresolve(m_batchId, key, testing::seenResolution(repo, m_batchId, key), m_operator).ok());
    QCOMPARE(repo.resolutions(m_batchId).value().size(), 0);
    QVERIFY(!repo.unresolve(m_batchId, key, {}, m_operator).ok());

    auto history = AuditLog::history(c(), QStringLiteral("reconciliation_resolution"), r.id);
    QVERIFY(history.ok());
    QStringList actions;
    for (const AuditEntry &entry : history.value())
        actions << entry.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("resolve"), QStringLiteral("update"), QStringLiteral("unresolve")}));
    QCOMPARE(history.value().at(1).before.value(QStringLiteral("note")).toString(), QStringLiteral("their typo"));
    QCOMPARE(history.value().at(1).after.value(QStringLiteral("note")).toString(),
             QStringLiteral("confirmed with the intermediary"));
    QCOMPARE(history.value().at(2).before.value(QStringLiteral("item_key")).toString(), key);
    QVERIFY(history.value().at(2).after.isEmpty());
    auto verified = AuditLog::verify(c());
    QVERIFY(verified.ok() && !verified.value());
}

void CounterpartTest::resolutionsRefused_data()
{
    QTest::addColumn<qint64>("batch"); // 0: the test's batch
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty note") << qint64(0) << QStringLiteral("only-ours:1") << QStringLiteral("   ")
                                << QStringLiteral("Write a note");
    QTest::newRow("no key") << qint64(0) << QString() << QStringLiteral("n") << QStringLiteral("No difference");
    QTest::newRow("no such batch") << qint64(999) << QStringLiteral("only-ours:1") << QStringLiteral("n")
                                   << QStringLiteral("No batch with number 999");
}

void CounterpartTest::resolutionsRefused()
{
    QFETCH(qint64, batch);
    QFETCH(QString, key);
    QFETCH(QString, note);
    QFETCH(QString, expected);
    CounterpartRepository repo(c());
    const qint64 auditBefore = AuditLog::rowCount(c()).value();
    auto resolved = repo.resolve(batch == 0 ? m_batchId : batch, key, {}, {}, note, {}, m_operator);
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.text().contains(expected), qPrintable(resolved.text()));
    QCOMPARE(count(QStringLiteral("reconciliation_resolution")), 0);
    QCOMPARE(AuditLog::rowCount(c()).value(), auditBefore);
}

void CounterpartTest::reconcileFromTheDatabase()
{
    CounterpartRepository repo(c());
    auto none = repo.reconcile(m_batchId);
    QVERIFY(!none.ok());
    QVERIFY2(none.text().contains(QStringLiteral("No counterpart list")), qPrintable(none.text()));

    const qint64 kovalenko =
        addPerson(QStringLiteral("Коваленко"), QStringLiteral("Андрій"), QStringLiteral("1990-05-07"));
    const qint64 melnyk = addPerson(QStringLiteral("Мельник"), QStringLiteral("Ірина"), QStringLiteral("1995"),
                                    Sex::Female, Category::Civilian);
    const qint64 withdrawn = addPerson(QStringLiteral("Руденко"), QStringLiteral("Ігор"), {});
    const qint64 onlyOurs =
        addPerson(QStringLiteral("Ткаченко"), QStringLiteral("Василь"), QStringLiteral("1970-01-01"));
    QVERIFY(kovalenko && melnyk && withdrawn && onlyOurs);
    QVERIFY2(m_store->persons().setWithdrawn(m_batchId, withdrawn, true).ok(), "withdraw");

    auto ours = repo.ourPersons(m_batchId);
    QVERIFY(ours.ok());
    QCOMPARE(ours.value().size(), 3); // the withdrawn person is not on our list

    QList<InterchangeRow> rows = sampleRows(); // R-1 Коваленко (typo-free), R-2 Мельник, R-3 Руденко
    rows[0].person.surname = QStringLiteral("Коваленка");
    QVERIFY(repo.importList(m_batchId, QStringLiteral("f.csv"), m_sha, rows, m_operator).ok());
    QVERIFY(repo.resolve(m_batchId, QStringLiteral("only-ours:%1").arg(onlyOurs),
                         QStringLiteral("Ткаченко Василь, 01.01.1970"), {}, QStringLiteral("handed over earlier"), {},
                         m_operator)
                .ok());

    auto r = repo.reconcile(m_batchId);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(r.value().pairs.size(), 2);
    QCOMPARE(r.value().pairs.constFirst().ours.personId, kovalenko); // a high-risk surname difference first
    QCOMPARE(r.value().pairs.constFirst().differences.constFirst().field, QStringLiteral("surname"));
    QCOMPARE(r.value().pairs.constFirst().differences.constFirst().key,
             QStringLiteral("pair:%1:R-1:surname").arg(kovalenko));
    QCOMPARE(r.value().onlyTheirs.size(), 1);
    QCOMPARE(r.value().onlyTheirs.constFirst().row.person.recordId, QStringLiteral("R-3"));
    QCOMPARE(r.value().onlyOurs.size(), 1);
    QVERIFY(r.value().onlyOurs.constFirst().resolution.resolved);
    QCOMPARE(r.value().onlyOurs.constFirst().resolution.resolvedByName, QStringLiteral("Official op"));
    // Planned 2 servicemen + 1 civilian; ours 2 + 1; theirs 1 + 1 + 1 without category.
    QCOMPARE(r.value().counts.last().code, QStringLiteral("total"));
    QCOMPARE(r.value().counts.last().ours, 3);
    QCOMPARE(r.value().counts.last().theirs, 3);
    QCOMPARE(r.value().counts.last().planned, 3);
    QVERIFY(!r.value().countsAgree());
}

void CounterpartTest::reportCsv()
{
    const qint64 kovalenko =
        addPerson(QStringLiteral("Коваленко"), QStringLiteral("Андрій"), QStringLiteral("1990-05-07"));
    QVERIFY(kovalenko);
    QList<InterchangeRow> rows = sampleRows();
    rows[1].person.surname = QStringLiteral("=HYPERLINK(\"x\")"); // only theirs, and a formula
    CounterpartRepository repo(c());
    QVERIFY(repo.importList(m_batchId, QStringLiteral("f.csv"), m_sha, rows, m_operator).ok());
    auto r = repo.reconcile(m_batchId);
    QVERIFY2(r.ok(), qPrintable(r.text()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reconciliation.csv"));
    auto written = ReconciliationReport::writeCsv(r.value(), path);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    QVERIFY(written.value().guardedCells >= 2); // the surname and the summary holding it

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    CsvReader reader(&file);
    QList<QStringList> records;
    CsvRecord record;
    while (reader.next(record))
        records << record.fields;
    QVERIFY2(!reader.error(), "the report reads back");
    QCOMPARE(records.constFirst(), ReconciliationReport::columnNames());
    QCOMPARE(ReconciliationReport::columnLabels().size(), ReconciliationReport::columnNames().size());
    QCOMPARE(records.size() - 1, int(written.value().lines));
    const auto col = [](const char *name) { return ReconciliationReport::columnNames().indexOf(QLatin1String(name)); };

    QStringList sections;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).size(), ReconciliationReport::columnNames().size());
        sections << records.at(i).at(col("section"));
    }
    // One pair (differences: patronymic, rank … missing on ours), two only theirs, counts last.
    QCOMPARE(sections.first(), QStringLiteral("pair"));
    QCOMPARE(sections.count(QStringLiteral("only_theirs")), 2);
    QCOMPARE(sections.count(QStringLiteral("only_ours")), 0);
    QCOMPARE(sections.last(), QStringLiteral("count"));
    QVERIFY(std::is_sorted(sections.begin(), sections.end(), [](const QString &a, const QString &b) {
        const QStringList order{QStringLiteral("pair"), QStringLiteral("only_theirs"), QStringLiteral("only_ours"),
                                QStringLiteral("count")};
        return order.indexOf(a) < order.indexOf(b);
    }));
    bool sawGuarded = false;
    for (const QStringList &line : records) {
        if (line.at(col("section")) == QLatin1String("only_theirs") && line.at(col("their_record_id")) == "R-2") {
            QCOMPARE(line.at(col("surname")), QStringLiteral("'=HYPERLINK(\"x\")"));
            QCOMPARE(line.at(col("risk")), QStringLiteral("high"));
            QCOMPARE(line.at(col("resolved")), QStringLiteral("no"));
            sawGuarded = true;
        }
        if (line.at(col("section")) == QLatin1String("count") && line.at(col("key")) == QLatin1String("total")) {
            QCOMPARE(line.at(col("ours")), QStringLiteral("1"));
            QCOMPARE(line.at(col("theirs")), QStringLiteral("3"));
            QCOMPARE(line.at(col("planned")), QStringLiteral("3"));
            QCOMPARE(line.at(col("difference_kind")), QStringLiteral("differs"));
        }
    }
    QVERIFY(sawGuarded);
    // Nothing but the report is left in the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("reconciliation.csv")});
}

void CounterpartTest::reportReplacesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const Reconciliation r = Reconciler::reconcile({}, {}, 0, 0);
    auto written = ReconciliationReport::writeCsv(r, path);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("section,key,risk,"));

    // A folder that does not exist: refused, nothing written.
    auto refused = ReconciliationReport::writeCsv(r, dir.filePath(QStringLiteral("missing/r.csv")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.text().contains(QStringLiteral("does not exist")), qPrintable(refused.text()));
    auto folder = ReconciliationReport::writeCsv(r, dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("r.csv")});
}

void CounterpartTest::deletingADraftBatchTakesItsListAlong()
{
    CounterpartRepository repo(c());
    QVERIFY(repo.importList(m_batchId, QStringLiteral("f.csv"), m_sha, sampleRows(), m_operator).ok());
    QVERIFY(repo.resolve(m_batchId, QStringLiteral("only-theirs:R-1"), {}, QStringLiteral("x"), QStringLiteral("n"), {},
                         m_operator)
                .ok());
    m_store->setActor(m_supervisor);
    const Status removed = m_store->batches().remove(m_batchId);
    QVERIFY2(removed.ok(), qPrintable(removed.text()));
    QCOMPARE(count(QStringLiteral("counterpart_list")), 0);
    QCOMPARE(count(QStringLiteral("counterpart_person")), 0);
    QCOMPARE(count(QStringLiteral("reconciliation_resolution")), 0);
}

QTEST_GUILESS_MAIN(CounterpartTest)
#include "tst_counterpart.moc"
