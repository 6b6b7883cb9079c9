#include "items/ItemsFixture.h"

#include "items/HistoryModel.h"
#include "items/ItemRoles.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace homeward;

// The history view's model: one row per changed field of each audit row about
// a person (with their checklist's verifications) or a batch, newest first.
class HistoryModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void noSubjectMeansEmpty();
    void headers();
    void createdPersonShowsItsFilledFields();
    void editShowsOnlyChangedFieldsBeforeAndAfter();
    void verificationsArePartOfThePersonsHistory();
    void batchHistory();
    void refreshesOnChange();
    void timeIsLocal();
    void changesOf_data();
    void changesOf();
    void actionLabels_data();
    void actionLabels();

private:
    HistoryModel *makeModel();
    // field → (before, after) of the model's rows made from the newest audit row
    QHash<QString, QPair<QString, QString>> newestChanges() const;

    testing::ItemsFixture m_f;
    Official m_entrant;
    Official m_verifier;
    qint64 m_batch = 0;
    qint64 m_person = 0;
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void HistoryModelTest::initTestCase()
{
    QVERIFY(m_f.start());
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_f.testDb);
}

void HistoryModelTest::cleanupTestCase()
{
    QVERIFY(m_f.stop());
}

void HistoryModelTest::init()
{
    QVERIFY(m_f.open());
    auto entrant = Accounts(m_f.store->connection()).get(m_f.store->actor().officialId);
    QVERIFY2(entrant, qPrintable(entrant.text()));
    m_entrant = entrant.value();
    auto verifier = testing::addOfficial(m_f.store->connection(), QStringLiteral("verifier"), testing::kVerifier,
                                         true, QStringLiteral("Вірна Перевірка"));
    QVERIFY2(verifier, qPrintable(verifier.text()));
    m_verifier = verifier.value();
    const qint64 exchange = m_f.exchange(QStringLiteral("E"));
    m_batch = m_f.batch(exchange);
    m_person = m_f.person(m_batch, QStringLiteral("Коваленко"), QStringLiteral("Іван"), QStringLiteral("Петрович"),
                          PartialDate::fromDate(QDate(1990, 5, 17)));
    QVERIFY(m_person != 0);
}

void HistoryModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_f.close();
}

HistoryModel *HistoryModelTest::makeModel()
{
    m_model = std::make_unique<HistoryModel>(*m_f.store);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_model.get();
}

QHash<QString, QPair<QString, QString>> HistoryModelTest::newestChanges() const
{
    QHash<QString, QPair<QString, QString>> changes;
    if (m_model->rowCount() == 0)
        return changes;
    const qint64 newest = m_model->index(0, 0).data(roles::IdRole).toLongLong();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(roles::IdRole).toLongLong() != newest)
            break;
        changes.insert(m_model->index(row, HistoryModel::FieldColumn).data().toString(),
                       {m_model->index(row, HistoryModel::BeforeColumn).data().toString(),
                        m_model->index(row, HistoryModel::AfterColumn).data().toString()});
    }
    return changes;
}

void HistoryModelTest::noSubjectMeansEmpty()
{
    HistoryModel *model = makeModel();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model->subject(), HistoryModel::Subject::None);
    model->setPerson(m_person);
    QVERIFY(model->rowCount() > 0);
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->entryCount(), 0);
}

void HistoryModelTest::headers()
{
    HistoryModel *model = makeModel();
    const QStringList expected{QStringLiteral("Time"),   QStringLiteral("Official"), QStringLiteral("Action"),
                               QStringLiteral("Detail"), QStringLiteral("Before"),   QStringLiteral("After")};
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void HistoryModelTest::createdPersonShowsItsFilledFields()
{
    HistoryModel *model = makeModel();
    model->setPerson(m_person);
    QCOMPARE(model->entryCount(), 1);
    const auto changes = newestChanges();
    QCOMPARE(changes.value(QStringLiteral("Surname")), qMakePair(QString(), QStringLiteral("Коваленко")));
    QCOMPARE(changes.value(QStringLiteral("Date of birth")), qMakePair(QString(), QStringLiteral("17.05.1990")));
    QCOMPARE(changes.value(QStringLiteral("Sex")), qMakePair(QString(), label(Sex::Male)));
    QCOMPARE(changes.value(QStringLiteral("No. in the list")), qMakePair(QString(), QStringLiteral("1")));
    // Empty fields and bookkeeping say nothing.
    QVERIFY(!changes.contains(QStringLiteral("Rank")));
    QVERIFY(!changes.contains(QStringLiteral("row_version")));
    QVERIFY(!changes.contains(QStringLiteral("created_at")));
    QCOMPARE(model->index(0, HistoryModel::ActionColumn).data().toString(), QStringLiteral("Created"));
    QCOMPARE(model->index(0, 0).data(roles::StatusCodeRole).toString(), QStringLiteral("create"));
    QCOMPARE(model->index(0, HistoryModel::OfficialColumn).data().toString(), QStringLiteral("Official official"));
}

void HistoryModelTest::editShowsOnlyChangedFieldsBeforeAndAfter()
{
    auto person = m_f.store->persons().get(m_person);
    QVERIFY(person);
    Person changed = person.value();
    changed.surname = QStringLiteral("Коваленков");
    changed.rank = QStringLiteral("сержант");
    changed.sex = Sex::Female;
    const Status updated = m_f.store->persons().update(changed);
    QVERIFY2(updated, qPrintable(updated.text()));

    HistoryModel *model = makeModel();
    model->setPerson(m_person);
    QCOMPARE(model->entryCount(), 2);
    const auto changes = newestChanges();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.value(QStringLiteral("Surname")),
             qMakePair(QStringLiteral("Коваленко"), QStringLiteral("Коваленков")));
    QCOMPARE(changes.value(QStringLiteral("Rank")), qMakePair(QString(), QStringLiteral("сержант")));
    QCOMPARE(changes.value(QStringLiteral("Sex")), qMakePair(label(Sex::Male), label(Sex::Female)));
    QCOMPARE(model->index(0, HistoryModel::ActionColumn).data().toString(), QStringLiteral("Changed"));
    // Fields in form order: surname before sex before rank.
    QCOMPARE(model->index(0, HistoryModel::FieldColumn).data().toString(), QStringLiteral("Surname"));
    QCOMPARE(model->index(1, HistoryModel::FieldColumn).data().toString(), QStringLiteral("Sex"));
    QCOMPARE(model->index(2, HistoryModel::FieldColumn).data().toString(), QStringLiteral("Rank"));
    // Newest first: the creation follows.
    QCOMPARE(model->index(3, HistoryModel::ActionColumn).data().toString(), QStringLiteral("Created"));
}

void HistoryModelTest::verificationsArePartOfThePersonsHistory()
{
    testing::signIn(*m_f.store, m_verifier);
    auto items = m_f.store->verification().itemsForPerson(m_person);
    QVERIFY(items);
    const VerificationItem &patronymic = items.value().at(2);
    QCOMPARE(patronymic.item, CheckItem::Patronymic);
    QVERIFY(m_f.store->verification().markDiscrepancy(patronymic.id, QStringLiteral("Петровича у списку")).ok());

    HistoryModel *model = makeModel();
    model->setPerson(m_person);
    QCOMPARE(model->entryCount(), 2);
    const auto changes = newestChanges();
    QCOMPARE(changes.value(QStringLiteral("Patronymic: State")),
             qMakePair(label(CheckState::Pending), label(CheckState::Discrepancy)));
    QCOMPARE(changes.value(QStringLiteral("Patronymic: Note")), qMakePair(QString(), QStringLiteral("Петровича у списку")));
    QVERIFY(changes.contains(QStringLiteral("Patronymic: Method")));
    QCOMPARE(model->index(0, HistoryModel::OfficialColumn).data().toString(), QStringLiteral("Вірна Перевірка"));
    QCOMPARE(model->index(0, HistoryModel::ActionColumn).data().toString(), QStringLiteral("Discrepancy recorded"));
}

void HistoryModelTest::batchHistory()
{
    auto batch = m_f.store->batches().get(m_batch);
    QVERIFY(batch);
    Batch changed = batch.value();
    changed.place = QStringLiteral("Пункт пропуску 2");
    changed.plannedCivilians = 7;
    const Status updated = m_f.store->batches().update(changed);
    QVERIFY2(updated, qPrintable(updated.text()));

    HistoryModel *model = makeModel();
    model->setBatch(m_batch);
    QCOMPARE(model->subject(), HistoryModel::Subject::Batch);
    QCOMPARE(model->subjectId(), m_batch);
    QCOMPARE(model->entryCount(), 2);
    const auto changes = newestChanges();
    QCOMPARE(changes.value(QStringLiteral("Place")),
             qMakePair(QStringLiteral("Border point 1"), QStringLiteral("Пункт пропуску 2")));
    QCOMPARE(changes.value(QStringLiteral("Civilians planned")), qMakePair(QStringLiteral("1"), QStringLiteral("7")));
}

void HistoryModelTest::refreshesOnChange()
{
    HistoryModel *model = makeModel();
    model->setPerson(m_person);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    testing::signIn(*m_f.store, m_verifier);
    auto items = m_f.store->verification().itemsForPerson(m_person);
    QVERIFY(items);
    QVERIFY(m_f.store->verification().confirm(items.value().at(1).id, CheckMethod::Compared).ok());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model->entryCount(), 2);
    QCOMPARE(model->index(0, HistoryModel::ActionColumn).data().toString(), QStringLiteral("Verified"));

    // A change about someone else adds no row here.
    testing::signIn(*m_f.store, m_entrant);
    QVERIFY(m_f.person(m_batch, QStringLiteral("Інший")) != 0);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model->entryCount(), 2);
}

void HistoryModelTest::timeIsLocal()
{
    HistoryModel *model = makeModel();
    model->setPerson(m_person);
    auto history = AuditLog::history(m_f.store->connection(), QStringLiteral("person"), m_person);
    QVERIFY(history);
    const QDateTime at = history.value().first().at;
    QVERIFY(at.isValid());
    QCOMPARE(model->index(0, HistoryModel::TimeColumn).data().toString(),
             QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model->index(0, HistoryModel::TimeColumn).data(roles::SortRole).toDateTime(), at);
}

void HistoryModelTest::changesOf_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QStringList>("rows"); // "field|before|after"

    const QJsonObject person{{QStringLiteral("id"), 5},
                             {QStringLiteral("surname"), QStringLiteral("Бондар")},
                             {QStringLiteral("given_name"), QStringLiteral("Олег")},
                             {QStringLiteral("rank"), QString()},
                             {QStringLiteral("position"), 4},
                             {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00.000Z")}};
    QJsonObject renamed = person;
    renamed.insert(QStringLiteral("given_name"), QStringLiteral("Олег-Іван"));
    renamed.insert(QStringLiteral("updated_at"), QStringLiteral("2026-01-02T00:00:00.000Z"));

    QTest::newRow("create: filled fields") << QStringLiteral("create") << QStringLiteral("person") << QJsonObject()
                                           << person
                                           << QStringList{QStringLiteral("Surname||Бондар"),
                                                          QStringLiteral("Given name||Олег"),
                                                          QStringLiteral("No. in the list||4")};
    QTest::newRow("update: changed only") << QStringLiteral("update") << QStringLiteral("person") << person << renamed
                                          << QStringList{QStringLiteral("Given name|Олег|Олег-Іван")};
    QTest::newRow("unlist: the place on the list")
        << QStringLiteral("unlist") << QStringLiteral("person") << person << QJsonObject()
        << QStringList{QStringLiteral("No. in the list|4|")};
    QTest::newRow("delete: what was there") << QStringLiteral("delete") << QStringLiteral("person") << person
                                            << QJsonObject()
                                            << QStringList{QStringLiteral("Surname|Бондар|"),
                                                           QStringLiteral("Given name|Олег|"),
                                                           QStringLiteral("No. in the list|4|")};
    QJsonObject touched = person;
    touched.insert(QStringLiteral("updated_at"), QStringLiteral("2026-01-03T00:00:00.000Z"));
    QTest::newRow("nothing visible: one row") << QStringLiteral("update") << QStringLiteral("person") << person
                                              << touched << QStringList{QStringLiteral("||")};
    const QJsonObject pending{{QStringLiteral("item"), QStringLiteral("surname")},
                              {QStringLiteral("state"), QStringLiteral("pending")},
                              {QStringLiteral("method"), QJsonValue::Null},
                              {QStringLiteral("verified_by"), QJsonValue::Null}};
    const QJsonObject confirmed{{QStringLiteral("item"), QStringLiteral("surname")},
                                {QStringLiteral("state"), QStringLiteral("confirmed")},
                                {QStringLiteral("method"), QStringLiteral("blind_reentry")},
                                {QStringLiteral("verified_by"), 3}};
    QTest::newRow("verification: state and method")
        << QStringLiteral("verify") << QStringLiteral("verification_item") << pending << confirmed
        << QStringList{QStringLiteral("Surname: State|%1|%2").arg(label(CheckState::Pending), label(CheckState::Confirmed)),
                       QStringLiteral("Surname: Method||%1").arg(label(CheckMethod::BlindReentry))};
}

void HistoryModelTest::changesOf()
{
    QFETCH(QString, action);
    QFETCH(QString, entity);
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QStringList, rows);
    AuditEntry entry;
    entry.id = 7;
    entry.action = action;
    entry.entity = entity;
    entry.before = before;
    entry.after = after;
    entry.officialName = QStringLiteral("Хтось");
    const QList<HistoryModel::Change> changes = HistoryModel::changesOf(entry);
    QStringList shown;
    for (const HistoryModel::Change &change : changes) {
        QCOMPARE(change.entryId, 7);
        QCOMPARE(change.official, QStringLiteral("Хтось"));
        shown << QStringList{change.field, change.before, change.after}.join(QLatin1Char('|'));
    }
    QCOMPARE(shown, rows);
}

void HistoryModelTest::actionLabels_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("create") << QStringLiteral("create") << QStringLiteral("Created");
    QTest::newRow("update") << QStringLiteral("update") << QStringLiteral("Changed");
    QTest::newRow("delete") << QStringLiteral("delete") << QStringLiteral("Deleted");
    QTest::newRow("unlist") << QStringLiteral("unlist") << QStringLiteral("Taken off a batch's list");
    QTest::newRow("verify") << QStringLiteral("verify") << QStringLiteral("Verified");
    QTest::newRow("discrepancy") << QStringLiteral("discrepancy") << QStringLiteral("Discrepancy recorded");
    QTest::newRow("unknown keeps its code") << QStringLiteral("seal_check") << QStringLiteral("seal_check");
}

void HistoryModelTest::actionLabels()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QCOMPARE(HistoryModel::actionLabel(code), text);
}

QTEST_GUILESS_MAIN(HistoryModelTest)
#include "tst_historymodel.moc"
