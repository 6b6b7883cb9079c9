// The File › Print submenu (PrintActions) on a window over the demo data:
// enabled by the selection, Export to PDF writes a PDF of the selected batch
// or exchange, the print preview opens and draws pages; and SheetPrinter's
// pagination on a printer-like device (QPdfWriter) with another page size.

#include "GuiTest.h"
#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "print/PrintActions.h"
#include "print/SheetPrinter.h"
#include "report/SheetBuilder.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Store.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;

class PrintActionsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void submenuInTheFileMenu();
    void actionsFollowTheSelection();
    void exportWritesAPdf_data();
    void exportWritesAPdf();
    void previewDrawsThePages();
    void exportToAFolderThatDoesNotExistSaysSo();
    void pageSizeOfTheDeviceIsUsed_data();
    void pageSizeOfTheDeviceIsUsed();

private:
    qint64 batchId(int sequenceNo) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    PrintActions *m_print = nullptr;
    QList<Batch> m_batches;
};

void PrintActionsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QVERIFY(m_dir.isValid());
    // One demo database for every test: printing only reads.
    auto db = Database::open(m_dir.filePath(QStringLiteral("print.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    const Status written = DemoData::write(*m_store);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    auto exchanges = m_store->exchanges().list();
    QVERIFY2(exchanges.ok(), qPrintable(exchanges.text()));
    auto batches = m_store->batches().listForExchange(exchanges.value().constFirst().id);
    QVERIFY2(batches.ok(), qPrintable(batches.text()));
    m_batches = batches.value();
}

void PrintActionsTest::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
}

void PrintActionsTest::init()
{
    auto officials = Accounts(m_db->connection()).list();
    QVERIFY2(officials.ok(), qPrintable(officials.text()));
    m_window = std::make_unique<MainWindow>(*m_store);
    for (const Official &official : officials.value())
        if (official.username == QLatin1String(DemoData::kSupervisorUsername)) {
            m_store->setActor(Accounts::actorFor(official));
            m_window->setOfficial(official);
        }
    m_print = m_window->findChild<PrintActions *>(); // the window makes its own
    QVERIFY(m_print);
    m_window->show();
}

void PrintActionsTest::cleanup()
{
    m_print = nullptr;
    m_window.reset();
}

qint64 PrintActionsTest::batchId(int sequenceNo) const
{
    for (const Batch &batch : m_batches)
        if (batch.sequenceNo == sequenceNo)
            return batch.id;
    return 0;
}

void PrintActionsTest::submenuInTheFileMenu()
{
    QMenu *print = m_window->findChild<QMenu *>(QStringLiteral("printMenu"));
    QVERIFY(print);
    QCOMPARE(print, m_print->menu());
    QMenu *file = nullptr;
    for (QAction *entry : m_window->menuBar()->actions())
        if (entry->menu() && entry->menu()->actions().contains(print->menuAction()))
            file = entry->menu();
    QVERIFY2(file, "the Print submenu is not in a menu of the menu bar");
    QVERIFY(file->findChild<QAction *>(QStringLiteral("quitAction")) == nullptr ||
            file->actions().indexOf(print->menuAction()) <
                file->actions().indexOf(m_window->findChild<QAction *>(QStringLiteral("quitAction"))));
    QCOMPARE(m_print->previewAction(PrintActions::Sheet::BatchSummary)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(print->actions().size(), 7); // three sheets to preview, a separator, three to export
}

void PrintActionsTest::actionsFollowTheSelection()
{
    using Sheet = PrintActions::Sheet;
    QVERIFY(m_window->navigator()->selectBatch(batchId(1)));
    QVERIFY(m_print->previewAction(Sheet::BatchSummary)->isEnabled());
    QVERIFY(m_print->exportAction(Sheet::BatchChecklist)->isEnabled());
    QVERIFY(m_print->exportAction(Sheet::ExchangeSummary)->isEnabled());

    QVERIFY(m_window->navigator()->selectExchange(m_batches.constFirst().exchangeId));
    QVERIFY(!m_print->previewAction(Sheet::BatchSummary)->isEnabled());
    QVERIFY(!m_print->exportAction(Sheet::BatchChecklist)->isEnabled());
    QVERIFY(m_print->previewAction(Sheet::ExchangeSummary)->isEnabled());
    QVERIFY(m_print->previewAction(Sheet::BatchSummary)->toolTip().contains(QLatin1String("Select a batch")));
    // A disabled action writes nothing.
    const QString path = m_dir.filePath(QStringLiteral("disabled.pdf"));
    QVERIFY(!m_print->exportPdf(Sheet::BatchSummary, path));
    QVERIFY(!QFile::exists(path));
}

void PrintActionsTest::exportWritesAPdf_data()
{
    QTest::addColumn<int>("sheet");
    QTest::addColumn<int>("sequenceNo");
    QTest::newRow("summary of batch 1") << int(PrintActions::Sheet::BatchSummary) << 1;
    QTest::newRow("summary of batch 2") << int(PrintActions::Sheet::BatchSummary) << 2;
    QTest::newRow("checklist of batch 2") << int(PrintActions::Sheet::BatchChecklist) << 2;
    QTest::newRow("exchange") << int(PrintActions::Sheet::ExchangeSummary) << 1;
}

void PrintActionsTest::exportWritesAPdf()
{
    QFETCH(int, sheet);
    QFETCH(int, sequenceNo);
    QVERIFY(m_window->navigator()->selectBatch(batchId(sequenceNo)));
    const QString path = m_dir.filePath(QStringLiteral("export-%1-%2.pdf").arg(sheet).arg(sequenceNo));
    QString message;
    connect(m_print, &PrintActions::message, this, [&message](const QString &text) { message = text; });
    QVERIFY(m_print->exportPdf(PrintActions::Sheet(sheet), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("DejaVu")); // the font with Cyrillic is embedded
    QVERIFY2(message.contains(QLatin1String("page")), qPrintable(message));
}

void PrintActionsTest::previewDrawsThePages()
{
    QVERIFY(m_window->navigator()->selectBatch(batchId(1)));
    bool opened = false;
    auto watch = test::ModalWatch::on<QPrintPreviewDialog>([&opened](QPrintPreviewDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    m_print->previewAction(PrintActions::Sheet::BatchSummary)->trigger();
    QVERIFY(watch->seen());
    QVERIFY(opened);
}

void PrintActionsTest::exportToAFolderThatDoesNotExistSaysSo()
{
    QVERIFY(m_window->navigator()->selectBatch(batchId(1)));
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/sheet.pdf"));
    QString text;
    auto watch = test::answerMessageBox(QMessageBox::Ok, &text);
    QVERIFY(!m_print->exportPdf(PrintActions::Sheet::BatchSummary, path));
    QVERIFY(watch->seen());
    QVERIFY2(text.contains(QLatin1String("not written")), qPrintable(text));
    QVERIFY(!QFile::exists(path));
}

void PrintActionsTest::pageSizeOfTheDeviceIsUsed_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("landscape");
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << false;
    QTest::newRow("A5 portrait") << int(QPageSize::A5) << false;
    QTest::newRow("Letter landscape") << int(QPageSize::Letter) << true;
}

void PrintActionsTest::pageSizeOfTheDeviceIsUsed()
{
    QFETCH(int, pageSize);
    QFETCH(bool, landscape);
    auto sheet = report::SheetBuilder(m_db->connection()).batchSheet(batchId(1));
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    const QString path = m_dir.filePath(QStringLiteral("size-%1-%2.pdf").arg(pageSize).arg(landscape));
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(150);
        writer.setPageSize(QPageSize(QPageSize::PageSizeId(pageSize)));
        writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        auto printed = SheetPrinter::print(sheet.value(), writer);
        QVERIFY2(printed.ok(), qPrintable(printed.text()));
        pages = printed.value();
    }
    QVERIFY(pages >= 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    if (QPageSize::PageSizeId(pageSize) == QPageSize::A5) {
        auto a4 = SheetPrinter::writePdf(sheet.value(), m_dir.filePath(QStringLiteral("a4.pdf")));
        QVERIFY2(a4.ok(), qPrintable(a4.text()));
        QVERIFY2(pages > a4.value(), "a smaller page holds fewer rows");
    }
}

QTEST_MAIN(PrintActionsTest)
#include "tst_printactions.moc"
