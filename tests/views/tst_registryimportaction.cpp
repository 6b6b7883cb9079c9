// The window's one registry import: Registry › Import registry from a list… (ImportActions, through the import
// wizard), which took the place of the former "Import registry from CSV…". What that one read — the interchange
// CSV, in any column order, header case, line break or byte-order mark, formula-guarded cells — goes through the
// wizard into the registry exactly as RegistryRepository::importCsv stores it, and a file with a bad row imports
// nothing and says where.

#include "GuiTest.h"
#include "ImportWizardDriver.h"

#include "ImportActions.h"
#include "MainWindow.h"
#include "importwizard/FilePage.h"
#include "importwizard/ImportPage.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/ValidationPage.h"
#include "items/ImportProblemsModel.h"
#include "items/ItemsFixture.h"
#include "storage/Accounts.h"
#include "storage/Export.h"
#include "storage/RegistryRepository.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
namespace test = homeward::test;

namespace {

const QByteArray kInterchangeHeader = "record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,"
                                      "service_number,document_number,birth_place,region,notes";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class RegistryImportActionTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void registryMenuHasOneImport();
    void interchangeCsvStoredAsBefore_data();
    void interchangeCsvStoredAsBefore();
    void aBadRowImportsNothing();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        return testing::writeListFile(*m_dir, name, bytes);
    }
    // Opens the wizard through the Registry menu's action of `window`; nullptr when it did not open.
    ImportWizard *openThroughTheMenu(MainWindow &window);
    // Types the path into the wizard and goes Next up to `page` (the validation page: its check done).
    static bool walkTo(ImportWizard &wizard, const QString &path, int page)
    {
        return testing::walkWizardTo(wizard, path, page);
    }

    testing::ItemsFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void RegistryImportActionTest::init()
{
    QVERIFY(m_fixture.open());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void RegistryImportActionTest::cleanup()
{
    m_fixture.close();
    m_dir.reset();
}

ImportWizard *RegistryImportActionTest::openThroughTheMenu(MainWindow &window)
{
    auto official = Accounts(m_fixture.store->connection()).get(m_fixture.store->actor().officialId);
    if (!official) {
        qWarning("%s", qPrintable(official.text()));
        return nullptr;
    }
    window.setOfficial(official.value());
    auto *registry = window.findChild<QMenu *>(QStringLiteral("registryMenu"));
    auto *action = window.findChild<QAction *>(QStringLiteral("importRegistryAction"));
    if (!registry || !action || !registry->actions().contains(action) || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *imports = window.findChild<ImportActions *>();
    return imports ? imports->wizard() : nullptr;
}

void RegistryImportActionTest::registryMenuHasOneImport()
{
    MainWindow window(*m_fixture.store);
    auto *imports = window.findChild<ImportActions *>();
    QVERIFY(imports);
    QAction *action = imports->importRegistryAction();
    QCOMPARE(action->objectName(), QStringLiteral("importRegistryAction"));
    QCOMPARE(window.findChildren<QAction *>(QStringLiteral("importRegistryAction")).size(), 1);
    auto *registry = window.findChild<QMenu *>(QStringLiteral("registryMenu"));
    QVERIFY(registry);
    // First in the menu, and the only import there; the match and the export stay beside it.
    QVERIFY(!registry->actions().isEmpty());
    QCOMPARE(registry->actions().constFirst(), action);
    QStringList names;
    int importEntries = 0;
    for (QAction *entry : registry->actions()) {
        names << entry->objectName();
        if (entry->text().contains(QStringLiteral("Import"), Qt::CaseInsensitive))
            ++importEntries;
    }
    QCOMPARE(importEntries, 1);
    QVERIFY2(names.contains(QStringLiteral("matchAllAction")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY2(names.contains(QStringLiteral("exportRegistryAction")), qPrintable(names.join(QLatin1Char(' '))));
    // No menu of the window offers the former CSV-only import.
    for (QAction *top : window.menuBar()->actions())
        if (QMenu *menu = top->menu())
            for (QAction *entry : menu->actions())
                QVERIFY2(!entry->text().contains(QStringLiteral("from CSV")), qPrintable(entry->text()));
    // It says what it reads; allowed, the tooltip says the same.
    QVERIFY(action->statusTip().contains(QStringLiteral("interchange CSV")));
    QVERIFY(action->statusTip().contains(QStringLiteral("Excel")));
    auto official = Accounts(m_fixture.store->connection()).get(m_fixture.store->actor().officialId);
    QVERIFY(official);
    window.setOfficial(official.value());
    QVERIFY(action->isEnabled());
    QCOMPARE(action->toolTip(), action->statusTip());
}

void RegistryImportActionTest::interchangeCsvStoredAsBefore_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("records");
    QTest::newRow("every column in the interchange order")
        << (kInterchangeHeader + "\n"
                                 "R-1,Шевченко,Тарас,Григорович,1990-03-09,M,serviceman,солдат,в/ч А1234,"
                                 "SN-77,АА123456,Моринці,Черкаська,\"ранений, у лікарні\"\n"
                                 "R-2,Українка,Леся,Петрівна,1991-02,F,civilian,,,,,Новоград-Волинський,,\n"
                                 "R-3,Франко,Іван,Якович,12.08.1986,M,,,,,,,,\"два\nрядки\"\n")
        << 3;
    QTest::newRow("another order, capitals, CRLF, byte-order mark")
        << QByteArray("\xEF\xBB\xBF"
                      "Surname,RECORD_ID,Given_Name,Birth_Date,Sex,Category\r\n"
                      "Коваль,R-10,Петро,1985,m,SERVICEMAN\r\n"
                      "Бондар,R-11,Олена,03.1992,F,Civilian\r\n")
        << 2;
    QTest::newRow("only the required columns")
        << QByteArray("record_id,surname,given_name\nR-20,Мельник,Андрій\n") << 1;
    QTest::newRow("a cell guarded against formulas")
        << QByteArray("record_id,surname,given_name,notes\nR-30,Ткаченко,Ігор,'=1+2\nR-31,Лисенко,Ольга,'+380\n") << 2;
}

void RegistryImportActionTest::interchangeCsvStoredAsBefore()
{
    QFETCH(QByteArray, content);
    QFETCH(int, records);
    const QString path = writeFile(QStringLiteral("registry.csv"), content);

    // What the former action stored: the strict interchange import, in a database of its own.
    testing::ItemsFixture before;
    QVERIFY(before.open());
    const RegistryImportOutcome strict =
        RegistryRepository(before.store->connection()).importCsv(path, before.store->actor());
    QVERIFY2(!strict.error && strict.problemCount == 0,
             qPrintable(strict.error ? strict.error->text()
                                     : strict.problems.value(0).text(QStringLiteral("registry.csv"))));
    QCOMPARE(strict.rows, qint64(records));

    // The same file through the menu and the wizard.
    MainWindow window(*m_fixture.store);
    ImportWizard *wizard = openThroughTheMenu(window);
    QVERIFY(wizard);
    QCOMPARE(wizard->target(), ListTarget::Registry);
    QVERIFY(walkTo(*wizard, path, ImportWizard::ImportPageId));
    QVERIFY2(wizard->importPage()->runImport(), qPrintable(wizard->importPage()->resultLabel()->text()));
    RegistryRepository registry(m_fixture.store->connection());
    QCOMPARE(registry.count().value(), qint64(records));
    wizard->reject();

    // Both registries written out in the interchange format: the same bytes.
    const QString wizardOut = m_dir->filePath(QStringLiteral("through-the-wizard.csv"));
    const QString strictOut = m_dir->filePath(QStringLiteral("as-before.csv"));
    auto written = Export::registry(m_fixture.store->connection(), ExportFormat::Csv, wizardOut);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    written = Export::registry(before.store->connection(), ExportFormat::Csv, strictOut);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    const QByteArray expected = readAll(strictOut);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(readAll(wizardOut)), QString::fromUtf8(expected));
}

void RegistryImportActionTest::aBadRowImportsNothing()
{
    const QString path = writeFile(QStringLiteral("registry.csv"), "record_id,surname,given_name,birth_date,sex\n"
                                                                   "R-1,Шевченко,Тарас,1990-03-09,M\n"
                                                                   "R-2,Українка,Леся,1991-02-31,F\n"
                                                                   "R-3,Франко,Іван,1986-08-12,M\n");
    MainWindow window(*m_fixture.store);
    ImportWizard *wizard = openThroughTheMenu(window);
    QVERIFY(wizard);
    QVERIFY(walkTo(*wizard, path, ImportWizard::ValidationPageId));
    ImportProblemsModel *problems = wizard->validationPage()->problemsModel();
    bool dateShown = false;
    for (int r = 0; r < problems->rowCount(); ++r) {
        const ListProblem &p = problems->problemAt(r);
        dateShown = dateShown || (p.line == 3 && p.column == 4 && p.value == QLatin1String("1991-02-31"));
    }
    QVERIFY(dateShown);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(RegistryRepository(m_fixture.store->connection()).count().value(), 0);
    wizard->reject();
}

QTEST_MAIN(RegistryImportActionTest)
#include "tst_registryimportaction.moc"
