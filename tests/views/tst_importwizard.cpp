// The import wizard driven as an official would: a Windows-1251 list with semicolons into a batch, a column that
// must be decided, a bad row that stops the import, duplicates to skip or keep, a cancel that writes nothing, the
// registry as target, and the menu actions offered only when the official and the batch allow it.

#include "GuiTest.h"
#include "ImportWizardDriver.h"

#include "BatchPanel.h"
#include "ImportActions.h"
#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "importwizard/FilePage.h"
#include "importwizard/FormatPage.h"
#include "importwizard/ImportPage.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/MappingPage.h"
#include "importwizard/ProgressStrip.h"
#include "importwizard/ValidationPage.h"
#include "items/ImportProblemsModel.h"
#include "items/ItemsFixture.h"
#include "items/ListPreviewModel.h"
#include "storage/ForceStatus.h"
#include "io/XlsxWriter.h"
#include "storage/RegistryRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
namespace test = homeward::test;

namespace {

// Windows-1251 bytes of `text` (ASCII, Ukrainian and Russian letters, ’ and №): what older programs write.
QByteArray toCp1251(const QString &text)
{
    QByteArray out;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            out += char(c);
        else if (c >= 0x0410 && c <= 0x044F)
            out += char(0xC0 + (c - 0x0410));
        else {
            static const QHash<char16_t, uchar> other = {
                {0x0401, 0xA8}, {0x0451, 0xB8}, {0x0404, 0xAA}, {0x0454, 0xBA}, {0x0406, 0xB2}, {0x0456, 0xB3},
                {0x0407, 0xAF}, {0x0457, 0xBF}, {0x0490, 0xA5}, {0x0491, 0xB4}, {0x2019, 0x92}, {0x2116, 0xB9}};
            out += char(other.value(c, '?'));
        }
    }
    return out;
}

const QString kHeader = QStringLiteral("№;Прізвище;Ім’я;По батькові;Дата народження;Стать;Категорія");

} // namespace

class ImportWizardTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void cp1251SemicolonListIntoBatch();
    void unknownColumnMustBeDecided_data();
    void unknownColumnMustBeDecided();
    void badRowIsShownAndStopsImport();
    void duplicateMustBeDecided_data();
    void duplicateMustBeDecided();
    void cancelDuringImportLeavesBatchUnchanged();
    void registryTarget();
    void workbookSkipsTheFormatPage();
    void registryRecordsAlreadyThere_data();
    void registryRecordsAlreadyThere();
    void actionsFollowRoleAndBatch();

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return testing::writeListFile(*m_dir, name, bytes);
    }
    // Shows the wizard, types the path and goes Next until `page` (the validation page: its check done).
    static bool walkTo(ImportWizard &wizard, const QString &path, int page)
    {
        wizard.show();
        return testing::walkWizardTo(wizard, path, page);
    }
    static void clickNext(ImportWizard &wizard) { testing::clickNext(wizard); }
    int listed() const
    {
        auto count = m_fixture.store->persons().countInBatch(m_batchId);
        return count ? count.value() : -1;
    }

    testing::ItemsFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_batchId = 0;
};

void ImportWizardTest::init()
{
    QVERIFY(m_fixture.open());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_batchId = m_fixture.batch(m_fixture.exchange(QStringLiteral("Обмін 1")), 20, 10, QDate(2026, 12, 12));
    QVERIFY(m_batchId != 0);
}

void ImportWizardTest::cleanup()
{
    m_fixture.close();
    m_dir.reset();
}

void ImportWizardTest::cp1251SemicolonListIntoBatch()
{
    const QString path =
        writeFile(QStringLiteral("список.csv"),
                  toCp1251(kHeader + QStringLiteral("\r\n"
                                                    "1;Шевченко;Тарас;Григорович;09.03.1990;Ч;військовослужбовець\r\n"
                                                    "2;Українка;Леся;Петрівна;25.02.1991;Ж;цивільна\r\n"
                                                    "3;Франко;Іван;Якович;27.08.1986;Ч;військовослужбовець\r\n")));
    ImportWizard wizard(*m_fixture.store, ListTarget::Batch, m_batchId);
    QVERIFY(walkTo(wizard, path, ImportWizard::FormatPageId));

    // The format page read the file right: Cyrillic letters, seven columns, three rows.
    FormatPage *format = wizard.formatPage();
    QAbstractItemModelTester tester(format->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(wizard.choices().preview.format.encoding, TextEncoding::Windows1251);
    QCOMPARE(wizard.choices().preview.format.delimiter, QLatin1Char(';'));
    QCOMPARE(format->previewModel()->columnCount(), 7);
    QCOMPARE(format->previewModel()->rowCount(), 3);
    QCOMPARE(format->previewModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Прізвище"));
    QCOMPARE(format->previewModel()->index(1, 1).data().toString(), QStringLiteral("Українка"));

    // Choosing another delimiter reads again at once: one column only.
    format->delimiterCombo()->setCurrentIndex(format->delimiterCombo()->findData(QStringLiteral(",")));
    QCOMPARE(format->previewModel()->columnCount(), 1);
    format->delimiterCombo()->setCurrentIndex(0); // detect
    QCOMPARE(format->previewModel()->columnCount(), 7);

    // The guessed mapping is complete: the official confirms it with Next.
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(wizard.mappingPage()->fieldCombo(1)->currentData().toInt(), int(ListField::Surname));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    QTRY_VERIFY(wizard.validationPage()->isChecked());
    QCOMPARE(wizard.validationPage()->problemsModel()->rowCount(), 0);
    QCOMPARE(listed(), 0); // nothing written before the last page
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(listed(), 0);

    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QTest::mouseClick(wizard.importPage()->importButton(), Qt::LeftButton);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.at(0).at(0).toLongLong(), 3);
    QCOMPARE(listed(), 3);
    QVERIFY2(wizard.importPage()->resultLabel()->text().contains(QStringLiteral("3 person(s) added to batch 1")),
             qPrintable(wizard.importPage()->resultLabel()->text()));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
}

void ImportWizardTest::unknownColumnMustBeDecided_data()
{
    QTest::addColumn<int>("choice"); // MappingPage combo data
    QTest::addColumn<bool>("notesKept");
    QTest::newRow("leave out") << int(MappingPage::kLeaveOut) << false;
    QTest::newRow("map to notes") << int(ListField::Notes) << true;
}

void ImportWizardTest::unknownColumnMustBeDecided()
{
    QFETCH(int, choice);
    QFETCH(bool, notesKept);
    const QString path = writeFile(QStringLiteral("phones.csv"), QStringLiteral("Прізвище,Ім'я,Стать,Телефон\n"
                                                                                "Шевченко,Тарас,Ч,+380501234567\n")
                                                                     .toUtf8());
    ImportWizard wizard(*m_fixture.store, ListTarget::Batch, m_batchId);
    QVERIFY(walkTo(wizard, path, ImportWizard::MappingPageId));
    MappingPage *mapping = wizard.mappingPage();
    QCOMPARE(mapping->fieldCombo(3)->currentData().toInt(), int(MappingPage::kUndecided));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(mapping->problemsLabel()->text().contains(QStringLiteral("Column 4")),
             qPrintable(mapping->problemsLabel()->text()));
    // A batch needs a category: the list has none, so one is chosen for all rows.
    QVERIFY(mapping->categoryCombo()->isVisibleTo(mapping));
    mapping->categoryCombo()->setCurrentIndex(mapping->categoryCombo()->findData(int(Category::Civilian)));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // column 4 still undecided

    QComboBox *combo = mapping->fieldCombo(3);
    combo->setFocus();
    combo->setCurrentIndex(combo->findData(choice));
    QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(mapping->problemsLabel()->text()));

    clickNext(wizard);
    QTRY_VERIFY(wizard.validationPage()->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);
    QVERIFY(wizard.importPage()->runImport());
    auto page = m_fixture.store->persons().pageInBatch(m_batchId, 0, 10);
    QVERIFY(page);
    QCOMPARE(page.value().size(), 1);
    auto person = m_fixture.store->persons().get(page.value().constFirst().person.id);
    QVERIFY(person);
    QCOMPARE(person.value().category, Category::Civilian);
    QCOMPARE(person.value().notes.contains(QStringLiteral("+380501234567")), notesKept);
}

void ImportWizardTest::badRowIsShownAndStopsImport()
{
    const QString path =
        writeFile(QStringLiteral("bad.csv"), QStringLiteral("Прізвище,Ім'я,Стать,Категорія,Дата народження\n"
                                                            "Шевченко,Тарас,Ч,військовослужбовець,09.03.1990\n"
                                                            "Франко,Іван,Ч,військовослужбовець,31.02.1990\n"
                                                            "Коваль,Петро,Ч\n")
                                                 .toUtf8());
    ImportWizard wizard(*m_fixture.store, ListTarget::Batch, m_batchId);
    QVERIFY(walkTo(wizard, path, ImportWizard::ValidationPageId));
    ValidationPage *page = wizard.validationPage();
    QAbstractItemModelTester tester(page->problemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportProblemsModel *problems = page->problemsModel();
    QVERIFY(problems->rowCount() >= 2);
    bool dateShown = false;
    for (int r = 0; r < problems->rowCount(); ++r) {
        const ListProblem &p = problems->problemAt(r);
        if (p.line == 3 && p.column == 5 && p.value == QLatin1String("31.02.1990") && !p.reason.isEmpty() &&
            p.kind == ListProblemKind::Value)
            dateShown = true;
    }
    QVERIFY(dateShown);
    QVERIFY(page->problemsView()->isVisibleTo(page));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!page->isComplete());

    // The kind filter: only the value problems, then all again.
    QComboBox *kind = page->kindCombo();
    const int valueIndex = kind->findData(int(ListProblemKind::Value));
    QVERIFY(valueIndex > 0);
    QVERIFY(kind->findData(int(ListProblemKind::Structure)) > 0);
    kind->setCurrentIndex(valueIndex);
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->problemAt(0).line, 3);
    kind->setCurrentIndex(0);
    QVERIFY(problems->rowCount() >= 2);

    // There is no way on to the import.
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible() || !wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(listed(), 0);
}

void ImportWizardTest::duplicateMustBeDecided_data()
{
    QTest::addColumn<int>("decision"); // DuplicateDecision
    QTest::addColumn<int>("listedAfter");
    QTest::newRow("skip") << int(DuplicateDecision::Skip) << 2;
    QTest::newRow("keep both") << int(DuplicateDecision::KeepBoth) << 3;
}

void ImportWizardTest::duplicateMustBeDecided()
{
    QFETCH(int, decision);
    QFETCH(int, listedAfter);
    QVERIFY(m_fixture.person(m_batchId, QStringLiteral("Шевченко"), QStringLiteral("Тарас"), {},
                             PartialDate::fromDate(QDate(1990, 3, 9))));
    const QString path =
        writeFile(QStringLiteral("dup.csv"), QStringLiteral("Прізвище,Ім'я,Стать,Категорія,Дата народження\n"
                                                            "Шевченко,Тарас,Ч,військовослужбовець,09.03.1990\n"
                                                            "Франко,Іван,Ч,військовослужбовець,27.08.1986\n")
                                                 .toUtf8());
    ImportWizard wizard(*m_fixture.store, ListTarget::Batch, m_batchId);
    QVERIFY(walkTo(wizard, path, ImportWizard::ValidationPageId));
    ValidationPage *page = wizard.validationPage();
    QCOMPARE(page->duplicatesTable()->rowCount(), 1);
    QVERIFY(page->duplicatesTable()->isVisibleTo(page));
    QCOMPARE(page->duplicatesTable()->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 2);
    QCOMPARE(page->problemsModel()->countOf(ListProblemKind::Duplicate), 1);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    QComboBox *combo = page->decisionCombo(0);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(decision));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(page->problemsModel()->rowCount(), 0);
    // Back to "decide": a problem again.
    combo->setCurrentIndex(combo->findData(int(DuplicateDecision::Refuse)));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    combo->setCurrentIndex(combo->findData(decision));

    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    QCOMPARE(listed(), 1);
    QTest::mouseClick(wizard.importPage()->importButton(), Qt::LeftButton);
    QVERIFY2(wizard.importPage()->isDone(), qPrintable(wizard.importPage()->resultLabel()->text()));
    QCOMPARE(listed(), listedAfter);
}

void ImportWizardTest::cancelDuringImportLeavesBatchUnchanged()
{
    QByteArray bytes = "surname,given_name,sex,category,birth_date\n";
    constexpr int kRows = 20000;
    const QDate first(1950, 1, 1);
    for (int i = 0; i < kRows; ++i) // one person per day of birth: no two alike
        bytes += "Коваленко,Петро,M,serviceman," + first.addDays(i).toString(Qt::ISODate).toUtf8() + '\n';
    const QString path = writeFile(QStringLiteral("big.csv"), bytes);
    ImportWizard wizard(*m_fixture.store, ListTarget::Batch, m_batchId);
    QVERIFY(walkTo(wizard, path, ImportWizard::ImportPageId));
    ImportPage *page = wizard.importPage();

    // Cancel pressed while the rows are being written; Esc while it runs must not close the wizard.
    qint64 cancelledAt = -1;
    connect(page, &ImportPage::progressed, this, [&](bool writing, qint64 rows) {
        if (!writing || rows == 0 || cancelledAt >= 0)
            return;
        cancelledAt = rows;
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QTest::mouseClick(page->progressStrip()->cancelButton(), Qt::LeftButton);
    });
    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    QVERIFY(cancelledAt > 0 && cancelledAt < kRows);
    QVERIFY(wizard.isVisible());
    QVERIFY2(page->resultLabel()->text().contains(QStringLiteral("cancelled")),
             qPrintable(page->resultLabel()->text()));
    QVERIFY(!page->isDone());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(page->importButton()->isEnabled()); // may try again
    QCOMPARE(listed(), 0);
}

void ImportWizardTest::registryTarget()
{
    const QString path =
        writeFile(QStringLiteral("registry.csv"), toCp1251(QStringLiteral("Код;Прізвище;Ім’я;Дата народження\r\n"
                                                                          "R-1;Шевченко;Тарас;09.03.1990\r\n"
                                                                          "R-2;Українка;Леся;25.02.1991\r\n")));
    RegistryRepository registry(m_fixture.store->connection());
    auto before = registry.count();
    QVERIFY(before);
    ImportWizard wizard(*m_fixture.store, ListTarget::Registry, 0);
    QVERIFY(wizard.filePage()->replaceButton());
    QVERIFY(!wizard.mappingPage()->categoryCombo()); // the registry needs no category
    QVERIFY(walkTo(wizard, path, ImportWizard::ImportPageId));
    QCOMPARE(registry.count().value(), before.value());
    QVERIFY(wizard.importPage()->runImport());
    QCOMPARE(registry.count().value(), before.value() + 2);
    QVERIFY2(wizard.importPage()->resultLabel()->text().contains(QStringLiteral("2 records imported")),
             qPrintable(wizard.importPage()->resultLabel()->text()));
    QCOMPARE(listed(), 0);
}

void ImportWizardTest::workbookSkipsTheFormatPage()
{
    const QString path = m_dir->filePath(QStringLiteral("list.xlsx"));
    XlsxWriter writer(path, QStringLiteral("Список"));
    QVERIFY(writer.writeHeader({QStringLiteral("Прізвище"), QStringLiteral("Ім'я"), QStringLiteral("Стать"),
                                QStringLiteral("Категорія")}));
    QVERIFY(writer.writeRow({QStringLiteral("Шевченко"), QStringLiteral("Тарас"), QStringLiteral("Ч"),
                             QStringLiteral("військовослужбовець")}));
    QVERIFY2(writer.close(), qPrintable(writer.errorString()));
    ImportWizard wizard(*m_fixture.store, ListTarget::Batch, m_batchId);
    QVERIFY(walkTo(wizard, path, ImportWizard::FilePageId));
    clickNext(wizard);
    // Encoding and delimiter mean nothing to a workbook: straight to the columns.
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);
    QTRY_VERIFY(wizard.validationPage()->isChecked());
    clickNext(wizard);
    QVERIFY(wizard.importPage()->runImport());
    QCOMPARE(listed(), 1);
    // Back from the columns goes to the file, not to the format page.
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
}

void ImportWizardTest::registryRecordsAlreadyThere_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("refuse the file") << false;
    QTest::newRow("replace them") << true;
}

void ImportWizardTest::registryRecordsAlreadyThere()
{
    QFETCH(bool, replace);
    const QString path = writeFile(QStringLiteral("registry.csv"), QStringLiteral("record_id,surname,given_name\n"
                                                                                  "R-1,Шевченко,Тарас\n")
                                                                      .toUtf8());
    RegistryRepository registry(m_fixture.store->connection());
    {
        ImportWizard first(*m_fixture.store, ListTarget::Registry, 0);
        QVERIFY(walkTo(first, path, ImportWizard::ImportPageId));
        QVERIFY(first.importPage()->runImport());
    }
    const qint64 stored = registry.count().value();
    ImportWizard wizard(*m_fixture.store, ListTarget::Registry, 0);
    if (replace)
        wizard.filePage()->replaceButton()->setChecked(true);
    QVERIFY(walkTo(wizard, path, ImportWizard::ValidationPageId));
    bool imported = false;
    if (wizard.button(QWizard::NextButton)->isEnabled()) {
        clickNext(wizard);
        imported = wizard.importPage()->runImport();
        if (!imported)
            QVERIFY(wizard.importPage()->resultLabel()->text().contains(QStringLiteral("Nothing was imported")));
    }
    QCOMPARE(imported, replace);
    QCOMPARE(registry.count().value(), stored);
}

void ImportWizardTest::actionsFollowRoleAndBatch()
{
    auto supervisor = Accounts(m_fixture.store->connection()).get(m_fixture.store->actor().officialId);
    QVERIFY(supervisor);
    auto verifier = testing::addOfficial(m_fixture.store->connection(), QStringLiteral("verifier"), testing::kVerifier);
    QVERIFY(verifier);
    MainWindow window(*m_fixture.store);
    auto *imports = window.findChild<ImportActions *>();
    QVERIFY(imports);
    QAction *list = imports->importListAction();
    QCOMPARE(list->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    // In the Batch menu, beside the batch's other actions; the registry one in the Registry menu.
    bool inBatchMenu = false;
    bool inRegistryMenu = false;
    for (QAction *entry : window.menuBar()->actions()) {
        if (!entry->menu())
            continue;
        const QList<QAction *> actions = entry->menu()->actions();
        inBatchMenu =
            inBatchMenu || (actions.contains(list) && window.findChild<QAction *>(QStringLiteral("editBatchAction")) &&
                            actions.contains(window.findChild<QAction *>(QStringLiteral("editBatchAction"))));
        inRegistryMenu = inRegistryMenu || (actions.contains(imports->importRegistryAction()) &&
                                            entry->menu()->objectName() == QLatin1String("registryMenu"));
    }
    QVERIFY(inBatchMenu);
    QVERIFY(inRegistryMenu);

    window.setOfficial(supervisor.value());
    QVERIFY(window.navigator()->selectBatch(m_batchId));
    QVERIFY(list->isEnabled());
    QVERIFY(imports->importRegistryAction()->isEnabled());

    // A verifier may neither enter persons nor import the registry; the tooltip says why.
    window.setOfficial(verifier.value());
    QVERIFY(!list->isEnabled());
    QVERIFY(list->toolTip().contains(QStringLiteral("do not allow")));
    QVERIFY(!imports->importRegistryAction()->isEnabled());

    // A confirmed batch takes no list.
    const qint64 draft = m_fixture.batch(m_fixture.exchange(QStringLiteral("Обмін 2")));
    QVERIFY(draft != 0);
    window.setOfficial(supervisor.value());
    QVERIFY(window.navigator()->selectBatch(draft));
    QVERIFY(list->isEnabled());
    const Status confirmed = testing::forceBatchStatus(m_fixture.store->connection(), m_batchId,
                                                       QStringLiteral("confirmed"), supervisor.value().id);
    QVERIFY2(confirmed, qPrintable(confirmed.text()));
    QVERIFY(window.navigator()->selectBatch(m_batchId));
    QCOMPARE(window.batchPanel()->batch().status, BatchStatus::Confirmed);
    QVERIFY(!list->isEnabled());
    QVERIFY(list->toolTip().contains(QStringLiteral("draft")));

    // Triggered, it opens the wizard for the selected draft batch.
    QVERIFY(window.navigator()->selectBatch(draft));
    QVERIFY(list->isEnabled());
    list->trigger();
    ImportWizard *wizard = imports->wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->batchId(), draft);
    QVERIFY(wizard->isVisible());
    wizard->reject();
}

QTEST_MAIN(ImportWizardTest)
#include "tst_importwizard.moc"
