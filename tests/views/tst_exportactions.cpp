// The window's export actions: offered for a selected batch, the file written with the outcome shown, and a
// refusal shown without a file left behind.

#include "GuiTest.h"

#include "ExportActions.h"
#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Store.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

class ExportActionsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void actionsAreInTheMenus_data();
    void actionsAreInTheMenus();
    void batchActionNeedsABatch();
    void formatFollowsTheName_data();
    void formatFollowsTheName();
    void exportWritesTheFileAndSaysWhat_data();
    void exportWritesTheFileAndSaysWhat();
    void refusalIsShownAndNothingWritten();

private:
    ExportActions *actions(MainWindow &window) const { return window.findChild<ExportActions *>(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

void ExportActionsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoData::createFile(path).ok());
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db.value());
    m_store = std::make_unique<Store>(m_db->connection());
    auto officials = Accounts(m_db->connection()).list();
    QVERIFY(officials.ok());
    for (const Official &o : officials.value())
        if (o.username == QLatin1String(DemoData::kOperatorUsername))
            m_store->setActor(Accounts::actorFor(o));
    QVERIFY(m_store->actor().officialId != 0);
}

void ExportActionsTest::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
}

void ExportActionsTest::actionsAreInTheMenus_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("sibling"); // an action already in the menu it belongs to
    QTest::newRow("batch list") << QStringLiteral("exportBatchAction") << QStringLiteral("editBatchAction");
    QTest::newRow("registry") << QStringLiteral("exportRegistryAction") << QStringLiteral("importRegistryAction");
}

void ExportActionsTest::actionsAreInTheMenus()
{
    QFETCH(QString, action);
    QFETCH(QString, sibling);
    MainWindow window(*m_store);
    bool found = false;
    for (QAction *entry : window.menuBar()->actions()) {
        if (!entry->menu())
            continue;
        QStringList names;
        for (QAction *a : entry->menu()->actions())
            names << a->objectName();
        if (names.contains(action)) {
            QVERIFY2(names.contains(sibling), qPrintable(names.join(QLatin1Char(' '))));
            found = true;
        }
    }
    QVERIFY(found);
}

void ExportActionsTest::batchActionNeedsABatch()
{
    MainWindow window(*m_store);
    ExportActions *exports = actions(window);
    QVERIFY(exports);
    QVERIFY(window.navigator()->selectExchange(1));
    QVERIFY(!exports->exportBatchAction()->isEnabled());
    QVERIFY(window.navigator()->selectBatch(1));
    QVERIFY(exports->exportBatchAction()->isEnabled());
    QCOMPARE(exports->exportBatchAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    QVERIFY(exports->exportRegistryAction()->isEnabled());
}

void ExportActionsTest::formatFollowsTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("csv") << QStringLiteral("a.csv") << ExportFormat::Csv;
    QTest::newRow("xlsx") << QStringLiteral("a.xlsx") << ExportFormat::Xlsx;
    QTest::newRow("XLSX") << QStringLiteral("A.XLSX") << ExportFormat::Xlsx;
    QTest::newRow("other") << QStringLiteral("a.txt") << ExportFormat::Csv;
}

void ExportActionsTest::formatFollowsTheName()
{
    QFETCH(QString, name);
    QFETCH(ExportFormat, format);
    QCOMPARE(ExportActions::formatFor(name), format);
}

void ExportActionsTest::exportWritesTheFileAndSaysWhat_data()
{
    QTest::addColumn<qint64>("batch");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("said");
    QTest::newRow("batch 1 csv") << qint64(1) << QStringLiteral("b1.csv") << QStringLiteral("24 person(s) written");
    QTest::newRow("batch 2 xlsx") << qint64(2) << QStringLiteral("b2.xlsx") << QStringLiteral("16 person(s) written");
    QTest::newRow("registry csv") << qint64(0) << QStringLiteral("r.csv") << QStringLiteral("person(s) written");
}

void ExportActionsTest::exportWritesTheFileAndSaysWhat()
{
    QFETCH(qint64, batch);
    QFETCH(QString, name);
    QFETCH(QString, said);
    MainWindow window(*m_store);
    const QString path = m_dir.filePath(name);
    QString text;
    auto watch = test::answerMessageBox(QMessageBox::Ok, &text);
    QVERIFY(actions(window)->exportTo(batch, path));
    QVERIFY(watch->seen());
    QVERIFY2(text.contains(said), qPrintable(text));
    QVERIFY(QFile::exists(path));
    QVERIFY(QFileInfo(path).size() > 0);
}

void ExportActionsTest::refusalIsShownAndNothingWritten()
{
    MainWindow window(*m_store);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/b1.csv"));
    QString text;
    auto watch = test::answerMessageBox(QMessageBox::Ok, &text);
    QVERIFY(!actions(window)->exportTo(1, path));
    QVERIFY(watch->seen());
    QVERIFY2(text.contains(QLatin1String("Nothing was exported. The folder")), qPrintable(text));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(ExportActionsTest)
#include "tst_exportactions.moc"
