#include "items/ItemsFixture.h"

#include "items/DashboardBatchModel.h"
#include "items/ItemRoles.h"
#include "storage/Accounts.h"
#include "storage/ForceStatus.h"
#include "storage/SignIn.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace homeward;

// The exchange dashboard's batch table: one row per batch with its counts,
// the roles the progress cells draw from, totals without cancelled batches,
// and reloads on the store's announcements (rows kept, only changed rows
// announced; other exchanges' changes ignored). Persons are entered by
// "official" (every role); "verifier" verifies.
class DashboardBatchModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void noExchangeMeansEmpty();
    void oneRowPerBatch();
    void cells_data();
    void cells();
    void headers();
    void totalsLeaveOutCancelledBatches();
    void verificationUpdatesRowWithoutReset();
    void newBatchResetsAndOtherExchangeIsIgnored();
    void failedLoadKeepsLastFigures();

private:
    DashboardBatchModel *makeModel();
    void confirmAll(qint64 personId);
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const;

    testing::ItemsFixture m_f;
    Official m_entrant;
    Official m_verifier;
    qint64 m_exchange = 0;
    qint64 m_first = 0;  // 2 + 1 planned, three persons, one verified
    qint64 m_second = 0; // 5 + 0 planned, hand over, one person with a discrepancy
    std::unique_ptr<DashboardBatchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void DashboardBatchModelTest::initTestCase()
{
    QVERIFY(m_f.start());
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_f.testDb);
}

void DashboardBatchModelTest::cleanupTestCase()
{
    QVERIFY(m_f.stop());
}

void DashboardBatchModelTest::init()
{
    QVERIFY(m_f.open());
    auto entrant = Accounts(m_f.store->connection()).get(m_f.store->actor().officialId);
    QVERIFY2(entrant, qPrintable(entrant.text()));
    m_entrant = entrant.value();
    auto verifier = testing::addOfficial(m_f.store->connection(), QStringLiteral("verifier"), testing::kVerifier);
    QVERIFY2(verifier, qPrintable(verifier.text()));
    m_verifier = verifier.value();

    m_exchange = m_f.exchange(QStringLiteral("Обмін 16 травня"));
    m_first = m_f.batch(m_exchange, 2, 1);
    m_second = m_f.batch(m_exchange, 5, 0, {}, Direction::HandOver);
    QVERIFY(m_exchange && m_first && m_second);
    const qint64 verified = m_f.person(m_first, QStringLiteral("Бондаренко"));
    QVERIFY(m_f.person(m_first, QStringLiteral("Коваленко")) != 0);
    QVERIFY(m_f.person(m_first, QStringLiteral("Ткаченко"), QStringLiteral("Олена"), {}, {}, Sex::Female,
                       Category::Civilian) != 0);
    const qint64 discrepant = m_f.person(m_second, QStringLiteral("Кравченко"));
    QVERIFY(verified && discrepant);
    confirmAll(verified);
    testing::signIn(*m_f.store, m_verifier);
    auto items = m_f.store->verification().itemsForPerson(discrepant);
    QVERIFY(items);
    QVERIFY(m_f.store->verification().markDiscrepancy(items.value().at(0).id, QStringLiteral("Кравчено")));
    QVERIFY(m_f.store->verification().markDiscrepancy(items.value().at(1).id, QStringLiteral("Інше ім'я")));
    testing::signIn(*m_f.store, m_entrant);
}

void DashboardBatchModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_f.close();
}

DashboardBatchModel *DashboardBatchModelTest::makeModel()
{
    m_model = std::make_unique<DashboardBatchModel>(*m_f.store);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_model.get();
}

void DashboardBatchModelTest::confirmAll(qint64 personId)
{
    testing::signIn(*m_f.store, m_verifier);
    auto items = m_f.store->verification().itemsForPerson(personId);
    QVERIFY2(items, qPrintable(items.text()));
    for (const VerificationItem &item : items.value()) {
        const CheckMethod method = item.item == CheckItem::Identity ? CheckMethod::InPerson : CheckMethod::Compared;
        Status done = m_f.store->verification().confirm(item.id, method);
        QVERIFY2(done, qPrintable(done.text()));
    }
    testing::signIn(*m_f.store, m_entrant);
}

QVariant DashboardBatchModelTest::cell(int row, int column, int role) const
{
    return m_model->data(m_model->index(row, column), role);
}

void DashboardBatchModelTest::noExchangeMeansEmpty()
{
    DashboardBatchModel *model = makeModel();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(DashboardBatchModel::ColumnCount));
    QCOMPARE(model->totals().entered, 0);
    // No exchange: announcements read nothing and change nothing.
    QSignalSpy refreshed(model, &DashboardBatchModel::refreshed);
    QVERIFY(m_f.person(m_first, QStringLiteral("Мельник")) != 0);
    QCoreApplication::processEvents();
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(model->rowCount(), 0);
}

void DashboardBatchModelTest::oneRowPerBatch()
{
    DashboardBatchModel *model = makeModel();
    QSignalSpy refreshed(model, &DashboardBatchModel::refreshed);
    model->setExchange(m_exchange);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(model->exchangeId(), m_exchange);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOfBatch(m_first), 0);
    QCOMPARE(model->rowOfBatch(m_second), 1);
    QCOMPARE(model->rowOfBatch(999), -1);
    QVERIFY(model->rowAt(2) == nullptr);
    QCOMPARE(cell(1, 0, roles::BatchIdRole).toLongLong(), m_second);
    QCOMPARE(cell(1, 0, roles::IdRole).toLongLong(), m_second);
    QCOMPARE(cell(1, 0, roles::ExchangeIdRole).toLongLong(), m_exchange);
    QCOMPARE(model->composition().servicemenMen, 3);
    QCOMPARE(model->composition().civiliansWomen, 1);
    QCOMPARE(model->verifiedOverTime().size(), 1);
    QCOMPARE(model->verifiedOverTime().first().persons, 1);
    model->setExchange(0);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->composition().total(), 0);
}

void DashboardBatchModelTest::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    using M = DashboardBatchModel;
    const int display = Qt::DisplayRole;
    const int tip = Qt::ToolTipRole;
    QTest::newRow("number") << 0 << int(M::NumberColumn) << display << QVariant(QStringLiteral("Batch 1"));
    QTest::newRow("direction receive") << 0 << int(M::DirectionColumn) << display
                                       << QVariant(label(Direction::Receive));
    QTest::newRow("direction hand over") << 1 << int(M::DirectionColumn) << display
                                         << QVariant(label(Direction::HandOver));
    QTest::newRow("status") << 0 << int(M::StatusColumn) << display << QVariant(label(BatchStatus::Draft));
    QTest::newRow("status code") << 0 << int(M::StatusColumn) << int(roles::StatusCodeRole)
                                 << QVariant(QStringLiteral("draft"));
    QTest::newRow("planned") << 0 << int(M::PlannedColumn) << display << QVariant(3);
    QTest::newRow("planned second") << 1 << int(M::PlannedColumn) << display << QVariant(5);
    QTest::newRow("entered") << 0 << int(M::EnteredColumn) << display << QVariant(3);
    QTest::newRow("verified") << 0 << int(M::VerifiedColumn) << display << QVariant(1);
    QTest::newRow("verified second") << 1 << int(M::VerifiedColumn) << display << QVariant(0);
    QTest::newRow("discrepancies none") << 0 << int(M::DiscrepanciesColumn) << display << QVariant(0);
    QTest::newRow("discrepancies two items") << 1 << int(M::DiscrepanciesColumn) << display << QVariant(2);
    QTest::newRow("waiting") << 0 << int(M::WaitingColumn) << display << QVariant(2);
    QTest::newRow("waiting not the discrepant") << 1 << int(M::WaitingColumn) << display << QVariant(0);
    QTest::newRow("entered bar value") << 1 << int(M::EnteredColumn) << int(roles::ProgressValueRole) << QVariant(1);
    QTest::newRow("entered bar of planned")
        << 1 << int(M::EnteredColumn) << int(roles::ProgressMaximumRole) << QVariant(5);
    QTest::newRow("verified bar value") << 0 << int(M::VerifiedColumn) << int(roles::ProgressValueRole) << QVariant(1);
    QTest::newRow("verified bar of entered")
        << 0 << int(M::VerifiedColumn) << int(roles::ProgressMaximumRole) << QVariant(3);
    QTest::newRow("no bar on planned") << 0 << int(M::PlannedColumn) << int(roles::ProgressValueRole) << QVariant();
    QTest::newRow("verified tooltip") << 0 << int(M::VerifiedColumn) << tip
                                      << QVariant(QStringLiteral("1 of 3 verified"));
    QTest::newRow("entered tooltip") << 1 << int(M::EnteredColumn) << tip << QVariant(QStringLiteral("1 of 5 entered"));
    QTest::newRow("sort by number") << 1 << int(M::NumberColumn) << int(roles::SortRole) << QVariant(2);
}

void DashboardBatchModelTest::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    makeModel()->setExchange(m_exchange);
    const QVariant actual = cell(row, column, role);
    if (!expected.isValid())
        QVERIFY2(!actual.isValid(), qPrintable(actual.toString()));
    else
        QCOMPARE(actual.toString(), expected.toString());
}

void DashboardBatchModelTest::headers()
{
    DashboardBatchModel *model = makeModel();
    QStringList titles;
    for (int column = 0; column < model->columnCount(); ++column) {
        titles << model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!titles.last().isEmpty());
    }
    QCOMPARE(titles.size(), 8);
    QCOMPARE(titles.at(DashboardBatchModel::VerifiedColumn), QStringLiteral("Verified"));
    QCOMPARE(titles.at(DashboardBatchModel::WaitingColumn), QStringLiteral("Waiting"));
}

void DashboardBatchModelTest::totalsLeaveOutCancelledBatches()
{
    DashboardBatchModel *model = makeModel();
    model->setExchange(m_exchange);
    DashboardBatchRow totals = model->totals();
    QCOMPARE(totals.planned, 8);
    QCOMPARE(totals.entered, 4);
    QCOMPARE(totals.verified, 1);
    QCOMPARE(totals.withDiscrepancy, 1);
    QCOMPARE(totals.openDiscrepancies, 2);
    QCOMPARE(totals.waiting(), 2);

    QVERIFY(testing::forceBatchStatus(m_f.store->connection(), m_second, QStringLiteral("cancelled"), m_entrant.id));
    model->reload();
    QCOMPARE(model->rowCount(), 2); // still listed, with its status
    QCOMPARE(cell(1, DashboardBatchModel::StatusColumn, roles::StatusCodeRole).toString(), QStringLiteral("cancelled"));
    totals = model->totals();
    QCOMPARE(totals.planned, 3);
    QCOMPARE(totals.entered, 3);
    QCOMPARE(totals.openDiscrepancies, 0);
    QCOMPARE(model->composition().total(), 3);
}

void DashboardBatchModelTest::verificationUpdatesRowWithoutReset()
{
    DashboardBatchModel *model = makeModel();
    model->setExchange(m_exchange);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(model, &DashboardBatchModel::refreshed);

    auto listed = m_f.store->persons().pageInBatch(m_first, 0, 10);
    QVERIFY2(listed, qPrintable(listed.text()));
    QCOMPARE(listed.value().size(), 3);
    confirmAll(listed.value().at(1).person.id); // the second of the first batch

    // Nine confirmations, one reload when they are all in.
    QCOMPARE(refreshed.count(), 0);
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);
    for (const QList<QVariant> &signal : changed) {
        // Only the first batch's row changed.
        QCOMPARE(signal.at(0).toModelIndex().row(), 0);
        QCOMPARE(signal.at(1).toModelIndex().row(), 0);
    }
    QCOMPARE(cell(0, DashboardBatchModel::VerifiedColumn).toInt(), 2);
    QCOMPARE(cell(0, DashboardBatchModel::WaitingColumn).toInt(), 1);
    QCOMPARE(cell(0, DashboardBatchModel::VerifiedColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("2 of 3 verified"));
    QCOMPARE(model->totals().verified, 2);
    int history = 0;
    for (const VerifiedInMinute &minute : model->verifiedOverTime())
        history += minute.persons;
    QCOMPARE(history, 2);
}

void DashboardBatchModelTest::newBatchResetsAndOtherExchangeIsIgnored()
{
    DashboardBatchModel *model = makeModel();
    model->setExchange(m_exchange);
    const qint64 other = m_f.exchange(QStringLiteral("Інший обмін"));
    QVERIFY(other != 0);
    QCoreApplication::processEvents(); // a new exchange may change the title: that reload is done
    QSignalSpy refreshed(model, &DashboardBatchModel::refreshed);
    const qint64 otherBatch = m_f.batch(other, 1, 1);
    QVERIFY(otherBatch != 0);
    QVERIFY(m_f.person(otherBatch, QStringLiteral("Лисенко")) != 0);
    QCoreApplication::processEvents();
    // A batch of another exchange and a person listed in it read nothing.
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(model->rowCount(), 2);

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const qint64 third = m_f.batch(m_exchange, 1, 0);
    QVERIFY(third != 0);
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->rowOfBatch(third), 2);
    QCOMPARE(cell(2, DashboardBatchModel::EnteredColumn).toInt(), 0);
}

void DashboardBatchModelTest::failedLoadKeepsLastFigures()
{
    DashboardBatchModel *model = makeModel();
    model->setExchange(m_exchange);
    QSignalSpy failed(model, &DashboardBatchModel::loadFailed);
    const QString table = QStringLiteral("batch_member");
    if (m_f.isPostgres()) {
        QVERIFY(m_f.unreadable(table));
    } else {
        QVERIFY(sql::run(m_f.store->connection(), QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(sql::run(m_f.store->connection(), QStringLiteral("ALTER TABLE batch_member RENAME TO batch_member_x")));
    }
    auto readableAgain = qScopeGuard([&] {
        if (m_f.isPostgres())
            m_f.readable(table);
    });
    model->reload();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!model->lastError().isEmpty());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(0, DashboardBatchModel::EnteredColumn).toInt(), 3);
    if (m_f.isPostgres())
        QVERIFY(m_f.readable(table));
    else
        QVERIFY(sql::run(m_f.store->connection(), QStringLiteral("ALTER TABLE batch_member_x RENAME TO batch_member")));
    model->reload();
    QVERIFY(model->lastError().isEmpty());
}

QTEST_GUILESS_MAIN(DashboardBatchModelTest)
#include "tst_dashboardbatchmodel.moc"
