// The open reconciliation window follows the database: a list loaded or an item resolved elsewhere in the program
// (through the store, as another window would) and a change of our list show without the official doing anything,
// a burst of changes costs one reload, the selected item and the scroll positions stay, a change of another batch
// leaves the window alone, and the window's own writes do not make it read everything again.
// Two desks on one database file: when desk B resolves, changes or reopens an item after desk A's window read it,
// A's resolve or reopen is refused naming B, A's typed note is kept, and A decides whether B's resolution stays or
// A's choice is stored over it.

#include "GuiTest.h"
#include "Sanitized.h"
#include "storage/SeenRows.h"

#include "ReasonDialog.h"
#include "items/ItemRoles.h"
#include "items/ReconciliationModel.h"
#include "reconciliation/ReconciliationWindow.h"
#include "storage/AuditLog.h"
#include "storage/CounterpartFixture.h"
#include "storage/CounterpartWrites.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace homeward;
using homeward::test::BoxSeen;

namespace {

constexpr qint64 kBatch = 2;      // the demo's batch in verification, 16 persons
constexpr qint64 kOtherBatch = 3; // the demo's draft batch

// The row of `view` whose key (ReconciliationKeyRole) is `key`, or -1.
int rowOfKey(QTableView *view, const QString &key)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(roles::ReconciliationKeyRole).toString() == key)
            return row;
    return -1;
}

// The key of the row selected in `view`, or an empty text.
QString selectedKey(QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(roles::ReconciliationKeyRole).toString();
}

// Answers the modal windows that open, in turn, each with its step; any further one is rejected and counted, so
// that a question asked once too often fails the test instead of hanging it.
class ModalScript final {
public:
    using Step = std::function<void(QWidget *)>;
    explicit ModalScript(QList<Step> steps) : m_steps(std::move(steps))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || modal == m_last)
                return;
            m_last = modal;
            if (m_done < m_steps.size()) {
                m_steps.at(m_done++)(modal);
            } else {
                ++m_unexpected;
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
            }
        });
        m_timer.start();
    }
    int done() const { return m_done; }
    int unexpected() const { return m_unexpected; }

private:
    QTimer m_timer;
    QList<Step> m_steps;
    QPointer<QWidget> m_last;
    int m_done = 0;
    int m_unexpected = 0;
};

// A step: answers a message box with `button`, keeping what it showed in `*seen`.
ModalScript::Step answer(QMessageBox::StandardButton button, BoxSeen *seen)
{
    return [button, seen](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            seen->name = QStringLiteral("not a message box: ") + modal->objectName();
            static_cast<QDialog *>(modal)->reject();
            return;
        }
        *seen = homeward::test::seeBox(box);
        if (QAbstractButton *chosen = box->button(button))
            chosen->click();
        else
            box->reject();
    };
}

// A step: types `note` into the resolution note dialog and confirms it.
ModalScript::Step typeNote(const QString &note, bool *asked)
{
    return [note, asked](QWidget *modal) {
        auto *dialog = qobject_cast<ReasonDialog *>(modal);
        auto *edit = modal->findChild<QPlainTextEdit *>(QStringLiteral("resolutionNoteEdit"));
        auto *ok = modal->findChild<QPushButton *>(QStringLiteral("okButton"));
        if (!dialog || !edit || !ok) {
            static_cast<QDialog *>(modal)->reject();
            return;
        }
        *asked = true;
        edit->setFocus();
        test::typeText(edit, note);
        ok->click();
    };
}

const QString kNoteA = QStringLiteral("Звірено з довідкою частини: дата 18.05.1989");
const QString kNoteB = QStringLiteral("Погоджено телефоном зі стороною Б");
const QString kFirstNote = QStringLiteral("перша примітка");

} // namespace

class ReconciliationLiveTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void resolvedElsewhereShowsAndSelectionStays_data();
    void resolvedElsewhereShowsAndSelectionStays();
    void aBurstOfWritesIsOneReload();
    void aNewListElsewhereShowsAndSelectionStays();
    void aListForAWindowWithoutOneShowsIt();
    void ourSideChangedShowsAndSelectionFollowsThePair();
    void scrollPositionStays();
    void anotherBatchLeavesTheWindowAlone();
    void ownWritesDoNotReloadEverything();
    void staleResolutionAsksWhichStays_data();
    void staleResolutionAsksWhichStays();

private:
    Status importList(qint64 batchId, const QByteArray &content, const QString &name);
    void selectRow(QTableView *view, int row);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    int m_run = 0;
};

void ReconciliationLiveTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto made = testing::writeDemoTemplate(m_dir);
    QVERIFY2(made.ok(), qPrintable(made.text()));
    m_template = made.value();
}

void ReconciliationLiveTest::init()
{
    auto copy = testing::openDemoCopy(m_template, m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(++m_run)));
    QVERIFY2(copy.ok(), qPrintable(copy.text()));
    m_db = std::move(copy.value().db);
    m_store = std::move(copy.value().store);
}

void ReconciliationLiveTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

Status ReconciliationLiveTest::importList(qint64 batchId, const QByteArray &content, const QString &name)
{
    const auto read = testing::readTheirList(m_dir.filePath(QStringLiteral("%1-%2").arg(m_run).arg(name)), content);
    if (!read)
        return read.status();
    // Another part of the program: the store's writes, not the window's.
    auto stored = CounterpartWrites(*m_store).importList(batchId, name, read.value().sha256, read.value().rows);
    return stored ? Status() : stored.status();
}

void ReconciliationLiveTest::selectRow(QTableView *view, int row)
{
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReconciliationLiveTest::resolvedElsewhereShowsAndSelectionStays_data()
{
    QTest::addColumn<QString>("group");
    QTest::newRow("a difference") << QStringLiteral("differences");
    QTest::newRow("only on their list") << QStringLiteral("onlyTheirs");
    QTest::newRow("only on our list") << QStringLiteral("onlyOurs");
}

void ReconciliationLiveTest::resolvedElsewhereShowsAndSelectionStays()
{
    QFETCH(QString, group);
    const Status imported = importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv"));
    QVERIFY2(imported.ok(), qPrintable(imported.text()));
    ReconciliationWindow window(*m_store, kBatch);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    for (QTableView *view : {window.differencesView(), window.onlyTheirsView(), window.onlyOursView()})
        new QAbstractItemModelTester(view->model(), mode, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTableView *view = group == QLatin1String("differences")  ? window.differencesView()
                       : group == QLatin1String("onlyTheirs") ? window.onlyTheirsView()
                                                              : window.onlyOursView();
    // The official is on the last item of the group (for the differences, the last one that can be resolved).
    int row = view->model()->rowCount() - 1;
    while (row >= 0 && view->model()->index(row, 0).data(roles::ReconciliationKeyRole).toString().isEmpty())
        --row;
    QVERIFY(row >= 0);
    selectRow(view, row);
    QVERIFY(window.resolveButton()->isEnabled());
    QVERIFY(!window.reopenButton()->isEnabled());
    const QString key = selectedKey(view);
    const int openBefore = window.model()->openCount();

    // Meanwhile another official's window resolves another item, and this one: the store's writes.
    ResolutionTarget target;
    ResolutionTarget other;
    if (group == QLatin1String("differences")) {
        target = window.model()->differences()->target(row);
        other = window.model()->onlyTheirs()->target(0);
    } else {
        auto *model = group == QLatin1String("onlyTheirs") ? window.model()->onlyTheirs() : window.model()->onlyOurs();
        target = model->target(row);
        other = window.model()->differences()->target(0);
    }
    QVERIFY(target.resolvable && other.resolvable);
    CounterpartWrites writes(*m_store);
    Status done = writes.resolve(kBatch, other.key, other.oursValue, other.theirsValue, QStringLiteral("checked"),
                                 SeenRow{other.state.rowId, other.state.rowVersion});
    QVERIFY2(done.ok(), qPrintable(done.text()));
    done = writes.resolve(kBatch, target.key, target.oursValue, target.theirsValue,
                          QStringLiteral("agreed by phone with the other side"),
                          SeenRow{target.state.rowId, target.state.rowVersion});
    QVERIFY2(done.ok(), qPrintable(done.text()));

    // Shown without the official doing anything; the same item still selected, now to reopen.
    QTRY_COMPARE(window.model()->openCount(), openBefore - 2);
    const int now = rowOfKey(view, key);
    QVERIFY(now >= 0);
    QVERIFY(view->model()->index(now, 0).data(roles::ResolvedRole).toBool());
    QCOMPARE(view->model()->index(now, 0).data(roles::ResolutionNoteRole).toString(),
             QStringLiteral("agreed by phone with the other side"));
    QCOMPARE(selectedKey(view), key);
    QVERIFY(window.reopenButton()->isEnabled());
    QVERIFY(!window.resolveButton()->isEnabled());
    // The window's own action works on the kept selection.
    QVERIFY(window.reopenSelected());
    QCOMPARE(window.model()->openCount(), openBefore - 1);
    QCOMPARE(selectedKey(view), key);
}

void ReconciliationLiveTest::aBurstOfWritesIsOneReload()
{
    QVERIFY(importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv")).ok());
    ReconciliationWindow window(*m_store, kBatch);
    QSignalSpy resets(window.model()->differences(), &QAbstractItemModel::modelReset);
    CounterpartWrites writes(*m_store);
    QList<ResolutionTarget> targets;
    for (int row = 0; row < window.model()->differences()->rowCount(); ++row)
        if (const ResolutionTarget t = window.model()->differences()->target(row); t.resolvable)
            targets << t;
    QVERIFY(targets.size() >= 2);
    for (const ResolutionTarget &t : std::as_const(targets))
        QVERIFY(writes
                    .resolve(kBatch, t.key, t.oursValue, t.theirsValue, QStringLiteral("in order"),
                             SeenRow{t.state.rowId, t.state.rowVersion})
                    .ok());
    const QString first = targets.constFirst().key;
    QVERIFY(writes.unresolve(kBatch, first, testing::seenResolution(writes.repository(), kBatch, first)).ok());
    QCOMPARE(resets.size(), 0); // nothing read while the writes go on
    QTRY_COMPARE(resets.size(), 1);
    QTest::qWait(50);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(window.model()->differences()->openCount(), 1);
}

void ReconciliationLiveTest::aNewListElsewhereShowsAndSelectionStays()
{
    QVERIFY(importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv")).ok());
    ReconciliationWindow window(*m_store, kBatch);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.onlyOursView()->model()->rowCount(), 2);
    QCOMPARE(window.onlyTheirsView()->model()->rowCount(), 1);
    // On Гнатюк's birth date, which the new list still gives otherwise.
    QTableView *view = window.differencesView();
    QCOMPARE(view->model()->index(0, 0).data(roles::FieldCodeRole).toString(), QStringLiteral("birth_date"));
    selectRow(view, 0);
    const QString key = selectedKey(view);
    QVERIFY(!key.isEmpty());

    QVERIFY(importList(kBatch, testing::secondListOfBatch2(), QStringLiteral("their-2.csv")).ok());
    QTRY_COMPARE(window.onlyTheirsView()->model()->rowCount(), 0);
    QCOMPARE(window.onlyOursView()->model()->rowCount(), 2); // Костенко and Гриценко are still not on theirs
    QCOMPARE(selectedKey(view), key);
    auto *info = window.findChild<QLabel *>(QStringLiteral("listInfoLabel"));
    QVERIFY(info);
    QVERIFY2(info->text().contains(QStringLiteral("their-2.csv")), qPrintable(info->text()));
}

void ReconciliationLiveTest::aListForAWindowWithoutOneShowsIt()
{
    ReconciliationWindow window(*m_store, kBatch);
    QVERIFY(!window.hasList());
    QVERIFY(!window.exportCsvButton()->isEnabled());
    QVERIFY(importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv")).ok());
    QTRY_VERIFY(window.hasList());
    QCOMPARE(window.onlyTheirsView()->model()->rowCount(), 1);
    QVERIFY(window.exportCsvButton()->isEnabled());
}

void ReconciliationLiveTest::ourSideChangedShowsAndSelectionFollowsThePair()
{
    QVERIFY(importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv")).ok());
    ReconciliationWindow window(*m_store, kBatch);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.differencesView();
    QCOMPARE(view->model()->index(0, 0).data(roles::FieldCodeRole).toString(), QStringLiteral("birth_date"));
    selectRow(view, 0);
    const QString key = selectedKey(view);
    const qint64 personId = view->model()->index(0, 0).data(roles::IdRole).toLongLong();
    QVERIFY(personId != 0);
    const int rowsBefore = view->model()->rowCount();

    // Someone corrects Гнатюк's date of birth on our list (the person form, through the store).
    auto person = m_store->persons().get(personId);
    QVERIFY2(person.ok(), qPrintable(person.text()));
    Person corrected = person.value();
    corrected.birthDate = PartialDate::fromDate(QDate(1989, 5, 19));
    const Status updated = m_store->persons().update(corrected);
    QVERIFY2(updated.ok(), qPrintable(updated.text()));

    // That difference is gone; the selection stays on the same pair, on the first of its other rows.
    QTRY_COMPARE(rowOfKey(view, key), -1);
    QCOMPARE(view->model()->rowCount(), rowsBefore - 1);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(roles::IdRole).toLongLong(), personId);
    const QString pairPrefix = key.left(key.lastIndexOf(QLatin1Char(':')) + 1);
    int firstOfPair = -1;
    for (int row = 0; row < view->model()->rowCount() && firstOfPair < 0; ++row)
        if (view->model()->index(row, 0).data(roles::IdRole).toLongLong() == personId)
            firstOfPair = row;
    QCOMPARE(selected.constFirst().row(), firstOfPair);
    const QString nowKey = selected.constFirst().data(roles::ReconciliationKeyRole).toString();
    QVERIFY2(nowKey.isEmpty() || nowKey.startsWith(pairPrefix), qPrintable(nowKey));
}

void ReconciliationLiveTest::scrollPositionStays()
{
    QVERIFY(importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv")).ok());
    ReconciliationWindow window(*m_store, kBatch);
    window.resize(900, 420); // the differences do not fit: the view scrolls
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.differencesView();
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    const int position = bar->maximum();
    bar->setValue(position);
    const int horizontal = view->horizontalScrollBar()->maximum() / 2;
    view->horizontalScrollBar()->setValue(horizontal);
    QSignalSpy resets(window.model()->differences(), &QAbstractItemModel::modelReset);

    const ResolutionTarget t = window.model()->onlyOurs()->target(0);
    QVERIFY(CounterpartWrites(*m_store)
                .resolve(kBatch, t.key, t.oursValue, t.theirsValue, QStringLiteral("ok"),
                         SeenRow{t.state.rowId, t.state.rowVersion})
                .ok());
    QTRY_COMPARE(resets.size(), 1);
    QCOMPARE(bar->value(), position);
    QCOMPARE(view->horizontalScrollBar()->value(), horizontal);
}

void ReconciliationLiveTest::anotherBatchLeavesTheWindowAlone()
{
    QVERIFY(importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv")).ok());
    ReconciliationWindow window(*m_store, kBatch);
    QSignalSpy resets(window.model()->differences(), &QAbstractItemModel::modelReset);
    // A list for the draft batch 3, and a person entered in it.
    QVERIFY(importList(kOtherBatch, testing::secondListOfBatch2(), QStringLiteral("other.csv")).ok());
    Person person;
    person.surname = QStringLiteral("Бондар");
    person.givenName = QStringLiteral("Олег");
    person.sex = Sex::Male;
    person.category = Category::Serviceman;
    const auto added = m_store->persons().addToBatch(kOtherBatch, person);
    QVERIFY2(added.ok(), qPrintable(added.text()));
    QTest::qWait(50);
    QCOMPARE(resets.size(), 0);
}

void ReconciliationLiveTest::ownWritesDoNotReloadEverything()
{
    QVERIFY(importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv")).ok());
    ReconciliationWindow window(*m_store, kBatch);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy announced(m_store->notifier(), &ChangeNotifier::counterpartChanged);
    QSignalSpy resets(window.model()->differences(), &QAbstractItemModel::modelReset);
    selectRow(window.differencesView(), 0);
    QVERIFY(window.resolveSelected(QStringLiteral("same person")));
    QVERIFY(window.reopenSelected());
    QCOMPARE(announced.size(), 2); // other windows learn of it
    QTest::qWait(50);
    QCOMPARE(resets.size(), 0); // this one updated the rows in place
    QCOMPARE(selectedKey(window.differencesView()),
             window.differencesView()->model()->index(0, 0).data(roles::ReconciliationKeyRole).toString());
}

void ReconciliationLiveTest::staleResolutionAsksWhichStays_data()
{
    QTest::addColumn<QString>("deskB");     // what desk B does after A's window read the item
    QTest::addColumn<bool>("storeMine");    // A's answer: store A's choice over B's (Yes) or keep B's (No)
    QTest::addColumn<bool>("asked");        // whether A is asked at all (B reopened what A reopens: nothing to ask)
    QTest::addColumn<QString>("finalNote"); // the note stored at the end; empty: no resolution
    QTest::addColumn<QString>("finalBy");   // "A" or "B": who resolved it last
    QTest::addColumn<int>("auditRows");     // rows the trail gains from A's answer
    QTest::addColumn<QString>("action");    // the newest audit row about the resolution

    // The sanitizer build samples: every code path once (the rows where A stores theirs reach the question too).
    const bool all = !testing::kSanitized;
    // The item is open in A's window; B resolves it; A resolves it with a typed note.
    if (all)
        QTest::newRow("B resolves, A keeps B's") << "resolve" << false << true << kNoteB << "B" << 0 << "resolve";
    QTest::newRow("B resolves, A stores A's note") << "resolve" << true << true << kNoteA << "A" << 1 << "update";
    // The item is resolved in A's window; B changes the note; A reopens it.
    if (all)
        QTest::newRow("B changes the note, A keeps it")
            << "change note" << false << true << kNoteB << "B" << 0 << "update";
    QTest::newRow("B changes the note, A reopens anyway")
        << "change note" << true << true << QString() << QString() << 1 << "unresolve";
    // The item is resolved in A's window; B reopens it; A reopens it too: refused, shown, nothing asked.
    QTest::newRow("B reopens, A reopens") << "reopen" << false << false << QString() << QString() << 0 << "unresolve";
}

void ReconciliationLiveTest::staleResolutionAsksWhichStays()
{
    QFETCH(QString, deskB);
    QFETCH(bool, storeMine);
    QFETCH(bool, asked);
    QFETCH(QString, finalNote);
    QFETCH(QString, finalBy);
    QFETCH(int, auditRows);
    QFETCH(QString, action);
    QVERIFY(importList(kBatch, testing::theirListOfBatch2(), QStringLiteral("their.csv")).ok());
    const bool aResolves = deskB == QLatin1String("resolve");

    // Desk B: the demo's verifier, its own connection to the same file.
    auto dbB = Database::open(m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(m_run)));
    QVERIFY2(dbB, qPrintable(dbB.text()));
    Store storeB(dbB.value()->connection());
    QVERIFY(testing::useDemoAccount(storeB, DemoData::kVerifierUsername).ok());
    CounterpartWrites writesA(*m_store);
    CounterpartWrites writesB(storeB);
    const qint64 officialA = m_store->actor().officialId;
    const qint64 officialB = storeB.actor().officialId;
    QVERIFY(officialA != officialB);

    ReconciliationWindow window(*m_store, kBatch);
    QTableView *view = window.differencesView();
    const ResolutionTarget target = window.model()->differences()->target(0);
    QVERIFY(target.resolvable);
    const QString key = target.key;
    if (!aResolves) { // resolved before A's window reads it
        QVERIFY(writesA
                    .resolve(kBatch, key, target.oursValue, target.theirsValue, kFirstNote,
                             testing::seenResolution(writesA.repository(), kBatch, key))
                    .ok());
        window.reload();
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    selectRow(view, 0);
    QCOMPARE(selectedKey(view), key);
    QCOMPARE(window.resolveButton()->isEnabled(), aResolves);
    QCOMPARE(window.reopenButton()->isEnabled(), !aResolves);

    // B's change, after A's window read the item.
    const SeenRow seenByB = testing::seenResolution(writesB.repository(), kBatch, key);
    const Status changed = deskB == QLatin1String("reopen")
                               ? writesB.unresolve(kBatch, key, seenByB)
                               : writesB.resolve(kBatch, key, target.oursValue, target.theirsValue, kNoteB, seenByB);
    QVERIFY2(changed.ok(), qPrintable(changed.text()));
    // The row B wrote (or withdrew): its history tells who wrote last.
    const qint64 resolutionId =
        deskB == QLatin1String("reopen") ? seenByB.id : testing::seenResolution(writesB.repository(), kBatch, key).id;
    QVERIFY(resolutionId != 0);
    const auto trailBefore = AuditLog::rowCount(dbB.value()->connection());
    QVERIFY(trailBefore);
    const auto resolutionsBefore = writesB.repository().resolutions(kBatch);
    QVERIFY(resolutionsBefore);

    QSignalSpy messages(&window, &ReconciliationWindow::message);
    bool noteAsked = false;
    BoxSeen box;
    QList<ModalScript::Step> steps;
    if (aResolves)
        steps << typeNote(kNoteA, &noteAsked);
    steps << answer(storeMine ? QMessageBox::Yes : QMessageBox::No, &box);
    if (!asked)
        steps.last() = answer(QMessageBox::Ok, &box);
    ModalScript script(steps);
    const bool stored = aResolves ? window.resolveSelected() : window.reopenSelected();
    QCOMPARE(script.unexpected(), 0); // the note is asked once, the choice once
    QCOMPARE(script.done(), int(steps.size()));
    QCOMPARE(stored, storeMine);
    QCOMPARE(noteAsked, aResolves);

    // The refusal names desk B; the box compares B's resolution with A's choice.
    const QString nameB = storeB.actor().fullName;
    QVERIFY2(box.text.contains(nameB), qPrintable(box.text));
    if (asked) {
        QCOMPARE(box.name, QStringLiteral("staleChoiceBox"));
        QCOMPARE(box.icon, QMessageBox::Warning);
        QVERIFY(box.noIsDefault);
        QCOMPARE(box.no, QStringLiteral("Keep the stored one"));
        QCOMPARE(box.yes, aResolves ? QStringLiteral("Store my note") : QStringLiteral("Reopen it anyway"));
        QVERIFY2(box.informative.contains(QStringLiteral("Stored now: resolved by %1").arg(nameB)),
                 qPrintable(box.informative));
        QVERIFY2(box.informative.contains(kNoteB), qPrintable(box.informative));
        QVERIFY2(box.informative.contains(QStringLiteral("Yours: ") + (aResolves ? kNoteA : QStringLiteral("reopen"))),
                 qPrintable(box.informative));
    } else {
        QCOMPARE(box.name, QStringLiteral("reconciliationErrorBox"));
        QVERIFY2(box.text.contains(QStringLiteral("withdrawn")), qPrintable(box.text));
    }

    // What is stored: B's resolution untouched, or A's choice over it, with one audit row.
    const auto trailAfter = AuditLog::rowCount(dbB.value()->connection());
    QVERIFY(trailAfter);
    QCOMPARE(trailAfter.value() - trailBefore.value(), qint64(auditRows));
    const auto resolutions = writesB.repository().resolutions(kBatch);
    QVERIFY(resolutions);
    std::optional<ReconciliationResolution> now;
    for (const ReconciliationResolution &r : resolutions.value())
        if (r.key == key)
            now = r;
    QCOMPARE(now.has_value(), !finalNote.isEmpty());
    QCOMPARE(resolutions.value().size(), resolutionsBefore.value().size() - (storeMine && !aResolves ? 1 : 0));
    if (now) {
        QCOMPARE(now->note, finalNote);
        QCOMPARE(now->resolvedBy, finalBy == QLatin1String("A") ? officialA : officialB);
        QCOMPARE(now->id, resolutionId); // A's note replaces B's row, it adds none
    }
    auto history =
        AuditLog::history(dbB.value()->connection(), QStringLiteral("reconciliation_resolution"), resolutionId);
    QVERIFY2(history, qPrintable(history.text()));
    QVERIFY(!history.value().isEmpty());
    QCOMPARE(history.value().constLast().action, action);
    QCOMPARE(history.value().constLast().officialId, storeMine ? officialA : officialB);

    // The window shows what is stored, on the same item; a kept resolution is said so.
    const int row = rowOfKey(view, key);
    QVERIFY(row >= 0);
    QCOMPARE(selectedKey(view), key);
    QCOMPARE(view->model()->index(row, 0).data(roles::ResolvedRole).toBool(), !finalNote.isEmpty());
    if (!finalNote.isEmpty())
        QCOMPARE(view->model()->index(row, 0).data(roles::ResolutionNoteRole).toString(), finalNote);
    if (asked && !storeMine) {
        QVERIFY(!messages.isEmpty());
        const QString said = messages.constLast().at(0).toString();
        QVERIFY2(said.contains(QStringLiteral("kept")) && said.contains(nameB), qPrintable(said));
    }
    QCOMPARE(window.reopenButton()->isEnabled(), !finalNote.isEmpty());
}

QTEST_MAIN(ReconciliationLiveTest)
#include "tst_reconciliationlive.moc"
