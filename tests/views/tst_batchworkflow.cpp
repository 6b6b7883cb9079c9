// The Batch menu's steps driven through the real widgets: which steps are
// offered to whom, the confirmation dialog (preconditions, password, seal),
// the reason dialog and the handover record.

#include "GuiTest.h"
#include "storage/SignIn.h"

#include "BatchPanel.h"
#include "BatchWorkflowActions.h"
#include "CompletionDialog.h"
#include "ConfirmBatchDialog.h"
#include "ReasonDialog.h"

#include "storage/Database.h"
#include "storage/Store.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
using namespace homeward::test;

class BatchWorkflowTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void actionsFollowStatusAndRole_data();
    void actionsFollowStatusAndRole();
    void confirmDialogListsUnmetPreconditions();
    void confirmDialogRefusesWrongPasswordAndSealsWithRightOne();
    void confirmDialogRefusesSupervisorWhoEnteredDetails();
    void reasonDialogNeedsReason();
    void reopenAndCancelThroughActions();
    void completionDialogNeedsEveryOutcome();

private:
    Official official(const QString &username) const { return m_officials.value(username); }
    void as(const QString &username) { testing::signIn(*m_store, official(username)); }
    void verifyEverything();
    BatchStatus status() const { return m_store->batches().get(m_batchId).value().status; }

    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QHash<QString, Official> m_officials;
    qint64 m_batchId = 0;
    QList<qint64> m_personIds;
};

void BatchWorkflowTest::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("workflow%1.sqlite").arg(++m_fileNo)));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    m_officials.clear();
    m_personIds.clear();
    const QList<std::pair<QString, testing::Roles>> accounts = {{QStringLiteral("organiser"), testing::kSupervisor},
                                                               {QStringLiteral("confirmer"), testing::kSupervisor},
                                                               {QStringLiteral("operator"), testing::kOperator},
                                                               {QStringLiteral("verifier"), testing::kVerifier}};
    for (const auto &[name, roles] : accounts) {
        auto added = testing::addOfficial(m_store->connection(), name, roles);
        QVERIFY2(added.ok(), qPrintable(added.text()));
        m_officials.insert(name, added.value());
    }

    as(QStringLiteral("organiser"));
    Exchange exchange;
    exchange.title = QStringLiteral("1000 на 1000");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.place = QStringLiteral("КПП Юнаківка");
    batch.plannedServicemen = 1;
    batch.plannedCivilians = 1;
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();

    as(QStringLiteral("operator"));
    Person soldier;
    soldier.surname = QStringLiteral("Коваленко");
    soldier.givenName = QStringLiteral("Олександр");
    soldier.patronymic = QStringLiteral("Петрович");
    soldier.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    soldier.sex = Sex::Male;
    soldier.category = Category::Serviceman;
    soldier.rank = QStringLiteral("солдат");
    soldier.serviceNumber = QStringLiteral("АА123456");
    Person civilian = soldier;
    civilian.surname = QStringLiteral("Шевчук");
    civilian.givenName = QStringLiteral("Марія");
    civilian.patronymic = QStringLiteral("Іванівна");
    civilian.sex = Sex::Female;
    civilian.category = Category::Civilian;
    civilian.rank.clear();
    civilian.serviceNumber.clear();
    civilian.documentNumber = QStringLiteral("ЕК123456");
    for (const Person &person : {soldier, civilian}) {
        auto id = m_store->persons().addToBatch(m_batchId, person);
        QVERIFY2(id.ok(), qPrintable(id.text()));
        m_personIds << id.value();
    }
}

void BatchWorkflowTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void BatchWorkflowTest::verifyEverything()
{
    as(QStringLiteral("verifier"));
    for (qint64 personId : std::as_const(m_personIds)) {
        auto items = m_store->verification().itemsForPerson(personId);
        QVERIFY2(items.ok(), qPrintable(items.text()));
        for (const VerificationItem &item : items.value()) {
            const CheckMethod method = item.item == CheckItem::Identity ? CheckMethod::Documents : CheckMethod::Compared;
            const Status confirmed = m_store->verification().confirm(item.id, method);
            QVERIFY2(confirmed.ok(), qPrintable(confirmed.text()));
        }
    }
}

void BatchWorkflowTest::actionsFollowStatusAndRole_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("state"); // draft, in_verification, verified
    QTest::addColumn<QString>("enabled"); // object names of the enabled actions, comma-separated

    QTest::newRow("operator, draft") << "operator" << "draft" << "submitForVerificationAction";
    QTest::newRow("verifier, draft") << "verifier" << "draft" << "";
    QTest::newRow("supervisor, draft") << "organiser" << "draft" << "submitForVerificationAction,cancelBatchAction";
    QTest::newRow("verifier, in verification")
        << "verifier" << "in_verification" << "markVerifiedAction";
    QTest::newRow("operator, in verification")
        << "operator" << "in_verification" << "returnToEntryAction";
    QTest::newRow("supervisor, verified")
        << "confirmer" << "verified" << "returnToVerificationAction,confirmBatchAction,cancelBatchAction";
    QTest::newRow("operator, verified") << "operator" << "verified" << "";
}

void BatchWorkflowTest::actionsFollowStatusAndRole()
{
    QFETCH(QString, username);
    QFETCH(QString, state);
    QFETCH(QString, enabled);

    if (state != QLatin1String("draft")) {
        as(QStringLiteral("operator"));
        QVERIFY2(m_store->workflow().submitForVerification(m_batchId).ok(), "submit");
    }
    if (state == QLatin1String("verified")) {
        verifyEverything();
        as(QStringLiteral("verifier"));
        const Status marked = m_store->workflow().markVerified(m_batchId);
        QVERIFY2(marked.ok(), qPrintable(marked.text()));
    }

    QWidget window;
    BatchWorkflowActions actions(*m_store, &window);
    actions.setOfficial(official(username));
    actions.setBatch(m_batchId);
    QStringList on;
    for (QAction *action : actions.actions()) {
        if (!action)
            continue;
        if (action->isEnabled())
            on << action->objectName();
        else
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->objectName() + " disabled without a reason"));
    }
    QCOMPARE(on.join(QLatin1Char(',')), enabled);

    actions.setBatch(0);
    for (QAction *action : actions.actions())
        if (action)
            QVERIFY(!action->isEnabled());
}

void BatchWorkflowTest::confirmDialogListsUnmetPreconditions()
{
    as(QStringLiteral("operator"));
    QVERIFY(m_store->workflow().submitForVerification(m_batchId).ok());
    as(QStringLiteral("confirmer"));
    ConfirmBatchDialog dialog(*m_store, m_batchId);
    auto *unmet = dialog.findChild<QLabel *>(QStringLiteral("preconditionsLabel"));
    QVERIFY(unmet);
    QVERIFY2(unmet->text().contains(QStringLiteral("<li>")), qPrintable(unmet->text()));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(!password->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled());
    QCOMPARE(status(), BatchStatus::InVerification);
}

void BatchWorkflowTest::confirmDialogRefusesWrongPasswordAndSealsWithRightOne()
{
    as(QStringLiteral("operator"));
    QVERIFY(m_store->workflow().submitForVerification(m_batchId).ok());
    verifyEverything();
    QVERIFY(m_store->workflow().markVerified(m_batchId).ok());

    as(QStringLiteral("confirmer"));
    ConfirmBatchDialog dialog(*m_store, m_batchId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(password->isEnabled());
    QVERIFY(!confirm->isEnabled()); // no password yet

    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(password->text().isEmpty()); // never kept
    QCOMPARE(status(), BatchStatus::Verified);
    QVERIFY(!m_store->workflow().seal(m_batchId).value().isSealed());

    QTest::keyClicks(password, testing::testPassword());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(status(), BatchStatus::Confirmed);
    const BatchSeal seal = m_store->workflow().seal(m_batchId).value();
    QVERIFY(seal.isSealed());
    QCOMPARE(dialog.sealHash(), seal.contentHash);

    // The batch view shows the batch locked, by whom and with its seal.
    BatchPanel panel(*m_store);
    panel.setBatch(m_batchId);
    auto *locked = panel.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(locked);
    QVERIFY2(locked->text().contains(seal.contentHash.left(16)), qPrintable(locked->text()));
    QVERIFY2(locked->text().contains(official(QStringLiteral("confirmer")).fullName), qPrintable(locked->text()));
    QVERIFY(locked->toolTip().contains(seal.headHash));
}

void BatchWorkflowTest::confirmDialogRefusesSupervisorWhoEnteredDetails()
{
    // An official with every role edits a person's details; after the batch
    // is verified by someone else they still may not confirm it.
    auto all = testing::addOfficial(m_store->connection(), QStringLiteral("everything"), testing::kAllRoles);
    QVERIFY(all.ok());
    m_officials.insert(QStringLiteral("everything"), all.value());
    as(QStringLiteral("everything"));
    Person edited = m_store->persons().get(m_personIds.first()).value();
    edited.rank = QStringLiteral("сержант");
    const Status updated = m_store->persons().update(edited);
    QVERIFY2(updated.ok(), qPrintable(updated.text()));
    as(QStringLiteral("operator"));
    QVERIFY(m_store->workflow().submitForVerification(m_batchId).ok());
    verifyEverything();
    QVERIFY(m_store->workflow().markVerified(m_batchId).ok());
    as(QStringLiteral("everything"));

    ConfirmBatchDialog dialog(*m_store, m_batchId);
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("preconditionsLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("another supervisor")), qPrintable(text));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled());
}

void BatchWorkflowTest::reasonDialogNeedsReason()
{
    ReasonDialog dialog(QStringLiteral("Reopen"), QStringLiteral("Why?"), QStringLiteral("Reopen"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(!ok->isEnabled());
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // spaces are not a reason
    typeText(reason, QStringLiteral("помилка в даті"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("помилка в даті"));
}

void BatchWorkflowTest::reopenAndCancelThroughActions()
{
    as(QStringLiteral("operator"));
    QVERIFY(m_store->workflow().submitForVerification(m_batchId).ok());
    verifyEverything();
    QVERIFY(m_store->workflow().markVerified(m_batchId).ok());
    as(QStringLiteral("confirmer"));
    QVERIFY(m_store->workflow().confirm(m_batchId, testing::testPassword()).ok());

    QWidget window;
    BatchWorkflowActions actions(*m_store, &window);
    actions.setOfficial(official(QStringLiteral("confirmer")));
    actions.setBatch(m_batchId);
    QVERIFY(actions.reopenAction()->isEnabled());

    // Cancelled at the reason: nothing changes.
    auto cancelled = ModalWatch::on<ReasonDialog>([](ReasonDialog *dialog) { dialog->reject(); });
    actions.reopenAction()->trigger();
    QVERIFY(cancelled->seen());
    QCOMPARE(status(), BatchStatus::Confirmed);

    auto reopened = ModalWatch::on<ReasonDialog>([](ReasonDialog *dialog) {
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        reason->setPlainText(QStringLiteral("Wrong date of birth found on the sheet"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    QSignalSpy messages(&actions, &BatchWorkflowActions::message);
    actions.reopenAction()->trigger();
    QVERIFY(reopened->seen());
    QCOMPARE(status(), BatchStatus::InVerification);
    QVERIFY(!m_store->workflow().seal(m_batchId).value().isSealed());
    QCOMPARE(messages.count(), 1);
    // The actions follow the new status at once.
    QVERIFY(!actions.reopenAction()->isEnabled());
    QVERIFY(actions.cancelAction()->isEnabled());

    auto cancelling = ModalWatch::on<ReasonDialog>([](ReasonDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Postponed"));
        dialog->accept();
    });
    actions.cancelAction()->trigger();
    QVERIFY(cancelling->seen());
    QCOMPARE(status(), BatchStatus::Cancelled);
    for (QAction *action : actions.actions())
        if (action)
            QVERIFY(!action->isEnabled());
}

void BatchWorkflowTest::completionDialogNeedsEveryOutcome()
{
    as(QStringLiteral("operator"));
    QVERIFY(m_store->workflow().submitForVerification(m_batchId).ok());
    verifyEverything();
    QVERIFY(m_store->workflow().markVerified(m_batchId).ok());
    as(QStringLiteral("confirmer"));
    QVERIFY(m_store->workflow().confirm(m_batchId, testing::testPassword()).ok());

    CompletionDialog dialog(*m_store, m_batchId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *record = dialog.findChild<QPushButton *>(QStringLiteral("recordButton"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("outcomeTable"));
    auto *servicemen = dialog.findChild<QSpinBox *>(QStringLiteral("actualServicemenSpin"));
    auto *civilians = dialog.findChild<QSpinBox *>(QStringLiteral("actualCiviliansSpin"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("actualPlaceEdit"))->text(), QStringLiteral("КПП Юнаківка"));
    QVERIFY(!record->isEnabled()); // the numbers are not counted yet

    servicemen->setValue(1);
    civilians->setValue(0);
    // The civilian was not handed over, and no reason yet.
    table->item(1, 3)->setCheckState(Qt::Unchecked);
    QVERIFY(!record->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"))->text().contains(QStringLiteral("reason")));
    table->item(1, 4)->setText(QStringLiteral("refused the exchange"));
    QVERIFY2(record->isEnabled(), qPrintable(dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"))->text()));

    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(status(), BatchStatus::Completed);
    const StoredCompletion stored = m_store->workflow().completion(m_batchId).value();
    QCOMPARE(stored.record.actualServicemen, std::optional<int>(1));
    QCOMPARE(stored.record.place, QStringLiteral("КПП Юнаківка"));
    QCOMPARE(stored.record.outcomes.size(), 2);
}

QTEST_MAIN(BatchWorkflowTest)
#include "tst_batchworkflow.moc"
