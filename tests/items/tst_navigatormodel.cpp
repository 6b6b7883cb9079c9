#include "items/ItemsFixture.h"

#include "items/ItemRoles.h"
#include "items/NavigatorModel.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace homeward;

class NavigatorModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void emptyDatabaseGivesEmptyTree();
    void exchangesByIdWithBatchesBySequence();
    void parentAndInternalIds();
    void rolesOfBothKinds();
    void exchangeText_data();
    void exchangeText();
    void batchText_data();
    void batchText();
    void batchToolTipHasDetails();
    void writesResetTheModel_data();
    void writesResetTheModel();
    void personChangeRefreshesCountsWithoutReset();
    void indexLookups();
    void loadErrorKeepsLastGoodState();

private:
    NavigatorModel *makeModel();

    testing::ItemsFixture m_f;
    std::unique_ptr<NavigatorModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void NavigatorModelTest::initTestCase()
{
    QVERIFY(m_f.start());
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_f.testDb);
}

void NavigatorModelTest::cleanupTestCase()
{
    QVERIFY(m_f.stop());
}

void NavigatorModelTest::init()
{
    QVERIFY(m_f.open());
}

void NavigatorModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_f.close();
}

NavigatorModel *NavigatorModelTest::makeModel()
{
    m_tester.reset();
    m_model = std::make_unique<NavigatorModel>(*m_f.store);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_model.get();
}

void NavigatorModelTest::emptyDatabaseGivesEmptyTree()
{
    NavigatorModel *model = makeModel();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), 1);
    QVERIFY(model->lastError().isEmpty());
    QVERIFY(!model->headerData(0, Qt::Horizontal).toString().isEmpty());
}

void NavigatorModelTest::exchangesByIdWithBatchesBySequence()
{
    // Created in reverse alphabetical order: the tree follows creation (id), not the title.
    const qint64 zulu = m_f.exchange(QStringLiteral("Zulu"));
    const qint64 alpha = m_f.exchange(QStringLiteral("Alpha"));
    Batch third;
    third.exchangeId = zulu;
    third.sequenceNo = 3;
    QVERIFY(m_f.store->batches().create(third).ok());
    Batch first = third;
    first.sequenceNo = 1;
    QVERIFY(m_f.store->batches().create(first).ok());

    NavigatorModel *model = makeModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(roles::IdRole).toLongLong(), zulu);
    QCOMPARE(model->index(1, 0).data(roles::IdRole).toLongLong(), alpha);
    const QModelIndex zuluIndex = model->index(0, 0);
    QCOMPARE(model->rowCount(zuluIndex), 2);
    QVERIFY(model->index(0, 0, zuluIndex).data().toString().contains(QLatin1String("Batch 1")));
    QVERIFY(model->index(1, 0, zuluIndex).data().toString().contains(QLatin1String("Batch 3")));
    QCOMPARE(model->rowCount(model->index(1, 0)), 0);
}

void NavigatorModelTest::parentAndInternalIds()
{
    m_f.exchange(QStringLiteral("A"));
    const qint64 b = m_f.exchange(QStringLiteral("B"));
    m_f.batch(b);
    m_f.batch(b);
    NavigatorModel *model = makeModel();
    const QModelIndex exchange = model->index(1, 0);
    QCOMPARE(exchange.internalId(), quintptr(0));
    QVERIFY(!model->parent(exchange).isValid());
    const QModelIndex batch = model->index(1, 0, exchange);
    QCOMPARE(batch.internalId(), quintptr(2));  // exchange row 1 + 1
    QCOMPARE(model->parent(batch), exchange);
    QCOMPARE(model->rowCount(batch), 0);
    QVERIFY(!model->index(0, 0, batch).isValid());
    QVERIFY(!model->index(2, 0, exchange).isValid());
    QVERIFY(!model->index(0, 1, exchange).isValid());
}

void NavigatorModelTest::rolesOfBothKinds()
{
    const qint64 e = m_f.exchange(QStringLiteral("E"));
    const qint64 b = m_f.batch(e);
    NavigatorModel *model = makeModel();
    const QModelIndex exchange = model->index(0, 0);
    QCOMPARE(exchange.data(roles::KindRole).toInt(), int(NavigatorModel::Kind::Exchange));
    QCOMPARE(exchange.data(roles::IdRole).toLongLong(), e);
    QCOMPARE(exchange.data(roles::ExchangeIdRole).toLongLong(), e);
    QVERIFY(!exchange.data(roles::BatchIdRole).isValid());
    QCOMPARE(exchange.data(roles::StatusCodeRole).toString(), QStringLiteral("planned"));

    const QModelIndex batch = model->index(0, 0, exchange);
    QCOMPARE(batch.data(roles::KindRole).toInt(), int(NavigatorModel::Kind::Batch));
    QCOMPARE(batch.data(roles::IdRole).toLongLong(), b);
    QCOMPARE(batch.data(roles::BatchIdRole).toLongLong(), b);
    QCOMPARE(batch.data(roles::ExchangeIdRole).toLongLong(), e);
    QCOMPARE(batch.data(roles::StatusCodeRole).toString(), QStringLiteral("draft"));
}

void NavigatorModelTest::exchangeText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("agreementRef");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title only") << "1,000 for 1,000" << "" << "1,000 for 1,000";
    QTest::newRow("with agreement") << "1,000 for 1,000" << "agreed in talks on 16 May"
                                    << "1,000 for 1,000 — agreed in talks on 16 May";
}

void NavigatorModelTest::exchangeText()
{
    QFETCH(QString, title);
    QFETCH(QString, agreementRef);
    QFETCH(QString, expected);
    m_f.exchange(title, agreementRef);
    NavigatorModel *model = makeModel();
    QCOMPARE(model->index(0, 0).data().toString(), expected);
}

void NavigatorModelTest::batchText_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("persons");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dated, receive, empty") << QDate(2025, 6, 12) << int(Direction::Receive) << 0
                                           << "Batch 1 · we receive · 12.06.2025 · 0 of 3";
    QTest::newRow("no date, hand over, two listed") << QDate() << int(Direction::HandOver) << 2
                                                    << "Batch 1 · we hand over · no date · 2 of 3";
}

void NavigatorModelTest::batchText()
{
    QFETCH(QDate, date);
    QFETCH(int, direction);
    QFETCH(int, persons);
    QFETCH(QString, expected);
    const qint64 e = m_f.exchange(QStringLiteral("E"));
    const qint64 b = m_f.batch(e, 2, 1, date, Direction(direction));
    for (int i = 0; i < persons; ++i)
        QVERIFY(m_f.person(b, QStringLiteral("Коваленко")) != 0);
    NavigatorModel *model = makeModel();
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), expected);
}

void NavigatorModelTest::batchToolTipHasDetails()
{
    const qint64 e = m_f.exchange(QStringLiteral("E"));
    const qint64 b = m_f.batch(e, 2, 1);
    QVERIFY(m_f.person(b, QStringLiteral("Шевченко"), QStringLiteral("Марія"), {}, {}, Sex::Female,
                       Category::Civilian) != 0);
    QVERIFY(m_f.person(b, QStringLiteral("Коваленко")) != 0);
    NavigatorModel *model = makeModel();
    const QString tip = model->index(0, 0, model->index(0, 0)).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Border point 1")), qPrintable(tip));
    QVERIFY2(tip.contains(label(BatchStatus::Draft)), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Servicemen: 1 of 2 (men 1, women 0)")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Civilians: 1 of 1 (men 0, women 1)")), qPrintable(tip));
    QVERIFY(!model->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
}

void NavigatorModelTest::writesResetTheModel_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<int>("exchanges");
    QTest::addColumn<int>("batchesOfFirst");
    QTest::newRow("exchange created") << "createExchange" << 2 << 1;
    QTest::newRow("exchange removed") << "removeExchange" << 0 << -1;
    QTest::newRow("batch created") << "createBatch" << 1 << 2;
    QTest::newRow("batch updated") << "updateBatch" << 1 << 1;
    QTest::newRow("batch removed") << "removeBatch" << 1 << 0;
}

void NavigatorModelTest::writesResetTheModel()
{
    QFETCH(QString, write);
    QFETCH(int, exchanges);
    QFETCH(int, batchesOfFirst);
    const qint64 e = m_f.exchange(QStringLiteral("E"));
    const qint64 b = m_f.batch(e);
    NavigatorModel *model = makeModel();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    if (write == QLatin1String("createExchange")) {
        QVERIFY(m_f.exchange(QStringLiteral("F")) != 0);
    } else if (write == QLatin1String("removeExchange")) {
        QVERIFY2(m_f.store->exchanges().remove(e).ok(), "remove exchange");
    } else if (write == QLatin1String("createBatch")) {
        QVERIFY(m_f.batch(e) != 0);
    } else if (write == QLatin1String("updateBatch")) {
        Batch batch = m_f.store->batches().get(b).value();
        batch.place = QStringLiteral("КПП Сеньківка"); // the status moves only through BatchWorkflow
        QVERIFY(m_f.store->batches().update(batch).ok());
    } else {
        QVERIFY(m_f.store->batches().remove(b).ok());
    }

    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), exchanges);
    if (batchesOfFirst >= 0)
        QCOMPARE(model->rowCount(model->index(0, 0)), batchesOfFirst);
    if (write == QLatin1String("updateBatch"))
        QVERIFY(model->index(0, 0, model->index(0, 0))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Place: КПП Сеньківка")));
}

void NavigatorModelTest::personChangeRefreshesCountsWithoutReset()
{
    const qint64 e = m_f.exchange(QStringLiteral("E"));
    m_f.batch(e);
    const qint64 b = m_f.batch(e);
    NavigatorModel *model = makeModel();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    QVERIFY(m_f.person(b, QStringLiteral("Коваленко")) != 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex batch = model->indexOfBatch(b);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), batch);
    QVERIFY2(batch.data().toString().endsWith(QLatin1String("1 of 3")), qPrintable(batch.data().toString()));
    // The other batch is untouched.
    QVERIFY(model->index(0, 0, model->index(0, 0)).data().toString().endsWith(QLatin1String("0 of 3")));
}

void NavigatorModelTest::indexLookups()
{
    const qint64 a = m_f.exchange(QStringLiteral("A"));
    const qint64 c = m_f.exchange(QStringLiteral("C"));
    m_f.batch(a);
    const qint64 b2 = m_f.batch(c);
    NavigatorModel *model = makeModel();
    QCOMPARE(model->indexOfExchange(c), model->index(1, 0));
    QCOMPARE(model->indexOfBatch(b2), model->index(0, 0, model->index(1, 0)));
    QVERIFY(!model->indexOfExchange(9999).isValid());
    QVERIFY(!model->indexOfBatch(9999).isValid());
}

void NavigatorModelTest::loadErrorKeepsLastGoodState()
{
    const qint64 e = m_f.exchange(QStringLiteral("E"));
    m_f.batch(e);
    NavigatorModel *model = makeModel();
    QSignalSpy failed(model, &NavigatorModel::loadFailed);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    // Counting persons needs batch_member: without it (on PostgreSQL, without the right to read it) every reload
    // fails.
    if (m_f.isPostgres())
        QVERIFY(m_f.unreadable(QStringLiteral("batch_member")));
    else
        QVERIFY(sql::run(m_f.store->connection(), QStringLiteral("DROP TABLE batch_member")).ok());
    auto readableAgain = qScopeGuard([this] {
        if (m_f.isPostgres())
            m_f.readable(QStringLiteral("batch_member"));
    });

    QVERIFY(m_f.exchange(QStringLiteral("F")) != 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!model->lastError().isEmpty());
    QCOMPARE(failed.first().at(0).toString(), model->lastError());
    QCOMPARE(model->rowCount(), 1);  // the last good state
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
}

QTEST_GUILESS_MAIN(NavigatorModelTest)
#include "tst_navigatormodel.moc"
