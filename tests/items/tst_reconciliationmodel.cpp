#include "items/ItemRoles.h"
#include "items/ReconciliationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace homeward;

// The reconciliation view's models: differences riskiest first, the persons
// on one list only, the counts; resolutions update rows in place. Every
// model runs under QAbstractItemModelTester.
class ReconciliationModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void differencesRiskiestFirst();
    void resolutionsUpdateInPlace_data();
    void resolutionsUpdateInPlace();
    void onlyTheirsAndOurs();
    void counts();
    void emptyReconciliation();

private:
    std::unique_ptr<ReconciliationModel> m_model;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
    Reconciliation m_reconciliation;
};

namespace {

Person person(const QString &surname, const QString &given, const QString &birthIso, Sex sex = Sex::Male,
              Category category = Category::Serviceman)
{
    Person p;
    p.surname = surname;
    p.givenName = given;
    p.birthDate = PartialDate::fromIso(birthIso).value();
    p.sex = sex;
    p.category = category;
    return p;
}

InterchangeRow theirs(const QString &recordId, qint64 line, Person p)
{
    p.recordId = recordId;
    InterchangeRow row;
    row.line = line;
    row.person = p;
    row.sexKnown = true;
    row.categoryKnown = true;
    return row;
}

// Our list: an exact pair, a pair with a rank difference (low), a pair whose birth date is swapped (high) and
// whose sex differs (high), one only ours. Theirs: the three pairs and one only theirs.
Reconciliation sample()
{
    Person exact = person(QStringLiteral("Гнатюк"), QStringLiteral("Тарас"), QStringLiteral("1999-02-02"));
    Person rank = person(QStringLiteral("Коваленко"), QStringLiteral("Андрій"), QStringLiteral("1990-05-07"));
    rank.rank = QStringLiteral("солдат");
    Person rankTheirs = rank;
    rankTheirs.rank = QStringLiteral("сержант");
    Person swap = person(QStringLiteral("Бондаренко"), QStringLiteral("Олег"), QStringLiteral("1988-03-07"));
    Person swapTheirs = swap;
    swapTheirs.birthDate = PartialDate::fromIso(QStringLiteral("1988-07-03")).value();
    swapTheirs.sex = Sex::Female;
    const QList<OurPerson> ours{
        {1, 1, exact},
        {2, 2, rank},
        {3, 3, swap},
        {4, 4,
         person(QStringLiteral("Мельник"), QStringLiteral("Ірина"), QStringLiteral("1995-01-30"), Sex::Female,
                Category::Civilian)},
    };
    const QList<InterchangeRow> rows{
        theirs(QStringLiteral("e"), 2, exact),
        theirs(QStringLiteral("r"), 3, rankTheirs),
        theirs(QStringLiteral("s"), 4, swapTheirs),
        theirs(QStringLiteral("x"), 5,
               person(QStringLiteral("Лисенко"), QStringLiteral("Марко"), QStringLiteral("2001-09-09"))),
    };
    return Reconciler::reconcile(ours, rows, 3, 1);
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

} // namespace

void ReconciliationModelTest::init()
{
    m_model = std::make_unique<ReconciliationModel>();
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_model->differences(), m_model->onlyTheirs(), m_model->onlyOurs(), m_model->counts()})
        m_testers << std::make_shared<QAbstractItemModelTester>(model,
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_reconciliation = sample();
    m_model->setReconciliation(m_reconciliation);
}

void ReconciliationModelTest::cleanup()
{
    m_testers.clear();
    m_model.reset();
}

void ReconciliationModelTest::differencesRiskiestFirst()
{
    const auto *model = m_model->differences();
    QCOMPARE(model->columnCount(), int(ReconciliationDifferencesModel::ColumnCount));
    // Two high (birth date, sex) of the swapped pair, the low rank, then the pair that agrees.
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(column(*model, 0, roles::FieldCodeRole),
             (QStringList{QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("rank"), QString()}));
    QCOMPARE(column(*model, 0, roles::RiskLevelRole),
             (QStringList{QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("0")}));
    QCOMPARE(model->index(0, 0).data(roles::IdRole).toLongLong(), qint64(3));
    QCOMPARE(model->index(0, 0).data(roles::TheirRecordIdRole).toString(), QStringLiteral("s"));
    QCOMPARE(model->index(0, 0).data(roles::ReconciliationKeyRole).toString(), QStringLiteral("pair:3:s:birth_date"));
    QCOMPARE(model->index(0, ReconciliationDifferencesModel::OursColumn).data().toString(),
             QStringLiteral("07.03.1988"));
    QCOMPARE(model->index(0, ReconciliationDifferencesModel::TheirsColumn).data().toString(),
             QStringLiteral("03.07.1988"));
    QCOMPARE(model->index(0, ReconciliationDifferencesModel::FieldColumn).data().toString(),
             QStringLiteral("Date of birth"));
    QVERIFY(!model->index(0, ReconciliationDifferencesModel::ReasonColumn).data().toString().isEmpty());
    // Sex by its label, not its code.
    QCOMPARE(model->index(1, ReconciliationDifferencesModel::OursColumn).data().toString(), label(Sex::Male));
    QCOMPARE(model->index(1, ReconciliationDifferencesModel::TheirsColumn).data().toString(), label(Sex::Female));
    QCOMPARE(model->index(0, ReconciliationDifferencesModel::OurPersonColumn).data().toString(),
             QStringLiteral("No. 3 Бондаренко Олег"));
    QCOMPARE(model->index(0, ReconciliationDifferencesModel::TheirPersonColumn).data().toString(),
             QStringLiteral("s (line 4) Бондаренко Олег"));
    QCOMPARE(model->index(0, ReconciliationDifferencesModel::ResolutionColumn).data().toString(),
             QStringLiteral("Open"));
    QCOMPARE(model->index(0, ReconciliationDifferencesModel::RiskColumn).data(roles::SortRole).toInt(), 3);

    // The pair that agrees: not resolvable.
    QVERIFY(!model->target(3).resolvable);
    QCOMPARE(model->index(3, ReconciliationDifferencesModel::ReasonColumn).data().toString(),
             QStringLiteral("Every compared detail agrees."));
    const ResolutionTarget target = model->target(0);
    QVERIFY(target.resolvable);
    QCOMPARE(target.key, QStringLiteral("pair:3:s:birth_date"));
    QCOMPARE(target.oursValue, QStringLiteral("07.03.1988"));
    QCOMPARE(target.theirsValue, QStringLiteral("03.07.1988"));
    QVERIFY(!model->target(99).resolvable);
    QCOMPARE(model->headerData(ReconciliationDifferencesModel::RiskColumn, Qt::Horizontal).toString(),
             QStringLiteral("Risk"));
}

void ReconciliationModelTest::resolutionsUpdateInPlace_data()
{
    QTest::addColumn<bool>("sameValues");
    QTest::newRow("made for these values") << true;
    QTest::newRow("made for other values") << false;
}

void ReconciliationModelTest::resolutionsUpdateInPlace()
{
    QFETCH(bool, sameValues);
    auto *model = m_model->differences();
    QCOMPARE(m_model->openCount(), 5); // 3 differences + 1 only theirs + 1 only ours
    const ResolutionTarget target = model->target(0);
    ReconciliationResolution resolution;
    resolution.key = target.key;
    resolution.oursValue = target.oursValue;
    resolution.theirsValue = sameValues ? target.theirsValue : QStringLiteral("01.01.1900");
    resolution.note = QStringLiteral("their clerk swapped day and month");
    resolution.resolvedByName = QStringLiteral("Official op");
    resolution.resolvedAt = QDateTime(QDate(2026, 11, 26), QTime(7, 0), Qt::UTC);
    ReconciliationResolution onlyTheirs;
    onlyTheirs.key = m_model->onlyTheirs()->target(0).key;
    onlyTheirs.theirsValue = m_model->onlyTheirs()->target(0).theirsValue;
    onlyTheirs.note = QStringLiteral("handed over in batch 1");

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy open(m_model.get(), &ReconciliationModel::openCountChanged);
    const QStringList keysBefore = column(*model, 0, roles::ReconciliationKeyRole);
    m_model->setResolutions({resolution, onlyTheirs});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(column(*model, 0, roles::ReconciliationKeyRole), keysBefore); // rows stay where they were
    QCOMPARE(model->index(0, 0).data(roles::ResolvedRole).toBool(), sameValues);
    QCOMPARE(model->index(0, 0).data(roles::ResolutionNoteRole).toString(), sameValues ? resolution.note : QString());
    QCOMPARE(model->index(0, ReconciliationDifferencesModel::ResolutionColumn).data().toString(),
             sameValues ? QStringLiteral("Resolved: their clerk swapped day and month") : QStringLiteral("Open"));
    if (sameValues)
        QVERIFY(model->index(0, ReconciliationDifferencesModel::ResolutionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Official op")));
    QVERIFY(m_model->onlyTheirs()->index(0, 0).data(roles::ResolvedRole).toBool());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.constFirst().constFirst().toInt(), sameValues ? 3 : 4);
    QCOMPARE(m_model->openCount(), sameValues ? 3 : 4);
    QCOMPARE(m_model->reconciliation().openCount(), sameValues ? 3 : 4);

    // Taken back: open again.
    m_model->setResolutions({});
    QVERIFY(!model->index(0, 0).data(roles::ResolvedRole).toBool());
    QCOMPARE(m_model->openCount(), 5);
}

void ReconciliationModelTest::onlyTheirsAndOurs()
{
    const auto *theirs = m_model->onlyTheirs();
    const auto *ours = m_model->onlyOurs();
    QCOMPARE(theirs->side(), ReconciliationOnlyModel::Side::Theirs);
    QCOMPARE(theirs->rowCount(), 1);
    QCOMPARE(ours->rowCount(), 1);
    QCOMPARE(theirs->index(0, ReconciliationOnlyModel::WhereColumn).data().toString(), QStringLiteral("x (line 5)"));
    QCOMPARE(theirs->index(0, ReconciliationOnlyModel::SurnameColumn).data().toString(), QStringLiteral("Лисенко"));
    QCOMPARE(theirs->index(0, ReconciliationOnlyModel::BirthDateColumn).data().toString(),
             QStringLiteral("09.09.2001"));
    QCOMPARE(theirs->index(0, 0).data(roles::TheirRecordIdRole).toString(), QStringLiteral("x"));
    QCOMPARE(theirs->index(0, 0).data(roles::ReconciliationKeyRole).toString(), QStringLiteral("only-theirs:x"));
    QCOMPARE(theirs->index(0, 0).data(roles::RiskLevelRole).toInt(), int(RiskLevel::High));
    QCOMPARE(theirs->target(0).theirsValue, QStringLiteral("Лисенко Марко, 09.09.2001"));
    QVERIFY(theirs->target(0).oursValue.isEmpty());

    QCOMPARE(ours->index(0, ReconciliationOnlyModel::WhereColumn).data().toString(), QStringLiteral("No. 4"));
    QCOMPARE(ours->index(0, 0).data(roles::IdRole).toLongLong(), qint64(4));
    QCOMPARE(ours->index(0, ReconciliationOnlyModel::CategoryColumn).data().toString(), label(Category::Civilian));
    QCOMPARE(ours->index(0, ReconciliationOnlyModel::SexColumn).data().toString(), label(Sex::Female));
    QCOMPARE(ours->target(0).key, QStringLiteral("only-ours:4"));
    QCOMPARE(ours->target(0).oursValue, QStringLiteral("Мельник Ірина, 30.01.1995"));
    QCOMPARE(ours->headerData(ReconciliationOnlyModel::WhereColumn, Qt::Horizontal).toString(),
             QStringLiteral("Our No."));
    QCOMPARE(theirs->headerData(ReconciliationOnlyModel::WhereColumn, Qt::Horizontal).toString(),
             QStringLiteral("Their record"));
}

void ReconciliationModelTest::counts()
{
    const auto *model = m_model->counts();
    QCOMPARE(model->rowCount(), m_reconciliation.counts.size());
    const QStringList codes = column(*model, 0, roles::ReconciliationKeyRole);
    QCOMPARE(codes.first(), QStringLiteral("serviceman_male"));
    QCOMPARE(codes.last(), QStringLiteral("total"));
    const int total = model->rowCount() - 1;
    // Ours 4 (3 servicemen, 1 civilian), theirs 4 (one a woman now), planned 4.
    QCOMPARE(model->index(total, ReconciliationCountsModel::OursColumn).data().toInt(), 4);
    QCOMPARE(model->index(total, ReconciliationCountsModel::TheirsColumn).data().toInt(), 4);
    QCOMPARE(model->index(total, ReconciliationCountsModel::PlannedColumn).data().toInt(), 4);
    QCOMPARE(model->index(total, 0).data(roles::RiskLevelRole).toInt(), int(RiskLevel::None));
    QCOMPARE(model->index(total, ReconciliationCountsModel::AgreesColumn).data().toString(), QStringLiteral("agrees"));
    // Servicemen, women: ours 0, theirs 1.
    const int women = int(codes.indexOf(QStringLiteral("serviceman_female")));
    QCOMPARE(model->index(women, ReconciliationCountsModel::TheirsColumn).data().toInt(), 1);
    QCOMPARE(model->index(women, ReconciliationCountsModel::PlannedColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model->index(women, 0).data(roles::RiskLevelRole).toInt(), int(RiskLevel::High));
    QCOMPARE(model->index(women, ReconciliationCountsModel::AgreesColumn).data().toString(), QStringLiteral("differs"));
}

void ReconciliationModelTest::emptyReconciliation()
{
    QSignalSpy reset(m_model->differences(), &QAbstractItemModel::modelReset);
    m_model->setReconciliation(Reconciler::reconcile({}, {}, 0, 0));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->differences()->rowCount(), 0);
    QCOMPARE(m_model->onlyTheirs()->rowCount(), 0);
    QCOMPARE(m_model->onlyOurs()->rowCount(), 0);
    QCOMPARE(m_model->counts()->rowCount(), 7);
    QCOMPARE(m_model->openCount(), 0);
    m_model->setResolutions({}); // nothing to update, nothing breaks
    QVERIFY(!m_model->differences()->target(0).resolvable);
}

QTEST_GUILESS_MAIN(ReconciliationModelTest)
#include "tst_reconciliationmodel.moc"
