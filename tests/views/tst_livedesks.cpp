#include "GuiTest.h"

#include "BatchPanel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/PresenceTracker.h"
#include "items/DashboardBatchModel.h"
#include "items/ItemRoles.h"
#include "items/PersonTableModel.h"
#include "items/PresenceModel.h"
#include "storage/Database.h"
#include "storage/ServerNotifications.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
using namespace homeward::testing;

// Two desks on one database: "ours" (the store the widgets are given) and "theirs" (a second
// connection, another official). What the other desk changes reaches ours as the server would
// pass it on (ServerNotifications::dispatch, which a PostgreSQL notification leads to; the
// server path itself is tests/storage/tst_servernotifications), and the views refresh in place:
// the dashboard's progress and the person list keep their selection and scroll position. The
// dashboard shows who is working on which batch (PresenceModel), and PresenceTracker marks and
// clears this desk's open batch.
class LiveDesksTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void presenceModelListsWhoIsWorking();
    void dashboardShowsWhoIsWorking();
    void dashboardKeepsSelectionAndScroll();
    void personListKeepsSelectionAndScroll();
    void trackerMarksAndClears();
    void trackerBeatsWhileOpen();
    void anInactiveTrackerWritesNothing();
    void trackerReportsAFailureOnce();

private:
    qint64 addBatch(Store &store);
    qint64 addPerson(Store &store, qint64 batchId, int number);
    void announceFromTheirs(ServerNotifications::Kind kind, qint64 id);
    std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_oursDb;
    std::unique_ptr<Database> m_theirsDb;
    std::unique_ptr<Store> m_ours;
    std::unique_ptr<Store> m_theirs;
    Official m_me;
    Official m_colleague;
    qint64 m_exchange = 0;
    QList<qint64> m_batches;
};

void LiveDesksTest::init()
{
    const QString path = m_dir.filePath(QStringLiteral("desks%1.sqlite").arg(++m_files));
    auto ours = Database::open(path);
    QVERIFY2(ours.ok(), qPrintable(ours.text()));
    auto theirs = Database::open(path);
    QVERIFY2(theirs.ok(), qPrintable(theirs.text()));
    m_oursDb = std::move(ours.value());
    m_theirsDb = std::move(theirs.value());
    m_ours = std::make_unique<Store>(m_oursDb->connection());
    m_theirs = std::make_unique<Store>(m_theirsDb->connection());
    m_ours->presence().setDesk(QStringLiteral("desk-1"));
    m_theirs->presence().setDesk(QStringLiteral("desk-2"));
    auto me =
        addOfficial(m_ours->connection(), QStringLiteral("me"), kAllRoles, true, QStringLiteral("Оксана Петренко"));
    auto colleague =
        addOfficial(m_ours->connection(), QStringLiteral("colleague"), kAllRoles, true, QStringLiteral("Іван Коваль"));
    QVERIFY(me.ok() && colleague.ok());
    m_me = me.value();
    m_colleague = colleague.value();
    signIn(*m_ours, m_me);
    signIn(*m_theirs, m_colleague);
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін 1000 на 1000");
    auto exchangeId = m_ours->exchanges().create(exchange);
    QVERIFY(exchangeId.ok());
    m_exchange = exchangeId.value();
    m_batches.clear();
    for (int i = 0; i < 3; ++i)
        m_batches << addBatch(*m_ours);
}

void LiveDesksTest::cleanup()
{
    m_ours.reset();
    m_theirs.reset();
    m_oursDb.reset();
    m_theirsDb.reset();
}

qint64 LiveDesksTest::addBatch(Store &store)
{
    Batch batch;
    batch.exchangeId = m_exchange;
    batch.plannedServicemen = 50;
    auto id = store.batches().create(batch);
    if (!id)
        qWarning("%s", qPrintable(id.text()));
    return id ? id.value() : 0;
}

qint64 LiveDesksTest::addPerson(Store &store, qint64 batchId, int number)
{
    Person person;
    person.surname = QStringLiteral("Шевченко%1").arg(number, 3, 10, QLatin1Char('0'));
    person.givenName = QStringLiteral("Тарас");
    auto id = store.persons().addToBatch(batchId, person);
    if (!id)
        qWarning("%s", qPrintable(id.text()));
    return id ? id.value() : 0;
}

void LiveDesksTest::announceFromTheirs(ServerNotifications::Kind kind, qint64 id)
{
    m_ours->serverNotifications().dispatch({kind, id});
}

std::unique_ptr<QAbstractItemModelTester> LiveDesksTest::tester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void LiveDesksTest::presenceModelListsWhoIsWorking()
{
    PresenceModel model(*m_ours);
    auto check = tester(&model);
    QCOMPARE(model.columnCount(), int(PresenceModel::ColumnCount));
    QCOMPARE(model.rowCount(), 0);
    model.setExchange(m_exchange);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());

    QVERIFY(m_theirs->presence().open(m_batches.at(1)).ok());
    QSignalSpy refreshed(&model, &PresenceModel::refreshed);
    announceFromTheirs(ServerNotifications::Kind::Presence, m_batches.at(1));
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PresenceModel::BatchColumn).data().toString(), QStringLiteral("Batch 2"));
    QCOMPARE(model.index(0, PresenceModel::OfficialsColumn).data().toString(), QStringLiteral("Іван Коваль (desk-2)"));
    QCOMPARE(model.index(0, 0).data(roles::BatchIdRole).toLongLong(), m_batches.at(1));
    QVERIFY(model.index(0, PresenceModel::OfficialsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("desk-2")));
    QVERIFY(!model.index(0, PresenceModel::SinceColumn).data().toString().isEmpty());

    // Our own opening announces itself (the local notifier): no wait for the timer.
    refreshed.clear();
    QVERIFY(m_ours->presence().open(m_batches.at(1)).ok());
    QVERIFY(m_ours->presence().open(m_batches.at(0)).ok());
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PresenceModel::BatchColumn).data().toString(), QStringLiteral("Batch 1"));
    QCOMPARE(model.namesOn(m_batches.at(0)), QStringLiteral("Оксана Петренко (this desk)"));
    QCOMPARE(model.namesOn(m_batches.at(1)), QStringLiteral("Іван Коваль (desk-2), Оксана Петренко (this desk)"));
    QCOMPARE(model.namesOn(m_batches.at(2)), QString());
    // The same official at the same desk in a second window (or one just closed): named once.
    QVERIFY(sql::run(m_ours->connection(),
                     QStringLiteral("INSERT INTO presence (session, desk, official_id, batch_id, since, seen_at) "
                                    "SELECT 'second-window', desk, official_id, batch_id, since, seen_at "
                                    "FROM presence WHERE session = ?"),
                     {m_theirs->presence().session()})
                .ok());
    model.reload();
    QCOMPARE(model.namesOn(m_batches.at(1)), QStringLiteral("Іван Коваль (desk-2), Оксана Петренко (this desk)"));
    QVERIFY(sql::run(m_ours->connection(), QStringLiteral("DELETE FROM presence WHERE session = 'second-window'")).ok());

    // A desk gone silent drops out when the list is read again (every heartbeat interval).
    QVERIFY(sql::run(m_ours->connection(),
                     QStringLiteral("UPDATE presence SET seen_at = '2020-01-01T00:00:00.000Z' "
                                    "WHERE session = ?"),
                     {m_theirs->presence().session()})
                .ok());
    model.reload();
    QCOMPARE(model.namesOn(m_batches.at(1)), QStringLiteral("Оксана Петренко (this desk)"));

    QVERIFY(m_ours->presence().closeAll().ok());
    QTRY_COMPARE(model.rowCount(), 0);
    model.setExchange(0);
    QCOMPARE(model.rowCount(), 0);
}

void LiveDesksTest::dashboardShowsWhoIsWorking()
{
    DashboardPage page(*m_ours);
    auto checkBatches = tester(page.model());
    auto checkPresence = tester(page.presenceModel());
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setExchange(m_exchange);
    QCOMPARE(page.presenceLabel()->text(), QStringLiteral("Nobody has a batch of this exchange open now."));
    QVERIFY(!page.presenceView()->isVisible());

    QVERIFY(m_theirs->presence().open(m_batches.at(2)).ok());
    announceFromTheirs(ServerNotifications::Kind::Presence, m_batches.at(2));
    QTRY_VERIFY(page.presenceView()->isVisible());
    QCOMPARE(page.presenceLabel()->text(), QStringLiteral("Working on the batches now:"));
    QCOMPARE(page.presenceModel()->rowCount(), 1);
    QCOMPARE(page.presenceModel()->namesOn(m_batches.at(2)), QStringLiteral("Іван Коваль (desk-2)"));

    // A double-click on the line opens that batch, as on the batch table.
    QSignalSpy activated(&page, &DashboardPage::batchActivated);
    QTableView *view = page.presenceView();
    const QRect cell = view->visualRect(page.presenceModel()->index(0, PresenceModel::OfficialsColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_batches.at(2));

    // Another official joins the same batch: the line changes in place, its selection stays.
    view->selectRow(0);
    QVERIFY(m_ours->presence().open(m_batches.at(2)).ok());
    QTRY_COMPARE(page.presenceModel()->namesOn(m_batches.at(2)),
                 QStringLiteral("Іван Коваль (desk-2), Оксана Петренко (this desk)"));
    QVERIFY(view->selectionModel()->isRowSelected(0, {}));

    // Both leave.
    QVERIFY(m_theirs->presence().closeAll().ok());
    QVERIFY(m_ours->presence().closeAll().ok());
    announceFromTheirs(ServerNotifications::Kind::Presence, m_batches.at(2));
    QTRY_VERIFY(!page.presenceView()->isVisible());
    QCOMPARE(page.presenceLabel()->text(), QStringLiteral("Nobody has a batch of this exchange open now."));
}

// Progress changed at another desk: the batch table's figures change in place; the selected
// batch and the scroll position stay.
void LiveDesksTest::dashboardKeepsSelectionAndScroll()
{
    for (int i = 0; i < 37; ++i)
        m_batches << addBatch(*m_ours);
    DashboardPage page(*m_ours);
    auto check = tester(page.model());
    page.resize(800, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setExchange(m_exchange);
    QTableView *table = page.tableView();
    QCOMPARE(page.model()->rowCount(), 40);
    const int row = 33;
    table->selectRow(row);
    table->scrollTo(page.model()->index(row, 0));
    QScrollBar *scroll = table->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() - 1);
    const int scrolled = scroll->value();
    const qint64 batch = page.model()->index(row, 0).data(roles::BatchIdRole).toLongLong();
    QCOMPARE(page.model()->rowAt(row)->entered, 0);

    QVERIFY(addPerson(*m_theirs, batch, 1) != 0);
    QSignalSpy refreshed(page.model(), &DashboardBatchModel::refreshed);
    QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);
    announceFromTheirs(ServerNotifications::Kind::Persons, batch);
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(page.model()->rowAt(row)->entered, 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(table->selectionModel()->isRowSelected(row, {}));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(scroll->value(), scrolled);
    QCOMPARE(page.enteredBar()->value(), 1);
}

// A person edited at another desk: the row changes in place; the selected person and the
// scroll position stay.
void LiveDesksTest::personListKeepsSelectionAndScroll()
{
    const qint64 batch = m_batches.at(0);
    QList<qint64> persons;
    for (int i = 1; i <= 45; ++i)
        persons << addPerson(*m_ours, batch, i);
    BatchPanel panel(*m_ours);
    auto check = tester(panel.personModel());
    panel.resize(700, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setBatch(batch);
    QTRY_COMPARE(panel.personModel()->rowCount(), 45);
    const qint64 chosen = persons.at(40);
    QVERIFY(panel.selectPerson(chosen));
    QScrollBar *scroll = panel.tableView()->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    const int scrolled = scroll->value();
    QVERIFY(scrolled > 0);

    auto person = m_theirs->persons().get(chosen);
    QVERIFY(person.ok());
    person.value().surname = QStringLiteral("Франко");
    QVERIFY(m_theirs->persons().update(person.value()).ok());
    QSignalSpy changed(panel.personModel(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(panel.personModel(), &QAbstractItemModel::modelReset);
    announceFromTheirs(ServerNotifications::Kind::Persons, batch);
    QTRY_VERIFY(!changed.isEmpty() || !reset.isEmpty());
    bool shown = false;
    for (int row = 0; row < panel.personModel()->rowCount(); ++row)
        for (int column = 0; column < panel.personModel()->columnCount(); ++column)
            shown = shown || panel.personModel()
                                 ->index(row, column)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("Франко"), Qt::CaseInsensitive);
    QVERIFY(shown);
    // PersonTableModel::reload() resets the model on every change of its batch, so the view
    // loses the selected person (the scroll position stays): the fix is proposed in the report
    // of issue 8's live updates; then these pass and the expected failures go.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(panel.currentPersonId(), chosen);
    QCOMPARE(scroll->value(), scrolled);
}

void LiveDesksTest::trackerMarksAndClears()
{
    auto tracker = std::make_unique<PresenceTracker>(*m_ours);
    QSignalSpy failed(tracker.get(), &PresenceTracker::failed);
    tracker->setBatch(m_batches.at(0));
    QCOMPARE(tracker->batchId(), m_batches.at(0));
    QVERIFY(tracker->heartbeatTimer()->isActive());
    QCOMPARE(tracker->heartbeatTimer()->interval(), PresenceRepository::kHeartbeatSeconds * 1000);
    auto seen = m_theirs->presence().onBatch(m_batches.at(0));
    QVERIFY(seen.ok());
    QCOMPARE(seen.value().size(), 1);
    QCOMPARE(seen.value().at(0).officialName, QStringLiteral("Оксана Петренко"));
    QCOMPARE(seen.value().at(0).desk, QStringLiteral("desk-1"));

    tracker->setBatch(m_batches.at(1));
    QVERIFY(m_theirs->presence().onBatch(m_batches.at(0)).value().isEmpty());
    QCOMPARE(m_theirs->presence().onBatch(m_batches.at(1)).value().size(), 1);

    // Another official signs in at this desk: the mark is theirs now.
    signIn(*m_ours, m_colleague);
    tracker->refresh();
    QCOMPARE(m_theirs->presence().onBatch(m_batches.at(1)).value().at(0).officialName, QStringLiteral("Іван Коваль"));

    tracker->setBatch(0);
    QVERIFY(!tracker->heartbeatTimer()->isActive());
    QVERIFY(m_theirs->presence().onExchange(m_exchange).value().isEmpty());

    tracker->setBatch(m_batches.at(2));
    QCOMPARE(m_theirs->presence().onBatch(m_batches.at(2)).value().size(), 1);
    tracker.reset(); // the window goes
    QVERIFY(m_theirs->presence().onExchange(m_exchange).value().isEmpty());
    QCOMPARE(failed.count(), 0);
}

void LiveDesksTest::trackerBeatsWhileOpen()
{
    PresenceTracker tracker(*m_ours);
    tracker.setBatch(m_batches.at(0));
    QVERIFY(sql::run(m_ours->connection(), QStringLiteral("UPDATE presence SET seen_at = '2020-01-01T00:00:00.000Z'"))
                .ok());
    QVERIFY(m_theirs->presence().onBatch(m_batches.at(0)).value().isEmpty()); // stale
    tracker.heartbeatTimer()->setInterval(10);
    tracker.heartbeatTimer()->start();
    QTRY_COMPARE(m_theirs->presence().onBatch(m_batches.at(0)).value().size(), 1);
}

// A read-only database: the desk stops marking, and starts again where it is when it may.
void LiveDesksTest::anInactiveTrackerWritesNothing()
{
    PresenceTracker tracker(*m_ours);
    QSignalSpy failed(&tracker, &PresenceTracker::failed);
    tracker.setBatch(m_batches.at(0));
    QCOMPARE(m_theirs->presence().onBatch(m_batches.at(0)).value().size(), 1);
    tracker.setActive(false);
    QVERIFY(!tracker.isActive());
    QVERIFY(!tracker.heartbeatTimer()->isActive());
    QVERIFY(m_theirs->presence().onExchange(m_exchange).value().isEmpty());
    tracker.setBatch(m_batches.at(1));
    QVERIFY(m_theirs->presence().onExchange(m_exchange).value().isEmpty());
    tracker.setActive(true);
    QCOMPARE(m_theirs->presence().onBatch(m_batches.at(1)).value().size(), 1);
    QVERIFY(m_theirs->presence().onBatch(m_batches.at(0)).value().isEmpty());
    QVERIFY(tracker.heartbeatTimer()->isActive());
    QCOMPARE(failed.count(), 0);
}

void LiveDesksTest::trackerReportsAFailureOnce()
{
    PresenceTracker tracker(*m_ours);
    QSignalSpy failed(&tracker, &PresenceTracker::failed);
    QVERIFY(sql::exec(m_ours->connection(), QStringLiteral("DROP TABLE presence")).ok());
    tracker.setBatch(m_batches.at(0));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().startsWith(QLatin1String("Other desks are not told")));
    tracker.heartbeatTimer()->setInterval(5);
    tracker.heartbeatTimer()->start();
    QTest::qWait(50);
    QCOMPARE(failed.count(), 1); // said once, not every heartbeat
}

QTEST_MAIN(LiveDesksTest)
#include "tst_livedesks.moc"
