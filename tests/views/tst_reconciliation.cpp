// The reconciliation window: the other side's list of a batch against ours in three groups and the counts, a
// difference marked resolved with a note and reopened, writes refused for a closed batch or a role that may not,
// a list with problems shown line by line and nothing stored, the CSV report and the printed report (PDF read back
// with pdftotext), and the Batch menu's action.

#include "GuiTest.h"

#include "MainWindow.h"
#include "NavigatorWidget.h"
#include "ReasonDialog.h"
#include "ReconciliationActions.h"
#include "items/ItemRoles.h"
#include "items/ReconciliationModel.h"
#include "print/ReconciliationPrinter.h"
#include "io/CounterpartListFile.h"
#include "reconciliation/ReconciliationDialogs.h"
#include "reconciliation/ReconciliationWindow.h"
#include "storage/CounterpartFixture.h"
#include "storage/CounterpartRepository.h"
#include "storage/ReconciliationReport.h"
#include "storage/Store.h"

#include "storage/ForceStatus.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

namespace {

constexpr qint64 kBatch = 2;          // the demo's batch in verification, 16 persons
constexpr qint64 kConfirmedBatch = 1; // the demo's confirmed batch

// A list with two bad rows: a date that is no date (line 3, column 4) and a sex that is none (line 5, column 5).
const char kBadList[] = "record_id,surname,given_name,birth_date,sex\n"
                        "1,Гнатюк,Василь,1989-05-18,M\n"
                        "2,Іваненко,Олексій,1997-13-40,M\n"
                        "3,Мороз,Станіслав,1984-08-08,M\n"
                        "4,Клименко,Анна,1992-11-11,X\n";

QStringList column(QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data(role).toString();
    return values;
}

} // namespace

class ReconciliationTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void groupsHoldTheExpectedRows_data();
    void groupsHoldTheExpectedRows();
    void riskiestRowsAreColoured();
    void markResolvedNeedsANoteAndIsStored();
    void reopenTakesTheResolutionBack();
    void writesFollowTheBatchStatus_data();
    void writesFollowTheBatchStatus();
    void writesFollowTheRole_data();
    void writesFollowTheRole();
    void loadingAListStoresItAndShowsIt();
    void aListWithProblemsIsShownAndNotStored();
    void exportCsvWritesTheReport();
    void printedReportNamesEveryone();
    void printPreviewShowsTheReport();
    void batchMenuOpensTheWindow();

private:
    Status importTheirList(qint64 batchId, const QByteArray &content = testing::theirListOfBatch2());
    QString writeFile(const QString &name, const QByteArray &content) const;
    void useAccount(const char *username);
    void selectRow(QTableView *view, int row);
    QStringList pdfText(const QString &pdf) const;

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    int m_run = 0;
};

void ReconciliationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto made = testing::writeDemoTemplate(m_dir);
    QVERIFY2(made.ok(), qPrintable(made.text()));
    m_template = made.value();
}

void ReconciliationTest::init()
{
    // Every test on its own copy of the demo database.
    auto copy = testing::openDemoCopy(m_template, m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(++m_run)));
    QVERIFY2(copy.ok(), qPrintable(copy.text()));
    m_db = std::move(copy.value().db);
    m_store = std::move(copy.value().store);
}

void ReconciliationTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void ReconciliationTest::useAccount(const char *username)
{
    const Status used = testing::useDemoAccount(*m_store, username);
    QVERIFY2(used.ok(), qPrintable(used.text()));
}

QString ReconciliationTest::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

Status ReconciliationTest::importTheirList(qint64 batchId, const QByteArray &content)
{
    const auto read = testing::readTheirList(m_dir.filePath(QStringLiteral("their-%1.csv").arg(m_run)), content);
    if (!read)
        return read.status();
    auto stored =
        CounterpartRepository(m_db->connection())
            .importList(batchId, QStringLiteral("their.csv"), read.value().sha256, read.value().rows, m_store->actor());
    return stored ? Status() : stored.status();
}

void ReconciliationTest::selectRow(QTableView *view, int row)
{
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QStringList ReconciliationTest::pdfText(const QString &pdf) const
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}

void ReconciliationTest::groupsHoldTheExpectedRows_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstRowHolds"); // a text of the first row's cells
    QTest::addColumn<int>("firstRisk");
    QTest::newRow("differences, riskiest first")
        << QStringLiteral("differences") << -1 << QStringLiteral("Гнатюк") << int(RiskLevel::High);
    QTest::newRow("only on their list") << QStringLiteral("onlyTheirs") << 1 << QStringLiteral("Петренко")
                                        << int(RiskLevel::High);
    QTest::newRow("only on our list") << QStringLiteral("onlyOurs") << 2 << QStringLiteral("Костенко")
                                      << int(RiskLevel::High);
}

void ReconciliationTest::groupsHoldTheExpectedRows()
{
    QFETCH(QString, group);
    QFETCH(int, rows);
    QFETCH(QString, firstRowHolds);
    QFETCH(int, firstRisk);
    const Status imported = importTheirList(kBatch);
    QVERIFY2(imported.ok(), qPrintable(imported.text()));
    ReconciliationWindow window(*m_store, kBatch);
    QVERIFY(window.hasList());
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    for (QTableView *view :
         {window.differencesView(), window.onlyTheirsView(), window.onlyOursView(), window.countsView()})
        new QAbstractItemModelTester(view->model(), mode, &window);

    QTableView *view = group == QLatin1String("differences")  ? window.differencesView()
                       : group == QLatin1String("onlyTheirs") ? window.onlyTheirsView()
                                                              : window.onlyOursView();
    QAbstractItemModel *model = view->model();
    if (rows >= 0)
        QCOMPARE(model->rowCount(), rows);
    else
        QVERIFY(model->rowCount() >= 2);
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->index(0, c).data().toString();
    QVERIFY2(cells.join(QLatin1Char('|')).contains(firstRowHolds), qPrintable(cells.join(QLatin1Char('|'))));
    QCOMPARE(model->index(0, 0).data(roles::RiskLevelRole).toInt(), firstRisk);

    if (group == QLatin1String("differences")) {
        // Гнатюк's birth date first, then the given name in another language (medium) before any low risk.
        QCOMPARE(model->index(0, 0).data(roles::FieldCodeRole).toString(), QStringLiteral("birth_date"));
        int previous = int(RiskLevel::High);
        bool sawIvanenko = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const int risk = model->index(row, 0).data(roles::RiskLevelRole).toInt();
            QVERIFY2(risk <= previous, qPrintable(QStringLiteral("row %1 is riskier than the one above").arg(row)));
            previous = risk;
            if (model->index(row, ReconciliationDifferencesModel::OurPersonColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Іваненко")) &&
                model->index(row, 0).data(roles::FieldCodeRole).toString() == QLatin1String("given_name")) {
                QCOMPARE(risk, int(RiskLevel::Medium));
                sawIvanenko = true;
            }
        }
        QVERIFY(sawIvanenko);
    }
    if (group == QLatin1String("onlyOurs"))
        QVERIFY(column(model, ReconciliationOnlyModel::SurnameColumn).contains(QStringLiteral("Гриценко")));

    // The counts: 16 on ours, 15 on theirs.
    QAbstractItemModel *counts = window.countsView()->model();
    const int total = column(counts, 0, roles::ReconciliationKeyRole).indexOf(QStringLiteral("total"));
    QVERIFY(total >= 0);
    QCOMPARE(counts->index(total, ReconciliationCountsModel::OursColumn).data().toInt(), 16);
    QCOMPARE(counts->index(total, ReconciliationCountsModel::TheirsColumn).data().toInt(), 15);
}

void ReconciliationTest::riskiestRowsAreColoured()
{
    QVERIFY(importTheirList(kBatch).ok());
    ReconciliationWindow window(*m_store, kBatch);
    QAbstractItemModel *model = window.differencesView()->model();
    QVERIFY(model->rowCount() > 0);
    const QColor high = model->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY2(high.red() > high.green() + 20, qPrintable(high.name()));
    QVERIFY(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    // A low risk (or a pair that agrees) keeps the table's own colours.
    const int last = model->rowCount() - 1;
    QVERIFY(model->index(last, 0).data(roles::RiskLevelRole).toInt() <= int(RiskLevel::Low));
    QVERIFY(!model->index(last, 0).data(Qt::BackgroundRole).isValid());
    // Only on one list: red too.
    const QColor only = window.onlyTheirsView()->model()->index(0, 1).data(Qt::BackgroundRole).value<QBrush>().color();
    QCOMPARE(only, high);
}

void ReconciliationTest::markResolvedNeedsANoteAndIsStored()
{
    QVERIFY(importTheirList(kBatch).ok());
    ReconciliationWindow window(*m_store, kBatch);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.resolveButton()->isEnabled()); // nothing selected
    selectRow(window.differencesView(), 0);
    QVERIFY(window.resolveButton()->isEnabled());
    QVERIFY(!window.reopenButton()->isEnabled());
    const QString key = window.model()->differences()->target(0).key;
    QVERIFY(key.startsWith(QLatin1String("pair:")));

    const QString note = QStringLiteral("Перевірено з довідкою: правильна дата 18.05.1989");
    bool okWasDisabledWhileEmpty = false;
    bool askedForANote = false;
    auto watch = test::ModalWatch::on<ReasonDialog>([&](ReasonDialog *dialog) {
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("resolutionNoteEdit"));
        if (!ok || !edit)
            return dialog->reject();
        okWasDisabledWhileEmpty = !ok->isEnabled();
        // The reason dialog, asking for a note: its own hints, not the reason's.
        askedForANote = dialog->objectName() == QLatin1String("resolutionNoteDialog") &&
                        edit->placeholderText().contains(QLatin1String("same person")) &&
                        edit->toolTip().contains(QLatin1String("checked")) &&
                        ok->toolTip() == QLatin1String("Type the note first");
        edit->setFocus();
        test::typeText(edit, QStringLiteral("   "));
        if (ok->isEnabled()) // blanks are no note
            return dialog->reject();
        test::typeText(edit, note);
        ok->click();
    });
    QTest::mouseClick(window.resolveButton(), Qt::LeftButton);
    QVERIFY(watch->seen());
    QVERIFY(okWasDisabledWhileEmpty);
    QVERIFY(askedForANote);

    // The row shows it, in place.
    QAbstractItemModel *model = window.differencesView()->model();
    QCOMPARE(model->index(0, 0).data(roles::ReconciliationKeyRole).toString(), key);
    QVERIFY(model->index(0, 0).data(roles::ResolvedRole).toBool());
    QCOMPARE(model->index(0, 0).data(roles::ResolutionNoteRole).toString(), note);
    QVERIFY(model->index(0, ReconciliationDifferencesModel::ResolutionColumn).data().toString().contains(note));
    QVERIFY(!window.resolveButton()->isEnabled());
    QVERIFY(window.reopenButton()->isEnabled());

    // The repository holds it, under the official's name.
    auto resolutions = CounterpartRepository(m_db->connection()).resolutions(kBatch);
    QVERIFY2(resolutions.ok(), qPrintable(resolutions.text()));
    QCOMPARE(resolutions.value().size(), 1);
    QCOMPARE(resolutions.value().constFirst().key, key);
    QCOMPARE(resolutions.value().constFirst().note, note);
    QCOMPARE(resolutions.value().constFirst().resolvedBy, m_store->actor().officialId);

    // A window opened later shows it too.
    ReconciliationWindow again(*m_store, kBatch);
    const QStringList keys = column(again.differencesView()->model(), 0, roles::ReconciliationKeyRole);
    const int row = int(keys.indexOf(key));
    QVERIFY(row >= 0);
    QVERIFY(again.differencesView()->model()->index(row, 0).data(roles::ResolvedRole).toBool());
}

void ReconciliationTest::reopenTakesTheResolutionBack()
{
    QVERIFY(importTheirList(kBatch).ok());
    ReconciliationWindow window(*m_store, kBatch);
    selectRow(window.onlyOursView(), 0);
    QVERIFY(window.resolveSelected(QStringLiteral("Звільнений раніше, див. лист від 20.05")));
    auto repository = CounterpartRepository(m_db->connection());
    QCOMPARE(repository.resolutions(kBatch).value().size(), 1);
    QVERIFY(window.onlyOursView()->model()->index(0, 0).data(roles::ResolvedRole).toBool());
    QVERIFY(window.reopenButton()->isEnabled());
    QTest::mouseClick(window.reopenButton(), Qt::LeftButton);
    QVERIFY(!window.onlyOursView()->model()->index(0, 0).data(roles::ResolvedRole).toBool());
    QCOMPARE(repository.resolutions(kBatch).value().size(), 0);
    QVERIFY(window.resolveButton()->isEnabled());
}

void ReconciliationTest::writesFollowTheBatchStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("writable");
    QTest::newRow("draft") << QStringLiteral("draft") << true;
    QTest::newRow("in verification") << QStringLiteral("in_verification") << true;
    QTest::newRow("verified") << QStringLiteral("verified") << true;
    QTest::newRow("confirmed") << QStringLiteral("confirmed") << false;
    QTest::newRow("completed") << QStringLiteral("completed") << false;
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << false;
}

void ReconciliationTest::writesFollowTheBatchStatus()
{
    QFETCH(QString, status);
    QFETCH(bool, writable);
    QVERIFY(importTheirList(kBatch).ok());
    const Status moved = testing::forceBatchStatus(m_db->connection(), kBatch, status, m_store->actor().officialId);
    QVERIFY2(moved.ok(), qPrintable(moved.text()));
    ReconciliationWindow window(*m_store, kBatch);
    QVERIFY(window.hasList());
    selectRow(window.differencesView(), 0);
    QCOMPARE(window.loadButton()->isEnabled(), writable);
    QCOMPARE(window.encodingBox()->isEnabled(), writable);
    QCOMPARE(window.resolveButton()->isEnabled(), writable);
    QCOMPARE(window.writeRefusal().isEmpty(), writable);
    // Reading, exporting and printing stay.
    QVERIFY(window.exportCsvButton()->isEnabled());
    QCOMPARE(window.resolveSelected(QStringLiteral("a note")), writable);
    QCOMPARE(CounterpartRepository(m_db->connection()).resolutions(kBatch).value().size(), writable ? 1 : 0);
}

void ReconciliationTest::writesFollowTheRole_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("mayLoad");
    QTest::addColumn<bool>("mayResolve");
    QTest::newRow("operator") << QString::fromLatin1(DemoData::kOperatorUsername) << true << true;
    QTest::newRow("verifier") << QString::fromLatin1(DemoData::kVerifierUsername) << false << true;
    QTest::newRow("supervisor") << QString::fromLatin1(DemoData::kSupervisorUsername) << false << false;
}

void ReconciliationTest::writesFollowTheRole()
{
    QFETCH(QString, username);
    QFETCH(bool, mayLoad);
    QFETCH(bool, mayResolve);
    QVERIFY(importTheirList(kBatch).ok());
    useAccount(username.toLatin1().constData());
    QCOMPARE(m_store->actor().username, username);
    ReconciliationWindow window(*m_store, kBatch);
    selectRow(window.differencesView(), 0);
    QCOMPARE(window.loadButton()->isEnabled(), mayLoad);
    QCOMPARE(window.resolveButton()->isEnabled(), mayResolve);
    QCOMPARE(window.writeRefusal().isEmpty(), mayLoad && mayResolve);
    QCOMPARE(window.resolveSelected(QStringLiteral("checked")), mayResolve);
    // Read-only database: nothing for anyone.
    window.setReadOnly(QStringLiteral("the audit trail is broken"));
    QVERIFY(!window.loadButton()->isEnabled());
    QVERIFY(window.writeRefusal().contains(QStringLiteral("the audit trail is broken")));
}

void ReconciliationTest::loadingAListStoresItAndShowsIt()
{
    ReconciliationWindow window(*m_store, kBatch);
    QVERIFY(!window.hasList());
    QVERIFY(!window.exportCsvButton()->isEnabled());
    QCOMPARE(window.differencesView()->model()->rowCount(), 0);
    QSignalSpy said(&window, &ReconciliationWindow::message);
    const QString path = writeFile(QStringLiteral("from-them.csv"), testing::theirListOfBatch2());
    QVERIFY(window.loadList(path));
    QVERIFY(window.hasList());
    QCOMPARE(window.onlyTheirsView()->model()->rowCount(), 1);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().constFirst().toString().contains(QStringLiteral("from-them.csv")),
             qPrintable(said.constFirst().constFirst().toString()));
    auto lists = CounterpartRepository(m_db->connection()).lists(kBatch);
    QVERIFY2(lists.ok(), qPrintable(lists.text()));
    QCOMPARE(lists.value().size(), 1);
    QCOMPARE(lists.value().constFirst().fileName, QStringLiteral("from-them.csv"));
    QCOMPARE(lists.value().constFirst().rowCount, 15);
    auto hash = CounterpartListFile::sha256(path);
    QVERIFY(hash.ok());
    QCOMPARE(lists.value().constFirst().sha256, hash.value());

    // The encoding chosen by hand: the same list in Windows-1251 reads the same.
    const QByteArray cp1251 = [] {
        QByteArray bytes;
        const QString text = QString::fromUtf8(testing::theirListOfBatch2());
        for (const QChar ch : text) {
            const char16_t u = ch.unicode();
            if (u < 0x80)
                bytes += char(u);
            else if (u >= 0x0410 && u <= 0x044f)
                bytes += char(0xc0 + (u - 0x0410));
            else if (u == 0x0456) // і
                bytes += char(0xb3);
            else if (u == 0x0406) // І
                bytes += char(0xb2);
            else if (u == 0x0457) // ї
                bytes += char(0xbf);
            else if (u == 0x0454) // є
                bytes += char(0xba);
            else if (u == 0x2116) // №
                bytes += char(0xb9);
            else
                bytes += '?';
        }
        return bytes;
    }();
    window.encodingBox()->setCurrentIndex(window.encodingBox()->findData(int(TextEncoding::Windows1251)));
    QVERIFY(window.loadList(writeFile(QStringLiteral("from-them-1251.csv"), cp1251)));
    QCOMPARE(CounterpartRepository(m_db->connection()).lists(kBatch).value().size(), 2);
    QCOMPARE(window.onlyTheirsView()->model()->index(0, ReconciliationOnlyModel::SurnameColumn).data().toString(),
             QStringLiteral("Петренко"));
}

void ReconciliationTest::aListWithProblemsIsShownAndNotStored()
{
    QVERIFY(importTheirList(kBatch).ok());
    ReconciliationWindow window(*m_store, kBatch);
    const int before = int(window.onlyTheirsView()->model()->rowCount());
    const QString path = writeFile(QStringLiteral("bad.csv"), QByteArray(kBadList));
    QString shown;
    auto watch = test::ModalWatch::on<ListProblemsDialog>([&shown](ListProblemsDialog *dialog) {
        shown = dialog->problemText();
        dialog->reject();
    });
    QVERIFY(!window.loadList(path));
    QVERIFY(watch->seen());
    const QStringList lines = shown.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(path + QStringLiteral(":3:4: ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(path + QStringLiteral(":5:5: ")), qPrintable(lines.at(1)));
    // Nothing stored: still the one list, the window as it was.
    QCOMPARE(CounterpartRepository(m_db->connection()).lists(kBatch).value().size(), 1);
    QCOMPARE(window.onlyTheirsView()->model()->rowCount(), before);
}

void ReconciliationTest::exportCsvWritesTheReport()
{
    QVERIFY(importTheirList(kBatch).ok());
    ReconciliationWindow window(*m_store, kBatch);
    const QString path = m_dir.filePath(QStringLiteral("reconciliation-%1.csv").arg(m_run));
    QVERIFY(window.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3);
    QCOMPARE(lines.constFirst(), ReconciliationReport::columnNames().join(QLatin1Char(',')));
    QCOMPARE(lines.constFirst().left(12), QStringLiteral("section,key,"));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^only_theirs,"))).size(), 1);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^only_ours,"))).size(), 2);
    QVERIFY(lines.filter(QStringLiteral("Петренко")).size() == 1);
    // A path that cannot be written: refused, said, nothing left.
    QString said;
    auto watch = test::answerMessageBox(QMessageBox::Ok, &said);
    QVERIFY(!window.exportCsv(m_dir.filePath(QStringLiteral("no-such-folder/r.csv"))));
    QVERIFY(watch->seen());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no-such-folder/r.csv"))));
}

void ReconciliationTest::printedReportNamesEveryone()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    QVERIFY(importTheirList(kBatch).ok());
    ReconciliationWindow window(*m_store, kBatch);
    selectRow(window.onlyTheirsView(), 0);
    QVERIFY(window.resolveSelected(QStringLiteral("Включений за домовленістю 21.05")));
    const QString path = m_dir.filePath(QStringLiteral("reconciliation-%1.pdf").arg(m_run));
    QVERIFY(window.exportPdf(path));
    const QStringList pages = pdfText(path);
    QVERIFY2(!pages.isEmpty(), "pdftotext read nothing");
    const QString all = pages.join(QLatin1Char('\n'));
    // Every person of both lists: the pairs under our names, those only on one list under theirs or ours.
    for (const QString &name : {QStringLiteral("Гнатюк"), QStringLiteral("Іваненко"), QStringLiteral("Петренко"),
                                QStringLiteral("Костенко"), QStringLiteral("Гриценко"), QStringLiteral("Ковальчук")})
        QVERIFY2(all.contains(name), qPrintable(name));
    QVERIFY(all.contains(QStringLiteral("Включений за домовленістю 21.05")));
    QVERIFY(all.contains(QStringLiteral("their.csv")));
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages.at(i).contains(QStringLiteral("CONTAINS PERSONAL DATA")), qPrintable(QString::number(i)));
        QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                 qPrintable(pages.at(i)));
    }
    // The same document on any paged device: a second PDF from the printer class itself has as many pages.
    ReconciliationPrinter::Context context;
    context.batch = m_store->batches().get(kBatch).value();
    context.exchange = m_store->exchanges().get(context.batch.exchangeId).value();
    context.list = CounterpartRepository(m_db->connection()).currentList(kBatch).value();
    const QString second = m_dir.filePath(QStringLiteral("second-%1.pdf").arg(m_run));
    auto written = ReconciliationPrinter::writePdf(window.model()->reconciliation(), context, second);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    QCOMPARE(written.value(), int(pages.size()));
    // Nothing left behind when the PDF cannot be written.
    QVERIFY(!ReconciliationPrinter::writePdf(window.model()->reconciliation(), context,
                                             m_dir.filePath(QStringLiteral("no-such-folder/r.pdf")))
                 .ok());
}

void ReconciliationTest::printPreviewShowsTheReport()
{
    QVERIFY(importTheirList(kBatch).ok());
    ReconciliationWindow window(*m_store, kBatch);
    QSignalSpy said(&window, &ReconciliationWindow::message);
    QString title;
    auto watch = test::ModalWatch::on<QPrintPreviewDialog>([&title](QPrintPreviewDialog *dialog) {
        title = dialog->windowTitle();
        dialog->reject();
    });
    window.printPreview();
    QVERIFY(watch->seen());
    QVERIFY2(title.contains(QStringLiteral("reconciliation")), qPrintable(title));
    QCOMPARE(said.size(), 0); // cancelled: nothing sent to a printer
    // Without a list there is nothing to print.
    ReconciliationWindow empty(*m_store, 3);
    QVERIFY(!empty.hasList());
    auto none = test::ModalWatch::on<QPrintPreviewDialog>([](QPrintPreviewDialog *dialog) { dialog->reject(); });
    empty.printPreview();
    QVERIFY(!none->seen());
    QVERIFY(!empty.exportPdf(m_dir.filePath(QStringLiteral("none.pdf"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
}

void ReconciliationTest::batchMenuOpensTheWindow()
{
    QVERIFY(importTheirList(kBatch).ok());
    MainWindow main(*m_store);
    auto *actions = main.findChild<ReconciliationActions *>();
    QVERIFY(actions);
    QAction *reconcile = actions->reconcileAction();
    QCOMPARE(reconcile->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    // In the Batch menu, beside the batch's own actions.
    bool inBatchMenu = false;
    for (QAction *entry : main.menuBar()->actions())
        if (entry->menu() && entry->menu()->actions().contains(reconcile))
            for (QAction *sibling : entry->menu()->actions())
                inBatchMenu = inBatchMenu || sibling->objectName() == QLatin1String("editBatchAction");
    QVERIFY(inBatchMenu);
    // No shortcut clash with any other action of the window.
    for (QAction *other : main.findChildren<QAction *>())
        if (other != reconcile && !other->shortcut().isEmpty())
            QVERIFY2(other->shortcut() != reconcile->shortcut(), qPrintable(other->objectName()));

    QVERIFY(main.navigator()->selectExchange(1));
    QVERIFY(!reconcile->isEnabled());
    QVERIFY(main.navigator()->selectBatch(kBatch));
    QVERIFY(reconcile->isEnabled());
    reconcile->trigger();
    QPointer<ReconciliationWindow> window = actions->openWindow();
    QVERIFY(window);
    QCOMPARE(window->batchId(), kBatch);
    QVERIFY(window->isVisible());
    QCOMPARE(window->onlyTheirsView()->model()->rowCount(), 1);
    // Again: the same window. Another batch: a new one, the first closed.
    reconcile->trigger();
    QCOMPARE(actions->openWindow(), window.data());
    QVERIFY(main.navigator()->selectBatch(kConfirmedBatch));
    reconcile->trigger();
    QVERIFY(actions->openWindow());
    QCOMPARE(actions->openWindow()->batchId(), kConfirmedBatch);
    QVERIFY(!actions->openWindow()->hasList());
    QVERIFY(!actions->openWindow()->loadButton()->isEnabled()); // confirmed
    QTRY_VERIFY(!window);                                       // deleted on close
    actions->openWindow()->close();
}

QTEST_MAIN(ReconciliationTest)
#include "tst_reconciliation.moc"
