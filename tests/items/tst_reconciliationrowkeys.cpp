// What a row of the reconciliation stands for across a reload (ReconciliationDifferencesModel and
// ReconciliationOnlyModel rowKey / rowOfKey): a difference by its key, a pair that agrees by the pair, and when a
// difference is gone the first row of the same pair, so that the reconciliation window keeps the official on the
// person they were looking at.

#include "items/ItemRoles.h"
#include "items/ReconciliationModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace homeward;

namespace {

ReconciliationDifference difference(qint64 personId, const QString &recordId, const QString &field, RiskLevel risk)
{
    ReconciliationDifference d;
    d.field = field;
    d.ours = QStringLiteral("ours");
    d.theirs = QStringLiteral("theirs");
    d.kind = QStringLiteral("different");
    d.risk = risk;
    d.key = Reconciler::pairKey(personId, recordId, field);
    return d;
}

ReconciledPair pair(qint64 personId, int position, const QString &recordId, const QStringList &fields)
{
    ReconciledPair p;
    p.ours.personId = personId;
    p.ours.position = position;
    p.ours.person.surname = QStringLiteral("Прізвище%1").arg(personId);
    p.theirs.person.recordId = recordId;
    p.theirs.line = position + 1;
    p.score = 0.9;
    for (const QString &field : fields)
        p.differences << difference(personId, recordId, field, RiskLevel::Low);
    return p;
}

// Before: person 1 differs in the birth date and the rank; person 2 ("R:2", a colon in the record_id)
// in the surname; person 3 agrees.
QList<ReconciledPair> before()
{
    return {pair(1, 1, QStringLiteral("R-1"), {QStringLiteral("birth_date"), QStringLiteral("rank")}),
            pair(2, 2, QStringLiteral("R:2"), {QStringLiteral("surname")}), pair(3, 3, QStringLiteral("R-3"), {})};
}

// After: person 1's birth date corrected, person 2's surname corrected (the pair agrees), person 3 gone.
QList<ReconciledPair> after()
{
    return {pair(1, 1, QStringLiteral("R-1"), {QStringLiteral("rank")}), pair(2, 2, QStringLiteral("R:2"), {})};
}

} // namespace

class ReconciliationRowKeysTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void differencesKeepTheRowOrThePair_data();
    void differencesKeepTheRowOrThePair();
    void everyRowFindsItself();
    void onlyOneListByKey_data();
    void onlyOneListByKey();
};

void ReconciliationRowKeysTest::differencesKeepTheRowOrThePair_data()
{
    QTest::addColumn<QString>("key");        // taken from the model before
    QTest::addColumn<qint64>("personAfter"); // the person of the row found after, 0: none
    QTest::addColumn<QString>("fieldAfter"); // its field ("" for a pair that agrees)
    QTest::newRow("the same difference") << Reconciler::pairKey(1, QStringLiteral("R-1"), QStringLiteral("rank"))
                                         << qint64(1) << QStringLiteral("rank");
    QTest::newRow("difference gone, the pair's other row")
        << Reconciler::pairKey(1, QStringLiteral("R-1"), QStringLiteral("birth_date")) << qint64(1)
        << QStringLiteral("rank");
    QTest::newRow("difference gone, the pair agrees now (colon in record_id)")
        << Reconciler::pairKey(2, QStringLiteral("R:2"), QStringLiteral("surname")) << qint64(2) << QString();
    QTest::newRow("pair gone") << Reconciler::pairKey(3, QStringLiteral("R-3"), QString()) << qint64(0) << QString();
    QTest::newRow("no key") << QString() << qint64(0) << QString();
    QTest::newRow("not a pair's key") << QStringLiteral("only-ours:1") << qint64(0) << QString();
}

void ReconciliationRowKeysTest::differencesKeepTheRowOrThePair()
{
    QFETCH(QString, key);
    QFETCH(qint64, personAfter);
    QFETCH(QString, fieldAfter);
    ReconciliationDifferencesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairs(before());
    model.setPairs(after());
    const int row = model.rowOfKey(key);
    if (personAfter == 0) {
        QCOMPARE(row, -1);
        return;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(roles::IdRole).toLongLong(), personAfter);
    QCOMPARE(model.index(row, 0).data(roles::FieldCodeRole).toString(), fieldAfter);
}

void ReconciliationRowKeysTest::everyRowFindsItself()
{
    ReconciliationDifferencesModel model;
    model.setPairs(before());
    QCOMPARE(model.rowCount(), 4);
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.rowKey(row);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys << key;
        QCOMPARE(model.rowOfKey(key), row);
        // A difference's row key is its resolution key; a pair that agrees has none to resolve.
        QCOMPARE(model.index(row, 0).data(roles::ReconciliationKeyRole).toString(),
                 model.target(row).resolvable ? key : QString());
    }
    QVERIFY(keys.contains(Reconciler::pairKey(3, QStringLiteral("R-3"), QString())));
    QCOMPARE(model.rowKey(-1), QString());
    QCOMPARE(model.rowKey(model.rowCount()), QString());
}

void ReconciliationRowKeysTest::onlyOneListByKey_data()
{
    QTest::addColumn<bool>("theirs");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("row");
    QTest::newRow("theirs, still there") << true << Reconciler::onlyTheirsKey(QStringLiteral("R-9")) << 0;
    QTest::newRow("theirs, gone") << true << Reconciler::onlyTheirsKey(QStringLiteral("R-8")) << -1;
    QTest::newRow("ours, still there") << false << Reconciler::onlyOursKey(7) << 0;
    QTest::newRow("ours, gone") << false << Reconciler::onlyOursKey(6) << -1;
    QTest::newRow("no key") << false << QString() << -1;
}

void ReconciliationRowKeysTest::onlyOneListByKey()
{
    QFETCH(bool, theirs);
    QFETCH(QString, key);
    QFETCH(int, row);
    ReconciliationOnlyModel model(theirs ? ReconciliationOnlyModel::Side::Theirs : ReconciliationOnlyModel::Side::Ours);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (theirs) {
        OnlyTheirs nine;
        nine.row.person.recordId = QStringLiteral("R-9");
        nine.key = Reconciler::onlyTheirsKey(QStringLiteral("R-9"));
        model.setTheirs({nine});
    } else {
        OnlyOurs seven;
        seven.person.personId = 7;
        seven.key = Reconciler::onlyOursKey(7);
        model.setOurs({seven});
    }
    QCOMPARE(model.rowOfKey(key), row);
    if (row >= 0)
        QCOMPARE(model.rowKey(row), key);
    QCOMPARE(model.rowKey(1), QString());
}

QTEST_GUILESS_MAIN(ReconciliationRowKeysTest)
#include "tst_reconciliationrowkeys.moc"
