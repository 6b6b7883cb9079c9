#include "GuiTest.h"

#include "BlindReentryDialog.h"
#include "ChecklistReviewWidget.h"
#include "DiscrepancyDialog.h"
#include "IdentityCheckDialog.h"
#include "items/BatchChecklistModel.h"
#include "items/ChecklistModel.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;
using homeward::test::ModalWatch;
using homeward::test::typeText;

namespace {

const QString kDeskB = QStringLiteral("Олена Коваленко");
const QString kDeskA = QStringLiteral("Вірна Перевірка");

} // namespace

// Two verifiers at two desks on one database file: desk A works in the real
// checklist review widget, desk B through its own Store on a second
// connection. When B stores a verdict on a detail (or an operator edits it)
// after A's checklist was read, A's save is refused with B's name, and what A
// chose and typed stays: in the stale bar, after Reload (which shows what is
// stored), and filled into the dialog that "Apply mine again…" opens.
class ChecklistStaleTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void staleDiscrepancyKeepsTheNote_data();
    void staleDiscrepancyKeepsTheNote();
    void staleConfirmationIsMadeAgainOnRequest();
    void staleIdentityCheckKeepsTheWayAndNote();
    void staleBlindReentryKeepsTheTypedValue();
    void discardDropsTheKeptValues();

private:
    qint64 itemId(const QString &code) const;
    VerificationItem storedItem(const QString &code) const;
    void goToItem(const QString &code);
    // Desk B's change to `code`: "discrepancy", "confirm" or "edit detail".
    void changeAtDeskB(const QString &code, const QString &change);
    qint64 auditRows() const;

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_dbA;
    std::unique_ptr<Database> m_dbB;
    std::unique_ptr<Store> m_storeA;
    std::unique_ptr<Store> m_storeB;
    Official m_entrant;
    Official m_verifierA;
    Official m_verifierB;
    qint64 m_batch = 0;
    qint64 m_person = 0;
    std::unique_ptr<ChecklistReviewWidget> m_review;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void ChecklistStaleTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_checkliststale"));
    QSettings().clear();
}

void ChecklistStaleTest::init()
{
    const QString path = m_dir.filePath(QStringLiteral("desks%1.sqlite").arg(++m_files));
    auto dbA = Database::open(path);
    QVERIFY2(dbA, qPrintable(dbA.text()));
    m_dbA = std::move(dbA.value());
    auto dbB = Database::open(path);
    QVERIFY2(dbB, qPrintable(dbB.text()));
    m_dbB = std::move(dbB.value());
    m_storeA = std::make_unique<Store>(m_dbA->connection());
    m_storeB = std::make_unique<Store>(m_dbB->connection());

    auto entrant = testing::signInAs(*m_storeA, QStringLiteral("entrant"), testing::kAllRoles,
                                     QStringLiteral("Оператор Введенко"));
    QVERIFY2(entrant, qPrintable(entrant.text()));
    m_entrant = entrant.value();
    auto verifierA =
        testing::addOfficial(m_dbA->connection(), QStringLiteral("verifier"), testing::kVerifier, true, kDeskA);
    QVERIFY2(verifierA, qPrintable(verifierA.text()));
    m_verifierA = verifierA.value();
    auto verifierB =
        testing::addOfficial(m_dbA->connection(), QStringLiteral("olena"), testing::kAllRoles, true, kDeskB);
    QVERIFY2(verifierB, qPrintable(verifierB.text()));
    m_verifierB = verifierB.value();

    Exchange exchange;
    exchange.title = QStringLiteral("Обмін 16 травня");
    auto exchangeId = m_storeA->exchanges().create(exchange);
    QVERIFY2(exchangeId, qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 1;
    auto batchId = m_storeA->batches().create(batch);
    QVERIFY2(batchId, qPrintable(batchId.text()));
    m_batch = batchId.value();
    Person p;
    p.surname = QStringLiteral("Коваленко");
    p.givenName = QStringLiteral("Іван");
    p.patronymic = QStringLiteral("Петрович");
    p.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    p.serviceNumber = QStringLiteral("АБ123456");
    auto personId = m_storeA->persons().addToBatch(m_batch, p);
    QVERIFY2(personId, qPrintable(personId.text()));
    m_person = personId.value();

    testing::signIn(*m_storeA, m_verifierA);
    testing::signIn(*m_storeB, m_verifierB);
    m_review = std::make_unique<ChecklistReviewWidget>(*m_storeA);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_review->personModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_review->personProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_review->checklistModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_review->resize(1200, 700);
    m_review->setBatch(m_batch);
    m_review->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_review.get()));
    m_review->activateWindow();
    QCOMPARE(m_review->currentPersonId(), m_person);
}

void ChecklistStaleTest::cleanup()
{
    m_testers.clear();
    m_review.reset();
    m_storeA.reset();
    m_storeB.reset();
    m_dbA.reset();
    m_dbB.reset();
}

qint64 ChecklistStaleTest::itemId(const QString &code) const
{
    auto id = sql::scalar(m_dbB->connection(),
                          QStringLiteral("SELECT id FROM verification_item WHERE person_id = ? AND item = ?"),
                          {m_person, code});
    return id ? id.value().toLongLong() : 0;
}

VerificationItem ChecklistStaleTest::storedItem(const QString &code) const
{
    auto item = m_storeB->verification().item(itemId(code));
    return item ? item.value() : VerificationItem{};
}

qint64 ChecklistStaleTest::auditRows() const
{
    auto rows = AuditLog::rowCount(m_dbB->connection());
    return rows ? rows.value() : -1;
}

void ChecklistStaleTest::goToItem(const QString &code)
{
    ChecklistModel *model = m_review->checklistModel();
    const int row = model->rowOfItem(itemId(code));
    QVERIFY(row >= 0);
    m_review->checklistTable()->setCurrentIndex(model->index(row, 0));
    m_review->checklistTable()->setFocus();
    QCOMPARE(m_review->currentItemId(), itemId(code));
}

void ChecklistStaleTest::changeAtDeskB(const QString &code, const QString &change)
{
    const VerificationItem item = storedItem(code);
    QVERIFY(item.id != 0);
    if (change == QLatin1String("discrepancy")) {
        const Status done = m_storeB->verification().markDiscrepancy(item, QStringLiteral("Запис сторони Б"));
        QVERIFY2(done.ok(), qPrintable(done.text()));
    } else if (change == QLatin1String("confirm")) {
        const Status done = m_storeB->verification().confirm(
            item, item.item == CheckItem::Identity ? CheckMethod::InPerson : CheckMethod::Compared);
        QVERIFY2(done.ok(), qPrintable(done.text()));
    } else {
        auto person = m_storeB->persons().get(m_person);
        QVERIFY(person);
        Person edited = person.value();
        edited.patronymic = QStringLiteral("Петрівич");
        const Status saved = m_storeB->persons().update(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.text()));
    }
}

void ChecklistStaleTest::staleDiscrepancyKeepsTheNote_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("B records a discrepancy") << QStringLiteral("discrepancy");
    QTest::newRow("B confirms") << QStringLiteral("confirm");
    QTest::newRow("B edits the detail") << QStringLiteral("edit detail");
}

void ChecklistStaleTest::staleDiscrepancyKeepsTheNote()
{
    QFETCH(QString, change);
    const QString code = QStringLiteral("patronymic");
    const QString mine = QStringLiteral("У паспорті: Петрович; у списку: Петровіч");
    goToItem(code);
    changeAtDeskB(code, change);
    const VerificationItem byB = storedItem(code);
    const qint64 trail = auditRows();

    auto watch = ModalWatch::on<DiscrepancyDialog>([&](DiscrepancyDialog *dialog) {
        typeText(dialog->noteEdit(), mine);
        dialog->recordButton()->click();
    });
    QTest::keyClick(m_review->checklistTable(), Qt::Key_D);
    QVERIFY(watch->seen());

    // Refused, naming desk B; B's row stands; A's note is kept.
    QVERIFY(m_review->staleBar()->isVisible());
    QVERIFY2(m_review->staleMessageLabel()->text().contains(kDeskB), qPrintable(m_review->staleMessageLabel()->text()));
    QVERIFY(m_review->reloadButton()->isVisible());
    QVERIFY(!m_review->reapplyButton()->isVisible());
    QVERIFY(m_review->hasUnsavedVerdict());
    QCOMPARE(m_review->unsavedNote(), mine);
    QVERIFY2(m_review->unsavedValuesLabel()->text().contains(mine), qPrintable(m_review->unsavedValuesLabel()->text()));
    const VerificationItem after = storedItem(code);
    QCOMPARE(after.rowVersion, byB.rowVersion);
    QCOMPARE(after.note, byB.note);
    QCOMPARE(after.state, byB.state);
    QCOMPARE(auditRows(), trail);

    // Reload: the checklist shows what is stored; A's note is still there.
    m_review->reloadButton()->click();
    const int row = m_review->checklistModel()->rowOfItem(after.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_review->checklistModel()->itemAt(row)->rowVersion, byB.rowVersion);
    QCOMPARE(m_review->checklistModel()->itemAt(row)->state, byB.state);
    QCOMPARE(m_review->currentItemId(), after.id);
    QVERIFY(m_review->staleBar()->isVisible());
    QVERIFY(m_review->reapplyButton()->isVisible());
    QVERIFY(m_review->unsavedValuesLabel()->text().contains(mine));
    if (change != QLatin1String("edit detail"))
        QVERIFY2(m_review->staleMessageLabel()->text().contains(kDeskB),
                 qPrintable(m_review->staleMessageLabel()->text()));

    // Apply mine again: the dialog opens with A's own text, and stores it over the reloaded row.
    QString offered;
    auto again = ModalWatch::on<DiscrepancyDialog>([&](DiscrepancyDialog *dialog) {
        offered = dialog->noteEdit()->toPlainText();
        dialog->recordButton()->click();
    });
    m_review->reapplyButton()->click();
    QVERIFY(again->seen());
    QCOMPARE(offered, mine);
    QVERIFY2(!m_review->messageIsError(), qPrintable(m_review->messageText()));
    QVERIFY(!m_review->staleBar()->isVisible());
    QVERIFY(!m_review->hasUnsavedVerdict());
    const VerificationItem stored = storedItem(code);
    QCOMPARE(stored.state, CheckState::Discrepancy);
    QCOMPARE(stored.note, mine);
    QCOMPARE(stored.verifiedBy, m_verifierA.id);
    QCOMPARE(stored.rowVersion, byB.rowVersion + 1);
}

void ChecklistStaleTest::staleConfirmationIsMadeAgainOnRequest()
{
    const QString code = QStringLiteral("given_name");
    goToItem(code);
    changeAtDeskB(code, QStringLiteral("discrepancy"));
    QTest::keyClick(m_review->checklistTable(), Qt::Key_Space);
    QVERIFY(m_review->staleBar()->isVisible());
    QVERIFY(m_review->staleMessageLabel()->text().contains(kDeskB));
    QCOMPARE(storedItem(code).state, CheckState::Discrepancy);

    m_review->reloadButton()->click();
    QVERIFY2(m_review->staleMessageLabel()->text().contains(QStringLiteral("Запис сторони Б")),
             qPrintable(m_review->staleMessageLabel()->text()));
    m_review->reapplyButton()->click();
    QVERIFY2(!m_review->messageIsError(), qPrintable(m_review->messageText()));
    QVERIFY(!m_review->staleBar()->isVisible());
    QCOMPARE(storedItem(code).state, CheckState::Confirmed);
    QCOMPARE(storedItem(code).verifiedBy, m_verifierA.id);
}

void ChecklistStaleTest::staleIdentityCheckKeepsTheWayAndNote()
{
    const QString code = QStringLiteral("identity");
    const QString mine = QStringLiteral("паспорт АА 123456");
    goToItem(code);
    changeAtDeskB(code, QStringLiteral("discrepancy"));
    auto watch = ModalWatch::on<IdentityCheckDialog>([&](IdentityCheckDialog *dialog) {
        dialog->button(CheckMethod::Documents)->click();
        typeText(dialog->noteEdit(), mine);
        dialog->confirmButton()->click();
    });
    QTest::keyClick(m_review->checklistTable(), Qt::Key_Space);
    QVERIFY(watch->seen());
    QVERIFY(m_review->staleBar()->isVisible());
    QVERIFY(m_review->staleMessageLabel()->text().contains(kDeskB));
    QCOMPARE(m_review->unsavedNote(), mine);

    m_review->reloadButton()->click();
    bool documentsChosen = false;
    QString offered;
    auto again = ModalWatch::on<IdentityCheckDialog>([&](IdentityCheckDialog *dialog) {
        documentsChosen = dialog->button(CheckMethod::Documents)->isChecked();
        offered = dialog->noteEdit()->text();
        dialog->confirmButton()->click();
    });
    m_review->reapplyButton()->click();
    QVERIFY(again->seen());
    QVERIFY(documentsChosen);
    QCOMPARE(offered, mine);
    const VerificationItem stored = storedItem(code);
    QCOMPARE(stored.state, CheckState::Confirmed);
    QCOMPARE(stored.method, std::optional<CheckMethod>(CheckMethod::Documents));
    QCOMPARE(stored.note, mine);
}

void ChecklistStaleTest::staleBlindReentryKeepsTheTypedValue()
{
    const QString code = QStringLiteral("surname");
    goToItem(code);
    changeAtDeskB(code, QStringLiteral("discrepancy"));
    auto watch = ModalWatch::on<BlindReentryDialog>([&](BlindReentryDialog *dialog) {
        typeText(dialog->typedEdit(), QStringLiteral("Коваленко"));
        dialog->checkButton()->click();
    });
    QTest::keyClick(m_review->checklistTable(), Qt::Key_B);
    QVERIFY(watch->seen());
    QVERIFY(m_review->staleBar()->isVisible());
    QVERIFY(m_review->staleMessageLabel()->text().contains(kDeskB));
    QCOMPARE(m_review->unsavedNote(), QStringLiteral("Коваленко"));
    QCOMPARE(storedItem(code).state, CheckState::Discrepancy);

    m_review->reloadButton()->click();
    QString offered;
    auto again = ModalWatch::on<BlindReentryDialog>([&](BlindReentryDialog *dialog) {
        offered = dialog->typedEdit()->text();
        dialog->checkButton()->click();
    });
    m_review->reapplyButton()->click();
    QVERIFY(again->seen());
    QCOMPARE(offered, QStringLiteral("Коваленко"));
    QCOMPARE(storedItem(code).state, CheckState::Confirmed);
    QCOMPARE(storedItem(code).method, std::optional<CheckMethod>(CheckMethod::BlindReentry));
    QVERIFY(!m_review->staleBar()->isVisible());
}

void ChecklistStaleTest::discardDropsTheKeptValues()
{
    const QString code = QStringLiteral("sex");
    goToItem(code);
    changeAtDeskB(code, QStringLiteral("confirm"));
    auto watch = ModalWatch::on<DiscrepancyDialog>([&](DiscrepancyDialog *dialog) {
        typeText(dialog->noteEdit(), QStringLiteral("стать інша"));
        dialog->recordButton()->click();
    });
    QTest::keyClick(m_review->checklistTable(), Qt::Key_D);
    QVERIFY(watch->seen());
    QVERIFY(m_review->hasUnsavedVerdict());
    QPushButton *discard = m_review->findChild<QPushButton *>(QStringLiteral("discardUnsavedButton"));
    QVERIFY(discard);
    discard->click();
    QVERIFY(!m_review->staleBar()->isVisible());
    QVERIFY(!m_review->hasUnsavedVerdict());
    QCOMPARE(storedItem(code).state, CheckState::Confirmed);
    QCOMPARE(storedItem(code).verifiedBy, m_verifierB.id);
}

QTEST_MAIN(ChecklistStaleTest)
#include "tst_checkliststale.moc"
