// The content of the printed sheets (report/SheetBuilder) on the demo data:
// every listed person once and numbered, counts by category and sex, the
// seal only once confirmed, the signature block, checklists and the
// exchange's totals.

#include "names/Transliterator.h"
#include "report/QrCode.h"
#include "report/SheetBuilder.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Store.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace homeward;
using namespace homeward::report;

class SheetBuilderTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void batchSheetListsEveryPersonOnce_data();
    void batchSheetListsEveryPersonOnce();
    void batchSheetCountsMatchTheRepository_data();
    void batchSheetCountsMatchTheRepository();
    void sealAndSignaturesOnlyOnceReached_data();
    void sealAndSignaturesOnlyOnceReached();
    void verificationStatesOfTheSecondBatch();
    void latinSpellingByThePassportRules();
    void checklistHasEveryItemAndTheNotes();
    void checklistOfOnePerson();
    void checklistOfAPersonNotListedIsRefused();
    void unknownRecordsAreRefused_data();
    void unknownRecordsAreRefused();
    void exchangeSheetTotals();
    void completionGivesActualCounts();
    void qrCodeOfTheSeal();
    void qrCodeRefusesNothing();

private:
    qint64 batchId(int sequenceNo) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_exchange = 0;
    QList<Batch> m_batches;
};

void SheetBuilderTest::initTestCase()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    const Status written = DemoData::write(*m_store);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    auto exchanges = m_store->exchanges().list();
    QVERIFY2(exchanges.ok(), qPrintable(exchanges.text()));
    QCOMPARE(exchanges.value().size(), 1);
    m_exchange = exchanges.value().constFirst().id;
    auto batches = m_store->batches().listForExchange(m_exchange);
    QVERIFY2(batches.ok(), qPrintable(batches.text()));
    m_batches = batches.value();
    QCOMPARE(m_batches.size(), DemoData::kBatches);
}

void SheetBuilderTest::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
}

qint64 SheetBuilderTest::batchId(int sequenceNo) const
{
    for (const Batch &batch : m_batches)
        if (batch.sequenceNo == sequenceNo)
            return batch.id;
    return 0;
}

void SheetBuilderTest::batchSheetListsEveryPersonOnce_data()
{
    QTest::addColumn<int>("sequenceNo");
    QTest::addColumn<int>("persons");
    QTest::newRow("batch 1, sealed") << 1 << DemoData::kPersonsInFirstBatch;
    QTest::newRow("batch 2, in verification") << 2 << DemoData::kPersonsInSecondBatch;
    QTest::newRow("batch 3, empty draft") << 3 << DemoData::kPersonsInThirdBatch;
}

void SheetBuilderTest::batchSheetListsEveryPersonOnce()
{
    QFETCH(int, sequenceNo);
    QFETCH(int, persons);
    auto sheet = SheetBuilder(m_db->connection()).batchSheet(batchId(sequenceNo));
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    QCOMPARE(sheet.value().persons.size(), persons);
    QCOMPARE(sheet.value().batch.sequenceNo, sequenceNo);
    QCOMPARE(sheet.value().exchange.id, m_exchange);
    QSet<qint64> ids;
    int previousPosition = 0;
    for (int i = 0; i < sheet.value().persons.size(); ++i) {
        const SheetPerson &person = sheet.value().persons.at(i);
        QCOMPARE(person.number, i + 1);
        QVERIFY(person.position > previousPosition);
        previousPosition = person.position;
        QVERIFY2(!ids.contains(person.personId), qPrintable(person.surname));
        ids.insert(person.personId);
        QVERIFY(!person.surname.isEmpty());
        QVERIFY(person.itemsTotal >= 9);
    }
    auto count = m_store->persons().countInBatch(batchId(sequenceNo));
    QVERIFY2(count.ok(), qPrintable(count.text()));
    QCOMPARE(ids.size(), count.value());
}

void SheetBuilderTest::batchSheetCountsMatchTheRepository_data()
{
    batchSheetListsEveryPersonOnce_data();
}

void SheetBuilderTest::batchSheetCountsMatchTheRepository()
{
    QFETCH(int, sequenceNo);
    QFETCH(int, persons);
    const qint64 id = batchId(sequenceNo);
    auto sheet = SheetBuilder(m_db->connection()).batchSheet(id);
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    auto counts = m_store->batches().counts(id);
    QVERIFY2(counts.ok(), qPrintable(counts.text()));
    const BatchSheetCounts &c = sheet.value().counts;
    QCOMPARE(c.plannedServicemen, counts.value().plannedServicemen);
    QCOMPARE(c.plannedCivilians, counts.value().plannedCivilians);
    QCOMPARE(c.entered.servicemenMen, counts.value().servicemenMen);
    QCOMPARE(c.entered.servicemenWomen, counts.value().servicemenWomen);
    QCOMPARE(c.entered.civiliansMen, counts.value().civiliansMen);
    QCOMPARE(c.entered.civiliansWomen, counts.value().civiliansWomen);
    QCOMPARE(c.entered.total(), persons);
    auto progress = m_store->verification().progress(id);
    QVERIFY2(progress.ok(), qPrintable(progress.text()));
    QCOMPARE(c.verified.total(), progress.value().fullyVerified);
    QVERIFY(!c.actual); // nothing completed in the demo
}

void SheetBuilderTest::sealAndSignaturesOnlyOnceReached_data()
{
    QTest::addColumn<int>("sequenceNo");
    QTest::addColumn<bool>("sealed");
    QTest::addColumn<bool>("prepared");
    QTest::addColumn<bool>("verified");
    QTest::newRow("confirmed") << 1 << true << true << true;
    QTest::newRow("in verification") << 2 << false << true << false;
    QTest::newRow("draft") << 3 << false << false << false;
}

void SheetBuilderTest::sealAndSignaturesOnlyOnceReached()
{
    QFETCH(int, sequenceNo);
    QFETCH(bool, sealed);
    QFETCH(bool, prepared);
    QFETCH(bool, verified);
    auto sheet = SheetBuilder(m_db->connection()).batchSheet(batchId(sequenceNo));
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    const BatchSheet &s = sheet.value();
    QCOMPARE(s.seal.isSealed(), sealed);
    QCOMPARE(s.confirmedBy.isSigned(), sealed);
    QCOMPARE(s.preparedBy.isSigned(), prepared);
    QCOMPARE(s.verifiedBy.isSigned(), verified);
    if (sealed) {
        QCOMPARE(s.seal.contentHash.size(), 64);
        auto hash = BatchWorkflow::contentHash(m_db->connection(), s.batch.id);
        QVERIFY2(hash.ok(), qPrintable(hash.text()));
        QCOMPARE(s.seal.contentHash, hash.value());
        auto supervisor = Accounts(m_db->connection()).list();
        QVERIFY2(supervisor.ok(), qPrintable(supervisor.text()));
        QString supervisorName;
        for (const Official &official : supervisor.value())
            if (official.username == QLatin1String(DemoData::kSupervisorUsername))
                supervisorName = official.fullName;
        QCOMPARE(s.confirmedBy.name, supervisorName);
        QVERIFY(s.confirmedBy.at.isValid());
        QVERIFY(s.verifiedBy.at <= s.confirmedBy.at);
    }
    if (prepared)
        QVERIFY(s.preparedBy.at.isValid());
}

void SheetBuilderTest::verificationStatesOfTheSecondBatch()
{
    auto sheet = SheetBuilder(m_db->connection()).batchSheet(batchId(2));
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    QHash<int, int> states;
    for (const SheetPerson &person : sheet.value().persons)
        ++states[int(person.check)];
    QCOMPARE(states.value(int(PersonCheck::Verified)), DemoData::kSecondBatchFullyVerified);
    QCOMPARE(states.value(int(PersonCheck::Discrepancy)), DemoData::kSecondBatchWithDiscrepancy);
    QCOMPARE(states.value(int(PersonCheck::NotStarted)), DemoData::kSecondBatchNotStarted);
    QCOMPARE(sheet.value().counts.verified.total(), DemoData::kSecondBatchFullyVerified);
}

void SheetBuilderTest::latinSpellingByThePassportRules()
{
    auto sheet = SheetBuilder(m_db->connection()).batchSheet(batchId(1));
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    for (const SheetPerson &person : sheet.value().persons) {
        QVERIFY2(!person.latinSurname.isEmpty(), qPrintable(person.surname));
        QCOMPARE(person.latinSurname, names::PassportTransliterator::ukrainianPassport(person.surname));
        for (const QChar c : person.latinSurname + person.latinGivenName)
            QVERIFY2(c.unicode() < 0x250 || c == QChar(0x2019), qPrintable(person.latinSurname));
    }
}

void SheetBuilderTest::checklistHasEveryItemAndTheNotes()
{
    auto sheet = SheetBuilder(m_db->connection()).checklistSheet(batchId(2));
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    QCOMPARE(sheet.value().persons.size(), DemoData::kPersonsInSecondBatch);
    int discrepancies = 0;
    for (const PersonChecklistPage &page : sheet.value().persons) {
        QCOMPARE(page.lines.size(), page.person.itemsTotal);
        for (const ChecklistLine &line : page.lines) {
            if (line.item.state == CheckState::Discrepancy) {
                ++discrepancies;
                QVERIFY(!line.item.note.trimmed().isEmpty());
            }
            if (line.item.state != CheckState::Pending) {
                QVERIFY(!line.item.verifiedByName.isEmpty());
                QVERIFY(line.item.verifiedAt.isValid());
            }
            if (line.item.item == CheckItem::Surname)
                QCOMPARE(line.value, page.details.surname);
        }
    }
    QVERIFY(discrepancies >= DemoData::kSecondBatchWithDiscrepancy);
}

void SheetBuilderTest::checklistOfOnePerson()
{
    auto whole = SheetBuilder(m_db->connection()).batchSheet(batchId(1));
    QVERIFY2(whole.ok(), qPrintable(whole.text()));
    const SheetPerson third = whole.value().persons.at(2);
    auto sheet = SheetBuilder(m_db->connection()).checklistSheet(batchId(1), third.personId);
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    QCOMPARE(sheet.value().persons.size(), 1);
    QCOMPARE(sheet.value().persons.constFirst().person.personId, third.personId);
    QCOMPARE(sheet.value().persons.constFirst().person.number, 3);
    QVERIFY(sheet.value().seal.isSealed());
}

void SheetBuilderTest::checklistOfAPersonNotListedIsRefused()
{
    auto other = SheetBuilder(m_db->connection()).batchSheet(batchId(2));
    QVERIFY2(other.ok(), qPrintable(other.text()));
    auto sheet =
        SheetBuilder(m_db->connection()).checklistSheet(batchId(1), other.value().persons.constFirst().personId);
    QVERIFY(!sheet.ok());
    QVERIFY2(sheet.text().contains(QLatin1String("not on the list")), qPrintable(sheet.text()));
}

void SheetBuilderTest::unknownRecordsAreRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("batch sheet") << 0;
    QTest::newRow("checklist") << 1;
    QTest::newRow("exchange sheet") << 2;
}

void SheetBuilderTest::unknownRecordsAreRefused()
{
    QFETCH(int, kind);
    const SheetBuilder builder(m_db->connection());
    const qint64 missing = 987654;
    QString error;
    switch (kind) {
    case 0:
        error = builder.batchSheet(missing).text();
        break;
    case 1:
        error = builder.checklistSheet(missing).text();
        break;
    default:
        error = builder.exchangeSheet(missing).text();
        break;
    }
    QVERIFY2(!error.isEmpty(), "a sheet of a record that does not exist was built");
}

void SheetBuilderTest::exchangeSheetTotals()
{
    auto sheet = SheetBuilder(m_db->connection()).exchangeSheet(m_exchange);
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    const ExchangeSheet &s = sheet.value();
    QCOMPARE(s.batches.size(), DemoData::kBatches);
    QCOMPARE(s.exchange.agreedTotal(), 1000);
    int received = 0;
    int handedOver = 0;
    for (const ExchangeBatchRow &row : s.batches) {
        (row.batch.direction == Direction::Receive ? received : handedOver) += row.entered.total();
        QCOMPARE(row.sealed, row.batch.sequenceNo == 1);
    }
    QCOMPARE(received, DemoData::kPersonsInFirstBatch + DemoData::kPersonsInThirdBatch);
    QCOMPARE(handedOver, DemoData::kPersonsInSecondBatch);
    // Nothing completed yet: every listed person is still in an open batch.
    QCOMPARE(s.received.total(), 0);
    QCOMPARE(s.handedOver.total(), 0);
    QCOMPARE(s.received.openTotal(), received);
    QCOMPARE(s.handedOver.openTotal(), handedOver);
    QCOMPARE(s.batches.at(1).verified, DemoData::kSecondBatchFullyVerified);
}

void SheetBuilderTest::completionGivesActualCounts()
{
    // On a copy of the demo of its own, so the other tests keep the confirmed batch.
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    const Status written = DemoData::write(store);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    auto exchanges = store.exchanges().list();
    QVERIFY2(exchanges.ok(), qPrintable(exchanges.text()));
    auto batches = store.batches().listForExchange(exchanges.value().constFirst().id);
    QVERIFY2(batches.ok(), qPrintable(batches.text()));
    const Batch first = batches.value().constFirst();
    QCOMPARE(first.status, BatchStatus::Confirmed);

    auto before = SheetBuilder(store.connection()).batchSheet(first.id);
    QVERIFY2(before.ok(), qPrintable(before.text()));
    auto officials = Accounts(store.connection()).list();
    QVERIFY2(officials.ok(), qPrintable(officials.text()));
    for (const Official &official : officials.value())
        if (official.username == QLatin1String(DemoData::kSupervisorUsername))
            store.setActor(Accounts::actorFor(official));

    // Everyone handed over but the first person.
    CompletionRecord record;
    record.date = QDate(2026, 11, 20);
    record.place = QStringLiteral("КПП Тест");
    SexCategoryCounts expected;
    const SheetPerson &left = before.value().persons.constFirst();
    for (const SheetPerson &person : before.value().persons) {
        const bool handed = person.personId != left.personId;
        record.outcomes << HandoverOutcome{person.personId, handed, handed ? QString() : QStringLiteral("лікарня")};
        if (handed)
            expected.add(person.category, person.sex);
    }
    record.actualServicemen = expected.servicemen();
    record.actualCivilians = expected.civilians();
    const Status completed = store.workflow().complete(first.id, record);
    QVERIFY2(completed.ok(), qPrintable(completed.text()));

    auto after = SheetBuilder(store.connection()).batchSheet(first.id);
    QVERIFY2(after.ok(), qPrintable(after.text()));
    QVERIFY(after.value().counts.actual.has_value());
    QCOMPARE(*after.value().counts.actual, expected);
    QCOMPARE(after.value().counts.actualServicemen, std::optional<int>(expected.servicemen()));
    QVERIFY(after.value().completion.has_value());
    QVERIFY(after.value().seal.isSealed()); // the seal holds through completion
    QCOMPARE(after.value().persons.constFirst().handedOver, std::optional<bool>(false));
    QCOMPARE(after.value().persons.constFirst().notHandedOverReason, QStringLiteral("лікарня"));
    QCOMPARE(after.value().persons.at(1).handedOver, std::optional<bool>(true));

    auto exchange = SheetBuilder(store.connection()).exchangeSheet(first.exchangeId);
    QVERIFY2(exchange.ok(), qPrintable(exchange.text()));
    QCOMPARE(exchange.value().received.total(), expected.total());
    QCOMPARE(exchange.value().received.openTotal(), 0);
}

void SheetBuilderTest::qrCodeOfTheSeal()
{
    auto sheet = SheetBuilder(m_db->connection()).batchSheet(batchId(1));
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    const QString text = sealQrText(sheet.value().exchange, sheet.value().batch, sheet.value().seal);
    QVERIFY(text.contains(sheet.value().seal.contentHash));
    QVERIFY(text.contains(sheet.value().seal.headHash));
    auto code = QrCode::encode(text.toUtf8());
    QVERIFY2(code.ok(), qPrintable(code.text()));
    const QrMatrix &qr = code.value();
    QVERIFY(qr.size() >= 21);
    QCOMPARE((qr.size() - 17) % 4, 0); // a QR version's size
    // The three finder patterns: dark corners, a light ring inside, a dark centre.
    for (const auto &[x, y] : {std::pair{0, 0}, std::pair{qr.size() - 7, 0}, std::pair{0, qr.size() - 7}}) {
        QVERIFY(qr.dark(x, y));
        QVERIFY(qr.dark(x + 6, y + 6));
        QVERIFY(!qr.dark(x + 1, y + 1));
        QVERIFY(qr.dark(x + 3, y + 3));
    }
}

void SheetBuilderTest::qrCodeRefusesNothing()
{
    QVERIFY(!QrCode::encode(QByteArray()).ok());
}

QTEST_GUILESS_MAIN(SheetBuilderTest)
#include "tst_sheetbuilder.moc"
