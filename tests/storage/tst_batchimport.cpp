// Importing a list into a batch: all rows in one transaction or none, duplicates of persons already in the
// batch (or of earlier rows) refused unless the official decides, permissions and the batch's state checked.
// On SQLite and on PostgreSQL (TestDatabase: HOMEWARD_TEST_BACKEND), a fresh database for every test.

#include "storage/SignIn.h"

#include "storage/AuditLog.h"
#include "storage/BatchImport.h"
#include "storage/Database.h"
#include "storage/ForceStatus.h"
#include "storage/RegistryListImport.h"
#include "storage/RegistryRepository.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;

Q_DECLARE_METATYPE(homeward::DuplicateDecision)

namespace {

const QByteArray kList = "№;Прізвище;Ім'я;По батькові;Дата народження;Стать;Категорія\n"
                         "1;Коваленко;Олександр;Петрович;17.05.1990;Ч;військовослужбовець\n"
                         "2;Шевчук;Ганна;Михайлівна;1975-03-08;Ж;цивільна\n"
                         "3;Гнатюк;Тарас;;1.2.2001;Ч;військовослужбовець\n";

} // namespace

class BatchImportTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void importsEveryRowInOneTransaction();
    void duplicateOfAStoredPersonIsRefusedUntilDecided_data();
    void duplicateOfAStoredPersonIsRefusedUntilDecided();
    void duplicateInTheListItself();
    void transliteratedDuplicateIsFound();
    void invalidRowWritesNothing();
    void refusedWithoutPermission();
    void refusedForABatchThatIsNotADraft();
    void cancelWhileWritingLeavesNothing();
    void unknownBatch();
    void registryFromAList();

private:
    QString write(const QString &name, const QByteArray &bytes);
    qint64 count(const QString &sql) const;
    QSqlDatabase c() const { return m_db->connection(); }

    testing::TestDatabase m_testDb;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    Actor m_actor;
    qint64 m_batchId = 0;
    qint64 m_storedId = 0;
    int m_files = 0;
};

void BatchImportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void BatchImportTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void BatchImportTest::init()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(c());
    auto official = testing::signInAs(*m_store);
    QVERIFY2(official.ok(), qPrintable(official.text()));
    m_actor = m_store->actor();
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.place = QStringLiteral("КПП");
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();
    Person stored;
    stored.surname = QStringLiteral("Коваленко");
    stored.givenName = QStringLiteral("Олександр");
    stored.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    auto storedId = m_store->persons().addToBatch(m_batchId, stored);
    QVERIFY2(storedId.ok(), qPrintable(storedId.text()));
    m_storedId = storedId.value();
}

void BatchImportTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

QString BatchImportTest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 BatchImportTest::count(const QString &sql) const
{
    auto value = sql::scalar(c(), sql);
    return value ? value.value().toLongLong() : -1;
}

void BatchImportTest::importsEveryRowInOneTransaction()
{
    const QString path = write(QStringLiteral("list.csv"), kList);
    BatchImportOptions options;
    options.decisions.insert(2, DuplicateDecision::KeepBoth);
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QSignalSpy changed(m_store->notifier(), &ChangeNotifier::personsChanged);
    BatchImport import(c(), m_store->notifier());
    const BatchImportOutcome outcome = import.importList(path, m_batchId, m_actor, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->text() : QString::number(outcome.problemCount)));
    QCOMPARE(outcome.rows, 3);
    QCOMPARE(outcome.added, 3);
    QCOMPARE(outcome.skipped, 0);
    QCOMPARE(outcome.duplicates.size(), 1);
    QCOMPARE(outcome.duplicates.constFirst().existingPersonId, m_storedId);
    QCOMPARE(outcome.duplicates.constFirst().decision, DuplicateDecision::KeepBoth);
    QCOMPARE(outcome.format.delimiter, QLatin1Char(';'));
    QCOMPARE(outcome.sha256.size(), 64);
    QCOMPARE(changed.count(), 1);
    // One audit row per person, one for the import; the chain still verifies.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 4);
    auto fault = AuditLog::verify(c());
    QVERIFY(fault.ok() && !fault.value());

    auto listed = m_store->persons().pageInBatch(m_batchId, 0, 10);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 4);
    const Person &shevchuk = listed.value().at(2).person;
    QCOMPARE(listed.value().at(2).position, 3);
    QCOMPARE(shevchuk.surname, QStringLiteral("Шевчук"));
    QCOMPARE(shevchuk.recordId, QStringLiteral("2"));
    QCOMPARE(shevchuk.sex, Sex::Female);
    QCOMPARE(shevchuk.category, Category::Civilian);
    QCOMPARE(shevchuk.birthDate.toIso(), QStringLiteral("1975-03-08"));
    QCOMPARE(listed.value().at(3).person.birthDate.toIso(), QStringLiteral("2001-02-01"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'batch' AND action = 'import'")), 1);
}

void BatchImportTest::duplicateOfAStoredPersonIsRefusedUntilDecided_data()
{
    QTest::addColumn<DuplicateDecision>("decision");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("added");
    QTest::newRow("refuse") << DuplicateDecision::Refuse << false << 0;
    QTest::newRow("skip") << DuplicateDecision::Skip << true << 2;
    QTest::newRow("keep both") << DuplicateDecision::KeepBoth << true << 3;
}

void BatchImportTest::duplicateOfAStoredPersonIsRefusedUntilDecided()
{
    QFETCH(DuplicateDecision, decision);
    QFETCH(bool, ok);
    QFETCH(int, added);
    const QString path = write(QStringLiteral("list.csv"), kList);
    BatchImportOptions options;
    options.otherDuplicates = decision;
    BatchImport import(c());
    const BatchImportOutcome checked = import.check(path, m_batchId, options);
    QCOMPARE(checked.ok(), ok);
    QCOMPARE(checked.duplicates.size(), 1);
    if (!ok) {
        QCOMPARE(checked.problemCount, 1);
        const ListProblem &problem = checked.problems.constFirst();
        QCOMPARE(problem.kind, ListProblemKind::Duplicate);
        QCOMPARE(problem.text(QStringLiteral("list.csv")),
                 QStringLiteral("list.csv:2:2: Коваленко Олександр Петрович, 17.05.1990 is already in the batch "
                                "(person %1: Коваленко Олександр, 17.05.1990); skip the row or keep both")
                     .arg(m_storedId));
    }
    const BatchImportOutcome outcome = import.importList(path, m_batchId, m_actor, options);
    QCOMPARE(outcome.ok(), ok);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM batch_member")), 1 + added);
    if (ok)
        QCOMPARE(outcome.added, added);
}

void BatchImportTest::duplicateInTheListItself()
{
    const QString path = write(QStringLiteral("twice.csv"), QByteArray("Прізвище,Ім'я,Стать,Категорія\n"
                                                                       "Шевчук,Ганна,Ж,цивільна\n"
                                                                       "Мельник,Оксана,Ж,цивільна\n"
                                                                       "ШЕВЧУК,Ганна,Ж,цивільна\n"));
    BatchImport import(c());
    BatchImportOutcome outcome = import.check(path, m_batchId, {});
    QCOMPARE(outcome.problemCount, 1);
    QCOMPARE(outcome.problems.constFirst().reason,
             QStringLiteral("ШЕВЧУК Ганна repeats line 2 of this list (same surname, given name and date of birth); "
                            "skip the row or keep both"));
    QCOMPARE(outcome.duplicates.constFirst().earlierLine, 2);
    BatchImportOptions options;
    options.decisions.insert(4, DuplicateDecision::Skip);
    outcome = import.importList(path, m_batchId, m_actor, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.added, 2);
    QCOMPARE(outcome.skipped, 1);
}

void BatchImportTest::transliteratedDuplicateIsFound()
{
    const QString path =
        write(QStringLiteral("latin.csv"), QByteArray("Surname,First name,DOB,Sex,Category\n"
                                                      "Kovalenko,Oleksandr,1990-05-17,M,serviceman\n"
                                                      "Kovalenko,Oleksandr,1991-05-17,M,serviceman\n"));
    BatchImport import(c());
    const BatchImportOutcome outcome = import.check(path, m_batchId, {});
    QCOMPARE(outcome.problemCount, 1);
    QCOMPARE(outcome.problems.constFirst().line, 2);
    QCOMPARE(outcome.duplicates.constFirst().existingPersonId, m_storedId);
}

void BatchImportTest::invalidRowWritesNothing()
{
    QByteArray bytes = kList;
    bytes += "4;Мельник;Оксана;;31.02.1990;Ж;цивільна\n";
    const QString path = write(QStringLiteral("bad.csv"), bytes);
    BatchImportOptions options;
    options.otherDuplicates = DuplicateDecision::KeepBoth;
    const qint64 audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const BatchImportOutcome outcome = BatchImport(c()).importList(path, m_batchId, m_actor, options);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problemCount, 1);
    QCOMPARE(outcome.problems.constFirst().line, 5);
    QCOMPARE(outcome.problems.constFirst().column, 5);
    QCOMPARE(outcome.problems.constFirst().value, QStringLiteral("31.02.1990"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM person")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
}

void BatchImportTest::refusedWithoutPermission()
{
    auto verifier = testing::addOfficial(c(), QStringLiteral("verifier"), testing::kVerifier);
    QVERIFY(verifier.ok());
    const QString path = write(QStringLiteral("list.csv"), kList);
    BatchImportOptions options;
    options.otherDuplicates = DuplicateDecision::KeepBoth;
    const BatchImportOutcome outcome =
        BatchImport(c()).importList(path, m_batchId, Accounts::actorFor(verifier.value()), options);
    QVERIFY(outcome.error);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM person")), 1);
    const BatchImportOutcome nobody = BatchImport(c()).importList(path, m_batchId, Actor{}, options);
    QVERIFY(nobody.error);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM person")), 1);
}

void BatchImportTest::refusedForABatchThatIsNotADraft()
{
    QVERIFY(testing::forceBatchStatus(c(), m_batchId, QStringLiteral("in_verification"), m_actor.officialId).ok());
    const QString path = write(QStringLiteral("list.csv"), kList);
    const BatchImportOutcome outcome = BatchImport(c()).check(path, m_batchId, {});
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->message.startsWith(QStringLiteral("Persons are imported only into a draft batch")),
             qPrintable(outcome.error->message));
}

void BatchImportTest::cancelWhileWritingLeavesNothing()
{
    QByteArray bytes = "Прізвище,Ім'я,Дата народження,Стать,Категорія\n";
    // The writing phase reports progress every 4,096 rows and once at the end, after the last row is written and
    // before the commit: a cancel there must still leave nothing.
    for (int i = 0; i < 100; ++i)
        bytes += QStringLiteral("Петренко,Іван,%1,M,civilian\n")
                     .arg(QDate(1950, 1, 1).addDays(i).toString(Qt::ISODate))
                     .toUtf8();
    const QString path = write(QStringLiteral("long.csv"), bytes);
    const qint64 audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    bool sawWriting = false;
    const BatchImportOutcome outcome =
        BatchImport(c()).importList(path, m_batchId, m_actor, {}, [&](const BatchImportProgress &progress) {
            if (progress.phase != BatchImportProgress::Phase::Writing)
                return true;
            sawWriting = true;
            return false;
        });
    QVERIFY(sawWriting);
    QVERIFY(outcome.cancelled);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM person")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
}

void BatchImportTest::unknownBatch()
{
    const QString path = write(QStringLiteral("list.csv"), kList);
    const BatchImportOutcome outcome = BatchImport(c()).check(path, 999, {});
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->message, QStringLiteral("There is no batch 999"));
}

void BatchImportTest::registryFromAList()
{
    const QString path = write(QStringLiteral("registry.csv"), kList);
    RegistryListOptions options;
    RegistryListImport import(c());
    RegistryListOutcome outcome = import.importList(path, m_actor, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->text() : QString::number(outcome.problemCount)));
    QCOMPARE(outcome.inserted, 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM registry_person WHERE record_id = '2' AND sex = 'F'")), 1);
    // The same list again: every record_id is already there, named at the list's own line and column.
    outcome = import.check(path, options);
    QCOMPARE(outcome.problemCount, 3);
    QCOMPARE(outcome.problems.at(1).line, 3);
    QCOMPARE(outcome.problems.at(1).column, 1);
    QCOMPARE(outcome.problems.at(1).kind, ListProblemKind::Duplicate);
}

QTEST_GUILESS_MAIN(BatchImportTest)
#include "tst_batchimport.moc"
