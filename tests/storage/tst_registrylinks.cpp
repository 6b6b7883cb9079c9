#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ForceStatus.h"
#include "storage/RegistryFixture.h"
#include "storage/RegistryLinks.h"
#include "storage/RegistryMatcher.h"
#include "storage/RegistryQueries.h"
#include "storage/SeenRows.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace homeward;

// Linking persons to registry records (schema 7, RegistryLinks), the lock of
// confirmed batches on the link, and the duplicate flags and batch matching
// of RegistryMatcher. On SQLite and on PostgreSQL (TestDatabase: HOMEWARD_TEST_BACKEND), a fresh database for
// every test.
class RegistryLinksTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void linkAndUnlinkAreAudited();
    void relinkKeepsTheEarlierLinkInTheAudit();
    void refusals_data();
    void refusals();
    void lockedBatchRefusesLinkChanges_data();
    void lockedBatchRefusesLinkChanges();
    void openBatchAllowsLinkChanges();
    void linkedRecordCannotBeDeleted();
    void recordById();
    void duplicateFlags_data();
    void duplicateFlags();
    void matchBatchGivesVerdictsAndFollowsImports();

private:
    qint64 addPerson(qint64 batchId, const QString &surname, const QString &givenName, const QString &birth);
    qint64 newBatch(qint64 exchangeId);
    qint64 auditCount() const;
    testing::TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RegistryLinks> m_links;
    qint64 m_exchangeId = 0;
    qint64 m_batchId = 0;
    qint64 m_personId = 0;
};

void RegistryLinksTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void RegistryLinksTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void RegistryLinksTest::init()
{
    auto db = m_testDb.open();
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    QVERIFY(testing::signInAs(*m_store).ok());
    m_links = std::make_unique<RegistryLinks>(m_store->connection(), m_store->notifier(), &m_store->actor());
    Exchange exchange;
    exchange.title = QStringLiteral("1000 на 1000");
    m_exchangeId = m_store->exchanges().create(exchange).value();
    m_batchId = newBatch(m_exchangeId);
    m_personId =
        addPerson(m_batchId, QStringLiteral("Коваленко"), QStringLiteral("Олександр"), QStringLiteral("1990-05-07"));
    auto added =
        testing::addRegistryRecords(m_store->connection(), m_store->actor().officialId,
                                    {{QStringLiteral("R-1"), QStringLiteral("Коваленко"), QStringLiteral("Олександр"),
                                      QStringLiteral("Петрович"), QStringLiteral("1990-05-07")},
                                     {QStringLiteral("R-2"), QStringLiteral("Коваленко"), QStringLiteral("Олександр"),
                                      QStringLiteral("Іванович"), QStringLiteral("1985-01-02")},
                                     {QStringLiteral("R-3"), QStringLiteral("Шевчук"), QStringLiteral("Марія"),
                                      QString(), QStringLiteral("1970"), QStringLiteral("F")}});
    QVERIFY2(added.ok(), qPrintable(added.text()));
}

void RegistryLinksTest::cleanup()
{
    m_links.reset();
    m_store.reset();
    m_db.reset();
}

qint64 RegistryLinksTest::newBatch(qint64 exchangeId)
{
    Batch batch;
    batch.exchangeId = exchangeId;
    batch.plannedServicemen = 10;
    auto made = m_store->batches().create(batch);
    if (!made)
        qFatal("batch: %s", qPrintable(made.text()));
    return made.value();
}

qint64 RegistryLinksTest::addPerson(qint64 batchId, const QString &surname, const QString &givenName,
                                    const QString &birth)
{
    Person person;
    person.surname = surname;
    person.givenName = givenName;
    person.birthDate = PartialDate::fromIso(birth).value_or(PartialDate());
    auto added = m_store->persons().addToBatch(batchId, person);
    if (!added)
        qFatal("person: %s", qPrintable(added.text()));
    return added.value();
}

qint64 RegistryLinksTest::auditCount() const
{
    return AuditLog::rowCount(m_store->connection()).value();
}

void RegistryLinksTest::linkAndUnlinkAreAudited()
{
    QSignalSpy changed(m_store->notifier(), &ChangeNotifier::personsChanged);
    const Status linked = m_links->link(m_personId, QStringLiteral("R-1"), names::Verdict::Match, 0.97,
                                        testing::seenLink(*m_links, m_personId));
    QVERIFY2(linked.ok(), qPrintable(linked.text()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_batchId);

    auto link = m_links->linkOf(m_personId);
    QVERIFY(link.ok());
    QVERIFY(link.value().has_value());
    QCOMPARE(link.value()->recordId, QStringLiteral("R-1"));
    QCOMPARE(link.value()->verdict, names::Verdict::Match);
    QCOMPARE(link.value()->score, 0.97);
    QCOMPARE(link.value()->linkedBy, m_store->actor().officialId);
    QVERIFY(link.value()->linkedAt.isValid());

    auto history = AuditLog::history(m_store->connection(), QStringLiteral("person"), m_personId);
    QVERIFY(history.ok());
    const AuditEntry &made = history.value().constLast();
    QCOMPARE(made.action, QStringLiteral("registry_link"));
    QVERIFY(made.before.isEmpty());
    QCOMPARE(made.after.value(QStringLiteral("registry_record_id")).toString(), QStringLiteral("R-1"));
    QCOMPARE(made.after.value(QStringLiteral("verdict")).toString(), QStringLiteral("match"));

    const Status unlinked = m_links->unlink(m_personId, testing::seenLink(*m_links, m_personId));
    QVERIFY2(unlinked.ok(), qPrintable(unlinked.text()));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!m_links->linkOf(m_personId).value().has_value());
    history = AuditLog::history(m_store->connection(), QStringLiteral("person"), m_personId);
    const AuditEntry &removed = history.value().constLast();
    QCOMPARE(removed.action, QStringLiteral("registry_unlink"));
    QCOMPARE(removed.before.value(QStringLiteral("registry_record_id")).toString(), QStringLiteral("R-1"));
    QVERIFY(removed.after.isEmpty());
    QVERIFY(!AuditLog::verify(m_store->connection()).value().has_value());
}

void RegistryLinksTest::relinkKeepsTheEarlierLinkInTheAudit()
{
    QVERIFY(m_links
                ->link(m_personId, QStringLiteral("R-1"), names::Verdict::Ambiguous, 0.8,
                       testing::seenLink(*m_links, m_personId))
                .ok());
    QVERIFY(m_links
                ->link(m_personId, QStringLiteral("R-2"), names::Verdict::Ambiguous, 0.78,
                       testing::seenLink(*m_links, m_personId))
                .ok());
    QCOMPARE(m_links->linkOf(m_personId).value()->recordId, QStringLiteral("R-2"));
    auto history = AuditLog::history(m_store->connection(), QStringLiteral("person"), m_personId);
    const AuditEntry &last = history.value().constLast();
    QCOMPARE(last.before.value(QStringLiteral("registry_record_id")).toString(), QStringLiteral("R-1"));
    QCOMPARE(last.after.value(QStringLiteral("registry_record_id")).toString(), QStringLiteral("R-2"));
    auto rows = sql::scalar(m_store->connection(), QStringLiteral("SELECT COUNT(*) FROM person_registry_link"));
    QCOMPARE(rows.value().toInt(), 1);
}

void RegistryLinksTest::refusals_data()
{
    QTest::addColumn<QString>("who"); // "operator", "verifier", "none"
    QTest::addColumn<QString>("recordId");
    QTest::addColumn<bool>("knownPerson");
    QTest::addColumn<bool>("linkFirst"); // R-1 linked before the attempt
    QTest::addColumn<double>("score");
    QTest::newRow("nobody signed in") << "none"
                                      << "R-1" << true << false << 0.9;
    QTest::newRow("a verifier may not enter persons") << "verifier"
                                                      << "R-1" << true << false << 0.9;
    QTest::newRow("unknown registry record") << "operator"
                                             << "R-404" << true << false << 0.9;
    QTest::newRow("unknown person") << "operator"
                                    << "R-1" << false << false << 0.9;
    QTest::newRow("already linked to that record") << "operator"
                                                   << "R-1" << true << true << 0.9;
    QTest::newRow("score above 1") << "operator"
                                   << "R-1" << true << false << 1.5;
}

void RegistryLinksTest::refusals()
{
    QFETCH(QString, who);
    QFETCH(QString, recordId);
    QFETCH(bool, knownPerson);
    QFETCH(bool, linkFirst);
    QFETCH(double, score);
    if (linkFirst)
        QVERIFY(m_links
                    ->link(m_personId, QStringLiteral("R-1"), names::Verdict::Match, 0.9,
                           testing::seenLink(*m_links, m_personId))
                    .ok());
    if (who == QLatin1String("none"))
        testing::signOut(*m_store);
    else if (who == QLatin1String("verifier"))
        QVERIFY(testing::signInAs(*m_store, QStringLiteral("v"), testing::kVerifier).ok());
    const qint64 before = auditCount();
    QSignalSpy changed(m_store->notifier(), &ChangeNotifier::personsChanged);
    const Status refused = m_links->link(knownPerson ? m_personId : 9999, recordId, names::Verdict::Match, score,
                                         testing::seenLink(*m_links, knownPerson ? m_personId : 9999));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.text().isEmpty());
    QCOMPARE(auditCount(), before);
    QCOMPARE(changed.size(), 0);
    const auto link = m_links->linkOf(m_personId);
    QCOMPARE(link.value().has_value(), linkFirst);
    // Unlinking is refused the same way without the permission.
    if (who != QLatin1String("operator"))
        QVERIFY(!m_links->unlink(m_personId, testing::seenLink(*m_links, m_personId)).ok());
}

void RegistryLinksTest::lockedBatchRefusesLinkChanges_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("statement");
    const QString insert = QStringLiteral("INSERT INTO person_registry_link (person_id, registry_person_id, verdict, "
                                          "score, linked_by, linked_at) VALUES (%PERSON%, (SELECT id FROM "
                                          "registry_person WHERE record_id = 'R-1'), 'match', 0.9, 1, 'x')");
    const QString update = QStringLiteral("UPDATE person_registry_link SET registry_person_id = (SELECT id FROM "
                                          "registry_person WHERE record_id = 'R-3') WHERE person_id = %PERSON%");
    const QString remove = QStringLiteral("DELETE FROM person_registry_link WHERE person_id = %PERSON%");
    for (const char *status : {"confirmed", "completed"}) {
        QTest::addRow("%s: link with SQL", status) << status << insert;
        QTest::addRow("%s: relink with SQL", status) << status << update;
        QTest::addRow("%s: unlink with SQL", status) << status << remove;
        QTest::addRow("%s: through RegistryLinks", status) << status << QString();
    }
}

void RegistryLinksTest::lockedBatchRefusesLinkChanges()
{
    QFETCH(QString, status);
    QFETCH(QString, statement);
    const bool inserting = statement.startsWith(QLatin1String("INSERT"));
    // A second person linked before the lock: for the relink and unlink attacks.
    if (!inserting)
        QVERIFY(m_links
                    ->link(m_personId, QStringLiteral("R-2"), names::Verdict::Probable, 0.7,
                           testing::seenLink(*m_links, m_personId))
                    .ok());
    const Status locked =
        testing::forceBatchStatus(m_store->connection(), m_batchId, status, m_store->actor().officialId);
    QVERIFY2(locked.ok(), qPrintable(locked.text()));
    const auto before = m_links->linkOf(m_personId).value();
    if (statement.isEmpty()) {
        const Status refused = m_links->unlink(m_personId, testing::seenLink(*m_links, m_personId));
        QVERIFY(!refused.ok());
        QVERIFY(!m_links
                     ->link(m_personId, QStringLiteral("R-1"), names::Verdict::Match, 0.9,
                            testing::seenLink(*m_links, m_personId))
                     .ok());
    } else {
        QString bound = statement;
        bound.replace(QStringLiteral("%PERSON%"), QString::number(m_personId));
        auto attacked = sql::run(m_store->connection(), bound);
        QVERIFY(!attacked.ok());
        QVERIFY2(attacked.error().detail.contains(QLatin1String("confirmed batch")),
                 qPrintable(attacked.error().detail));
    }
    const auto after = m_links->linkOf(m_personId).value();
    QCOMPARE(after.has_value(), before.has_value());
    if (after)
        QCOMPARE(after->recordId, before->recordId);
}

void RegistryLinksTest::openBatchAllowsLinkChanges()
{
    for (const char *status : {"in_verification", "verified"}) {
        QVERIFY(testing::forceBatchStatus(m_store->connection(), m_batchId, QString::fromLatin1(status),
                                          m_store->actor().officialId)
                    .ok());
        QVERIFY(m_links
                    ->link(m_personId, QStringLiteral("R-1"), names::Verdict::Match, 0.9,
                           testing::seenLink(*m_links, m_personId))
                    .ok());
        QVERIFY(m_links->unlink(m_personId, testing::seenLink(*m_links, m_personId)).ok());
    }
}

void RegistryLinksTest::linkedRecordCannotBeDeleted()
{
    QVERIFY(m_links
                ->link(m_personId, QStringLiteral("R-1"), names::Verdict::Match, 0.9,
                       testing::seenLink(*m_links, m_personId))
                .ok());
    auto removed =
        sql::run(m_store->connection(), QStringLiteral("DELETE FROM registry_person WHERE record_id = 'R-1'"));
    QVERIFY(!removed.ok());
    // The link goes with its person.
    QVERIFY(m_store->persons().removeFromBatch(m_batchId, m_personId).ok());
    auto rows = sql::scalar(m_store->connection(), QStringLiteral("SELECT COUNT(*) FROM person_registry_link"));
    QCOMPARE(rows.value().toInt(), 0);
}

void RegistryLinksTest::recordById()
{
    RegistryQueries queries(m_store->connection());
    auto found = queries.recordById(QStringLiteral("R-3"));
    QVERIFY(found.ok());
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->surname, QStringLiteral("Шевчук"));
    QCOMPARE(found.value()->birthDate.toIso(), QStringLiteral("1970"));
    QCOMPARE(found.value()->sex, QStringLiteral("F"));
    QVERIFY(!queries.recordById(QStringLiteral("R-404")).value().has_value());
    QVERIFY(queries.generation().value() > 0);
}

void RegistryLinksTest::duplicateFlags_data()
{
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("givenName");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("where"); // "same", "other", "other-completed", "other-cancelled", "withdrawn"
    QTest::addColumn<int>("kind");      // -1 no flag, else DuplicateFlag::Kind
    const int twice = int(DuplicateFlag::Kind::ListedTwice);
    const int other = int(DuplicateFlag::Kind::OtherBatch);
    QTest::newRow("same spelling, same batch") << "Коваленко"
                                               << "Олександр"
                                               << "1990-05-07"
                                               << "same" << twice;
    QTest::newRow("Russian given name") << "Коваленко"
                                        << "Александр"
                                        << "1990-05-07"
                                        << "same" << twice;
    QTest::newRow("Latin spelling") << "Kovalenko"
                                    << "Oleksandr"
                                    << "1990-05-07"
                                    << "same" << twice;
    QTest::newRow("other birth date") << "Коваленко"
                                      << "Олександр"
                                      << "1990-07-05"
                                      << "same" << -1;
    QTest::newRow("other given name") << "Коваленко"
                                      << "Сергій"
                                      << "1990-05-07"
                                      << "same" << -1;
    QTest::newRow("another batch") << "Коваленко"
                                   << "Олександр"
                                   << "1990-05-07"
                                   << "other" << other;
    QTest::newRow("completed exchange") << "Коваленко"
                                        << "Олександр"
                                        << "1990-05-07"
                                        << "other-completed" << other;
    QTest::newRow("cancelled batch does not count") << "Коваленко"
                                                    << "Олександр"
                                                    << "1990-05-07"
                                                    << "other-cancelled" << -1;
    QTest::newRow("withdrawn does not count") << "Коваленко"
                                              << "Олександр"
                                              << "1990-05-07"
                                              << "withdrawn" << -1;
}

void RegistryLinksTest::duplicateFlags()
{
    QFETCH(QString, surname);
    QFETCH(QString, givenName);
    QFETCH(QString, birth);
    QFETCH(QString, where);
    QFETCH(int, kind);
    qint64 batch = m_batchId;
    if (where.startsWith(QLatin1String("other"))) {
        Exchange earlier;
        earlier.title = QStringLiteral("Earlier exchange");
        batch = newBatch(m_store->exchanges().create(earlier).value());
    }
    const qint64 second = addPerson(batch, surname, givenName, birth);
    if (where == QLatin1String("withdrawn"))
        QVERIFY(m_store->persons().setWithdrawn(batch, second, true).ok());
    if (where == QLatin1String("other-completed"))
        QVERIFY(testing::forceBatchStatus(m_store->connection(), batch, QStringLiteral("completed"),
                                          m_store->actor().officialId)
                    .ok());
    if (where == QLatin1String("other-cancelled"))
        QVERIFY(testing::forceBatchStatus(m_store->connection(), batch, QStringLiteral("cancelled"),
                                          m_store->actor().officialId)
                    .ok());

    RegistryMatcher &matcher = RegistryMatcher::of(*m_store);
    QCOMPARE(&RegistryMatcher::of(*m_store), &matcher);
    auto matched = matcher.matchBatch(m_batchId);
    QVERIFY2(matched.ok(), qPrintable(matched.text()));
    const PersonMatch &first = matched.value().persons.constFirst();
    QCOMPARE(first.personId, m_personId);
    if (kind < 0) {
        QVERIFY2(first.duplicates.isEmpty(), qPrintable(first.duplicates.value(0).text()));
        return;
    }
    QCOMPARE(first.duplicates.size(), 1);
    const DuplicateFlag &flag = first.duplicates.constFirst();
    QCOMPARE(int(flag.kind), kind);
    QCOMPARE(flag.personId, second);
    QCOMPARE(flag.batchId, batch);
    QVERIFY(!flag.text().isEmpty());
    if (where == QLatin1String("other-completed"))
        QCOMPARE(flag.batchStatus, BatchStatus::Completed);
    // The form asks the same for a person being typed.
    Person typed;
    typed.surname = QStringLiteral("Коваленко");
    typed.givenName = QStringLiteral("Олександр");
    typed.birthDate = PartialDate::fromIso(QStringLiteral("1990-05-07")).value();
    auto flags = matcher.duplicatesOf(typed, 0, m_batchId);
    QVERIFY(flags.ok());
    QCOMPARE(flags.value().size(), 2); // both listings
}

void RegistryLinksTest::matchBatchGivesVerdictsAndFollowsImports()
{
    addPerson(m_batchId, QStringLiteral("Бондар"), QStringLiteral("Іван"), QStringLiteral("1980-02-03"));
    RegistryMatcher &matcher = RegistryMatcher::of(*m_store);
    QVERIFY(matcher.needsLoading().value());
    QList<qsizetype> seen;
    auto matched = matcher.matchBatch(m_batchId, [&seen](qsizetype done, qsizetype total) {
        seen << done;
        return total == 2;
    });
    QVERIFY2(matched.ok(), qPrintable(matched.text()));
    QVERIFY(!matched.value().cancelled);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constLast(), qsizetype(2));
    QCOMPARE(matcher.loadedSize(), qsizetype(3));
    QVERIFY(!matcher.needsLoading().value());
    const auto &persons = matched.value().persons;
    QCOMPARE(persons.size(), 2);
    QCOMPARE(persons.at(0).result.candidates.value(0).recordId, QStringLiteral("R-1"));
    QCOMPARE(persons.at(0).candidateRecords.value(0).surname, QStringLiteral("Коваленко"));
    QVERIFY(persons.at(0).result.verdict != names::Verdict::None);
    QCOMPARE(persons.at(1).result.verdict, names::Verdict::None);

    // A later import is seen without restarting.
    QVERIFY(testing::addRegistryRecords(m_store->connection(), m_store->actor().officialId,
                                        {{QStringLiteral("R-9"), QStringLiteral("Бондар"), QStringLiteral("Іван"),
                                          QString(), QStringLiteral("1980-02-03")}})
                .ok());
    QVERIFY(matcher.needsLoading().value());
    Person typed;
    typed.surname = QStringLiteral("Бондар");
    typed.givenName = QStringLiteral("Іван");
    typed.birthDate = PartialDate::fromIso(QStringLiteral("1980-02-03")).value();
    auto one = matcher.matchPerson(typed);
    QVERIFY(one.ok());
    QCOMPARE(matcher.loadedSize(), qsizetype(4));
    QCOMPARE(one.value().candidates.value(0).recordId, QStringLiteral("R-9"));
}

QTEST_GUILESS_MAIN(RegistryLinksTest)
#include "tst_registrylinks.moc"
