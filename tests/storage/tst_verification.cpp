#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QTest>

#include <memory>

using namespace homeward;

namespace {

enum class Who {
    Operator, OtherOperator, Verifier, OtherVerifier, OperatorVerifier, DisabledVerifier, Supervisor, Nobody, Impostor
};

} // namespace

Q_DECLARE_METATYPE(Who)
Q_DECLARE_METATYPE(CheckItem)
Q_DECLARE_METATYPE(CheckMethod)

// The per-detail verification checklist: items made by the database, the
// verifier role and the two-person rule in the repository and again in
// triggers (tested by writing around the repository), resets on edits,
// blind re-entry, free items per exchange, progress and the audit trail.
// On SQLite and on PostgreSQL (TestDatabase: HOMEWARD_TEST_BACKEND), a fresh database for every test.
class VerificationTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void newPersonsGetTheNineItems();
    void migrationMakesItemsForExistingPersons();
    void verifierConfirms_data();
    void verifierConfirms();
    void identityNeedsASighting_data();
    void identityNeedsASighting();
    void confirmedItemIsNotConfirmedTwice();
    void discrepancyWithNote();
    void discrepancyWithoutNoteIsRefused_data();
    void discrepancyWithoutNoteIsRefused();
    void whoMayVerify_data();
    void whoMayVerify();
    void databaseRefusesANonVerifier();
    void twoPersonRuleInTheRepository_data();
    void twoPersonRuleInTheRepository();
    void twoPersonRuleInTheDatabase();
    void editingResetsOnlyTheChangedDetail();
    void editingByTheVerifierBlocksThemFromIt();
    void blindReentryEqualConfirms_data();
    void blindReentryEqualConfirms();
    void blindReentryUnequalChangesNothing();
    void blindReentryOnlyWhereOffered();
    void customItemsReachEveryListedPerson();
    void customItemsOnlyBySupervisor();
    void progressCounts();
    void removalTakesTheChecklistAlong();

private:
    QSqlDatabase connection() const { return m_db->connection(); }
    qint64 addOfficial(const QString &username, bool isOperator, bool isVerifier, bool isSupervisor,
                       bool active = true);
    void actAs(Who who);
    qint64 officialOf(Who who) const;
    qint64 itemId(qint64 personId, const QString &code) const;
    QString stateOf(qint64 itemId) const;
    qint64 auditRows() const;
    static Person person(const QString &surname);
    qint64 addPerson(qint64 batchId, const QString &surname);

    testing::TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QHash<Who, qint64> m_officials;
    qint64 m_exchange = 0;
    qint64 m_otherExchange = 0;
    qint64 m_batch = 0;
    qint64 m_secondBatch = 0;
    qint64 m_otherBatch = 0;
    qint64 m_person = 0;    // entered by the operator
    qint64 m_ownPerson = 0; // entered by the official who is operator and verifier
};

qint64 VerificationTest::addOfficial(const QString &username, bool isOperator, bool isVerifier, bool isSupervisor,
                                     bool active)
{
    // A dummy hash: no one logs in here, and real hashing is slow.
    auto inserted = sql::insertReturningId(
        connection(),
        QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, "
                       "is_supervisor, active, password_hash, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'not a real hash', ?, ?) RETURNING id"),
        {username, QStringLiteral("Official %1").arg(username), int(isOperator), int(isVerifier), int(isSupervisor),
         int(active), sql::nowStamp(), sql::nowStamp()});
    return inserted.ok() ? inserted.value() : 0;
}

qint64 VerificationTest::officialOf(Who who) const
{
    return m_officials.value(who, 0);
}

void VerificationTest::actAs(Who who)
{
    switch (who) {
    case Who::Nobody:
        m_store->setActor(Actor{});
        return;
    case Who::Impostor:
        // Claims a verifier's name in the struct; the database says operator.
        m_store->setActor(Actor{officialOf(Who::Operator), QStringLiteral("verifier"), QStringLiteral("Verifier")});
        return;
    default:
        m_store->setActor(Actor{officialOf(who), QStringLiteral("u"), QStringLiteral("U")});
    }
}

qint64 VerificationTest::itemId(qint64 personId, const QString &code) const
{
    auto id = sql::scalar(connection(),
                          QStringLiteral("SELECT id FROM verification_item WHERE person_id = ? AND "
                                         "item = ?"),
                          {personId, code});
    return id.ok() ? id.value().toLongLong() : 0;
}

QString VerificationTest::stateOf(qint64 itemId) const
{
    auto state =
        sql::scalar(connection(), QStringLiteral("SELECT state FROM verification_item WHERE id = ?"), {itemId});
    return state.ok() ? state.value().toString() : QString();
}

qint64 VerificationTest::auditRows() const
{
    auto count = AuditLog::rowCount(connection());
    return count.ok() ? count.value() : -1;
}

Person VerificationTest::person(const QString &surname)
{
    Person p;
    p.surname = surname;
    p.givenName = QStringLiteral("Андрій");
    p.patronymic = QStringLiteral("Іванович");
    p.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    p.rank = QStringLiteral("солдат");
    p.serviceNumber = QStringLiteral("Ф-123456");
    p.documentType = QStringLiteral("паспорт");
    p.documentNumber = QStringLiteral("АА 123456");
    return p;
}

qint64 VerificationTest::addPerson(qint64 batchId, const QString &surname)
{
    auto added = m_store->persons().addToBatch(batchId, person(surname));
    return added.ok() ? added.value() : 0;
}

void VerificationTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void VerificationTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void VerificationTest::init()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(connection());
    m_officials.clear();
    m_officials[Who::Operator] = addOfficial(QStringLiteral("operator"), true, false, false);
    m_officials[Who::OtherOperator] = addOfficial(QStringLiteral("operator2"), true, false, false);
    m_officials[Who::Verifier] = addOfficial(QStringLiteral("verifier"), false, true, false);
    m_officials[Who::OtherVerifier] = addOfficial(QStringLiteral("verifier2"), false, true, false);
    m_officials[Who::OperatorVerifier] = addOfficial(QStringLiteral("both"), true, true, false);
    m_officials[Who::DisabledVerifier] = addOfficial(QStringLiteral("gone"), false, true, false, false);
    m_officials[Who::Supervisor] = addOfficial(QStringLiteral("supervisor"), false, false, true);
    for (qint64 id : std::as_const(m_officials))
        QVERIFY(id > 0);

    actAs(Who::Supervisor);
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін 1");
    m_exchange = m_store->exchanges().create(exchange).value();
    exchange.title = QStringLiteral("Обмін 2");
    m_otherExchange = m_store->exchanges().create(exchange).value();
    Batch batch;
    batch.exchangeId = m_exchange;
    m_batch = m_store->batches().create(batch).value();
    m_secondBatch = m_store->batches().create(batch).value();
    batch.exchangeId = m_otherExchange;
    m_otherBatch = m_store->batches().create(batch).value();
    QVERIFY(m_otherBatch > 0);
    actAs(Who::Operator);
    m_person = addPerson(m_batch, QStringLiteral("Коваленко"));
    QVERIFY(m_person > 0);
    actAs(Who::OperatorVerifier);
    m_ownPerson = addPerson(m_batch, QStringLiteral("Шевчук"));
    QVERIFY(m_ownPerson > 0);
    actAs(Who::Verifier);
}

void VerificationTest::cleanup()
{
    if (m_db) {
        auto checked = AuditLog::verify(connection());
        QVERIFY2(checked.ok(), qPrintable(checked.text()));
        QVERIFY2(!checked.value().has_value(), qPrintable(checked.value() ? checked.value()->reason : QString()));
    }
    m_store.reset();
    m_db.reset();
}

void VerificationTest::newPersonsGetTheNineItems()
{
    auto items = m_store->verification().itemsForPerson(m_person);
    QVERIFY2(items.ok(), qPrintable(items.text()));
    QCOMPARE(items.value().size(), 9);
    QList<CheckItem> order;
    for (const VerificationItem &v : items.value()) {
        order << v.item;
        QCOMPARE(v.state, CheckState::Pending);
        QCOMPARE(v.changedBy, officialOf(Who::Operator));
        QCOMPARE(v.changedByName, QStringLiteral("Official operator"));
        QVERIFY(v.changedAt.isValid());
        QCOMPARE(v.verifiedBy, 0);
        QVERIFY(!v.method.has_value());
        QVERIFY(!v.displayLabel().isEmpty());
    }
    QCOMPARE(order, standardCheckItems());
    QCOMPARE(m_store->verification().itemsForPerson(m_ownPerson).value().constFirst().changedBy,
             officialOf(Who::OperatorVerifier));
    QCOMPARE(sql::scalar(connection(), QStringLiteral("SELECT COUNT(*) FROM verification_item")).value().toInt(), 18);
}

void VerificationTest::migrationMakesItemsForExistingPersons()
{
    HOMEWARD_SQLITE_ONLY(m_testDb, "migrates a database of its own from schema 2 (tst_postgresschema migrates the "
                                   "server's schemas)");
    auto opened = Database::openUnmigrated(QStringLiteral(":memory:"));
    QVERIFY2(opened.ok(), qPrintable(opened.text()));
    const QSqlDatabase db = opened.value()->connection();
    QVERIFY(Migrations::migrateTo(db, 2).ok());
    const QString now = sql::nowStamp();
    QVERIFY(sql::run(db,
                     QStringLiteral("INSERT INTO official (id, username, full_name, is_operator, password_hash, "
                                    "created_at, updated_at) VALUES (7, 'op', 'Op', 1, 'x', ?, ?)"),
                     {now, now})
                .ok());
    for (const QString &surname : {QStringLiteral("Бойко"), QStringLiteral("Ткач")})
        QVERIFY(sql::run(db,
                         QStringLiteral("INSERT INTO person (surname, given_name, sex, category, created_at, "
                                        "updated_at, created_by, updated_by) VALUES (?, 'Іван', 'M', "
                                        "'serviceman', ?, ?, 7, 7)"),
                         {surname, now, now})
                    .ok());
    QVERIFY(Migrations::migrate(db).ok());
    QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
    auto query = sql::run(db, QStringLiteral("SELECT person_id, COUNT(*), MIN(changed_by), MAX(changed_by), "
                                             "SUM(state = 'pending') FROM verification_item GROUP BY person_id"));
    QVERIFY(query.ok());
    int persons = 0;
    while (query.value().next()) {
        ++persons;
        QCOMPARE(query.value().value(1).toInt(), 9);
        QCOMPARE(query.value().value(2).toInt(), 7);
        QCOMPARE(query.value().value(3).toInt(), 7);
        QCOMPARE(query.value().value(4).toInt(), 9);
    }
    QCOMPARE(persons, 2);
}

void VerificationTest::verifierConfirms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<CheckMethod>("method");
    QTest::newRow("surname compared") << QStringLiteral("surname") << CheckMethod::Compared;
    QTest::newRow("given name compared") << QStringLiteral("given_name") << CheckMethod::Compared;
    QTest::newRow("sex from documents") << QStringLiteral("sex") << CheckMethod::Documents;
    QTest::newRow("identity in person") << QStringLiteral("identity") << CheckMethod::InPerson;
    QTest::newRow("identity from a photo") << QStringLiteral("identity") << CheckMethod::Photo;
}

void VerificationTest::verifierConfirms()
{
    QFETCH(QString, code);
    QFETCH(CheckMethod, method);
    const qint64 id = itemId(m_person, code);
    const qint64 rows = auditRows();
    const Status done = m_store->verification().confirm(id, method);
    QVERIFY2(done.ok(), qPrintable(done.text()));
    auto stored = m_store->verification().item(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().state, CheckState::Confirmed);
    QCOMPARE(stored.value().method, std::optional(method));
    QCOMPARE(stored.value().verifiedBy, officialOf(Who::Verifier));
    QCOMPARE(stored.value().verifiedByName, QStringLiteral("Official verifier"));
    QVERIFY(stored.value().verifiedAt.isValid());
    QCOMPARE(auditRows(), rows + 1);
    auto history = AuditLog::history(connection(), QStringLiteral("verification_item"), id);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 1);
    const AuditEntry &entry = history.value().constFirst();
    QCOMPARE(entry.action, QStringLiteral("verify"));
    QCOMPARE(entry.officialId, officialOf(Who::Verifier));
    QCOMPARE(entry.before.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(entry.after.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(entry.after.value(QStringLiteral("method")).toString(), toCode(method));
}

void VerificationTest::identityNeedsASighting_data()
{
    QTest::addColumn<CheckMethod>("method");
    QTest::newRow("compared") << CheckMethod::Compared;
    QTest::newRow("blind re-entry") << CheckMethod::BlindReentry;
}

void VerificationTest::identityNeedsASighting()
{
    QFETCH(CheckMethod, method);
    const qint64 id = itemId(m_person, QStringLiteral("identity"));
    const qint64 rows = auditRows();
    QVERIFY(!m_store->verification().confirm(id, method).ok());
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(), rows);
    // The database refuses it too.
    auto raw = sql::run(connection(),
                        QStringLiteral("UPDATE verification_item SET state = 'confirmed', method = ?, verified_by = ?, "
                                       "verified_at = ? WHERE id = ?"),
                        {toCode(method), officialOf(Who::Verifier), sql::nowStamp(), id});
    QVERIFY(!raw.ok());
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
}

void VerificationTest::confirmedItemIsNotConfirmedTwice()
{
    const qint64 id = itemId(m_person, QStringLiteral("sex"));
    QVERIFY(m_store->verification().confirm(id, CheckMethod::Compared).ok());
    actAs(Who::OtherVerifier);
    const Status again = m_store->verification().confirm(id, CheckMethod::Compared);
    QVERIFY(!again.ok());
    QVERIFY2(again.text().contains(QStringLiteral("Official verifier")), qPrintable(again.text()));
    QCOMPARE(m_store->verification().item(id).value().verifiedBy, officialOf(Who::Verifier));
    // A later verifier may still find a discrepancy.
    QVERIFY(m_store->verification().markDiscrepancy(id, QStringLiteral("Жінка за фото")).ok());
    QCOMPARE(stateOf(id), QStringLiteral("discrepancy"));
}

void VerificationTest::discrepancyWithNote()
{
    const qint64 id = itemId(m_person, QStringLiteral("birth_place"));
    const qint64 rows = auditRows();
    QVERIFY(m_store->verification().markDiscrepancy(id, QStringLiteral("  У реєстрі: м. Суми ")).ok());
    auto stored = m_store->verification().item(id).value();
    QCOMPARE(stored.state, CheckState::Discrepancy);
    QCOMPARE(stored.note, QStringLiteral("У реєстрі: м. Суми"));
    QCOMPARE(stored.verifiedBy, officialOf(Who::Verifier));
    QCOMPARE(auditRows(), rows + 1);
    QCOMPARE(AuditLog::history(connection(), QStringLiteral("verification_item"), id).value().constLast().action,
             QStringLiteral("discrepancy"));
}

void VerificationTest::discrepancyWithoutNoteIsRefused_data()
{
    QTest::addColumn<QString>("note");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
}

void VerificationTest::discrepancyWithoutNoteIsRefused()
{
    QFETCH(QString, note);
    const qint64 id = itemId(m_person, QStringLiteral("birth_place"));
    const qint64 rows = auditRows();
    const Status refused = m_store->verification().markDiscrepancy(id, note);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.text().isEmpty());
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(), rows);
    auto raw = sql::run(connection(),
                        QStringLiteral("UPDATE verification_item SET state = 'discrepancy', method = 'compared', "
                                       "note = ?, verified_by = ?, verified_at = ? WHERE id = ?"),
                        {note, officialOf(Who::Verifier), sql::nowStamp(), id});
    QVERIFY(!raw.ok());
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
}

void VerificationTest::whoMayVerify_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("verifier") << Who::Verifier << true;
    QTest::newRow("operator") << Who::Operator << false;
    QTest::newRow("supervisor without the verifier role") << Who::Supervisor << false;
    QTest::newRow("disabled verifier") << Who::DisabledVerifier << false;
    QTest::newRow("nobody logged in") << Who::Nobody << false;
    QTest::newRow("operator claiming to be a verifier") << Who::Impostor << false;
}

void VerificationTest::whoMayVerify()
{
    QFETCH(Who, who);
    QFETCH(bool, allowed);
    actAs(who);
    const qint64 given = itemId(m_person, QStringLiteral("given_name"));
    const qint64 place = itemId(m_person, QStringLiteral("birth_place"));
    const qint64 surname = itemId(m_person, QStringLiteral("surname"));
    const qint64 rows = auditRows();
    QCOMPARE(m_store->verification().confirm(given, CheckMethod::Compared).ok(), allowed);
    QCOMPARE(m_store->verification().markDiscrepancy(place, QStringLiteral("інше місто")).ok(), allowed);
    QCOMPARE(m_store->verification().verifyBlind(surname, QStringLiteral("Коваленко")).ok(), allowed);
    QCOMPARE(auditRows(), rows + (allowed ? 3 : 0));
    QCOMPARE(stateOf(given), allowed ? QStringLiteral("confirmed") : QStringLiteral("pending"));
}

void VerificationTest::databaseRefusesANonVerifier()
{
    const qint64 id = itemId(m_person, QStringLiteral("given_name"));
    for (Who who : {Who::Supervisor, Who::DisabledVerifier}) {
        auto raw = sql::run(connection(),
                            QStringLiteral("UPDATE verification_item SET state = 'confirmed', method = 'compared', "
                                           "verified_by = ?, verified_at = ? WHERE id = ?"),
                            {officialOf(who), sql::nowStamp(), id});
        QVERIFY(!raw.ok());
        QVERIFY2(raw.text().contains(QStringLiteral("only an active verifier")), qPrintable(raw.text()));
    }
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
}

void VerificationTest::twoPersonRuleInTheRepository_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("surname") << QStringLiteral("surname") << QStringLiteral("the surname");
    QTest::newRow("date of birth") << QStringLiteral("birth_date") << QStringLiteral("the date of birth");
    QTest::newRow("identity") << QStringLiteral("identity") << QStringLiteral("identity");
}

void VerificationTest::twoPersonRuleInTheRepository()
{
    QFETCH(QString, code);
    QFETCH(QString, named);
    actAs(Who::OperatorVerifier);
    const qint64 id = itemId(m_ownPerson, code);
    const qint64 rows = auditRows();
    const CheckMethod method = code == QLatin1String("identity") ? CheckMethod::InPerson : CheckMethod::Compared;
    const Status confirmed = m_store->verification().confirm(id, method);
    QVERIFY(!confirmed.ok());
    QVERIFY2(confirmed.text().contains(named), qPrintable(confirmed.text()));
    QVERIFY2(confirmed.text().contains(QStringLiteral("another official")), qPrintable(confirmed.text()));
    QVERIFY(!m_store->verification().markDiscrepancy(id, QStringLiteral("помилка")).ok());
    if (code != QLatin1String("identity")) {
        auto blind = m_store->verification().verifyBlind(
            id, code == QLatin1String("surname") ? QStringLiteral("Шевчук") : QStringLiteral("17.05.1990"));
        QVERIFY(!blind.ok());
    }
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(), rows);
    // Another verifier may; and the same official may verify someone else's entry.
    actAs(Who::Verifier);
    QVERIFY(m_store->verification().confirm(id, method).ok());
    actAs(Who::OperatorVerifier);
    QVERIFY(m_store->verification().confirm(itemId(m_person, code), method).ok());
}

void VerificationTest::twoPersonRuleInTheDatabase()
{
    const qint64 enterer = officialOf(Who::OperatorVerifier);
    const qint64 id = itemId(m_ownPerson, QStringLiteral("surname"));
    auto update = sql::run(connection(),
                           QStringLiteral("UPDATE verification_item SET state = 'confirmed', method = 'compared', "
                                          "verified_by = ?, verified_at = ? WHERE id = ?"),
                           {enterer, sql::nowStamp(), id});
    QVERIFY(!update.ok());
    QVERIFY2(update.text().contains(QStringLiteral("two-person rule")), qPrintable(update.text()));
    QCOMPARE(stateOf(id), QStringLiteral("pending"));

    // Nor by rewriting who changed it after someone else verified it.
    QVERIFY(m_store->verification().confirm(id, CheckMethod::Compared).ok());
    auto rewrite = sql::run(connection(),
                            QStringLiteral("UPDATE verification_item SET changed_by = verified_by "
                                           "WHERE id = ?"),
                            {id});
    QVERIFY(!rewrite.ok());

    // Nor by inserting a verified row directly.
    QVERIFY(sql::run(connection(), QStringLiteral("DELETE FROM verification_item WHERE id = ?"), {id}).ok());
    auto insert = sql::run(connection(),
                           QStringLiteral("INSERT INTO verification_item (person_id, item, changed_by, state, method, "
                                          "verified_by, verified_at) VALUES (?, 'surname', ?, 'confirmed', "
                                          "'compared', ?, ?)"),
                           {m_ownPerson, enterer, enterer, sql::nowStamp()});
    QVERIFY(!insert.ok());
    QVERIFY2(insert.text().contains(QStringLiteral("two-person rule")), qPrintable(insert.text()));
}

void VerificationTest::editingResetsOnlyTheChangedDetail()
{
    auto &verification = m_store->verification();
    for (const QString &code : {QStringLiteral("surname"), QStringLiteral("given_name"), QStringLiteral("document")})
        QVERIFY(verification.confirm(itemId(m_person, code), CheckMethod::Compared).ok());
    QVERIFY(verification.confirm(itemId(m_person, QStringLiteral("identity")), CheckMethod::Photo).ok());
    const QList<VerificationItem> itemsBefore = verification.itemsForPerson(m_person).value();

    // A different official corrects the surname.
    actAs(Who::OtherOperator);
    const Person before = m_store->persons().get(m_person).value();
    Person after = before;
    after.surname = QStringLiteral("Коваленков");
    const QList<VerificationItem> predicted = verificationsResetBy(before, after, itemsBefore);
    QCOMPARE(predicted.size(), 1);
    QCOMPARE(predicted.constFirst().item, CheckItem::Surname);
    const QString notice = resetNotice(predicted);
    QVERIFY2(notice.contains(QStringLiteral("the surname")), qPrintable(notice));
    QVERIFY(resetNotice({}).isEmpty());
    QVERIFY(m_store->persons().update(after).ok());

    const auto surname = verification.item(itemId(m_person, QStringLiteral("surname"))).value();
    QCOMPARE(surname.state, CheckState::Pending);
    QCOMPARE(surname.changedBy, officialOf(Who::OtherOperator));
    QCOMPARE(surname.verifiedBy, 0);
    QVERIFY(!surname.method.has_value());
    for (const QString &code : {QStringLiteral("given_name"), QStringLiteral("document"), QStringLiteral("identity")})
        QCOMPARE(stateOf(itemId(m_person, code)), QStringLiteral("confirmed"));
    // Unverified items whose detail did not change keep their changer.
    QCOMPARE(verification.item(itemId(m_person, QStringLiteral("patronymic"))).value().changedBy,
             officialOf(Who::Operator));

    // Changing the document number resets the document item only.
    Person again = m_store->persons().get(m_person).value();
    again.documentNumber = QStringLiteral("АА 654321");
    QCOMPARE(verificationsResetBy(after, again, verification.itemsForPerson(m_person).value()).size(), 1);
    QVERIFY(m_store->persons().update(again).ok());
    QCOMPARE(stateOf(itemId(m_person, QStringLiteral("document"))), QStringLiteral("pending"));
    QCOMPARE(stateOf(itemId(m_person, QStringLiteral("given_name"))), QStringLiteral("confirmed"));
}

void VerificationTest::editingByTheVerifierBlocksThemFromIt()
{
    // A verifier who edits a detail (holding the operator role too) becomes
    // its changer and can no longer verify it.
    actAs(Who::OperatorVerifier);
    const Person before = m_store->persons().get(m_person).value();
    Person after = before;
    after.givenName = QStringLiteral("Андрійко");
    QVERIFY(m_store->persons().update(after).ok());
    const Status refused =
        m_store->verification().confirm(itemId(m_person, QStringLiteral("given_name")), CheckMethod::Compared);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.text().contains(QStringLiteral("the given name")), qPrintable(refused.text()));
    QVERIFY(m_store->verification().confirm(itemId(m_person, QStringLiteral("surname")), CheckMethod::Compared).ok());
}

void VerificationTest::blindReentryEqualConfirms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("caseOnly");
    QTest::newRow("surname") << QStringLiteral("surname") << QStringLiteral("Коваленко") << false;
    QTest::newRow("surname in capitals") << QStringLiteral("surname") << QStringLiteral("КОВАЛЕНКО") << true;
    QTest::newRow("date in display form") << QStringLiteral("birth_date") << QStringLiteral("17.05.1990") << false;
    QTest::newRow("service number without hyphen") << QStringLiteral("document") << QStringLiteral("Ф123456") << false;
}

void VerificationTest::blindReentryEqualConfirms()
{
    QFETCH(QString, code);
    QFETCH(QString, typed);
    QFETCH(bool, caseOnly);
    const qint64 id = itemId(m_person, code);
    const qint64 rows = auditRows();
    auto result = m_store->verification().verifyBlind(id, typed);
    QVERIFY2(result.ok(), qPrintable(result.text()));
    QVERIFY(result.value().equal);
    QCOMPARE(result.value().caseOnly, caseOnly);
    const auto stored = m_store->verification().item(id).value();
    QCOMPARE(stored.state, CheckState::Confirmed);
    QCOMPARE(stored.method, std::optional(CheckMethod::BlindReentry));
    QCOMPARE(stored.verifiedBy, officialOf(Who::Verifier));
    QCOMPARE(auditRows(), rows + 1);
    QCOMPARE(AuditLog::history(connection(), QStringLiteral("verification_item"), id)
                 .value()
                 .constLast()
                 .after.value(QStringLiteral("method"))
                 .toString(),
             QStringLiteral("blind_reentry"));
}

void VerificationTest::blindReentryUnequalChangesNothing()
{
    const qint64 id = itemId(m_person, QStringLiteral("surname"));
    const qint64 rows = auditRows();
    auto result = m_store->verification().verifyBlind(id, QStringLiteral("Коваленоко"));
    QVERIFY2(result.ok(), qPrintable(result.text()));
    QVERIFY(!result.value().equal);
    QCOMPARE(result.value().stored, QStringLiteral("Коваленко"));
    QCOMPARE(result.value().typed, QStringLiteral("Коваленоко"));
    QVERIFY(result.value().differingPositionsInStored.isEmpty());
    QCOMPARE(result.value().differingPositionsInTyped.size(), 1);
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(), rows);

    const qint64 date = itemId(m_person, QStringLiteral("birth_date"));
    auto wrongDate = m_store->verification().verifyBlind(date, QStringLiteral("17.06.1990"));
    QVERIFY(wrongDate.ok());
    QVERIFY(!wrongDate.value().equal);
    QCOMPARE(wrongDate.value().differingPositionsInStored, QList<int>{4});
    QCOMPARE(stateOf(date), QStringLiteral("pending"));
    QVERIFY(!m_store->verification().verifyBlind(date, QStringLiteral("  ")).ok());
}

void VerificationTest::blindReentryOnlyWhereOffered()
{
    const qint64 given = itemId(m_person, QStringLiteral("given_name"));
    QVERIFY(!m_store->verification().verifyBlind(given, QStringLiteral("Андрій")).ok());
    QVERIFY(!m_store->verification().confirm(given, CheckMethod::BlindReentry).ok());
    QCOMPARE(stateOf(given), QStringLiteral("pending"));
}

void VerificationTest::customItemsReachEveryListedPerson()
{
    actAs(Who::Operator);
    const qint64 second = addPerson(m_secondBatch, QStringLiteral("Мельник"));
    const qint64 elsewhere = addPerson(m_otherBatch, QStringLiteral("Бойко"));
    actAs(Who::Supervisor);
    const qint64 rows = auditRows();
    auto added = m_store->verification().addCustomItem(m_exchange, QStringLiteral("  Татуювання на лівій руці "));
    QVERIFY2(added.ok(), qPrintable(added.text()));
    QCOMPARE(auditRows(), rows + 1);
    const QString code = customItemCode(added.value());
    for (qint64 person : {m_person, m_ownPerson, second}) {
        const auto items = m_store->verification().itemsForPerson(person).value();
        QCOMPARE(items.size(), 10);
        QCOMPARE(items.constLast().code, code);
        QCOMPARE(items.constLast().item, CheckItem::Custom);
        QCOMPARE(items.constLast().displayLabel(), QStringLiteral("Татуювання на лівій руці"));
    }
    QCOMPARE(m_store->verification().itemsForPerson(elsewhere).value().size(), 9);
    const auto entry = AuditLog::history(connection(), QStringLiteral("exchange_check_item"), added.value());
    QCOMPARE(entry.value().constFirst().action, QStringLiteral("custom_item_add"));
    QCOMPARE(entry.value().constFirst().after.value(QStringLiteral("persons")).toInt(), 3);

    // Persons listed later get it too.
    actAs(Who::Operator);
    const qint64 later = addPerson(m_batch, QStringLiteral("Ткаченко"));
    QCOMPARE(itemId(later, code) > 0, true);
    // A free item is verified like any other, by someone other than the last writer.
    actAs(Who::Verifier);
    QVERIFY(m_store->verification().confirm(itemId(later, code), CheckMethod::InPerson).ok());
    actAs(Who::OperatorVerifier);
    QVERIFY(!m_store->verification().confirm(itemId(m_ownPerson, code), CheckMethod::InPerson).ok());
}

void VerificationTest::customItemsOnlyBySupervisor()
{
    for (Who who : {Who::Verifier, Who::Operator, Who::Nobody}) {
        actAs(who);
        QVERIFY(!m_store->verification().addCustomItem(m_exchange, QStringLiteral("Фото")).ok());
    }
    actAs(Who::Supervisor);
    QVERIFY(!m_store->verification().addCustomItem(m_exchange, QStringLiteral("   ")).ok());
    QVERIFY(!m_store->verification().addCustomItem(9999, QStringLiteral("Фото")).ok());
    QCOMPARE(sql::scalar(connection(), QStringLiteral("SELECT COUNT(*) FROM exchange_check_item")).value().toInt(), 0);
}

void VerificationTest::progressCounts()
{
    auto &verification = m_store->verification();
    auto start = verification.progress(m_batch);
    QVERIFY2(start.ok(), qPrintable(start.text()));
    QCOMPARE(start.value(), (BatchVerificationProgress{2, 0, 0, 2, 18}));

    // Everything of the first person confirmed; one discrepancy on the second.
    const QList<VerificationItem> items = verification.itemsForPerson(m_person).value();
    for (const VerificationItem &v : items) {
        const CheckMethod method = v.item == CheckItem::Identity ? CheckMethod::Documents : CheckMethod::Compared;
        const Status done = verification.confirm(v.id, method);
        QVERIFY2(done.ok(), qPrintable(done.text()));
    }
    QVERIFY(verification.markDiscrepancy(itemId(m_ownPerson, QStringLiteral("sex")), QStringLiteral("жінка")).ok());
    QCOMPARE(verification.progress(m_batch).value(), (BatchVerificationProgress{2, 1, 1, 0, 8}));

    // A free item of the exchange is one more item for everyone in it; one
    // of another exchange is not.
    actAs(Who::Supervisor);
    QVERIFY(verification.addCustomItem(m_exchange, QStringLiteral("Фото збігається")).ok());
    QVERIFY(verification.addCustomItem(m_otherExchange, QStringLiteral("Інше")).ok());
    QCOMPARE(verification.progress(m_batch).value(), (BatchVerificationProgress{2, 0, 1, 0, 10}));
    QCOMPARE(verification.progress(m_secondBatch).value(), BatchVerificationProgress{});
}

void VerificationTest::removalTakesTheChecklistAlong()
{
    const auto count = [this](const QString &table) {
        return sql::scalar(connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).value().toInt();
    };
    QVERIFY(m_store->verification().confirm(itemId(m_person, QStringLiteral("sex")), CheckMethod::Compared).ok());
    actAs(Who::Supervisor);
    QVERIFY(m_store->verification().addCustomItem(m_exchange, QStringLiteral("Фото")).ok());
    QCOMPARE(count(QStringLiteral("verification_item")), 20);
    actAs(Who::Operator);
    QVERIFY(m_store->persons().removeFromBatch(m_batch, m_person).ok());
    QCOMPARE(count(QStringLiteral("verification_item")), 10);
    QCOMPARE(itemId(m_person, QStringLiteral("sex")), 0);
    actAs(Who::Supervisor);
    const Status removed = m_store->exchanges().remove(m_exchange);
    QVERIFY2(removed.ok(), qPrintable(removed.text()));
    QCOMPARE(count(QStringLiteral("exchange_check_item")), 0);
    QCOMPARE(count(QStringLiteral("verification_item")), 0);
}

QTEST_GUILESS_MAIN(VerificationTest)
#include "tst_verification.moc"
