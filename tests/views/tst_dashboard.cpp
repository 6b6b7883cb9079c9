#include "GuiTest.h"

#include "BatchPanel.h"
#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "items/DashboardBatchModel.h"
#include "storage/Database.h"
#include "storage/ForceStatus.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// The exchange's dashboard in the real main window: shown when an exchange
// is selected, with the counts of its batches; kept current when work is
// done through the repositories; a double-click opens a batch; View ▸
// Dashboard goes from a batch to its exchange's dashboard.
class DashboardTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exchangeShowsTheDashboard();
    void batchShowsThePanelAgain();
    void verificationRefreshesTheCounts();
    void newPersonAndDiscrepancyRefresh();
    void doubleClickOpensTheBatch();
    void viewMenuGoesToTheExchange();
    void emptyExchangeSaysSo();

private:
    qint64 addPerson(qint64 batchId, const QString &surname, Category category = Category::Serviceman,
                     Sex sex = Sex::Male);
    void confirmAll(qint64 personId);
    std::unique_ptr<MainWindow> openWindow();
    QStackedWidget *rightSide(MainWindow &window) const;
    int cell(MainWindow &window, int row, int column) const;

    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    Official m_official; // every role; enters the persons
    Official m_verifier;
    qint64 m_exchange = 0;
    qint64 m_first = 0;  // planned 3 + 1; three persons, one verified
    qint64 m_second = 0; // planned 4; one person
    QList<qint64> m_firstPersons;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void DashboardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
    QSettings().clear();
}

void DashboardTest::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("dashboard%1.sqlite").arg(++m_fileNo)));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    auto official = testing::signInAs(*m_store);
    QVERIFY2(official.ok(), qPrintable(official.text()));
    m_official = official.value();
    auto verifier = testing::addOfficial(m_store->connection(), QStringLiteral("verifier"), testing::kVerifier);
    QVERIFY2(verifier.ok(), qPrintable(verifier.text()));
    m_verifier = verifier.value();

    Exchange exchange;
    exchange.title = QStringLiteral("1000 на 1000");
    exchange.agreementRef = QStringLiteral("домовлено 16 травня");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    m_exchange = exchangeId.value();
    for (auto [target, servicemen, civilians] : {std::tuple{&m_first, 3, 1}, std::tuple{&m_second, 4, 0}}) {
        Batch batch;
        batch.exchangeId = m_exchange;
        batch.plannedServicemen = servicemen;
        batch.plannedCivilians = civilians;
        batch.plannedDate = QDate(2025, 6, 12);
        batch.place = QStringLiteral("КПП Сеньківка");
        auto id = m_store->batches().create(batch);
        QVERIFY2(id.ok(), qPrintable(id.text()));
        *target = id.value();
    }
    m_firstPersons = {addPerson(m_first, QStringLiteral("Коваленко")), addPerson(m_first, QStringLiteral("Бойко")),
                      addPerson(m_first, QStringLiteral("Шевчук"), Category::Civilian, Sex::Female)};
    QVERIFY(addPerson(m_second, QStringLiteral("Мельник")) != 0);
    confirmAll(m_firstPersons.at(0));
}

void DashboardTest::cleanup()
{
    m_testers.clear();
    m_store.reset();
    m_db.reset();
}

qint64 DashboardTest::addPerson(qint64 batchId, const QString &surname, Category category, Sex sex)
{
    Person person;
    person.surname = surname;
    person.givenName = sex == Sex::Male ? QStringLiteral("Олександр") : QStringLiteral("Марія");
    person.category = category;
    person.sex = sex;
    auto id = m_store->persons().addToBatch(batchId, person);
    if (!id)
        qFatal("person not added: %s", qPrintable(id.text()));
    return id.value();
}

void DashboardTest::confirmAll(qint64 personId)
{
    testing::signIn(*m_store, m_verifier);
    auto items = m_store->verification().itemsForPerson(personId);
    QVERIFY2(items.ok(), qPrintable(items.text()));
    for (const VerificationItem &item : items.value()) {
        const CheckMethod method = item.item == CheckItem::Identity ? CheckMethod::InPerson : CheckMethod::Compared;
        const Status done = m_store->verification().confirm(item.id, method);
        QVERIFY2(done.ok(), qPrintable(done.text()));
    }
    testing::signIn(*m_store, m_official);
}

std::unique_ptr<MainWindow> DashboardTest::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_store);
    window->setOfficial(m_official);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        window->dashboardPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("main window not active");
    return window;
}

QStackedWidget *DashboardTest::rightSide(MainWindow &window) const
{
    return window.findChild<QStackedWidget *>(QStringLiteral("rightSide"));
}

int DashboardTest::cell(MainWindow &window, int row, int column) const
{
    QAbstractItemModel *model = window.dashboardPage()->tableView()->model();
    return model->data(model->index(row, column)).toInt();
}

void DashboardTest::exchangeShowsTheDashboard()
{
    auto window = openWindow();
    QVERIFY(rightSide(*window));
    QCOMPARE(rightSide(*window)->currentWidget(), window->batchPanel()); // starts on the first batch
    QVERIFY(!window->dashboardPage()->isVisible());

    QVERIFY(window->navigator()->selectExchange(m_exchange));
    DashboardPage *page = window->dashboardPage();
    QCOMPARE(rightSide(*window)->currentWidget(), page);
    QVERIFY(page->isVisible());
    QVERIFY(!window->batchPanel()->isVisible());
    QCOMPARE(page->exchangeId(), m_exchange);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("dashboardTitle"))->text(),
             QStringLiteral("1000 на 1000 — домовлено 16 травня"));

    QTableView *table = page->tableView();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(cell(*window, 0, DashboardBatchModel::PlannedColumn), 4);
    QCOMPARE(cell(*window, 0, DashboardBatchModel::EnteredColumn), 3);
    QCOMPARE(cell(*window, 0, DashboardBatchModel::VerifiedColumn), 1);
    QCOMPARE(cell(*window, 0, DashboardBatchModel::WaitingColumn), 2);
    QCOMPARE(cell(*window, 1, DashboardBatchModel::EnteredColumn), 1);
    QCOMPARE(cell(*window, 1, DashboardBatchModel::VerifiedColumn), 0);
    const QModelIndex verifiedCell = table->model()->index(0, DashboardBatchModel::VerifiedColumn);
    QCOMPARE(verifiedCell.data(Qt::ToolTipRole).toString(), QStringLiteral("1 of 3 verified"));

    QCOMPARE(page->enteredBar()->value(), 4);
    QCOMPARE(page->enteredBar()->maximum(), 8);
    QCOMPARE(page->enteredBar()->text(), QStringLiteral("4 of 8 entered"));
    QCOMPARE(page->verifiedBar()->value(), 1);
    QCOMPARE(page->verifiedBar()->maximum(), 4);
    QCOMPARE(page->verifiedBar()->toolTip(), QStringLiteral("1 of 4 verified"));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("dashboardWaiting"))->text(),
             QStringLiteral("Waiting for verification: 3 person(s)"));

    DashboardCharts *charts = page->charts();
    QVERIFY(charts->showsComposition());
    QCOMPARE(charts->compositionChart()->series().size(), 1);
    QVERIFY(charts->showsHistory());
    const QList<QPointF> points = charts->historyPoints();
    QVERIFY(!points.isEmpty());
    QCOMPARE(points.last().y(), 1.0);
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("noBatchLabel"))->isVisible());
}

void DashboardTest::batchShowsThePanelAgain()
{
    auto window = openWindow();
    QVERIFY(window->navigator()->selectExchange(m_exchange));
    QVERIFY(window->dashboardPage()->isVisible());
    QVERIFY(window->navigator()->selectBatch(m_second));
    QCOMPARE(rightSide(*window)->currentWidget(), window->batchPanel());
    QVERIFY(window->batchPanel()->isVisible());
    QCOMPARE(window->batchPanel()->batchId(), m_second);
    // Hidden, it reads nothing.
    QCOMPARE(window->dashboardPage()->exchangeId(), 0);
    QCOMPARE(window->dashboardPage()->tableView()->model()->rowCount(), 0);
}

void DashboardTest::verificationRefreshesTheCounts()
{
    auto window = openWindow();
    QVERIFY(window->navigator()->selectExchange(m_exchange));
    DashboardPage *page = window->dashboardPage();
    const int pointsBefore = int(page->charts()->historyPoints().size());

    confirmAll(m_firstPersons.at(2));

    QTRY_COMPARE(cell(*window, 0, DashboardBatchModel::VerifiedColumn), 2);
    QCOMPARE(cell(*window, 0, DashboardBatchModel::WaitingColumn), 1);
    QCOMPARE(page->verifiedBar()->value(), 2);
    QCOMPARE(page->verifiedBar()->toolTip(), QStringLiteral("2 of 4 verified"));
    QCOMPARE(page->charts()->historyPoints().last().y(), 2.0);
    // Same minute or a new one: the line ends at two either way, and has not lost points.
    QVERIFY(page->charts()->historyPoints().size() >= pointsBefore);
    QCOMPARE(rightSide(*window)->currentWidget(), page); // still on the dashboard
}

void DashboardTest::newPersonAndDiscrepancyRefresh()
{
    auto window = openWindow();
    QVERIFY(window->navigator()->selectExchange(m_exchange));
    DashboardPage *page = window->dashboardPage();
    const qint64 added = addPerson(m_second, QStringLiteral("Гнатюк"), Category::Civilian, Sex::Female);
    QTRY_COMPARE(cell(*window, 1, DashboardBatchModel::EnteredColumn), 2);
    QCOMPARE(page->enteredBar()->text(), QStringLiteral("5 of 8 entered"));

    testing::signIn(*m_store, m_verifier);
    auto items = m_store->verification().itemsForPerson(added);
    QVERIFY(items.ok());
    QVERIFY(m_store->verification().markDiscrepancy(items.value().at(0).id, QStringLiteral("Гнатюк-Іваненко")).ok());
    testing::signIn(*m_store, m_official);
    QTRY_COMPARE(cell(*window, 1, DashboardBatchModel::DiscrepanciesColumn), 1);
    QCOMPARE(cell(*window, 1, DashboardBatchModel::WaitingColumn), 1);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("dashboardDiscrepancies"))->text(),
             QStringLiteral("Open discrepancies: 1 (1 person(s))"));
}

void DashboardTest::doubleClickOpensTheBatch()
{
    auto window = openWindow();
    QVERIFY(window->navigator()->selectExchange(m_exchange));
    QTableView *table = window->dashboardPage()->tableView();
    const QModelIndex second = table->model()->index(1, DashboardBatchModel::StatusColumn);
    const QRect rect = table->visualRect(second);
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window->navigator()->currentBatchId(), m_second);
    QCOMPARE(rightSide(*window)->currentWidget(), window->batchPanel());
    QCOMPARE(window->batchPanel()->batchId(), m_second);

    // Enter on a row does the same.
    QVERIFY(window->navigator()->selectExchange(m_exchange));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, DashboardBatchModel::NumberColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window->navigator()->currentBatchId(), m_first);
}

void DashboardTest::viewMenuGoesToTheExchange()
{
    auto window = openWindow();
    QVERIFY(window->navigator()->selectBatch(m_second));
    auto *action = window->findChild<QAction *>(QStringLiteral("showDashboardAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    // It sits in the View menu.
    bool inViewMenu = false;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu() && menu->text().remove(QLatin1Char('&')) == QLatin1String("View"))
            inViewMenu = menu->menu()->actions().contains(action);
    QVERIFY(inViewMenu);

    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(window->navigator()->currentBatchId(), 0);
    QCOMPARE(window->navigator()->currentExchangeId(), m_exchange);
    QCOMPARE(rightSide(*window)->currentWidget(), window->dashboardPage());
    QCOMPARE(window->dashboardPage()->exchangeId(), m_exchange);
}

void DashboardTest::emptyExchangeSaysSo()
{
    Exchange exchange;
    exchange.title = QStringLiteral("Порожній обмін");
    auto id = m_store->exchanges().create(exchange);
    QVERIFY2(id.ok(), qPrintable(id.text()));
    auto window = openWindow();
    QVERIFY(window->navigator()->selectExchange(id.value()));
    DashboardPage *page = window->dashboardPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->tableView()->model()->rowCount(), 0);
    QVERIFY(!page->charts()->showsComposition());
    QVERIFY(!page->charts()->showsHistory());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("noCompositionLabel"))->isVisible());
    QCOMPARE(page->enteredBar()->text(), QStringLiteral("0 of 0 entered"));
    QCOMPARE(page->enteredBar()->maximum(), 1); // not a busy indicator
    auto *action = window->findChild<QAction *>(QStringLiteral("showDashboardAction"));
    QVERIFY(window->navigator()->selectExchange(m_exchange));
    QVERIFY(action->isEnabled());
}

QTEST_MAIN(DashboardTest)
#include "tst_dashboard.moc"
