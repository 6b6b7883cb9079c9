#include "GuiTest.h"

#include "BatchPanel.h"
#include "BlindReentryDialog.h"
#include "ChecklistReviewWidget.h"
#include "DiscrepancyDialog.h"
#include "HistoryDialog.h"
#include "IdentityCheckDialog.h"
#include "MainWindow.h"
#include "VerificationActions.h"
#include "items/BatchChecklistModel.h"
#include "items/ChecklistModel.h"
#include "items/ItemRoles.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace homeward;
using homeward::test::ModalWatch;
using homeward::test::typeText;

// The verifier's screen driven through its widgets and keys: Space confirms,
// D records a discrepancy with its note, blind re-entry confirms only what
// matches and otherwise shows both values, the official who entered a person
// gets the two-person rule's refusal, arrows and PageUp/PageDown move.
// Persons are entered by "entrant" (every role, so the refusal is the
// two-person rule and not a missing role); "verifier" verifies.
class ChecklistReviewTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheFirstPersonsFirstOpenDetail();
    void spaceConfirmsAPlainDetail();
    void dRecordsADiscrepancyWithItsNote();
    void discrepancyNeedsANote();
    void spaceOnABlindDetailStartsBlindReentry();
    void blindReentryRightValueConfirms_data();
    void blindReentryRightValueConfirms();
    void blindReentryWrongValueShowsBothAndConfirmsNothing();
    void blindMismatchCanBecomeADiscrepancy();
    void compareInsteadConfirmsAfterAQuestion();
    void identityAsksHow();
    void twoPersonRuleIsRefusedClearly_data();
    void twoPersonRuleIsRefusedClearly();
    void officialWithoutTheRoleIsRefused();
    void arrowsMoveBetweenDetailsAndPersons();
    void filterAndProgressFollowTheWork();
    void historyOpensForThePerson();
    void mainWindowOpensTheReview();

private:
    qint64 itemId(qint64 personId, const QString &code) const;
    QString stateOf(qint64 itemId) const;
    QString methodOf(qint64 itemId) const;
    qint64 auditRows() const;
    void goToItem(const QString &code);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    Official m_entrant;
    Official m_verifier;
    Official m_clerk; // operator only
    qint64 m_batch = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_third = 0;
    std::unique_ptr<ChecklistReviewWidget> m_review;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void ChecklistReviewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_checklistreview"));
    QSettings().clear();
}

void ChecklistReviewTest::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.text()));
    m_db = std::move(db.value());
    m_store = std::make_unique<Store>(m_db->connection());
    auto entrant = testing::signInAs(*m_store, QStringLiteral("entrant"), testing::kAllRoles,
                                     QStringLiteral("Оператор Введенко"));
    QVERIFY2(entrant, qPrintable(entrant.text()));
    m_entrant = entrant.value();
    auto verifier = testing::addOfficial(m_store->connection(), QStringLiteral("verifier"), testing::kVerifier, true,
                                         QStringLiteral("Вірна Перевірка"));
    QVERIFY2(verifier, qPrintable(verifier.text()));
    m_verifier = verifier.value();
    auto clerk = testing::addOfficial(m_store->connection(), QStringLiteral("clerk"), testing::kOperator);
    QVERIFY2(clerk, qPrintable(clerk.text()));
    m_clerk = clerk.value();

    Exchange exchange;
    exchange.title = QStringLiteral("Обмін 16 травня");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId, qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 3;
    batch.place = QStringLiteral("Пункт 1");
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId, qPrintable(batchId.text()));
    m_batch = batchId.value();

    const auto add = [this](const QString &surname, const QString &given, QDate born, const QString &number) {
        Person p;
        p.surname = surname;
        p.givenName = given;
        p.patronymic = QStringLiteral("Петрович");
        p.birthDate = PartialDate::fromDate(born);
        p.serviceNumber = number;
        p.rank = QStringLiteral("солдат");
        auto id = m_store->persons().addToBatch(m_batch, p);
        if (!id)
            qWarning("%s", qPrintable(id.text()));
        return id ? id.value() : 0;
    };
    m_first = add(QStringLiteral("Коваленко"), QStringLiteral("Іван"), QDate(1990, 5, 17), QStringLiteral("АБ123456"));
    m_second = add(QStringLiteral("Шевченко"), QStringLiteral("Петро"), QDate(1985, 1, 2), QStringLiteral("ВГ765432"));
    m_third = add(QStringLiteral("Бондар"), QStringLiteral("Олег"), QDate(1979, 12, 31), QString());
    QVERIFY(m_first && m_second && m_third);

    testing::signIn(*m_store, m_verifier);
    m_review = std::make_unique<ChecklistReviewWidget>(*m_store);
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
    m_review->checklistTable()->setFocus();
}

void ChecklistReviewTest::cleanup()
{
    m_testers.clear();
    m_review.reset();
    m_store.reset();
    m_db.reset();
}

qint64 ChecklistReviewTest::itemId(qint64 personId, const QString &code) const
{
    auto id = sql::scalar(m_store->connection(),
                          QStringLiteral("SELECT id FROM verification_item WHERE person_id = ? AND item = ?"),
                          {personId, code});
    return id ? id.value().toLongLong() : 0;
}

QString ChecklistReviewTest::stateOf(qint64 id) const
{
    auto state =
        sql::scalar(m_store->connection(), QStringLiteral("SELECT state FROM verification_item WHERE id = ?"), {id});
    return state ? state.value().toString() : QString();
}

QString ChecklistReviewTest::methodOf(qint64 id) const
{
    auto method =
        sql::scalar(m_store->connection(), QStringLiteral("SELECT method FROM verification_item WHERE id = ?"), {id});
    return method ? method.value().toString() : QString();
}

qint64 ChecklistReviewTest::auditRows() const
{
    auto rows = AuditLog::rowCount(m_store->connection());
    return rows ? rows.value() : -1;
}

void ChecklistReviewTest::goToItem(const QString &code)
{
    ChecklistModel *model = m_review->checklistModel();
    const int row = model->rowOfItem(itemId(model->personId(), code));
    QVERIFY(row >= 0);
    m_review->checklistTable()->setCurrentIndex(model->index(row, 0));
    m_review->checklistTable()->setFocus();
    QCOMPARE(m_review->currentItemId(), itemId(model->personId(), code));
}

void ChecklistReviewTest::press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_review->checklistTable(), Qt::Key(key), modifiers);
}

void ChecklistReviewTest::opensOnTheFirstPersonsFirstOpenDetail()
{
    QCOMPARE(m_review->personProxy()->rowCount(), 3);
    QCOMPARE(m_review->currentPersonId(), m_first);
    QCOMPARE(m_review->currentItemId(), itemId(m_first, QStringLiteral("surname")));
    QCOMPARE(m_review->progressBar()->value(), 0);
    QCOMPARE(m_review->progressBar()->maximum(), 3);
    QVERIFY(m_review->messageText().isEmpty());
    QCOMPARE(m_review->filterCombo()->count(), 4);
    // Space or Enter, D, B and the person keys are documented where the official looks.
    QVERIFY(m_review->checklistTable()->toolTip().contains(QStringLiteral("PageUp/PageDown")));
    QVERIFY(m_review->findChild<QLabel *>(QStringLiteral("keysLabel"))->text().contains(QStringLiteral("Space")));
}

void ChecklistReviewTest::spaceConfirmsAPlainDetail()
{
    goToItem(QStringLiteral("given_name"));
    const qint64 id = m_review->currentItemId();
    press(Qt::Key_Space);
    QCOMPARE(stateOf(id), QStringLiteral("confirmed"));
    QCOMPARE(methodOf(id), QStringLiteral("compared"));
    QVERIFY(!m_review->messageIsError());
    QVERIFY2(m_review->messageText().contains(QStringLiteral("Confirmed")), qPrintable(m_review->messageText()));
    // On to the next detail of the same person.
    QCOMPARE(m_review->currentPersonId(), m_first);
    QCOMPARE(m_review->currentItemId(), itemId(m_first, QStringLiteral("patronymic")));
    const int row = m_review->checklistModel()->rowOfItem(id);
    QCOMPARE(m_review->checklistModel()->index(row, ChecklistModel::VerifiedColumn).data().toString().section(
                 QLatin1Char(','), 0, 0),
             QStringLiteral("Вірна Перевірка"));
    QCOMPARE(m_review->personModel()->index(0, 0).data(roles::ItemsConfirmedRole).toInt(), 1);
}

void ChecklistReviewTest::dRecordsADiscrepancyWithItsNote()
{
    goToItem(QStringLiteral("patronymic"));
    const qint64 id = m_review->currentItemId();
    bool disabledWhileEmpty = false;
    auto watch = ModalWatch::on<DiscrepancyDialog>([&](DiscrepancyDialog *dialog) {
        disabledWhileEmpty = !dialog->recordButton()->isEnabled();
        typeText(dialog->noteEdit(), QStringLiteral("У списку сторони: Петрович → Петрівич"));
        dialog->recordButton()->click();
    });
    press(Qt::Key_D);
    QVERIFY(watch->seen());
    QVERIFY(disabledWhileEmpty);
    QCOMPARE(stateOf(id), QStringLiteral("discrepancy"));
    auto note = sql::scalar(m_store->connection(), QStringLiteral("SELECT note FROM verification_item WHERE id = ?"),
                            {id});
    QVERIFY(note);
    QCOMPARE(note.value().toString(), QStringLiteral("У списку сторони: Петрович → Петрівич"));
    QVERIFY(!m_review->messageIsError());
    QCOMPARE(m_review->personModel()->index(0, 0).data(roles::ItemsDiscrepantRole).toInt(), 1);
    QCOMPARE(m_review->progressLabel()->text().contains(QStringLiteral("1 person(s) with open discrepancies")) ||
                 m_review->progressLabel()->text().contains(QStringLiteral("1 person with open discrepancies")),
             true);
}

void ChecklistReviewTest::discrepancyNeedsANote()
{
    goToItem(QStringLiteral("sex"));
    const qint64 id = m_review->currentItemId();
    const qint64 before = auditRows();
    bool enabledWithSpaces = true;
    auto watch = ModalWatch::on<DiscrepancyDialog>([&](DiscrepancyDialog *dialog) {
        typeText(dialog->noteEdit(), QStringLiteral("   "));
        enabledWithSpaces = dialog->recordButton()->isEnabled();
        // Ctrl+Enter does not record an empty note either.
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible())
            dialog->reject();
    });
    press(Qt::Key_D);
    QVERIFY(watch->seen());
    QVERIFY(!enabledWithSpaces);
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(), before);
}

void ChecklistReviewTest::spaceOnABlindDetailStartsBlindReentry()
{
    goToItem(QStringLiteral("surname"));
    const qint64 id = m_review->currentItemId();
    QString prompt;
    bool valueShown = true;
    auto watch = ModalWatch::on<BlindReentryDialog>([&](BlindReentryDialog *dialog) {
        prompt = dialog->findChild<QLabel *>(QStringLiteral("promptLabel"))->text();
        valueShown = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            valueShown = valueShown || label->text().contains(QStringLiteral("Коваленко"));
        dialog->reject();
    });
    press(Qt::Key_Space);
    QVERIFY(watch->seen());
    QVERIFY2(prompt.contains(QStringLiteral("surname")), qPrintable(prompt));
    QVERIFY(!valueShown); // the value to be typed is nowhere in the dialog
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    // Enter and B start it too.
    for (int key : {int(Qt::Key_Return), int(Qt::Key_B)}) {
        auto again = ModalWatch::on<BlindReentryDialog>([](BlindReentryDialog *dialog) { dialog->reject(); });
        press(key);
        QVERIFY(again->seen());
    }
}

void ChecklistReviewTest::blindReentryRightValueConfirms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("typed");
    QTest::newRow("surname, other case") << QStringLiteral("surname") << QStringLiteral("коваленко");
    QTest::newRow("date of birth") << QStringLiteral("birth_date") << QStringLiteral("17.05.1990");
    QTest::newRow("service number with a space") << QStringLiteral("document") << QStringLiteral("АБ 123456");
}

void ChecklistReviewTest::blindReentryRightValueConfirms()
{
    QFETCH(QString, code);
    QFETCH(QString, typed);
    goToItem(code);
    const qint64 id = m_review->currentItemId();
    int result = -1;
    auto watch = ModalWatch::on<BlindReentryDialog>([&](BlindReentryDialog *dialog) {
        typeText(dialog->typedEdit(), typed);
        // Enter in the field checks (Check is the default button, not "Compare instead").
        QTest::keyClick(dialog->typedEdit(), Qt::Key_Return);
        result = dialog->result();
        if (dialog->isVisible())
            dialog->reject();
    });
    press(Qt::Key_B);
    QVERIFY(watch->seen());
    QCOMPARE(result, int(QDialog::Accepted));
    QCOMPARE(stateOf(id), QStringLiteral("confirmed"));
    QCOMPARE(methodOf(id), QStringLiteral("blind_reentry"));
    QVERIFY(!m_review->messageIsError());
    QVERIFY2(m_review->messageText().contains(QStringLiteral("blind re-entry")), qPrintable(m_review->messageText()));
}

void ChecklistReviewTest::blindReentryWrongValueShowsBothAndConfirmsNothing()
{
    goToItem(QStringLiteral("surname"));
    const qint64 id = m_review->currentItemId();
    const qint64 before = auditRows();
    QString comparison;
    bool tryAgainShown = false;
    bool discrepancyShown = false;
    bool clearedForRetry = false;
    auto watch = ModalWatch::on<BlindReentryDialog>([&](BlindReentryDialog *dialog) {
        typeText(dialog->typedEdit(), QStringLiteral("Коваленка"));
        dialog->checkButton()->click();
        comparison = dialog->comparisonLabel()->text();
        if (const QString dir = qEnvironmentVariable("HOMEWARD_TEST_SHOTS"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/blind-mismatch.png"));
        tryAgainShown = dialog->tryAgainButton()->isVisible();
        discrepancyShown = dialog->discrepancyButton()->isVisible();
        dialog->tryAgainButton()->click();
        clearedForRetry = dialog->typedEdit()->text().isEmpty() && !dialog->comparisonLabel()->isVisible();
        dialog->reject();
    });
    press(Qt::Key_Space);
    QVERIFY(watch->seen());
    // Both values side by side, the differing letter marked in each.
    QVERIFY2(comparison.contains(QStringLiteral("Коваленк")), qPrintable(comparison));
    QVERIFY(comparison.contains(QStringLiteral("font-weight: bold")));
    QVERIFY(comparison.contains(QStringLiteral("text-decoration: underline")));
    QVERIFY(comparison.contains(QStringLiteral(">о</span>")));
    QVERIFY(comparison.contains(QStringLiteral(">а</span>")));
    QVERIFY(tryAgainShown);
    QVERIFY(discrepancyShown);
    QVERIFY(clearedForRetry);
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(), before);
}

void ChecklistReviewTest::blindMismatchCanBecomeADiscrepancy()
{
    goToItem(QStringLiteral("birth_date"));
    const qint64 id = m_review->currentItemId();
    QString prefilled;
    auto blind = ModalWatch::on<BlindReentryDialog>([&](BlindReentryDialog *dialog) {
        typeText(dialog->typedEdit(), QStringLiteral("17.06.1990"));
        dialog->checkButton()->click();
        // The discrepancy dialog opens once this one has closed.
        dialog->discrepancyButton()->click();
    });
    std::unique_ptr<ModalWatch> note;
    QTimer::singleShot(0, this, [&] {
        note = ModalWatch::on<DiscrepancyDialog>([&](DiscrepancyDialog *dialog) {
            prefilled = dialog->note();
            dialog->recordButton()->click();
        });
    });
    press(Qt::Key_Space);
    QVERIFY(blind->seen());
    QVERIFY(note && note->seen());
    QVERIFY2(prefilled.contains(QStringLiteral("17.06.1990")) && prefilled.contains(QStringLiteral("17.05.1990")),
             qPrintable(prefilled));
    QCOMPARE(stateOf(id), QStringLiteral("discrepancy"));
}

void ChecklistReviewTest::compareInsteadConfirmsAfterAQuestion()
{
    goToItem(QStringLiteral("document"));
    const qint64 id = m_review->currentItemId();
    QString question;
    auto blind = ModalWatch::on<BlindReentryDialog>([](BlindReentryDialog *dialog) { dialog->compareButton()->click(); });
    std::unique_ptr<ModalWatch> box;
    QTimer::singleShot(0, this, [&] {
        box = ModalWatch::on<QMessageBox>([&](QMessageBox *message) {
            question = message->text() + QLatin1Char('\n') + message->informativeText();
            for (QAbstractButton *button : message->buttons())
                if (message->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
        });
    });
    press(Qt::Key_Space);
    QVERIFY(blind->seen());
    QVERIFY(box && box->seen());
    QVERIFY2(question.contains(QStringLiteral("АБ123456")), qPrintable(question));
    QCOMPARE(stateOf(id), QStringLiteral("confirmed"));
    QCOMPARE(methodOf(id), QStringLiteral("compared"));
}

void ChecklistReviewTest::identityAsksHow()
{
    goToItem(QStringLiteral("identity"));
    const qint64 id = m_review->currentItemId();
    bool disabledBeforeChoice = false;
    auto watch = ModalWatch::on<IdentityCheckDialog>([&](IdentityCheckDialog *dialog) {
        disabledBeforeChoice = !dialog->confirmButton()->isEnabled();
        dialog->button(CheckMethod::Documents)->click();
        typeText(dialog->noteEdit(), QStringLiteral("військовий квиток АБ123456"));
        dialog->confirmButton()->click();
    });
    press(Qt::Key_Space);
    QVERIFY(watch->seen());
    QVERIFY(disabledBeforeChoice);
    QCOMPARE(stateOf(id), QStringLiteral("confirmed"));
    QCOMPARE(methodOf(id), QStringLiteral("documents"));
}

void ChecklistReviewTest::twoPersonRuleIsRefusedClearly_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("key");
    QTest::newRow("Space on the given name") << QStringLiteral("given_name") << int(Qt::Key_Space);
    QTest::newRow("D on the patronymic") << QStringLiteral("patronymic") << int(Qt::Key_D);
    QTest::newRow("B on the surname") << QStringLiteral("surname") << int(Qt::Key_B);
    QTest::newRow("Space on the identity") << QStringLiteral("identity") << int(Qt::Key_Space);
}

void ChecklistReviewTest::twoPersonRuleIsRefusedClearly()
{
    QFETCH(QString, code);
    QFETCH(int, key);
    // The official who entered the persons (and holds the verifier role too).
    testing::signIn(*m_store, m_entrant);
    m_review->setBatch(m_batch);
    goToItem(code);
    const qint64 id = m_review->currentItemId();
    const qint64 before = auditRows();
    // No dialog asks for input that would only be refused.
    auto anyDialog = ModalWatch::on<QDialog>([](QDialog *dialog) { dialog->reject(); });
    press(key);
    QVERIFY(!anyDialog->seen());
    QVERIFY(m_review->messageIsError());
    QVERIFY2(m_review->messageText().contains(QStringLiteral("yourself")), qPrintable(m_review->messageText()));
    QVERIFY(m_review->messageText().contains(QStringLiteral("another official")));
    QVERIFY(m_review->findChild<QFrame *>(QStringLiteral("messageBar"))->isVisible());
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(), before);
    // The list shows the entrant nothing waiting for them.
    QCOMPARE(m_review->personModel()->index(0, 0).data(roles::ItemsWaitingForMeRole).toInt(), 0);
}

void ChecklistReviewTest::officialWithoutTheRoleIsRefused()
{
    testing::signIn(*m_store, m_clerk);
    m_review->setBatch(m_batch);
    QVERIFY(m_review->findChild<QLabel *>(QStringLiteral("roleNoticeLabel"))->isVisible());
    goToItem(QStringLiteral("given_name"));
    const qint64 id = m_review->currentItemId();
    const qint64 before = auditRows();
    press(Qt::Key_Space);
    QVERIFY(m_review->messageIsError());
    QVERIFY(!m_review->messageText().isEmpty());
    QCOMPARE(stateOf(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(), before);
}

void ChecklistReviewTest::arrowsMoveBetweenDetailsAndPersons()
{
    goToItem(QStringLiteral("surname"));
    press(Qt::Key_Down);
    QCOMPARE(m_review->currentItemId(), itemId(m_first, QStringLiteral("given_name")));
    press(Qt::Key_Down);
    QCOMPARE(m_review->currentItemId(), itemId(m_first, QStringLiteral("patronymic")));
    press(Qt::Key_Up);
    QCOMPARE(m_review->currentItemId(), itemId(m_first, QStringLiteral("given_name")));

    press(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_review->currentPersonId(), m_second);
    QCOMPARE(m_review->currentItemId(), itemId(m_second, QStringLiteral("surname")));
    press(Qt::Key_PageDown);
    QCOMPARE(m_review->currentPersonId(), m_third);
    press(Qt::Key_PageDown); // the last person stays
    QCOMPARE(m_review->currentPersonId(), m_third);
    press(Qt::Key_PageUp);
    QCOMPARE(m_review->currentPersonId(), m_second);
    press(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_review->currentPersonId(), m_first);
    QVERIFY(m_review->checklistTable()->hasFocus());

    // Left to the persons, Down there, Right (or Enter) back to the checklist.
    press(Qt::Key_Left);
    QVERIFY(m_review->personTable()->hasFocus());
    QTest::keyClick(m_review->personTable(), Qt::Key_Down);
    QCOMPARE(m_review->currentPersonId(), m_second);
    QTest::keyClick(m_review->personTable(), Qt::Key_Right);
    QVERIFY(m_review->checklistTable()->hasFocus());
}

void ChecklistReviewTest::filterAndProgressFollowTheWork()
{
    m_review->setFilter(BatchChecklistProxy::Filter::WaitingForMe);
    QCOMPARE(m_review->personProxy()->rowCount(), 3);
    // Everything of the first person but the last detail, straight through the repository.
    auto items = m_store->verification().itemsForPerson(m_first);
    QVERIFY(items);
    for (const VerificationItem &item : items.value()) {
        if (item.item == CheckItem::BirthPlace)
            continue;
        const CheckMethod method = item.item == CheckItem::Identity ? CheckMethod::Photo : CheckMethod::Compared;
        QVERIFY(m_store->verification().confirm(item.id, method).ok());
    }
    QCOMPARE(m_review->currentPersonId(), m_first);
    goToItem(QStringLiteral("birth_place"));
    press(Qt::Key_Space);
    QVERIFY2(!m_review->messageIsError(), qPrintable(m_review->messageText()));
    // The first person is done: they leave "waiting for me" and the screen moves on.
    QCOMPARE(m_review->personProxy()->rowCount(), 2);
    QCOMPARE(m_review->currentPersonId(), m_second);
    QCOMPARE(m_review->currentItemId(), itemId(m_second, QStringLiteral("surname")));
    QCOMPARE(m_review->progressBar()->value(), 1);
    QVERIFY(m_review->progressBar()->text().contains(QStringLiteral("1 of 3")));

    m_review->setFilter(BatchChecklistProxy::Filter::NotStarted);
    QCOMPARE(m_review->personProxy()->rowCount(), 2);
    m_review->setFilter(BatchChecklistProxy::Filter::WithDiscrepancies);
    QCOMPARE(m_review->personProxy()->rowCount(), 0);
    QCOMPARE(m_review->currentPersonId(), 0);
    m_review->setFilter(BatchChecklistProxy::Filter::All);
    QCOMPARE(m_review->personProxy()->rowCount(), 3);
    QVERIFY(m_review->currentPersonId() != 0);
}

void ChecklistReviewTest::historyOpensForThePerson()
{
    goToItem(QStringLiteral("given_name"));
    press(Qt::Key_Space);
    int rows = 0;
    QString title;
    auto watch = ModalWatch::on<HistoryDialog>([&](HistoryDialog *dialog) {
        rows = dialog->model()->rowCount();
        title = dialog->windowTitle();
        dialog->reject();
    });
    press(Qt::Key_H, Qt::ControlModifier);
    QVERIFY(watch->seen());
    QVERIFY(rows >= 2); // created, then verified
    QVERIFY2(title.contains(QStringLiteral("Коваленко")), qPrintable(title));
}

void ChecklistReviewTest::mainWindowOpensTheReview()
{
    MainWindow window(*m_store);
    window.setOfficial(m_verifier);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.batchPanel()->batchId() == m_batch);
    VerificationActions *actions = window.verificationActions();
    QVERIFY(actions);
    QVERIFY(actions->verifyAction()->isEnabled());
    QCOMPARE(actions->verifyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QCOMPARE(actions->historyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    QVERIFY(window.batchPanel()->selectPerson(m_second));
    actions->verifyAction()->trigger();
    ChecklistReviewWidget *review = actions->reviewWindow();
    QVERIFY(review);
    QVERIFY(review->isWindow());
    QCOMPARE(review->batchId(), m_batch);
    QCOMPARE(review->currentPersonId(), m_second);
    // Triggered again: the same window.
    actions->verifyAction()->trigger();
    QCOMPARE(actions->reviewWindow(), review);

    QString title;
    auto watch = ModalWatch::on<HistoryDialog>([&](HistoryDialog *dialog) {
        title = dialog->windowTitle();
        dialog->reject();
    });
    actions->historyAction()->trigger();
    QVERIFY(watch->seen());
    QVERIFY2(title.contains(QStringLiteral("Шевченко")), qPrintable(title));
    review->close();
}

QTEST_MAIN(ChecklistReviewTest)
#include "tst_checklistreview.moc"
