// The import wizard's preview of a list's first rows: a column per header cell (and per extra cell), the line
// numbers down the side, samples of a column for the mapping page.

#include "items/ItemRoles.h"
#include "items/ListPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace homeward;

class ListPreviewModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsCellsAndLines();
    void widensForExtraCells_data();
    void widensForExtraCells();
    void samplesSkipEmptyCells();
    void clearEmpties();
};

namespace {

QList<ListRecord> rows()
{
    return {ListRecord{2, {QStringLiteral("Шевченко"), QStringLiteral("Тарас")}},
            ListRecord{3, {QString(), QStringLiteral("Леся")}},
            ListRecord{5, {QStringLiteral("Франко"), QStringLiteral("Іван\nЯкович")}}};
}

} // namespace

void ListPreviewModelTest::showsCellsAndLines()
{
    ListPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview({QStringLiteral("Прізвище"), QStringLiteral("Ім'я")}, rows());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Прізвище"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toLongLong(), 5);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Шевченко"));
    QCOMPARE(model.index(1, 0).data().toString(), QString());
    // A line break shows as one line; the tooltip keeps the value whole.
    QVERIFY(!model.index(2, 1).data().toString().contains(QLatin1Char('\n')));
    QCOMPARE(model.index(2, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("Іван\nЯкович"));
    QCOMPARE(model.index(2, 0).data(roles::SortRole).toLongLong(), 5);
}

void ListPreviewModelTest::widensForExtraCells_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("lastHeader");
    QTest::newRow("row longer than header") << QStringList{QStringLiteral("A")} << 2 << QStringLiteral("Column 2");
    QTest::newRow("empty header cell") << QStringList{QStringLiteral("A"), QString()} << 2
                                       << QStringLiteral("Column 2");
    QTest::newRow("header longer than rows")
        << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")} << 3 << QStringLiteral("C");
}

void ListPreviewModelTest::widensForExtraCells()
{
    QFETCH(QStringList, headers);
    QFETCH(int, columns);
    QFETCH(QString, lastHeader);
    ListPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(headers, rows());
    QCOMPARE(model.columnCount(), columns);
    QCOMPARE(model.headerData(columns - 1, Qt::Horizontal).toString(), lastHeader);
    QCOMPARE(model.index(0, columns - 1).data().toString(), rows().at(0).cells.value(columns - 1));
}

void ListPreviewModelTest::samplesSkipEmptyCells()
{
    ListPreviewModel model;
    model.setPreview({QStringLiteral("Прізвище"), QStringLiteral("Ім'я")}, rows());
    QCOMPARE(model.samples(0, 5), (QStringList{QStringLiteral("Шевченко"), QStringLiteral("Франко")}));
    QCOMPARE(model.samples(1, 1), QStringList{QStringLiteral("Тарас")});
    QCOMPARE(model.samples(7, 3), QStringList());
}

void ListPreviewModelTest::clearEmpties()
{
    ListPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview({QStringLiteral("A")}, rows());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QVERIFY(!model.headerData(0, Qt::Horizontal).isValid());
}

QTEST_GUILESS_MAIN(ListPreviewModelTest)
#include "tst_listpreviewmodel.moc"
