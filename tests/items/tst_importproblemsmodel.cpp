// The import wizard's problem table: line, column, value, reason and kind of every problem, filtered by kind.

#include "items/ImportProblemsModel.h"
#include "items/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <optional>

using namespace homeward;

Q_DECLARE_METATYPE(std::optional<homeward::ListProblemKind>)

class ImportProblemsModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEveryPart();
    void filtersByKind_data();
    void filtersByKind();
    void countsKinds();
};

namespace {

QList<ListProblem> problems()
{
    return {ListProblem{1, 4, QStringLiteral("Телефон"), QStringLiteral("unknown column"), ListProblemKind::Header},
            ListProblem{3, 5, QStringLiteral("31.02.1990"), QStringLiteral("not a date"), ListProblemKind::Value},
            ListProblem{4, 1, QString(), QStringLiteral("3 fields, 7 expected"), ListProblemKind::Structure},
            ListProblem{6, 6, QStringLiteral("x"), QStringLiteral("not a sex"), ListProblemKind::Value}};
}

} // namespace

void ImportProblemsModelTest::showsEveryPart()
{
    ImportProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(problems());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ImportProblemsModel::ColumnCount));
    const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(1, ImportProblemsModel::LineColumn), QStringLiteral("3"));
    QCOMPARE(cell(1, ImportProblemsModel::ColumnColumn), QStringLiteral("5"));
    QCOMPARE(cell(1, ImportProblemsModel::ValueColumn), QStringLiteral("31.02.1990"));
    QCOMPARE(cell(1, ImportProblemsModel::ReasonColumn), QStringLiteral("not a date"));
    QCOMPARE(cell(1, ImportProblemsModel::KindColumn), ImportProblemsModel::kindLabel(ListProblemKind::Value));
    QCOMPARE(model.index(1, 0).data(roles::KindRole).toInt(), int(ListProblemKind::Value));
    QCOMPARE(model.index(1, ImportProblemsModel::LineColumn).data(roles::SortRole).toLongLong(), 3);
    QCOMPARE(model.headerData(ImportProblemsModel::ReasonColumn, Qt::Horizontal).toString(), QStringLiteral("Reason"));
    for (const ListProblemKind kind : ImportProblemsModel::kKinds)
        QVERIFY(!ImportProblemsModel::kindLabel(kind).isEmpty());
}

void ImportProblemsModelTest::filtersByKind_data()
{
    QTest::addColumn<std::optional<ListProblemKind>>("kind");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::newRow("all") << std::optional<ListProblemKind>() << QList<qint64>{1, 3, 4, 6};
    QTest::newRow("value") << std::optional<ListProblemKind>(ListProblemKind::Value) << QList<qint64>{3, 6};
    QTest::newRow("header") << std::optional<ListProblemKind>(ListProblemKind::Header) << QList<qint64>{1};
    QTest::newRow("duplicate (none)") << std::optional<ListProblemKind>(ListProblemKind::Duplicate) << QList<qint64>{};
}

void ImportProblemsModelTest::filtersByKind()
{
    QFETCH(std::optional<ListProblemKind>, kind);
    QFETCH(QList<qint64>, lines);
    ImportProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKindFilter(ListProblemKind::Encoding);
    model.setProblems(problems());
    model.setKindFilter(kind);
    QList<qint64> shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.problemAt(r).line;
    QCOMPARE(shown, lines);
    // New problems keep the filter.
    model.setProblems(problems().mid(0, 2));
    QCOMPARE(model.rowCount(), int(std::count_if(lines.begin(), lines.end(), [](qint64 l) { return l <= 3; })));
}

void ImportProblemsModelTest::countsKinds()
{
    ImportProblemsModel model;
    model.setProblems(problems());
    model.setKindFilter(ListProblemKind::Header);
    QCOMPARE(model.countOf(ListProblemKind::Value), 2);
    QCOMPARE(model.countOf(ListProblemKind::Duplicate), 0);
    QCOMPARE(model.problems().size(), 4);
}

QTEST_GUILESS_MAIN(ImportProblemsModelTest)
#include "tst_importproblemsmodel.moc"
