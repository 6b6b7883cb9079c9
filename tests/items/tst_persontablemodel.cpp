#include "items/ItemsFixture.h"

#include "items/ItemRoles.h"
#include "items/PersonTableModel.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace homeward;

class PersonTableModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void noBatchMeansEmpty();
    void headers_data();
    void headers();
    void cellRoles_data();
    void cellRoles();
    void partialBirthDateToolTip_data();
    void partialBirthDateToolTip();
    void withdrawnMemberStatus();
    void firstPageOnlyThenFetchMore();
    void noFetchWhileAResetIsAnnounced();
    void writeToItsBatchReloadsKeepingLoadedRows();
    void writeToAnotherBatchDoesNotReset();
    void removingTheBatchEmptiesTheModel_data();
    void removingTheBatchEmptiesTheModel();
    void personLookups();
    void unknownBatchIsEmptyWithError();
    void loadErrorKeepsLastGoodRows();
    void fetchErrorStopsFetching();

private:
    PersonTableModel *makeModel();
    void addMany(qint64 batchId, int count);
    // Every read of the batch's listing fails from here on: on SQLite the table is renamed (the test's database goes
    // afterwards), on PostgreSQL the desks lose the right to read it until mendBatchMembers().
    bool breakBatchMembers();
    void mendBatchMembers();

    testing::ItemsFixture m_f;
    qint64 m_exchange = 0;
    qint64 m_batch = 0;
    std::unique_ptr<PersonTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

bool PersonTableModelTest::breakBatchMembers()
{
    if (m_f.isPostgres())
        return m_f.unreadable(QStringLiteral("batch_member"));
    return sql::run(m_f.store->connection(), QStringLiteral("ALTER TABLE batch_member RENAME TO moved")).ok();
}

void PersonTableModelTest::mendBatchMembers()
{
    if (m_f.isPostgres())
        m_f.readable(QStringLiteral("batch_member"));
}

void PersonTableModelTest::initTestCase()
{
    QVERIFY(m_f.start());
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_f.testDb);
}

void PersonTableModelTest::cleanupTestCase()
{
    QVERIFY(m_f.stop());
}

void PersonTableModelTest::init()
{
    QVERIFY(m_f.open());
    m_exchange = m_f.exchange(QStringLiteral("E"));
    m_batch = m_f.batch(m_exchange);
    QVERIFY(m_batch != 0);
}

void PersonTableModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_f.close();
}

PersonTableModel *PersonTableModelTest::makeModel()
{
    m_tester.reset();
    m_model = std::make_unique<PersonTableModel>(*m_f.store);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_model.get();
}

void PersonTableModelTest::addMany(qint64 batchId, int count)
{
    const auto surname = [](int i) { return QStringLiteral("Особа%1").arg(i, 5, 10, QLatin1Char('0')); };
    if (m_f.isPostgres()) {
        // One import for them all: one write transaction each took ~9 ms a person there (~2 on SQLite).
        QStringList surnames;
        for (int i = 0; i < count; ++i)
            surnames << surname(i);
        QVERIFY(m_f.personsInOneImport(batchId, surnames));
        return;
    }
    for (int i = 0; i < count; ++i)
        QVERIFY(m_f.person(batchId, surname(i)) != 0);
}

void PersonTableModelTest::noBatchMeansEmpty()
{
    PersonTableModel *model = makeModel();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(PersonTableModel::ColumnCount));
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->totalCount(), 0);
    QCOMPARE(model->personIdAt(0), 0);
}

void PersonTableModelTest::headers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("title");
    QTest::newRow("position") << int(PersonTableModel::PositionColumn) << QStringLiteral("No.");
    QTest::newRow("surname") << int(PersonTableModel::SurnameColumn) << QStringLiteral("Surname");
    QTest::newRow("given name") << int(PersonTableModel::GivenNameColumn) << QStringLiteral("Given name");
    QTest::newRow("patronymic") << int(PersonTableModel::PatronymicColumn) << QStringLiteral("Patronymic");
    QTest::newRow("birth date") << int(PersonTableModel::BirthDateColumn) << QStringLiteral("Date of birth");
    QTest::newRow("sex") << int(PersonTableModel::SexColumn) << QStringLiteral("Sex");
    QTest::newRow("category") << int(PersonTableModel::CategoryColumn) << QStringLiteral("Category");
    QTest::newRow("rank") << int(PersonTableModel::RankColumn) << QStringLiteral("Rank");
    QTest::newRow("service number") << int(PersonTableModel::ServiceNumberColumn) << QStringLiteral("Service number");
    QTest::newRow("region") << int(PersonTableModel::RegionColumn) << QStringLiteral("Region");
}

void PersonTableModelTest::headers()
{
    QFETCH(int, column);
    QFETCH(QString, title);
    PersonTableModel *model = makeModel();
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), title);
}

void PersonTableModelTest::cellRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");
    QTest::addColumn<QVariant>("sort");
    QTest::newRow("position") << int(PersonTableModel::PositionColumn) << QVariant(2) << QVariant(2);
    QTest::newRow("surname") << int(PersonTableModel::SurnameColumn) << QVariant(QStringLiteral("Шевченко"))
                             << QVariant(QStringLiteral("Шевченко"));
    QTest::newRow("given name") << int(PersonTableModel::GivenNameColumn) << QVariant(QStringLiteral("Марія"))
                                << QVariant(QStringLiteral("Марія"));
    QTest::newRow("patronymic") << int(PersonTableModel::PatronymicColumn) << QVariant(QStringLiteral("Іванівна"))
                                << QVariant(QStringLiteral("Іванівна"));
    QTest::newRow("birth date") << int(PersonTableModel::BirthDateColumn) << QVariant(QStringLiteral("17.05.1990"))
                                << QVariant(QStringLiteral("1990-05-17"));
    QTest::newRow("sex") << int(PersonTableModel::SexColumn) << QVariant(label(Sex::Female))
                         << QVariant(label(Sex::Female));
    QTest::newRow("category") << int(PersonTableModel::CategoryColumn) << QVariant(label(Category::Civilian))
                              << QVariant(label(Category::Civilian));
    QTest::newRow("rank") << int(PersonTableModel::RankColumn) << QVariant(QStringLiteral("солдат"))
                          << QVariant(QStringLiteral("солдат"));
    QTest::newRow("service number") << int(PersonTableModel::ServiceNumberColumn) << QVariant(QStringLiteral("А123"))
                                    << QVariant(QStringLiteral("А123"));
    QTest::newRow("region") << int(PersonTableModel::RegionColumn) << QVariant(QStringLiteral("Харківська"))
                            << QVariant(QStringLiteral("Харківська"));
}

void PersonTableModelTest::cellRoles()
{
    QFETCH(int, column);
    QFETCH(QVariant, display);
    QFETCH(QVariant, sort);
    QVERIFY(m_f.person(m_batch, QStringLiteral("Коваленко")) != 0);
    Person p;
    p.surname = QStringLiteral("Шевченко");
    p.givenName = QStringLiteral("Марія");
    p.patronymic = QStringLiteral("Іванівна");
    p.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    p.sex = Sex::Female;
    p.category = Category::Civilian;
    p.rank = QStringLiteral("солдат");
    p.serviceNumber = QStringLiteral("А123");
    p.region = QStringLiteral("Харківська");
    auto id = m_f.store->persons().addToBatch(m_batch, p);
    QVERIFY2(id.ok(), qPrintable(id.text()));

    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    const QModelIndex cell = model->index(1, column);
    QCOMPARE(cell.data(Qt::DisplayRole), display);
    QCOMPARE(cell.data(roles::SortRole), sort);
    QCOMPARE(cell.data(roles::IdRole).toLongLong(), id.value());
    QCOMPARE(cell.data(roles::StatusCodeRole).toString(), QStringLiteral("listed"));
    QVERIFY(!cell.data(Qt::ToolTipRole).isValid());
}

void PersonTableModelTest::partialBirthDateToolTip_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("toolTip");
    QTest::newRow("year only") << "1985" << "1985" << "Date of birth known only to the year";
    QTest::newRow("month") << "1985-03" << "03.1985" << "Date of birth known only to the month";
    QTest::newRow("full") << "1985-03-09" << "09.03.1985" << "";
    QTest::newRow("unknown") << "" << "" << "";
}

void PersonTableModelTest::partialBirthDateToolTip()
{
    QFETCH(QString, iso);
    QFETCH(QString, display);
    QFETCH(QString, toolTip);
    const auto date = PartialDate::fromIso(iso);
    QVERIFY(date.has_value());
    QVERIFY(m_f.person(m_batch, QStringLiteral("Коваленко"), QStringLiteral("Іван"), {}, *date) != 0);
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    const QModelIndex cell = model->index(0, PersonTableModel::BirthDateColumn);
    QCOMPARE(cell.data().toString(), display);
    QCOMPARE(cell.data(roles::SortRole).toString(), iso);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), toolTip);
    QVERIFY(!model->index(0, PersonTableModel::SurnameColumn).data(Qt::ToolTipRole).isValid());
}

void PersonTableModelTest::withdrawnMemberStatus()
{
    const qint64 kept = m_f.person(m_batch, QStringLiteral("Коваленко"));
    const qint64 withdrawn = m_f.person(m_batch, QStringLiteral("Шевченко"));
    const Status done = m_f.store->persons().setWithdrawn(m_batch, withdrawn, true);
    QVERIFY2(done.ok(), qPrintable(done.text()));
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    QCOMPARE(model->personIdAt(0), kept);
    QCOMPARE(model->index(0, 1).data(roles::StatusCodeRole).toString(), QStringLiteral("listed"));
    QCOMPARE(model->index(1, 1).data(roles::StatusCodeRole).toString(), QStringLiteral("withdrawn"));
    QVERIFY(model->index(1, 1).data(Qt::ToolTipRole).toString().contains(QLatin1String("Withdrawn")));
}

void PersonTableModelTest::firstPageOnlyThenFetchMore()
{
    // On PostgreSQL three pages, the last one part full, instead of four: persons take several times as long to
    // write there (addMany), and the suite has a share of a tight CI budget.
    const int total = m_f.isPostgres() ? 2 * PersonTableModel::kPageSize + 40 : 1000;
    const int pagesAfterTheFirst = (total - 1) / PersonTableModel::kPageSize;
    addMany(m_batch, total);
    PersonTableModel *model = makeModel();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    model->setBatch(m_batch);
    QCOMPARE(model->rowCount(), PersonTableModel::kPageSize);
    QCOMPARE(model->totalCount(), total);
    QVERIFY(model->canFetchMore({}));
    QVERIFY(!model->canFetchMore(model->index(0, 0)));

    int fetches = 0;
    while (model->canFetchMore({})) {
        const int before = model->rowCount();
        model->fetchMore({});
        ++fetches;
        QCOMPARE(model->rowCount(), std::min(before + PersonTableModel::kPageSize, total));
        QVERIFY(fetches < 10);
    }
    QCOMPARE(fetches, pagesAfterTheFirst); // SQLite: 256 + 3 × 256 ≥ 1000
    QCOMPARE(inserted.count(), pagesAfterTheFirst);
    QCOMPARE(model->rowCount(), total);
    QCOMPARE(model->totalCount(), total);
    // Positions run 1…total in order.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, PersonTableModel::PositionColumn).data(roles::SortRole).toInt(), row + 1);
    model->fetchMore({});  // nothing more: no change
    QCOMPARE(inserted.count(), pagesAfterTheFirst);
}

void PersonTableModelTest::noFetchWhileAResetIsAnnounced()
{
    addMany(m_batch, 2 * PersonTableModel::kPageSize);
    PersonTableModel *model = makeModel();
    // A listener fetching from its modelReset slot must not insert before later listeners saw the reset.
    bool couldFetch = true;
    connect(model, &QAbstractItemModel::modelReset, this, [&] {
        couldFetch = model->canFetchMore({});
        model->fetchMore({});
    });
    model->setBatch(m_batch);
    QVERIFY(!couldFetch);
    QCOMPARE(model->rowCount(), PersonTableModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    model->reload();
    QCOMPARE(model->rowCount(), PersonTableModel::kPageSize);
    model->fetchMore({});
    model->reload();  // keeps both pages loaded
    QCOMPARE(model->rowCount(), 2 * PersonTableModel::kPageSize);
}

void PersonTableModelTest::writeToItsBatchReloadsKeepingLoadedRows()
{
    // More than the two pages loaded (fewer on PostgreSQL, as in firstPageOnlyThenFetchMore).
    const int total = m_f.isPostgres() ? 2 * PersonTableModel::kPageSize + 8 : 600;
    addMany(m_batch, total);
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * PersonTableModel::kPageSize);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    const qint64 added = m_f.person(m_batch, QStringLiteral("Нова"));
    QVERIFY(added != 0);
    // Added past the loaded rows: those stay as they were (no reset, a view keeps its place).
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->rowCount(), 2 * PersonTableModel::kPageSize);  // as many as before, not just one page
    QCOMPARE(model->totalCount(), total + 1);

    QVERIFY(m_f.store->persons().removeFromBatch(m_batch, added).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->totalCount(), total);
    QCOMPARE(model->rowOfPerson(added), -1);
}

void PersonTableModelTest::writeToAnotherBatchDoesNotReset()
{
    const qint64 other = m_f.batch(m_exchange);
    QVERIFY(m_f.person(m_batch, QStringLiteral("Коваленко")) != 0);
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    QVERIFY(m_f.person(other, QStringLiteral("Шевченко")) != 0);
    Batch batch = m_f.store->batches().get(other).value();
    batch.status = BatchStatus::InVerification;
    QVERIFY(m_f.store->batches().update(batch).ok());  // a batch change in the same exchange
    QVERIFY(m_f.exchange(QStringLiteral("Another")) != 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model->rowCount(), 1);

    QVERIFY(m_f.person(m_batch, QStringLiteral("Бондар")) != 0);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), 2);
}

void PersonTableModelTest::removingTheBatchEmptiesTheModel_data()
{
    QTest::addColumn<bool>("wholeExchange");
    QTest::newRow("batch deleted") << false;
    QTest::newRow("exchange deleted") << true;
}

void PersonTableModelTest::removingTheBatchEmptiesTheModel()
{
    QFETCH(bool, wholeExchange);
    QVERIFY(m_f.person(m_batch, QStringLiteral("Коваленко")) != 0);
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    QCOMPARE(model->rowCount(), 1);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    if (wholeExchange)
        QVERIFY(m_f.store->exchanges().remove(m_exchange).ok());
    else
        QVERIFY(m_f.store->batches().remove(m_batch).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->batchId(), 0);
    QVERIFY(model->lastError().isEmpty());
}

void PersonTableModelTest::personLookups()
{
    const qint64 first = m_f.person(m_batch, QStringLiteral("Коваленко"));
    const qint64 second = m_f.person(m_batch, QStringLiteral("Шевченко"));
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    QCOMPARE(model->personIdAt(0), first);
    QCOMPARE(model->personIdAt(1), second);
    QCOMPARE(model->personIdAt(2), 0);
    QCOMPARE(model->personIdAt(-1), 0);
    QCOMPARE(model->rowOfPerson(second), 1);
    QCOMPARE(model->rowOfPerson(9999), -1);
    QCOMPARE(model->listedAt(1)->person.surname, QStringLiteral("Шевченко"));
    QCOMPARE(model->listedAt(2), nullptr);
}

void PersonTableModelTest::unknownBatchIsEmptyWithError()
{
    QVERIFY(m_f.person(m_batch, QStringLiteral("Коваленко")) != 0);
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    QSignalSpy failed(model, &PersonTableModel::loadFailed);
    model->setBatch(9999);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model->rowCount(), 0);  // never the previous batch's persons under another batch
    QVERIFY(!model->lastError().isEmpty());
    model->setBatch(m_batch);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->lastError().isEmpty());
}

void PersonTableModelTest::loadErrorKeepsLastGoodRows()
{
    QVERIFY(m_f.person(m_batch, QStringLiteral("Коваленко")) != 0);
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    QSignalSpy failed(model, &PersonTableModel::loadFailed);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(breakBatchMembers());
    auto readableAgain = qScopeGuard([this] { mendBatchMembers(); });
    model->reload();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->lastError().contains(QLatin1String("could not be loaded")));
}

void PersonTableModelTest::fetchErrorStopsFetching()
{
    addMany(m_batch, PersonTableModel::kPageSize + 10);
    PersonTableModel *model = makeModel();
    model->setBatch(m_batch);
    QSignalSpy failed(model, &PersonTableModel::loadFailed);
    QVERIFY(breakBatchMembers());
    auto readableAgain = qScopeGuard([this] { mendBatchMembers(); });
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(failed.count(), 1);
    QVERIFY(!model->canFetchMore({}));  // no retry loop against a failing database
    QVERIFY(!model->lastError().isEmpty());
}

QTEST_GUILESS_MAIN(PersonTableModelTest)
#include "tst_persontablemodel.moc"
