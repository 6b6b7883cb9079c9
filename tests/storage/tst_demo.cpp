#include "domain/Validation.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/SealCheck.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;

class DemoTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneExchangeWithThreeBatches();
    void personsAreSpreadOverBothBatches();
    void sexAndCategoryArePresent_data();
    void sexAndCategoryArePresent();
    void partialBirthDatesArePresent_data();
    void partialBirthDatesArePresent();
    void everyPersonPassesTheValidator();
    void servicemenHaveServiceDetailsCiviliansNone();
    void contentIsDeterministic();
    void createFileWritesACompleteDatabase();
    void createFileRefusesAnExistingFile_data();
    void createFileRefusesAnExistingFile();
    void demoAccountsOnePerRole_data();
    void demoAccountsOnePerRole();
    void eachStepIsDoneByItsRole_data();
    void eachStepIsDoneByItsRole();
    void batchesShowTheWorkflowStates();
    void firstBatchIsSealed();
    void secondBatchIsHalfwayThroughVerification();
    void storeActorIsRestored();

private:
    QList<Person> allPersons(Store &store);

    QTemporaryDir m_dir;
    QString m_template; // the demo written once; each test works on a fresh copy
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QList<Batch> m_batches;
};

void DemoTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const Status created = DemoData::createFile(m_template);
    QVERIFY2(created.ok(), qPrintable(created.text()));
}

void DemoTest::init()
{
    // Writing the demo (accounts with their password hashes, the whole
    // workflow of two batches) is the slow part: done once, copied here.
    const QString work = m_dir.filePath(QStringLiteral("case.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(work + QLatin1String(suffix));
    QVERIFY(QFile::copy(m_template, work));
    auto db = Database::open(work);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());

    auto exchanges = m_store->exchanges().list();
    QVERIFY2(exchanges.ok(), qPrintable(exchanges.text()));
    QCOMPARE(exchanges.value().size(), 1);
    auto batches = m_store->batches().listForExchange(exchanges.value().constFirst().id);
    QVERIFY2(batches.ok(), qPrintable(batches.text()));
    m_batches = batches.value();
}

void DemoTest::cleanup()
{
    m_batches.clear();
    m_store.reset();
    m_db.reset();
}

QList<Person> DemoTest::allPersons(Store &store)
{
    QList<Person> persons;
    for (const Batch &batch : std::as_const(m_batches)) {
        auto page = store.persons().pageInBatch(batch.id, 0, 1000);
        if (!page.ok()) {
            QTest::qFail(qPrintable(page.text()), __FILE__, __LINE__);
            return {};
        }
        for (const ListedPerson &listed : page.value())
            persons << listed.person;
    }
    return persons;
}

void DemoTest::oneExchangeWithThreeBatches()
{
    QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM exchange")).value().toInt(),
             DemoData::kExchanges);
    const Exchange exchange = m_store->exchanges().list().value().constFirst();
    QVERIFY(!exchange.title.isEmpty());
    QVERIFY(!exchange.agreementRef.isEmpty());
    QVERIFY(!exchange.intermediary.isEmpty());
    QCOMPARE(exchange.agreedTotal(), 1000);
    QVERIFY(exchange.agreedServicemen > 0 && exchange.agreedCivilians > 0);

    QCOMPARE(m_batches.size(), DemoData::kBatches);
    QCOMPARE(m_batches.at(0).sequenceNo, 1);
    QCOMPARE(m_batches.at(0).direction, Direction::Receive);
    QCOMPARE(m_batches.at(1).sequenceNo, 2);
    QCOMPARE(m_batches.at(1).direction, Direction::HandOver);
    QCOMPARE(m_batches.at(2).sequenceNo, 3);
    for (const Batch &batch : std::as_const(m_batches)) {
        QVERIFY(batch.plannedDate.isValid());
        QVERIFY(!batch.place.isEmpty());
        QVERIFY(batch.plannedTotal() > 0);
        QVERIFY(BatchValidator::validate(batch).isEmpty());
    }
    QVERIFY(ExchangeValidator::validate(exchange).isEmpty());
}

void DemoTest::personsAreSpreadOverBothBatches()
{
    QCOMPARE(m_store->persons().countInBatch(m_batches.at(0).id).value(), DemoData::kPersonsInFirstBatch);
    QCOMPARE(m_store->persons().countInBatch(m_batches.at(1).id).value(), DemoData::kPersonsInSecondBatch);
    QCOMPARE(m_store->persons().countInBatch(m_batches.at(2).id).value(), DemoData::kPersonsInThirdBatch);
    QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM person")).value().toInt(),
             DemoData::kPersons);
    QCOMPARE(DemoData::kPersons, 40);

    // The first batch is complete against its plan; the second is still being filled.
    const BatchCounts first = m_store->batches().counts(m_batches.at(0).id).value();
    QVERIFY(first.complete());
    const BatchCounts second = m_store->batches().counts(m_batches.at(1).id).value();
    QVERIFY(!second.complete());
    QVERIFY(second.entered() < second.planned());
}

void DemoTest::sexAndCategoryArePresent_data()
{
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<Category>("category");
    QTest::newRow("serviceman, man") << Sex::Male << Category::Serviceman;
    QTest::newRow("serviceman, woman") << Sex::Female << Category::Serviceman;
    QTest::newRow("civilian, man") << Sex::Male << Category::Civilian;
    QTest::newRow("civilian, woman") << Sex::Female << Category::Civilian;
}

void DemoTest::sexAndCategoryArePresent()
{
    QFETCH(Sex, sex);
    QFETCH(Category, category);
    const QList<Person> persons = allPersons(*m_store);
    const auto matching = std::count_if(persons.cbegin(), persons.cend(),
                                        [&](const Person &p) { return p.sex == sex && p.category == category; });
    QVERIFY2(matching > 0, "no demo person of this sex and category");
}

void DemoTest::partialBirthDatesArePresent_data()
{
    QTest::addColumn<PartialDate::Precision>("precision");
    QTest::newRow("year only") << PartialDate::Precision::Year;
    QTest::newRow("year and month") << PartialDate::Precision::Month;
    QTest::newRow("full date") << PartialDate::Precision::Day;
}

void DemoTest::partialBirthDatesArePresent()
{
    QFETCH(PartialDate::Precision, precision);
    const QList<Person> persons = allPersons(*m_store);
    const auto matching = std::count_if(persons.cbegin(), persons.cend(),
                                        [&](const Person &p) { return p.birthDate.precision() == precision; });
    QVERIFY(matching > 0);
    if (precision != PartialDate::Precision::Day)
        QCOMPARE(matching, 1); // exactly the two partial dates the demo shows
}

void DemoTest::everyPersonPassesTheValidator()
{
    const PersonValidator validator;
    const QList<Person> persons = allPersons(*m_store);
    QCOMPARE(persons.size(), DemoData::kPersons);
    for (const Person &person : persons) {
        const QList<PersonProblem> problems = validator.validate(person);
        QStringList messages;
        for (const PersonProblem &problem : problems)
            messages << problem.message;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(person.surname + QStringLiteral(": ") + messages.join(QStringLiteral("; "))));
        // Stored as the validator would store it: nothing left to clean.
        QCOMPARE(PersonValidator::normalised(person), person);
        QCOMPARE(person.citizenship, QStringLiteral("Україна"));
    }
}

void DemoTest::servicemenHaveServiceDetailsCiviliansNone()
{
    const QList<Person> persons = allPersons(*m_store);
    QSet<QString> surnames;
    for (const Person &p : persons) {
        surnames.insert(p.surname + p.givenName + p.patronymic);
        QVERIFY(!p.patronymic.isEmpty());
        QVERIFY(p.captureDate.isValid());
        QVERIFY(p.captureDate.year() >= 2022 && p.captureDate.year() <= 2025);
        QVERIFY(!p.detentionPlace.isEmpty());
        QVERIFY(!p.informName.isEmpty());
        if (p.category == Category::Serviceman) {
            QVERIFY2(!p.rank.isEmpty() && !p.unit.isEmpty() && !p.serviceNumber.isEmpty(), qPrintable(p.surname));
        } else {
            QVERIFY2(p.rank.isEmpty() && p.unit.isEmpty() && p.serviceNumber.isEmpty(), qPrintable(p.surname));
        }
    }
    QCOMPARE(surnames.size(), persons.size()); // no one is listed twice
}

void DemoTest::contentIsDeterministic()
{
    auto other = Database::open(QStringLiteral(":memory:"));
    QVERIFY(other.ok());
    Store otherStore(other.value()->connection());
    QVERIFY(DemoData::write(otherStore).ok());
    const QList<Person> first = allPersons(*m_store);
    QList<Person> second = allPersons(otherStore); // same batch ids: both databases start empty
    QCOMPARE(second.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(second.at(i), first.at(i));
}

void DemoTest::createFileWritesACompleteDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nested/folder/demo.sqlite"));
    const Status created = DemoData::createFile(path);
    QVERIFY2(created.ok(), qPrintable(created.text()));
    QVERIFY(QFile::exists(path));
    // Only the database itself: no temporary file or log left beside it.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("nested/folder"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("demo.sqlite")});

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const QSqlDatabase c = db.value()->connection();
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM exchange")).value().toInt(), DemoData::kExchanges);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM batch")).value().toInt(), DemoData::kBatches);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM person")).value().toInt(), DemoData::kPersons);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM batch_member")).value().toInt(), DemoData::kPersons);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM official")).value().toInt(), DemoData::kAccounts);
}

void DemoTest::createFileRefusesAnExistingFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("some other file") << QByteArray("officials' own notes\n");
}

void DemoTest::createFileRefusesAnExistingFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    const Status created = DemoData::createFile(path);
    QVERIFY(!created.ok());
    QVERIFY2(created.text().contains(QLatin1String("already exists")), qPrintable(created.text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("existing.sqlite")});
}

void DemoTest::demoAccountsOnePerRole_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<Role>("role");
    QTest::newRow("operator") << QString::fromLatin1(DemoData::kOperatorUsername) << Role::Operator;
    QTest::newRow("verifier") << QString::fromLatin1(DemoData::kVerifierUsername) << Role::Verifier;
    QTest::newRow("supervisor") << QString::fromLatin1(DemoData::kSupervisorUsername) << Role::Supervisor;
}

void DemoTest::demoAccountsOnePerRole()
{
    QFETCH(QString, username);
    QFETCH(Role, role);
    Accounts accounts(m_db->connection());
    QCOMPARE(accounts.list().value().size(), DemoData::kAccounts);
    auto login = accounts.authenticate(username, QString::fromLatin1(DemoData::kDemoPassword));
    QVERIFY2(login.ok(), qPrintable(login.text()));
    const Official official = login.value();
    QVERIFY(official.active);
    // Exactly the one role, so the demo shows the two-person rule between accounts.
    for (Role other : {Role::Operator, Role::Verifier, Role::Supervisor})
        QCOMPARE(official.hasRole(other), other == role);
    QVERIFY(!official.fullName.isEmpty());
    QVERIFY(!accounts.authenticate(username, QStringLiteral("wrong")).ok());
}

void DemoTest::eachStepIsDoneByItsRole_data()
{
    QTest::addColumn<QString>("condition"); // audit rows matching it
    QTest::addColumn<QString>("username");  // were all written by this account
    QTest::addColumn<int>("atLeast");
    QTest::newRow("exchange by the supervisor") << "entity = 'exchange'" << "supervisor" << 1;
    QTest::newRow("batches by the supervisor") << "entity = 'batch' AND action = 'create'" << "supervisor" << 3;
    QTest::newRow("persons by the operator") << "entity = 'person'" << "operator" << DemoData::kPersons;
    QTest::newRow("verification by the verifier") << "entity = 'verification_item'" << "verifier"
                                                  << DemoData::kPersonsInFirstBatch * 9;
    QTest::newRow("submission by the operator")
        << "action = 'transition' AND after_json LIKE '%\"status\":\"in_verification\"%'" << "operator" << 2;
    QTest::newRow("marked verified by the verifier")
        << "action = 'transition' AND after_json LIKE '%\"status\":\"verified\"%'" << "verifier" << 1;
    QTest::newRow("confirmed by the supervisor")
        << "action = 'transition' AND after_json LIKE '%\"status\":\"confirmed\"%'" << "supervisor" << 1;
}

void DemoTest::eachStepIsDoneByItsRole()
{
    QFETCH(QString, condition);
    QFETCH(QString, username);
    QFETCH(int, atLeast);
    const QSqlDatabase c = m_db->connection();
    const qint64 officialId =
        sql::scalar(c, QStringLiteral("SELECT id FROM official WHERE username = ?"), {username}).value().toLongLong();
    QVERIFY(officialId != 0);
    const int rows =
        sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE ") + condition).value().toInt();
    QVERIFY2(rows >= atLeast, qPrintable(QString::number(rows)));
    QCOMPARE(sql::scalar(c,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE (%1) AND "
                                        "(official_id IS NULL OR official_id <> ?)")
                             .arg(condition),
                         {officialId})
                 .value()
                 .toInt(),
             0);
    auto verified = AuditLog::verify(c);
    QVERIFY2(verified.ok(), qPrintable(verified.text()));
    QVERIFY(!verified.value().has_value());
}

void DemoTest::batchesShowTheWorkflowStates()
{
    QCOMPARE(m_batches.size(), 3);
    QCOMPARE(m_batches.at(0).status, BatchStatus::Confirmed);
    QCOMPARE(m_batches.at(1).status, BatchStatus::InVerification);
    QCOMPARE(m_batches.at(2).status, BatchStatus::Draft);
}

void DemoTest::firstBatchIsSealed()
{
    const qint64 batchId = m_batches.at(0).id;
    const BatchVerificationProgress progress = m_store->verification().progress(batchId).value();
    QCOMPARE(progress.persons, DemoData::kPersonsInFirstBatch);
    QCOMPARE(progress.fullyVerified, DemoData::kPersonsInFirstBatch);
    QVERIFY(m_store->batches().counts(batchId).value().complete());
    const BatchSeal seal = m_store->workflow().seal(batchId).value();
    QVERIFY(seal.isSealed());
    QCOMPARE(seal.headHash.size(), 64);
    QCOMPARE(seal.contentHash, BatchWorkflow::contentHash(m_db->connection(), batchId).value());
    QCOMPARE(seal.sealedByName, DemoData::tr("Demo Supervisor"));
    auto faults = SealCheck::verify(m_db->connection());
    QVERIFY2(faults.ok(), qPrintable(faults.text()));
    QVERIFY(faults.value().isEmpty());
    // The other batches carry no seal.
    QVERIFY(!m_store->workflow().seal(m_batches.at(1).id).value().isSealed());
}

void DemoTest::secondBatchIsHalfwayThroughVerification()
{
    const qint64 batchId = m_batches.at(1).id;
    const BatchVerificationProgress progress = m_store->verification().progress(batchId).value();
    QCOMPARE(progress.persons, DemoData::kPersonsInSecondBatch);
    QCOMPARE(progress.fullyVerified, DemoData::kSecondBatchFullyVerified);
    QCOMPARE(progress.withDiscrepancy, DemoData::kSecondBatchWithDiscrepancy);
    QCOMPARE(progress.notStarted, DemoData::kSecondBatchNotStarted);
    QVERIFY(progress.itemsPending > 0);
    // Every discrepancy says what differs.
    QCOMPARE(sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE state = 'discrepancy' "
                                        "AND length(trim(note)) > 10"))
                 .value()
                 .toInt(),
             DemoData::kSecondBatchWithDiscrepancy);
    // What stops it from being marked verified, said in full.
    Store &store = *m_store;
    const QStringList unmet = store.workflow().preconditions(batchId, BatchStatus::Verified).value();
    const QString text = unmet.join(QStringLiteral("; "));
    QVERIFY2(text.contains(QLatin1String("10 person(s) not fully verified")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2 open discrepancy(ies)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("12 servicemen entered, 14 planned")), qPrintable(text));
}

void DemoTest::storeActorIsRestored()
{
    auto other = Database::open(QStringLiteral(":memory:"));
    QVERIFY(other.ok());
    Store otherStore(other.value()->connection());
    QVERIFY(!otherStore.actor().isValid());
    QVERIFY(DemoData::write(otherStore).ok());
    QVERIFY(!otherStore.actor().isValid());
    // A store that already has accounts gets no second set.
    QVERIFY(!DemoData::write(otherStore).ok());
}

QTEST_GUILESS_MAIN(DemoTest)
#include "tst_demo.moc"
