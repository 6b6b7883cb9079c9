#include "items/ItemsFixture.h"

#include "items/BatchChecklistModel.h"
#include "items/BatchChecklistProxy.h"
#include "items/ChecklistModel.h"
#include "items/ItemRoles.h"
#include "storage/ChecklistQueries.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace homeward;

Q_DECLARE_METATYPE(BatchChecklistProxy::Filter)

// The checklist review's models: one person's checklist, the batch's persons
// with their counts (ChecklistQueries underneath) and the filter proxy.
// Persons are entered by "official" (every role); "verifier" verifies.
class ChecklistModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void noPersonMeansEmpty();
    void nineItemsInChecklistOrder();
    void headers_data();
    void headers();
    void blindValuesHiddenWhilePending_data();
    void blindValuesHiddenWhilePending();
    void verificationRefreshesRowsWithoutReset();
    void whoVerifiedAndWhoChanged();
    void mayVerifyFollowsTheSignedInOfficial();
    void editingTheDetailShowsItPendingAgain();
    void checklistChangesAnnounceEveryBatch_data();
    void checklistChangesAnnounceEveryBatch();

    void batchCountsPerPerson();
    void waitingForMeDependsOnTheOfficial();
    void batchReloadKeepsRowsWithoutReset();
    void batchPagingAndQueries();
    void withdrawnPersonsAreLeftOut();
    void filters_data();
    void filters();
    void filterFollowsVerification();
    void proxySortsNamesInUkrainianOrder();

private:
    ChecklistModel *makeChecklist();
    BatchChecklistModel *makeBatchModel();
    qint64 itemId(qint64 personId, const QString &code) const;
    QString stateOf(qint64 itemId) const;
    void asVerifier() { testing::signIn(*m_f.store, m_verifier); }
    void asEntrant() { testing::signIn(*m_f.store, m_entrant); }
    void confirmAll(qint64 personId);

    testing::ItemsFixture m_f;
    Official m_entrant;
    Official m_verifier;
    qint64 m_exchange = 0;
    qint64 m_batch = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_third = 0;
    std::unique_ptr<ChecklistModel> m_checklist;
    std::unique_ptr<BatchChecklistModel> m_batchModel;
    std::unique_ptr<BatchChecklistProxy> m_proxy;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void ChecklistModelTest::initTestCase()
{
    QVERIFY(m_f.start());
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_f.testDb);
}

void ChecklistModelTest::cleanupTestCase()
{
    QVERIFY(m_f.stop());
}

void ChecklistModelTest::init()
{
    QVERIFY(m_f.open());
    auto entrant = Accounts(m_f.store->connection()).get(m_f.store->actor().officialId);
    QVERIFY2(entrant, qPrintable(entrant.text()));
    m_entrant = entrant.value();
    auto verifier = testing::addOfficial(m_f.store->connection(), QStringLiteral("verifier"), testing::kVerifier,
                                         true, QStringLiteral("Вірна Перевірка"));
    QVERIFY2(verifier, qPrintable(verifier.text()));
    m_verifier = verifier.value();

    m_exchange = m_f.exchange(QStringLiteral("E"));
    m_batch = m_f.batch(m_exchange);
    Person p;
    p.surname = QStringLiteral("Коваленко");
    p.givenName = QStringLiteral("Іван");
    p.patronymic = QStringLiteral("Петрович");
    p.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    p.serviceNumber = QStringLiteral("АБ123456");
    p.rank = QStringLiteral("солдат");
    auto first = m_f.store->persons().addToBatch(m_batch, p);
    QVERIFY2(first, qPrintable(first.text()));
    m_first = first.value();
    m_second = m_f.person(m_batch, QStringLiteral("Шевченко"), QStringLiteral("Марія"));
    m_third = m_f.person(m_batch, QStringLiteral("Бондар"), QStringLiteral("Олег"));
    QVERIFY(m_second != 0 && m_third != 0);
}

void ChecklistModelTest::cleanup()
{
    m_testers.clear();
    m_proxy.reset();
    m_batchModel.reset();
    m_checklist.reset();
    m_f.close();
}

ChecklistModel *ChecklistModelTest::makeChecklist()
{
    m_checklist = std::make_unique<ChecklistModel>(*m_f.store);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_checklist.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    return m_checklist.get();
}

BatchChecklistModel *ChecklistModelTest::makeBatchModel()
{
    m_batchModel = std::make_unique<BatchChecklistModel>(*m_f.store);
    m_proxy = std::make_unique<BatchChecklistProxy>();
    m_proxy->setSourceModel(m_batchModel.get());
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_batchModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    return m_batchModel.get();
}

qint64 ChecklistModelTest::itemId(qint64 personId, const QString &code) const
{
    auto id = sql::scalar(m_f.store->connection(),
                          QStringLiteral("SELECT id FROM verification_item WHERE person_id = ? AND item = ?"),
                          {personId, code});
    return id ? id.value().toLongLong() : 0;
}

QString ChecklistModelTest::stateOf(qint64 id) const
{
    auto state = sql::scalar(m_f.store->connection(),
                             QStringLiteral("SELECT state FROM verification_item WHERE id = ?"), {id});
    return state ? state.value().toString() : QString();
}

void ChecklistModelTest::confirmAll(qint64 personId)
{
    auto items = m_f.store->verification().itemsForPerson(personId);
    QVERIFY2(items, qPrintable(items.text()));
    for (const VerificationItem &item : items.value()) {
        const CheckMethod method = item.item == CheckItem::Identity ? CheckMethod::InPerson : CheckMethod::Compared;
        const Status done = m_f.store->verification().confirm(item.id, method);
        QVERIFY2(done, qPrintable(done.text()));
    }
}

void ChecklistModelTest::noPersonMeansEmpty()
{
    ChecklistModel *model = makeChecklist();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(ChecklistModel::ColumnCount));
    QCOMPARE(model->itemAt(0), nullptr);
    QCOMPARE(model->rowOfItem(1), -1);
}

void ChecklistModelTest::nineItemsInChecklistOrder()
{
    ChecklistModel *model = makeChecklist();
    model->setPerson(m_first);
    QCOMPARE(model->rowCount(), 9);
    const QList<CheckItem> expected = standardCheckItems();
    for (int row = 0; row < 9; ++row) {
        const QModelIndex index = model->index(row, ChecklistModel::ItemColumn);
        QCOMPARE(index.data(roles::CheckItemRole).toInt(), int(expected.at(row)));
        QCOMPARE(index.data().toString(), label(expected.at(row)));
        QCOMPARE(index.data(roles::StatusCodeRole).toString(), QStringLiteral("pending"));
        QCOMPARE(index.data(roles::PrefersBlindRole).toBool(), prefersBlindReentry(expected.at(row)));
        QCOMPARE(index.data(roles::IdRole).toLongLong(), itemId(m_first, toCode(expected.at(row))));
        QCOMPARE(model->rowOfItem(index.data(roles::IdRole).toLongLong()), row);
    }
    QCOMPARE(model->person().surname, QStringLiteral("Коваленко"));
}

void ChecklistModelTest::headers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("title");
    QTest::newRow("item") << int(ChecklistModel::ItemColumn) << QStringLiteral("Detail");
    QTest::newRow("value") << int(ChecklistModel::ValueColumn) << QStringLiteral("Stored value");
    QTest::newRow("state") << int(ChecklistModel::StateColumn) << QStringLiteral("State");
    QTest::newRow("method") << int(ChecklistModel::MethodColumn) << QStringLiteral("Method");
    QTest::newRow("verified") << int(ChecklistModel::VerifiedColumn) << QStringLiteral("Verified by");
    QTest::newRow("changed") << int(ChecklistModel::ChangedColumn) << QStringLiteral("Last changed by");
    QTest::newRow("note") << int(ChecklistModel::NoteColumn) << QStringLiteral("Note");
}

void ChecklistModelTest::headers()
{
    QFETCH(int, column);
    QFETCH(QString, title);
    QCOMPARE(makeChecklist()->headerData(column, Qt::Horizontal).toString(), title);
}

void ChecklistModelTest::blindValuesHiddenWhilePending_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QString>("typed"); // the value that confirms it blind; empty: compared
    QTest::newRow("surname") << QStringLiteral("surname") << true << QStringLiteral("Коваленко");
    QTest::newRow("birth date") << QStringLiteral("birth_date") << true << QStringLiteral("17.05.1990");
    QTest::newRow("document") << QStringLiteral("document") << true << QStringLiteral("АБ 123456");
    QTest::newRow("given name") << QStringLiteral("given_name") << false << QString();
    QTest::newRow("patronymic") << QStringLiteral("patronymic") << false << QString();
}

void ChecklistModelTest::blindValuesHiddenWhilePending()
{
    QFETCH(QString, code);
    QFETCH(bool, hidden);
    QFETCH(QString, typed);
    ChecklistModel *model = makeChecklist();
    model->setPerson(m_first);
    const qint64 id = itemId(m_first, code);
    const QModelIndex value = model->index(model->rowOfItem(id), ChecklistModel::ValueColumn);
    const QString stored = detailText(model->person(), *checkItemFromCode(code));
    QVERIFY(!stored.isEmpty());
    QCOMPARE(value.data().toString() == stored, !hidden);

    asVerifier();
    if (typed.isEmpty()) {
        const Status done = m_f.store->verification().confirm(id, CheckMethod::Compared);
        QVERIFY2(done, qPrintable(done.text()));
    } else {
        auto done = m_f.store->verification().verifyBlind(id, typed);
        QVERIFY2(done, qPrintable(done.text()));
        QVERIFY(done.value().equal);
    }
    // Once verified, the value shows.
    QCOMPARE(model->index(value.row(), ChecklistModel::ValueColumn).data().toString(), stored);
}

void ChecklistModelTest::verificationRefreshesRowsWithoutReset()
{
    ChecklistModel *model = makeChecklist();
    model->setPerson(m_first);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    const qint64 id = itemId(m_first, QStringLiteral("given_name"));
    const int row = model->rowOfItem(id);

    asVerifier();
    const Status done = m_f.store->verification().confirm(id, CheckMethod::Compared, QStringLiteral("з паспорта"));
    QVERIFY2(done, qPrintable(done.text()));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    // Only the changed row is announced.
    QCOMPARE(changes.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), row);
    QCOMPARE(model->index(row, ChecklistModel::StateColumn).data().toString(), label(CheckState::Confirmed));
    QCOMPARE(model->index(row, ChecklistModel::MethodColumn).data().toString(), label(CheckMethod::Compared));
    QCOMPARE(model->index(row, ChecklistModel::NoteColumn).data().toString(), QStringLiteral("з паспорта"));
    QCOMPARE(model->index(row, 0).data(roles::StatusCodeRole).toString(), QStringLiteral("confirmed"));

    // A change to another person does not announce anything here.
    changes.clear();
    const Status other = m_f.store->verification().confirm(itemId(m_second, QStringLiteral("given_name")),
                                                           CheckMethod::Compared);
    QVERIFY2(other, qPrintable(other.text()));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(resets.count(), 0);
}

void ChecklistModelTest::whoVerifiedAndWhoChanged()
{
    ChecklistModel *model = makeChecklist();
    model->setPerson(m_first);
    const qint64 id = itemId(m_first, QStringLiteral("sex"));
    const int row = model->rowOfItem(id);
    const QString changed = model->index(row, ChecklistModel::ChangedColumn).data().toString();
    QVERIFY2(changed.startsWith(m_entrant.fullName + QStringLiteral(", ")), qPrintable(changed));
    QVERIFY(model->index(row, ChecklistModel::VerifiedColumn).data().toString().isEmpty());

    asVerifier();
    QVERIFY(m_f.store->verification().confirm(id, CheckMethod::Compared).ok());
    const VerificationItem *item = model->itemAt(row);
    QVERIFY(item);
    QCOMPARE(model->index(row, ChecklistModel::VerifiedColumn).data().toString(),
             QStringLiteral("Вірна Перевірка, %1").arg(ChecklistModel::localTime(item->verifiedAt)));
    QCOMPARE(ChecklistModel::localTime(item->verifiedAt),
             QLocale().toString(item->verifiedAt.toLocalTime(), QLocale::ShortFormat));
}

void ChecklistModelTest::mayVerifyFollowsTheSignedInOfficial()
{
    ChecklistModel *model = makeChecklist();
    model->setPerson(m_first);
    const QModelIndex index = model->index(0, ChecklistModel::ItemColumn);
    // The entrant last changed every detail: another official must verify them.
    QCOMPARE(index.data(roles::MayVerifyRole).toBool(), false);
    QVERIFY(!model->whyNotMayVerify(*model->itemAt(0)).isEmpty());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("another official")));
    asVerifier();
    QCOMPARE(index.data(roles::MayVerifyRole).toBool(), true);
    QVERIFY(model->whyNotMayVerify(*model->itemAt(0)).isEmpty());
}

void ChecklistModelTest::editingTheDetailShowsItPendingAgain()
{
    ChecklistModel *model = makeChecklist();
    model->setPerson(m_first);
    const qint64 id = itemId(m_first, QStringLiteral("given_name"));
    asVerifier();
    QVERIFY(m_f.store->verification().confirm(id, CheckMethod::Compared).ok());
    QCOMPARE(model->itemAt(model->rowOfItem(id))->state, CheckState::Confirmed);

    asEntrant();
    auto person = m_f.store->persons().get(m_first);
    QVERIFY(person);
    Person changed = person.value();
    changed.givenName = QStringLiteral("Іванко");
    const Status updated = m_f.store->persons().update(changed);
    QVERIFY2(updated, qPrintable(updated.text()));
    const int row = model->rowOfItem(id);
    QCOMPARE(model->itemAt(row)->state, CheckState::Pending);
    QCOMPARE(model->index(row, ChecklistModel::ValueColumn).data().toString(), QStringLiteral("Іванко"));
    QCOMPARE(model->person().givenName, QStringLiteral("Іванко"));
}

void ChecklistModelTest::checklistChangesAnnounceEveryBatch_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("an item confirmed") << QStringLiteral("confirm");
    QTest::newRow("a free item added to the exchange") << QStringLiteral("custom item");
}

void ChecklistModelTest::checklistChangesAnnounceEveryBatch()
{
    // Коваленко is listed in a second batch of the exchange too: every batch concerned hears of the change, also
    // while the first batch's model, which hears first, reloads through the same connection (on PostgreSQL that
    // reload cut the list of batches being announced short: only the first was).
    QFETCH(QString, change);
    const qint64 other = m_f.batch(m_exchange);
    QVERIFY(other != 0);
    const Status listed = m_f.store->persons().listInBatch(other, m_first);
    QVERIFY2(listed, qPrintable(listed.text()));
    asVerifier();
    makeBatchModel()->setBatch(m_batch);
    QSignalSpy announced(m_f.store->notifier(), &ChangeNotifier::personsChanged);
    if (change == QLatin1String("confirm")) {
        const Status done =
            m_f.store->verification().confirm(itemId(m_first, QStringLiteral("surname")), CheckMethod::Compared);
        QVERIFY2(done, qPrintable(done.text()));
    } else {
        asEntrant();
        auto added = m_f.store->verification().addCustomItem(m_exchange, QStringLiteral("Татуювання"));
        QVERIFY2(added, qPrintable(added.text()));
    }
    QList<qint64> batches;
    for (const QList<QVariant> &arguments : std::as_const(announced))
        batches << arguments.at(0).toLongLong();
    std::sort(batches.begin(), batches.end());
    QCOMPARE(batches, (QList<qint64>{m_batch, other}));
}

void ChecklistModelTest::batchCountsPerPerson()
{
    asVerifier();
    confirmAll(m_first);
    QVERIFY(m_f.store->verification().confirm(itemId(m_second, QStringLiteral("sex")), CheckMethod::Compared).ok());
    QVERIFY(m_f.store->verification()
                .markDiscrepancy(itemId(m_second, QStringLiteral("surname")), QStringLiteral("Шевчено у списку"))
                .ok());

    BatchChecklistModel *model = makeBatchModel();
    model->setBatch(m_batch);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->totalCount(), 3);

    struct Expected {
        qint64 person;
        int confirmed;
        int discrepancies;
        int waiting;
        QString state;
    };
    const Expected expected[] = {
        {m_first, 9, 0, 0, QStringLiteral("verified")},
        {m_second, 1, 1, 7, QStringLiteral("discrepancy")},
        {m_third, 0, 0, 9, QStringLiteral("not_started")},
    };
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = model->index(row, BatchChecklistModel::NameColumn);
        QCOMPARE(index.data(roles::IdRole).toLongLong(), expected[row].person);
        QCOMPARE(index.data(roles::ItemsTotalRole).toInt(), 9);
        QCOMPARE(index.data(roles::ItemsConfirmedRole).toInt(), expected[row].confirmed);
        QCOMPARE(index.data(roles::ItemsDiscrepantRole).toInt(), expected[row].discrepancies);
        QCOMPARE(index.data(roles::ItemsWaitingForMeRole).toInt(), expected[row].waiting);
        QCOMPARE(index.data(roles::StatusCodeRole).toString(), expected[row].state);
        QCOMPARE(model->index(row, BatchChecklistModel::ProgressColumn).data().toString(),
                 QStringLiteral("%1 of 9").arg(expected[row].confirmed));
        QCOMPARE(model->index(row, BatchChecklistModel::PositionColumn).data().toInt(), row + 1);
    }
    QCOMPARE(model->index(0, BatchChecklistModel::NameColumn).data().toString(),
             QStringLiteral("Коваленко Іван Петрович"));
    QCOMPARE(model->index(1, BatchChecklistModel::DiscrepancyColumn).data().toInt(), 1);
    QVERIFY(model->index(0, BatchChecklistModel::DiscrepancyColumn).data().toString().isEmpty());

    // The same classification as the repository's batch progress.
    auto progress = m_f.store->verification().progress(m_batch);
    QVERIFY(progress);
    int verified = 0, discrepant = 0, notStarted = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const PersonChecklistSummary *s = model->summaryAt(row);
        verified += s->fullyVerified();
        discrepant += s->hasDiscrepancy();
        notStarted += s->notStarted();
    }
    QCOMPARE(verified, progress.value().fullyVerified);
    QCOMPARE(discrepant, progress.value().withDiscrepancy);
    QCOMPARE(notStarted, progress.value().notStarted);
}

void ChecklistModelTest::waitingForMeDependsOnTheOfficial()
{
    BatchChecklistModel *model = makeBatchModel();
    asEntrant();
    model->setBatch(m_batch);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model->index(row, 0).data(roles::ItemsWaitingForMeRole).toInt(), 0);
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("another official")));
    asVerifier();
    model->reload();
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model->index(row, 0).data(roles::ItemsWaitingForMeRole).toInt(), 9);
    QVERIFY(model->index(0, BatchChecklistModel::StateColumn).data().toString().contains(QStringLiteral("for you")));
}

void ChecklistModelTest::batchReloadKeepsRowsWithoutReset()
{
    asVerifier();
    BatchChecklistModel *model = makeBatchModel();
    model->setBatch(m_batch);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_f.store->verification().confirm(itemId(m_second, QStringLiteral("sex")), CheckMethod::Compared).ok());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model->index(1, 0).data(roles::ItemsConfirmedRole).toInt(), 1);

    // A new person changes the rows: a reset.
    asEntrant();
    QVERIFY(m_f.person(m_batch, QStringLiteral("Новак")) != 0);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model->rowCount(), 4);

    // Another batch's changes leave this one alone.
    const qint64 other = m_f.batch(m_exchange);
    resets.clear();
    changes.clear();
    QVERIFY(m_f.person(other, QStringLiteral("Чужий")) != 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 0);
}

void ChecklistModelTest::batchPagingAndQueries()
{
    const int extra = BatchChecklistModel::kPageSize + 20;
    for (int i = 0; i < extra; ++i)
        QVERIFY(m_f.person(m_batch, QStringLiteral("Особа%1").arg(i, 5, 10, QLatin1Char('0'))) != 0);
    const int total = extra + 3;

    asVerifier();
    BatchChecklistModel *model = makeBatchModel();
    model->setBatch(m_batch);
    QCOMPARE(model->rowCount(), BatchChecklistModel::kPageSize);
    QCOMPARE(model->totalCount(), total);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), total);
    QVERIFY(!model->canFetchMore({}));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->summaryAt(row)->position > model->summaryAt(row - 1)->position);

    // A person on the second page is found by fetching up to them.
    ChecklistQueries queries(m_f.store->connection());
    model->setBatch(m_batch);
    auto lastPage = queries.summaries(m_batch, m_verifier.id, total - 1, 1);
    QVERIFY2(lastPage, qPrintable(lastPage.text()));
    QCOMPARE(lastPage.value().size(), 1);
    const qint64 last = lastPage.value().first().personId;
    QCOMPARE(model->rowOfPerson(last), -1);
    QCOMPARE(model->fetchUntilPerson(last), total - 1);

    // Keyset pages join up without gaps or repeats.
    auto count = queries.listedCount(m_batch);
    QVERIFY(count);
    QCOMPARE(count.value(), total);
    int seen = 0;
    int after = 0;
    for (;;) {
        auto page = queries.summaries(m_batch, m_verifier.id, after, 100);
        QVERIFY2(page, qPrintable(page.text()));
        if (page.value().isEmpty())
            break;
        QCOMPARE(page.value().first().position, after + 1);
        seen += int(page.value().size());
        after = page.value().constLast().position;
    }
    QCOMPARE(seen, total);
}

void ChecklistModelTest::withdrawnPersonsAreLeftOut()
{
    asEntrant();
    const Status withdrawn = m_f.store->persons().setWithdrawn(m_batch, m_second, true);
    QVERIFY2(withdrawn, qPrintable(withdrawn.text()));
    BatchChecklistModel *model = makeBatchModel();
    model->setBatch(m_batch);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOfPerson(m_second), -1);
    QCOMPARE(model->totalCount(), 2);
}

void ChecklistModelTest::filters_data()
{
    QTest::addColumn<BatchChecklistProxy::Filter>("filter");
    QTest::addColumn<bool>("asVerifier");
    QTest::addColumn<QList<int>>("positions");
    using F = BatchChecklistProxy::Filter;
    QTest::newRow("all") << F::All << true << QList<int>{1, 2, 3};
    QTest::newRow("waiting for me") << F::WaitingForMe << true << QList<int>{2, 3};
    QTest::newRow("waiting for the entrant: none") << F::WaitingForMe << false << QList<int>{};
    QTest::newRow("with discrepancies") << F::WithDiscrepancies << true << QList<int>{2};
    QTest::newRow("not started") << F::NotStarted << true << QList<int>{3};
}

void ChecklistModelTest::filters()
{
    QFETCH(BatchChecklistProxy::Filter, filter);
    QFETCH(bool, asVerifier);
    QFETCH(QList<int>, positions);
    this->asVerifier();
    confirmAll(m_first);
    QVERIFY(m_f.store->verification()
                .markDiscrepancy(itemId(m_second, QStringLiteral("surname")), QStringLiteral("інше написання"))
                .ok());
    if (!asVerifier)
        asEntrant();
    makeBatchModel()->setBatch(m_batch);
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->filter(), filter);
    QList<int> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_proxy->index(row, BatchChecklistModel::PositionColumn).data().toInt();
    QCOMPARE(shown, positions);
    QVERIFY(!BatchChecklistProxy::label(filter).isEmpty());
}

void ChecklistModelTest::filterFollowsVerification()
{
    asVerifier();
    makeBatchModel()->setBatch(m_batch);
    m_proxy->setFilter(BatchChecklistProxy::Filter::WaitingForMe);
    QCOMPARE(m_proxy->rowCount(), 3);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    confirmAll(m_first);
    QCOMPARE(m_proxy->rowCount(), 2);
    QVERIFY(removed.count() >= 1);
    m_proxy->setFilter(BatchChecklistProxy::Filter::NotStarted);
    QCOMPARE(m_proxy->rowCount(), 2);
    QVERIFY(m_f.store->verification().confirm(itemId(m_third, QStringLiteral("sex")), CheckMethod::Compared).ok());
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(roles::IdRole).toLongLong(), m_second);
}

void ChecklistModelTest::proxySortsNamesInUkrainianOrder()
{
    asEntrant();
    QVERIFY(m_f.person(m_batch, QStringLiteral("Ґудзь")) != 0);
    QVERIFY(m_f.person(m_batch, QStringLiteral("Гнатюк")) != 0);
    makeBatchModel()->setBatch(m_batch);
    m_proxy->sort(BatchChecklistModel::NameColumn, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names << m_proxy->index(row, BatchChecklistModel::NameColumn).data().toString().section(QLatin1Char(' '), 0, 0);
    QCOMPARE(names, (QStringList{QStringLiteral("Бондар"), QStringLiteral("Гнатюк"), QStringLiteral("Ґудзь"),
                                 QStringLiteral("Коваленко"), QStringLiteral("Шевченко")}));
}

QTEST_GUILESS_MAIN(ChecklistModelTest)
#include "tst_checklistmodel.moc"
