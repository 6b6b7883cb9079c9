#include "items/ItemRoles.h"
#include "items/MatchResultsModel.h"
#include "items/MatchResultsProxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace homeward;

Q_DECLARE_METATYPE(homeward::PersonMatch)

// The match-all result list: riskiest first, under the model tester.
class MatchResultsModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void riskOrder_data();
    void riskOrder();
    void rolesAndText();
    void proxyAttentionOnlyAndSorting();
    void emptyModel();
};

namespace {

// A person matched with candidates of the given scores (best first).
PersonMatch made(int position, names::Verdict verdict, QList<double> scores, int duplicates = 0)
{
    PersonMatch m;
    m.personId = 100 + position;
    m.position = position;
    m.record.surname = QStringLiteral("Коваленко");
    m.record.givenName = QStringLiteral("Особа%1").arg(position);
    m.result.verdict = verdict;
    for (int i = 0; i < scores.size(); ++i) {
        names::Candidate c;
        c.recordId = QStringLiteral("R-%1-%2").arg(position).arg(i);
        c.score = scores.at(i);
        m.result.candidates.append(c);
        names::MatchRecord r;
        r.recordId = c.recordId;
        r.surname = QStringLiteral("Коваленко");
        r.givenName = QStringLiteral("Кандидат");
        m.candidateRecords.append(r);
    }
    for (int i = 0; i < duplicates; ++i) {
        DuplicateFlag flag;
        flag.kind = DuplicateFlag::Kind::ListedTwice;
        flag.position = 99;
        m.duplicates.append(flag);
    }
    return m;
}

using V = names::Verdict;

} // namespace

void MatchResultsModelTest::riskOrder_data()
{
    QTest::addColumn<QList<PersonMatch>>("input");
    QTest::addColumn<QList<int>>("positions"); // expected order
    QTest::newRow("verdicts: ambiguous, probable, none, match")
        << QList<PersonMatch>{made(1, V::Match, {0.95}), made(2, V::None, {}), made(3, V::Probable, {0.7}),
                              made(4, V::Ambiguous, {0.8, 0.79})}
        << QList<int>{4, 3, 2, 1};
    QTest::newRow("within a verdict the smallest margin first")
        << QList<PersonMatch>{made(1, V::Ambiguous, {0.9, 0.7}), made(2, V::Ambiguous, {0.8, 0.79}),
                              made(3, V::Ambiguous, {0.85, 0.8})}
        << QList<int>{2, 3, 1};
    QTest::newRow("a lone candidate's margin is its score")
        << QList<PersonMatch>{made(1, V::Match, {0.99}), made(2, V::Match, {0.9, 0.3}), made(3, V::Match, {0.8})}
        << QList<int>{2, 3, 1};
    QTest::newRow("ties keep the list order")
        << QList<PersonMatch>{made(5, V::None, {}), made(2, V::None, {}), made(7, V::None, {})} << QList<int>{2, 5, 7};
}

void MatchResultsModelTest::riskOrder()
{
    QFETCH(QList<PersonMatch>, input);
    QFETCH(QList<int>, positions);
    MatchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResults(input);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), positions.size());
    QList<int> got;
    for (int row = 0; row < model.rowCount(); ++row)
        got << model.index(row, MatchResultsModel::PositionColumn).data().toInt();
    QCOMPARE(got, positions);
    // The proxy, unsorted, shows the same order.
    MatchResultsProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data().toInt(), positions.at(row));
    // Sorting by the verdict column gives the risk order too.
    proxy.sort(MatchResultsModel::VerdictColumn, Qt::AscendingOrder);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data().toInt(), positions.at(row));
}

void MatchResultsModelTest::rolesAndText()
{
    MatchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PersonMatch m = made(3, V::Probable, {0.7, 0.5}, 1);
    names::FieldDifference d;
    d.field = QStringLiteral("birth_date");
    d.reason = QStringLiteral("day and month swapped");
    d.summary = QStringLiteral("date of birth (07.05 / 05.07)");
    m.result.candidates[0].differences.append(d);
    model.setResults({m});
    const auto at = [&model](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(at(0, roles::IdRole).toLongLong(), 103);
    QCOMPARE(at(0, roles::StatusCodeRole).toString(), QStringLiteral("probable"));
    QCOMPARE(at(0, roles::RiskRankRole).toInt(), 1);
    QVERIFY(qAbs(at(0, roles::MarginRole).toDouble() - 0.2) < 1e-9);
    QCOMPARE(at(0, roles::DuplicateCountRole).toInt(), 1);
    QCOMPARE(at(MatchResultsModel::VerdictColumn).toString(), names::label(V::Probable));
    QVERIFY(at(MatchResultsModel::CandidateColumn).toString().startsWith(QStringLiteral("R-3-0")));
    QVERIFY(at(MatchResultsModel::DiscrepanciesColumn).toString().contains(QStringLiteral("07.05 / 05.07")));
    QVERIFY(!at(MatchResultsModel::DuplicatesColumn).toString().isEmpty());
    QVERIFY(at(MatchResultsModel::CandidateColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("R-3-1")));
    QCOMPARE(model.rowOf(103), 0);
    QCOMPARE(model.rowOf(1), -1);
    for (int column = 0; column < MatchResultsModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void MatchResultsModelTest::proxyAttentionOnlyAndSorting()
{
    MatchResultsModel model;
    MatchResultsProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setResults({made(1, V::Match, {0.95}), made(2, V::Match, {0.9}, 1), made(3, V::None, {}),
                      made(4, V::Ambiguous, {0.8, 0.79})});
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setAttentionOnly(true);
    QList<int> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data().toInt();
    // A clear match stays hidden unless it is listed elsewhere too.
    QCOMPARE(shown, (QList<int>{4, 3, 2}));
    proxy.setAttentionOnly(false);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.sort(MatchResultsModel::PositionColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toInt(), 4);
    QCOMPARE(proxy.index(3, 0).data().toInt(), 1);
}

void MatchResultsModelTest::emptyModel()
{
    MatchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(MatchResultsModel::ColumnCount));
    model.setResults({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(MatchResultsModelTest)
#include "tst_matchresultsmodel.moc"
