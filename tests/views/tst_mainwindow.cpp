#include "GuiTest.h"

#include "BatchDialog.h"
#include "BatchPanel.h"
#include "ExchangeDialog.h"
#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "PersonDialog.h"
#include "items/NavigatorModel.h"
#include "items/PersonFilterProxy.h"
#include "items/PersonTableModel.h"
#include "storage/Database.h"
#include "storage/ForceStatus.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace homeward;
using homeward::test::answerMessageBox;
using homeward::test::ModalWatch;
using homeward::test::typeText;

class MainWindowTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnTheFirstBatch();
    void actionsFollowTheSelection();
    void createExchangeAndBatchThroughTheDialogs();
    void newPersonThroughTheWindow();
    void countsShowThePlan_data();
    void countsShowThePlan();
    void filterNarrowsTheList();
    void selectionSurvivesAReload();
    void enterOnTheListOpensThePerson();
    void removingAPersonAsksFirst();
    void deletingABatchSaysWhatGoes();
    void exchangeDialogValidatesAndAsksBeforeDiscarding();
    void batchDialogShowsAStorageErrorAndStaysOpen();
    void titleNamesTheDatabase();
    void splitterIsRemembered();

private:
    qint64 addExchange(const QString &title);
    qint64 addBatch(qint64 exchangeId, int servicemen, int civilians);
    qint64 addPerson(qint64 batchId, const QString &surname, const QString &givenName, Category category);
    std::unique_ptr<MainWindow> openWindow();
    QAction *action(MainWindow &window, const char *name);

    QTemporaryDir m_dir;
    QString m_path;
    int m_fileNo = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    Official m_official; // holds every role: these tests are about the window, not about who may
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void MainWindowTest::init()
{
    m_path = m_dir.filePath(QStringLiteral("window%1.sqlite").arg(++m_fileNo));
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    auto official = testing::signInAs(*m_store);
    QVERIFY2(official.ok(), qPrintable(official.text()));
    m_official = official.value();
}

void MainWindowTest::cleanup()
{
    m_testers.clear();
    m_store.reset();
    m_db.reset();
}

qint64 MainWindowTest::addExchange(const QString &title)
{
    Exchange exchange;
    exchange.title = title;
    exchange.agreedServicemen = 500;
    exchange.agreedCivilians = 500;
    auto id = m_store->exchanges().create(exchange);
    if (!id)
        qFatal("exchange not created: %s", qPrintable(id.text()));
    return id.value();
}

qint64 MainWindowTest::addBatch(qint64 exchangeId, int servicemen, int civilians)
{
    Batch batch;
    batch.exchangeId = exchangeId;
    batch.plannedServicemen = servicemen;
    batch.plannedCivilians = civilians;
    batch.plannedDate = QDate(2025, 6, 12);
    batch.place = QStringLiteral("КПП Сеньківка");
    auto id = m_store->batches().create(batch);
    if (!id)
        qFatal("batch not created: %s", qPrintable(id.text()));
    return id.value();
}

qint64 MainWindowTest::addPerson(qint64 batchId, const QString &surname, const QString &givenName, Category category)
{
    Person person;
    person.surname = surname;
    person.givenName = givenName;
    person.patronymic = QStringLiteral("Петрович");
    person.birthDate = PartialDate::fromYear(1990);
    person.category = category;
    if (category == Category::Serviceman)
        person.rank = QStringLiteral("солдат");
    auto id = m_store->persons().addToBatch(batchId, person);
    if (!id)
        qFatal("person not added: %s", qPrintable(id.text()));
    return id.value();
}

std::unique_ptr<MainWindow> MainWindowTest::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_store);
    window->setOfficial(m_official);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(window->navigator()->model(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(window->batchPanel()->personModel(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(window->batchPanel()->filterProxy(), mode));
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("main window not active");
    return window;
}

QAction *MainWindowTest::action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

void MainWindowTest::startsOnTheFirstBatch()
{
    const qint64 exchange = addExchange(QStringLiteral("1000 на 1000"));
    const qint64 first = addBatch(exchange, 30, 10);
    addBatch(exchange, 20, 0);
    addPerson(first, QStringLiteral("Коваленко"), QStringLiteral("Олександр"), Category::Serviceman);
    addPerson(first, QStringLiteral("Шевчук"), QStringLiteral("Марія"), Category::Civilian);

    auto window = openWindow();
    QCOMPARE(window->navigator()->currentBatchId(), first);
    QCOMPARE(window->navigator()->currentExchangeId(), exchange);
    QCOMPARE(window->batchPanel()->batchId(), first);
    QCOMPARE(window->batchPanel()->tableView()->model()->rowCount(), 2);
    const QString counts = window->findChild<QLabel *>(QStringLiteral("statusCountsLabel"))->text();
    QVERIFY2(counts.contains(QLatin1String("Servicemen: 1 of 30")), qPrintable(counts));
    QVERIFY2(counts.contains(QLatin1String("Civilians: 1 of 10")), qPrintable(counts));
    QVERIFY2(counts.contains(QLatin1String("Total: 2 of 40")), qPrintable(counts));
    QVERIFY(window->navigator()->treeView()->isExpanded(window->navigator()->model()->indexOfExchange(exchange)));
}

void MainWindowTest::actionsFollowTheSelection()
{
    {
        auto window = openWindow();
        QVERIFY(action(*window, "newExchangeAction")->isEnabled());
        QVERIFY(!action(*window, "newBatchAction")->isEnabled());
        QVERIFY(!action(*window, "newPersonAction")->isEnabled());
        QVERIFY(!action(*window, "editExchangeAction")->isEnabled());
        QVERIFY(!action(*window, "deleteBatchAction")->isEnabled());
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("noBatchLabel"))->isVisible());
    }
    const qint64 exchange = addExchange(QStringLiteral("Обмін"));
    const qint64 batch = addBatch(exchange, 1, 0);
    const qint64 person =
        addPerson(batch, QStringLiteral("Коваленко"), QStringLiteral("Олександр"), Category::Serviceman);
    auto window = openWindow();
    QVERIFY(action(*window, "newPersonAction")->isEnabled());
    QVERIFY(action(*window, "editBatchAction")->isEnabled());
    QVERIFY(!action(*window, "editPersonAction")->isEnabled()); // no person selected yet
    QVERIFY(window->batchPanel()->selectPerson(person));
    QVERIFY(action(*window, "editPersonAction")->isEnabled());
    QVERIFY(action(*window, "deletePersonAction")->isEnabled());

    // The exchange itself selected: no batch, so no person can be added.
    QVERIFY(window->navigator()->selectExchange(exchange));
    QCOMPARE(window->batchPanel()->batchId(), 0);
    QVERIFY(action(*window, "newBatchAction")->isEnabled());
    QVERIFY(!action(*window, "newPersonAction")->isEnabled());
    QVERIFY(!action(*window, "editPersonAction")->isEnabled());

    // A confirmed batch keeps its list. (Confirming takes the batch workflow
    // with its checks; the stored status is all that matters here.)
    const Status confirmed =
        testing::forceBatchStatus(m_store->connection(), batch, QStringLiteral("confirmed"), m_official.id);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.text()));
    QVERIFY(window->navigator()->selectBatch(batch));
    QVERIFY(!action(*window, "newPersonAction")->isEnabled());
    QVERIFY(!action(*window, "editBatchAction")->isEnabled());
    QVERIFY(!action(*window, "deleteBatchAction")->isEnabled());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isVisible());
}

void MainWindowTest::createExchangeAndBatchThroughTheDialogs()
{
    auto window = openWindow();
    QSignalSpy batchSelected(window->navigator(), &NavigatorWidget::batchSelected);

    auto exchangeWatch = ModalWatch::on<ExchangeDialog>([](ExchangeDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setFocus();
        typeText(title, QStringLiteral("1000 на 1000"));
        dialog->findChild<QSpinBox *>(QStringLiteral("agreedServicemenSpin"))->setValue(1000);
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    action(*window, "newExchangeAction")->trigger();
    QVERIFY(exchangeWatch->seen());
    auto exchanges = m_store->exchanges().list();
    QVERIFY(exchanges.ok());
    QCOMPARE(exchanges.value().size(), 1);
    QCOMPARE(exchanges.value().first().title, QStringLiteral("1000 на 1000"));
    QCOMPARE(window->navigator()->currentExchangeId(), exchanges.value().first().id);
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("1000 на 1000")));

    int prefilledNumber = 0;
    auto batchWatch = ModalWatch::on<BatchDialog>([&prefilledNumber](BatchDialog *dialog) {
        prefilledNumber = dialog->findChild<QSpinBox *>(QStringLiteral("sequenceNoSpin"))->value();
        dialog->findChild<QSpinBox *>(QStringLiteral("plannedServicemenSpin"))->setValue(30);
        dialog->findChild<QSpinBox *>(QStringLiteral("plannedCiviliansSpin"))->setValue(10);
        auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("plannedDateEdit"));
        date->setFocus();
        typeText(date, QStringLiteral("12.06.2025"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    action(*window, "newBatchAction")->trigger();
    QVERIFY(batchWatch->seen());
    QCOMPARE(prefilledNumber, 1);
    auto batches = m_store->batches().listForExchange(exchanges.value().first().id);
    QVERIFY(batches.ok());
    QCOMPARE(batches.value().size(), 1);
    QCOMPARE(batches.value().first().plannedDate, QDate(2025, 6, 12));
    QCOMPARE(window->batchPanel()->batchId(), batches.value().first().id);
    QVERIFY(!batchSelected.isEmpty());
    QCOMPARE(batchSelected.last().at(0).toLongLong(), batches.value().first().id);
    QVERIFY(action(*window, "newPersonAction")->isEnabled());
    QVERIFY(window->batchPanel()->countsText().contains(QLatin1String("Total: 0 of 40")));
}

void MainWindowTest::newPersonThroughTheWindow()
{
    const qint64 batch = addBatch(addExchange(QStringLiteral("Обмін")), 30, 10);
    auto window = openWindow();
    auto watch = ModalWatch::on<PersonDialog>([](PersonDialog *dialog) {
        const auto type = [dialog](const char *name, const QString &text) {
            auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
            edit->setFocus();
            typeText(edit, text);
        };
        type("surnameEdit", QStringLiteral("Коваленко"));
        type("givenNameEdit", QStringLiteral("Олександр"));
        type("birthDateEdit", QStringLiteral("17.05.1990"));
        type("rankEdit", QStringLiteral("старший солдат"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    action(*window, "newPersonAction")->trigger();
    QVERIFY(watch->seen());

    QCOMPARE(m_store->persons().countInBatch(batch).value(), 1);
    BatchPanel *panel = window->batchPanel();
    QCOMPARE(panel->tableView()->model()->rowCount(), 1);
    const qint64 added = panel->currentPersonId();
    QVERIFY(added != 0); // the new person is selected
    QCOMPARE(m_store->persons().get(added).value().surname, QStringLiteral("Коваленко"));
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Saved Коваленко Олександр"));
    QVERIFY(panel->countsText().contains(QLatin1String("Servicemen: 1 of 30")));
}

void MainWindowTest::countsShowThePlan_data()
{
    QTest::addColumn<int>("servicemen");
    QTest::addColumn<int>("civilians");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedColour"); // in the label's rich text, empty: none

    QTest::newRow("under plan") << 1 << 0 << "Servicemen: 1 of 2 · Civilians: 0 of 1 · Total: 1 of 3"
                                << "";
    QTest::newRow("civilians over plan") << 2 << 2 << "Civilians: 2 of 1 (over plan!)"
                                         << "#b3261e";
    QTest::newRow("complete") << 2 << 1 << "Total: 3 of 3 (complete)"
                              << "#1b7d32";
}

void MainWindowTest::countsShowThePlan()
{
    QFETCH(int, servicemen);
    QFETCH(int, civilians);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedColour);

    const qint64 batch = addBatch(addExchange(QStringLiteral("Обмін")), 2, 1);
    auto window = openWindow();
    // Persons entered while the window is open update the counts.
    for (int i = 0; i < servicemen; ++i)
        addPerson(batch, QStringLiteral("Військовий"), QStringLiteral("Іван"), Category::Serviceman);
    for (int i = 0; i < civilians; ++i)
        addPerson(batch, QStringLiteral("Цивільна"), QStringLiteral("Олена"), Category::Civilian);

    const QString text = window->batchPanel()->countsText();
    QVERIFY2(text.contains(expectedText), qPrintable(text));
    const QString rich = window->findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
    if (expectedColour.isEmpty())
        QVERIFY2(!rich.contains(QLatin1String("color:")), qPrintable(rich));
    else
        QVERIFY2(rich.contains(expectedColour), qPrintable(rich));
}

void MainWindowTest::filterNarrowsTheList()
{
    const qint64 batch = addBatch(addExchange(QStringLiteral("Обмін")), 3, 0);
    addPerson(batch, QStringLiteral("Коваленко"), QStringLiteral("Олександр"), Category::Serviceman);
    addPerson(batch, QStringLiteral("Ковальчук"), QStringLiteral("Іван"), Category::Serviceman);
    addPerson(batch, QStringLiteral("Шевчук"), QStringLiteral("Петро"), Category::Serviceman);
    auto window = openWindow();
    QAbstractItemModel *shown = window->batchPanel()->tableView()->model();
    QCOMPARE(shown->rowCount(), 3);

    // Ctrl+F goes to the filter from anywhere in the window.
    window->batchPanel()->tableView()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter->hasFocus());
    typeText(filter, QStringLiteral("ковал"));
    QCOMPARE(shown->rowCount(), 2);
    typeText(filter, QStringLiteral("ь"));
    QCOMPARE(shown->rowCount(), 1);
    filter->clear();
    QCOMPARE(shown->rowCount(), 3);
}

void MainWindowTest::selectionSurvivesAReload()
{
    const qint64 exchange = addExchange(QStringLiteral("Обмін"));
    addBatch(exchange, 1, 1);
    const qint64 second = addBatch(exchange, 2, 2);
    auto window = openWindow();
    QVERIFY(window->navigator()->selectBatch(second));
    QSignalSpy batchSelected(window->navigator(), &NavigatorWidget::batchSelected);
    QSignalSpy cleared(window->navigator(), &NavigatorWidget::selectionCleared);

    addExchange(QStringLiteral("Ще один обмін")); // the navigator reloads
    Batch changed = m_store->batches().get(second).value();
    changed.place = QStringLiteral("Інше місце");
    QVERIFY(m_store->batches().update(changed).ok());

    QCOMPARE(window->navigator()->currentBatchId(), second);
    const QModelIndex current = window->navigator()->treeView()->currentIndex();
    QCOMPARE(current, window->navigator()->model()->indexOfBatch(second));
    QVERIFY(window->navigator()->treeView()->selectionModel()->isSelected(current));
    QCOMPARE(batchSelected.count(), 0); // the same batch: nothing to tell
    QCOMPARE(cleared.count(), 0);

    // The selected batch deleted: its exchange is selected instead.
    QVERIFY(m_store->batches().remove(second).ok());
    QCOMPARE(window->navigator()->currentBatchId(), 0);
    QCOMPARE(window->navigator()->currentExchangeId(), exchange);
    QCOMPARE(window->batchPanel()->batchId(), 0);
}

void MainWindowTest::enterOnTheListOpensThePerson()
{
    const qint64 batch = addBatch(addExchange(QStringLiteral("Обмін")), 2, 0);
    const qint64 person = addPerson(batch, QStringLiteral("Коваленко"), QStringLiteral("Олександр"),
                                    Category::Serviceman);
    auto window = openWindow();
    QVERIFY(window->batchPanel()->selectPerson(person));
    QTableView *table = window->batchPanel()->tableView();
    table->setFocus();
    QCOMPARE(QApplication::focusWidget(), table);

    QString surname;
    auto watch = ModalWatch::on<PersonDialog>([&surname](PersonDialog *dialog) {
        surname = dialog->findChild<QLineEdit *>(QStringLiteral("surnameEdit"))->text();
        dialog->reject();  // unchanged: closes without asking
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(watch->seen());
    QCOMPARE(surname, QStringLiteral("Коваленко"));
}

void MainWindowTest::removingAPersonAsksFirst()
{
    const qint64 batch = addBatch(addExchange(QStringLiteral("Обмін")), 2, 0);
    addPerson(batch, QStringLiteral("Шевчук"), QStringLiteral("Петро"), Category::Serviceman);
    const qint64 person =
        addPerson(batch, QStringLiteral("Коваленко"), QStringLiteral("Олександр"), Category::Serviceman);
    auto window = openWindow();
    QVERIFY(window->batchPanel()->selectPerson(person));

    QString question;
    {
        auto watch = answerMessageBox(QMessageBox::Cancel, &question);
        action(*window, "deletePersonAction")->trigger();
        QVERIFY(watch->seen());
    }
    QVERIFY2(question.contains(QStringLiteral("Remove Коваленко Олександр Петрович (No. 2) from batch 1?")),
             qPrintable(question));
    QVERIFY(question.contains(QLatin1String("cannot be undone")));
    QCOMPARE(m_store->persons().countInBatch(batch).value(), 2);
    QVERIFY(m_store->persons().get(person).ok());

    // Del on the list asks the same; this time the official confirms.
    QApplication::setActiveWindow(window.get()); // the offscreen platform does not give it back after the box
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->batchPanel()->tableView()->setFocus();
    QCOMPARE(QApplication::focusWidget(), window->batchPanel()->tableView());
    {
        auto watch = answerMessageBox(QMessageBox::Yes);
        QTest::keyClick(window->batchPanel()->tableView(), Qt::Key_Delete);
        QVERIFY(watch->seen());
    }
    QCOMPARE(m_store->persons().countInBatch(batch).value(), 1);
    QVERIFY(!m_store->persons().get(person).ok());
    QCOMPARE(window->batchPanel()->tableView()->model()->rowCount(), 1);
}

void MainWindowTest::deletingABatchSaysWhatGoes()
{
    const qint64 batch = addBatch(addExchange(QStringLiteral("Обмін")), 3, 0);
    for (const QString &surname : {QStringLiteral("Коваленко"), QStringLiteral("Шевчук"), QStringLiteral("Бондар")})
        addPerson(batch, surname, QStringLiteral("Іван"), Category::Serviceman);
    auto window = openWindow();

    QString question;
    {
        auto watch = answerMessageBox(QMessageBox::Cancel, &question);
        action(*window, "deleteBatchAction")->trigger();
        QVERIFY(watch->seen());
    }
    QVERIFY2(question.contains(QLatin1String("Delete batch 1 with its list of 3 person")), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("3 person record")), qPrintable(question));
    QVERIFY(m_store->batches().get(batch).ok());

    {
        auto watch = answerMessageBox(QMessageBox::Cancel, &question);
        action(*window, "deleteExchangeAction")->trigger();
        QVERIFY(watch->seen());
    }
    QVERIFY2(question.contains(QLatin1String("1 batch")), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("3 person")), qPrintable(question));
    QCOMPARE(m_store->persons().countInBatch(batch).value(), 3);
}

void MainWindowTest::exchangeDialogValidatesAndAsksBeforeDiscarding()
{
    ExchangeDialog dialog(*m_store);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *titleError = dialog.findChild<QLabel *>(QStringLiteral("titleEditError"));
    QVERIFY(save && title && titleError);
    QVERIFY(!save->isEnabled());
    QVERIFY(!titleError->text().isEmpty());

    title->setFocus();
    typeText(title, QStringLiteral("Обмін 2"));
    dialog.findChild<QSpinBox *>(QStringLiteral("agreedCiviliansSpin"))->setValue(50);
    QVERIFY2(save->isEnabled(), qPrintable(titleError->text()));
    QVERIFY(titleError->text().isEmpty());
    auto *agreedOn = dialog.findChild<QLineEdit *>(QStringLiteral("agreedOnEdit"));
    agreedOn->setFocus();
    typeText(agreedOn, QStringLiteral("31.02.2025"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("agreedOnEditError"))->text().isEmpty());

    QString question;
    {
        auto watch = answerMessageBox(QMessageBox::Yes, &question);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(watch->seen());
    }
    QVERIFY(question.contains(QLatin1String("Discard unsaved changes?")));
    QVERIFY(!dialog.isVisible());
    QVERIFY(m_store->exchanges().list().value().isEmpty());
}

void MainWindowTest::batchDialogShowsAStorageErrorAndStaysOpen()
{
    const qint64 exchange = addExchange(QStringLiteral("Обмін"));
    addBatch(exchange, 5, 5); // number 1

    BatchDialog dialog(*m_store, exchange);
    dialog.show();
    auto *number = dialog.findChild<QSpinBox *>(QStringLiteral("sequenceNoSpin"));
    QCOMPARE(number->value(), 2); // the next free number
    number->setValue(1);          // taken: the database refuses it
    dialog.findChild<QSpinBox *>(QStringLiteral("plannedServicemenSpin"))->setValue(7);
    auto *date = dialog.findChild<QLineEdit *>(QStringLiteral("plannedDateEdit"));
    date->setFocus();
    typeText(date, QStringLiteral("01.07.2025"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());

    QString shown;
    {
        auto watch = answerMessageBox(QMessageBox::Ok, &shown);
        save->click();
        QVERIFY(watch->seen());
    }
    QVERIFY(!shown.trimmed().isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("plannedServicemenSpin"))->value(), 7);
    QCOMPARE(m_store->batches().listForExchange(exchange).value().size(), 1);

    // Corrected, it saves.
    number->setValue(2);
    save->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->batches().get(dialog.batchId()).value().plannedServicemen, 7);
}

void MainWindowTest::titleNamesTheDatabase()
{
    auto window = openWindow();
    window->setDatabaseLabel(m_path);
    QCOMPARE(window->windowTitle(), QStringLiteral("Homeward — %1").arg(QFileInfo(m_path).fileName()));
    auto *label = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(label->toolTip().contains(QFileInfo(m_path).fileName()));
}

void MainWindowTest::splitterIsRemembered()
{
    QList<int> sizes;
    {
        auto window = openWindow();
        window->resize(1000, 600);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({250, 700});
        sizes = splitter->sizes();
        window->close();
    }
    auto window = openWindow();
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), sizes.first());
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
