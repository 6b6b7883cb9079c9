#include "domain/BatchTransitions.h"

#include <QTest>

using namespace homeward;

Q_DECLARE_METATYPE(BatchSnapshot)
Q_DECLARE_METATYPE(CompletionRecord)

namespace {

using S = BatchStatus;

BatchSnapshot snapshot(S status, int plannedS, int plannedC, int listedS, int listedC, int notFully = 0,
                       int discrepancies = 0, int pending = 0, int touched = 0)
{
    BatchSnapshot s;
    s.status = status;
    s.plannedServicemen = plannedS;
    s.plannedCivilians = plannedC;
    s.listedServicemen = listedS;
    s.listedCivilians = listedC;
    s.personsNotFullyVerified = notFully;
    s.openDiscrepancies = discrepancies;
    s.pendingItems = pending;
    s.personsTouchedByActor = touched;
    return s;
}

// A confirmed batch of persons 1, 2 (servicemen) and 3 (civilian).
BatchSnapshot confirmedOfThree()
{
    BatchSnapshot s = snapshot(S::Confirmed, 2, 1, 2, 1);
    s.listedPersonIds = {1, 2, 3};
    s.listedServicemenIds = {1, 2};
    return s;
}

CompletionRecord fullRecord()
{
    CompletionRecord r;
    r.date = QDate(2025, 5, 23);
    r.place = QStringLiteral("КПП Ягодин");
    r.actualServicemen = 2;
    r.actualCivilians = 1;
    r.outcomes = {{1, true, {}}, {2, true, {}}, {3, true, {}}};
    return r;
}

} // namespace

class BatchTransitionsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPairOfStatuses_data();
    void everyPairOfStatuses();
    void targetsFollowTheTable_data();
    void targetsFollowTheTable();
    void preconditions_data();
    void preconditions();
    void completion_data();
    void completion();
    void everyEdgeHasAVerb();
};

void BatchTransitionsTest::everyPairOfStatuses_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("needsReason");
    const QList<S> all{S::Draft, S::InVerification, S::Verified, S::Confirmed, S::Completed, S::Cancelled};
    struct Edge {
        S from;
        S to;
        Action action;
        bool reason;
    };
    const QList<Edge> expected{
        {S::Draft, S::InVerification, Action::SubmitForVerification, false},
        {S::InVerification, S::Draft, Action::SubmitForVerification, false},
        {S::InVerification, S::Verified, Action::MarkVerified, false},
        {S::Verified, S::InVerification, Action::MarkVerified, false},
        {S::Verified, S::Confirmed, Action::ConfirmBatch, false},
        {S::Confirmed, S::Completed, Action::CompleteBatch, false},
        {S::Confirmed, S::InVerification, Action::ReopenBatch, true},
        {S::Draft, S::Cancelled, Action::CancelBatch, true},
        {S::InVerification, S::Cancelled, Action::CancelBatch, true},
        {S::Verified, S::Cancelled, Action::CancelBatch, true},
        {S::Confirmed, S::Cancelled, Action::CancelBatch, true},
    };
    for (S from : all)
        for (S to : all) {
            const auto edge = std::find_if(expected.cbegin(), expected.cend(),
                                           [&](const Edge &e) { return e.from == from && e.to == to; });
            const bool exists = edge != expected.cend();
            QTest::addRow("%s -> %s", qPrintable(toCode(from)), qPrintable(toCode(to)))
                << from << to << exists << (exists ? edge->action : Action::ManageAccounts)
                << (exists && edge->reason);
        }
}

void BatchTransitionsTest::everyPairOfStatuses()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, exists);
    QFETCH(Action, action);
    QFETCH(bool, needsReason);
    const auto edge = BatchTransitions::find(from, to);
    QCOMPARE(edge.has_value(), exists);
    if (!exists) {
        // The check says so in one sentence naming both states.
        const QStringList unmet = BatchTransitions::unmet(snapshot(from, 1, 0, 1, 0), to);
        QCOMPARE(unmet.size(), 1);
        QVERIFY2(unmet.constFirst().contains(label(from)) && unmet.constFirst().contains(label(to)),
                 qPrintable(unmet.constFirst()));
        return;
    }
    QCOMPARE(edge->action, action);
    QCOMPARE(edge->needsReason, needsReason);
    QVERIFY(!BatchTransitions::isFinal(from));
}

void BatchTransitionsTest::targetsFollowTheTable_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<QList<S>>("targets");
    QTest::newRow("draft") << S::Draft << QList<S>{S::InVerification, S::Cancelled};
    QTest::newRow("in verification") << S::InVerification << QList<S>{S::Draft, S::Verified, S::Cancelled};
    QTest::newRow("verified") << S::Verified << QList<S>{S::InVerification, S::Confirmed, S::Cancelled};
    QTest::newRow("confirmed") << S::Confirmed << QList<S>{S::Completed, S::InVerification, S::Cancelled};
    QTest::newRow("completed is final") << S::Completed << QList<S>{};
    QTest::newRow("cancelled is final") << S::Cancelled << QList<S>{};
}

void BatchTransitionsTest::targetsFollowTheTable()
{
    QFETCH(S, from);
    QFETCH(QList<S>, targets);
    QCOMPARE(BatchTransitions::targets(from), targets);
    QCOMPARE(BatchTransitions::isFinal(from), targets.isEmpty());
}

void BatchTransitionsTest::preconditions_data()
{
    QTest::addColumn<BatchSnapshot>("snapshot");
    QTest::addColumn<S>("target");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    // draft → in verification
    QTest::newRow("submit: met") << snapshot(S::Draft, 2, 0, 1, 0) << S::InVerification << none << QStringList{};
    QTest::newRow("submit: no persons") << snapshot(S::Draft, 2, 0, 0, 0) << S::InVerification << none
                                        << QStringList{"the batch lists no persons"};
    // in verification → draft, verified → in verification: nothing to meet
    QTest::newRow("back to entry") << snapshot(S::InVerification, 2, 0, 0, 0, 0) << S::Draft << none << QStringList{};
    QTest::newRow("back to verification")
        << snapshot(S::Verified, 1, 0, 1, 0) << S::InVerification << none << QStringList{};
    // in verification → verified
    QTest::newRow("verify: met") << snapshot(S::InVerification, 2, 1, 2, 1) << S::Verified << none << QStringList{};
    QTest::newRow("verify: everything unmet")
        << snapshot(S::InVerification, 270, 120, 270, 118, 12, 3, 20) << S::Verified << none
        << QStringList{"12 person(s) not fully verified", "3 open discrepancy(ies)",
                       "20 detail(s) still waiting for verification",
                       "counts differ from the plan: 118 civilians entered, 120 planned"};
    QTest::newRow("verify: more servicemen than planned")
        << snapshot(S::InVerification, 2, 0, 3, 0) << S::Verified << none
        << QStringList{"counts differ from the plan: 3 servicemen entered, 2 planned"};
    QTest::newRow("verify: empty list") << snapshot(S::InVerification, 0, 0, 0, 0) << S::Verified << none
                                        << QStringList{"the batch lists no persons"};
    QTest::newRow("verify: empty list against a plan")
        << snapshot(S::InVerification, 1, 1, 0, 0) << S::Verified << none
        << QStringList{"the batch lists no persons", "counts differ from the plan: 0 servicemen entered, 1 planned",
                       "counts differ from the plan: 0 civilians entered, 1 planned"};
    // verified → confirmed: the same again, and not by who worked on it
    QTest::newRow("confirm: met") << snapshot(S::Verified, 2, 1, 2, 1) << S::Confirmed << none << QStringList{};
    QTest::newRow("confirm: the confirmer entered or verified details")
        << snapshot(S::Verified, 2, 1, 2, 1, 0, 0, 0, 2) << S::Confirmed << none
        << QStringList{"you entered, edited or verified details of 2 person(s) in this batch; another supervisor "
                       "must confirm it"};
    QTest::newRow("confirm: re-checked")
        << snapshot(S::Verified, 2, 1, 2, 1, 1, 1, 0) << S::Confirmed << none
        << QStringList{"1 person(s) not fully verified", "1 open discrepancy(ies)"};
    // confirmed → in verification (reopen) and cancelling need a reason
    QTest::newRow("reopen: with reason") << snapshot(S::Confirmed, 1, 0, 1, 0) << S::InVerification
                                         << "the other side changed its list" << QStringList{};
    QTest::newRow("reopen: without reason") << snapshot(S::Confirmed, 1, 0, 1, 0) << S::InVerification << "  "
                                            << QStringList{"a reason is required"};
    for (S from : {S::Draft, S::InVerification, S::Verified, S::Confirmed}) {
        QTest::addRow("cancel %s: with reason", qPrintable(toCode(from)))
            << snapshot(from, 1, 0, 0, 0) << S::Cancelled << "postponed by the other side" << QStringList{};
        QTest::addRow("cancel %s: without reason", qPrintable(toCode(from)))
            << snapshot(from, 1, 0, 0, 0) << S::Cancelled << none << QStringList{"a reason is required"};
    }
}

void BatchTransitionsTest::preconditions()
{
    QFETCH(BatchSnapshot, snapshot);
    QFETCH(S, target);
    QFETCH(QString, reason);
    QFETCH(QStringList, expected);
    TransitionInput input;
    input.reason = reason;
    QCOMPARE(BatchTransitions::unmet(snapshot, target, input), expected);
}

void BatchTransitionsTest::completion_data()
{
    QTest::addColumn<CompletionRecord>("record");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("met") << fullRecord() << QStringList{};
    CompletionRecord notHandedOver = fullRecord();
    notHandedOver.outcomes[1] = {2, false, QStringLiteral("refused to return")};
    notHandedOver.actualServicemen = 1;
    QTest::newRow("one not handed over, with reason") << notHandedOver << QStringList{};

    CompletionRecord noReason = notHandedOver;
    noReason.outcomes[1].reason = QStringLiteral(" ");
    QTest::newRow("not handed over without reason")
        << noReason << QStringList{"1 person(s) marked not handed over without a reason"};

    CompletionRecord empty;
    QTest::newRow("nothing recorded")
        << empty
        << QStringList{"the actual handover date is missing", "the actual handover place is missing",
                       "the actual numbers of servicemen and civilians handed over are missing",
                       "3 listed person(s) not marked as handed over or not handed over"};

    CompletionRecord strangers = fullRecord();
    strangers.outcomes << HandoverOutcome{99, true, {}} << HandoverOutcome{1, false, QStringLiteral("x")};
    QTest::newRow("outcomes for strangers and twice")
        << strangers
        << QStringList{"1 outcome(s) name a person not listed in the batch", "1 person(s) given more than one outcome"};

    CompletionRecord wrongCounts = fullRecord();
    wrongCounts.actualServicemen = 3;
    wrongCounts.actualCivilians = 0;
    QTest::newRow("actual counts differ from the outcomes")
        << wrongCounts
        << QStringList{"the actual count of servicemen (3) differs from the 2 marked handed over",
                       "the actual count of civilians (0) differs from the 1 marked handed over"};

    CompletionRecord negative = fullRecord();
    negative.actualCivilians = -1;
    QTest::newRow("negative count")
        << negative
        << QStringList{"the actual numbers handed over cannot be negative",
                       "the actual count of civilians (-1) differs from the 1 marked handed over"};
}

void BatchTransitionsTest::completion()
{
    QFETCH(CompletionRecord, record);
    QFETCH(QStringList, expected);
    TransitionInput input;
    input.completion = record;
    QCOMPARE(BatchTransitions::unmet(confirmedOfThree(), S::Completed, input), expected);
    // Only a confirmed batch is completed.
    BatchSnapshot verified = confirmedOfThree();
    verified.status = S::Verified;
    QCOMPARE(BatchTransitions::unmet(verified, S::Completed, input).size(), 1);
}

void BatchTransitionsTest::everyEdgeHasAVerb()
{
    QSet<QString> verbs;
    for (const BatchTransition &edge : BatchTransitions::all()) {
        const QString verb = BatchTransitions::verb(edge.from, edge.to);
        QVERIFY(!verb.isEmpty());
        verbs.insert(verb);
    }
    // Submit, return to entry, mark verified, return to verification, confirm, complete, reopen, cancel.
    QCOMPARE(verbs.size(), 8);
}

QTEST_GUILESS_MAIN(BatchTransitionsTest)
#include "tst_batchtransitions.moc"
