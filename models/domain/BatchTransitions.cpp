#include "BatchTransitions.h"

#include <QCoreApplication>
#include <QSet>

namespace homeward {
namespace {


// The checks shared by "verified" and "confirmed": a complete list whose
// every detail a second official has confirmed.
void addVerificationProblems(const BatchSnapshot &s, QStringList &problems)
{
    if (s.listed() == 0) {
        problems << BatchTransitions::tr("the batch lists no persons");
    } else {
        if (s.personsNotFullyVerified > 0)
            problems << BatchTransitions::tr("%n person(s) not fully verified", nullptr, s.personsNotFullyVerified);
        if (s.openDiscrepancies > 0)
            problems << BatchTransitions::tr("%n open discrepancy(ies)", nullptr, s.openDiscrepancies);
        if (s.pendingItems > 0)
            problems << BatchTransitions::tr("%n detail(s) still waiting for verification", nullptr, s.pendingItems);
    }
    if (s.listedServicemen != s.plannedServicemen)
        problems << BatchTransitions::tr("counts differ from the plan: %n servicemen entered, %1 planned", nullptr, s.listedServicemen)
                        .arg(s.plannedServicemen);
    if (s.listedCivilians != s.plannedCivilians)
        problems << BatchTransitions::tr("counts differ from the plan: %n civilians entered, %1 planned", nullptr, s.listedCivilians)
                        .arg(s.plannedCivilians);
}

void addCompletionProblems(const BatchSnapshot &s, const CompletionRecord &record, QStringList &problems)
{
    if (!record.date.isValid())
        problems << BatchTransitions::tr("the actual handover date is missing");
    if (record.place.trimmed().isEmpty())
        problems << BatchTransitions::tr("the actual handover place is missing");
    if (!record.actualServicemen || !record.actualCivilians)
        problems << BatchTransitions::tr("the actual numbers of servicemen and civilians handed over are missing");
    else if (*record.actualServicemen < 0 || *record.actualCivilians < 0)
        problems << BatchTransitions::tr("the actual numbers handed over cannot be negative");

    const QSet<qint64> listed(s.listedPersonIds.cbegin(), s.listedPersonIds.cend());
    const QSet<qint64> servicemen(s.listedServicemenIds.cbegin(), s.listedServicemenIds.cend());
    QSet<qint64> seen;
    int notListed = 0;
    int twice = 0;
    int withoutReason = 0;
    int servicemenHandedOver = 0;
    int civiliansHandedOver = 0;
    for (const HandoverOutcome &outcome : record.outcomes) {
        if (!listed.contains(outcome.personId)) {
            ++notListed;
            continue;
        }
        if (seen.contains(outcome.personId)) {
            ++twice;
            continue;
        }
        seen.insert(outcome.personId);
        if (!outcome.handedOver && outcome.reason.trimmed().isEmpty())
            ++withoutReason;
        if (outcome.handedOver)
            ++(servicemen.contains(outcome.personId) ? servicemenHandedOver : civiliansHandedOver);
    }
    const int missing = int(listed.size() - seen.size());
    if (missing > 0)
        problems << BatchTransitions::tr("%n listed person(s) not marked as handed over or not handed over", nullptr, missing);
    if (withoutReason > 0)
        problems << BatchTransitions::tr("%n person(s) marked not handed over without a reason", nullptr, withoutReason);
    if (notListed > 0)
        problems << BatchTransitions::tr("%n outcome(s) name a person not listed in the batch", nullptr, notListed);
    if (twice > 0)
        problems << BatchTransitions::tr("%n person(s) given more than one outcome", nullptr, twice);
    if (missing == 0 && record.actualServicemen && *record.actualServicemen != servicemenHandedOver)
        problems << BatchTransitions::tr("the actual count of servicemen (%1) differs from the %n marked handed over", nullptr,
                       servicemenHandedOver)
                        .arg(*record.actualServicemen);
    if (missing == 0 && record.actualCivilians && *record.actualCivilians != civiliansHandedOver)
        problems << BatchTransitions::tr("the actual count of civilians (%1) differs from the %n marked handed over", nullptr,
                       civiliansHandedOver)
                        .arg(*record.actualCivilians);
}

} // namespace

const QList<BatchTransition> &BatchTransitions::all()
{
    using S = BatchStatus;
    static const QList<BatchTransition> edges{
        {S::Draft, S::InVerification, Action::SubmitForVerification, false},
        {S::InVerification, S::Draft, Action::SubmitForVerification, false},
        {S::InVerification, S::Verified, Action::MarkVerified, false},
        // Whoever may mark a batch verified may take that back.
        {S::Verified, S::InVerification, Action::MarkVerified, false},
        {S::Verified, S::Confirmed, Action::ConfirmBatch, false},
        {S::Confirmed, S::Completed, Action::CompleteBatch, false},
        {S::Confirmed, S::InVerification, Action::ReopenBatch, true},
        {S::Draft, S::Cancelled, Action::CancelBatch, true},
        {S::InVerification, S::Cancelled, Action::CancelBatch, true},
        {S::Verified, S::Cancelled, Action::CancelBatch, true},
        {S::Confirmed, S::Cancelled, Action::CancelBatch, true},
    };
    return edges;
}

std::optional<BatchTransition> BatchTransitions::find(BatchStatus from, BatchStatus to)
{
    for (const BatchTransition &edge : all())
        if (edge.from == from && edge.to == to)
            return edge;
    return std::nullopt;
}

QList<BatchStatus> BatchTransitions::targets(BatchStatus from)
{
    QList<BatchStatus> result;
    for (const BatchTransition &edge : all())
        if (edge.from == from)
            result << edge.to;
    return result;
}

bool BatchTransitions::isFinal(BatchStatus status)
{
    return status == BatchStatus::Completed || status == BatchStatus::Cancelled;
}

QStringList BatchTransitions::unmet(const BatchSnapshot &snapshot, BatchStatus target, const TransitionInput &input)
{
    const auto edge = find(snapshot.status, target);
    if (!edge)
        return {BatchTransitions::tr("a batch that is %1 cannot become %2").arg(label(snapshot.status), label(target))};
    QStringList problems;
    switch (target) {
    case BatchStatus::InVerification:
        if (snapshot.status == BatchStatus::Draft && snapshot.listed() == 0)
            problems << BatchTransitions::tr("the batch lists no persons");
        break;
    case BatchStatus::Verified:
        addVerificationProblems(snapshot, problems);
        break;
    case BatchStatus::Confirmed:
        // Re-checked: the list may have changed since it was marked verified.
        addVerificationProblems(snapshot, problems);
        if (snapshot.personsTouchedByActor > 0)
            problems << BatchTransitions::tr("you entered, edited or verified details of %n person(s) in this batch; "
                           "another supervisor must confirm it",
                           nullptr, snapshot.personsTouchedByActor);
        break;
    case BatchStatus::Completed:
        addCompletionProblems(snapshot, input.completion, problems);
        break;
    case BatchStatus::Draft:
    case BatchStatus::Cancelled:
        break;
    }
    if (edge->needsReason && input.reason.trimmed().isEmpty())
        problems << BatchTransitions::tr("a reason is required");
    return problems;
}

QString BatchTransitions::verb(BatchStatus from, BatchStatus to)
{
    switch (to) {
    case BatchStatus::Draft: return BatchTransitions::tr("Return to entry");
    case BatchStatus::InVerification:
        if (from == BatchStatus::Draft)
            return BatchTransitions::tr("Submit for verification");
        if (from == BatchStatus::Confirmed)
            return BatchTransitions::tr("Reopen");
        return BatchTransitions::tr("Return to verification");
    case BatchStatus::Verified: return BatchTransitions::tr("Mark verified");
    case BatchStatus::Confirmed: return BatchTransitions::tr("Confirm");
    case BatchStatus::Completed: return BatchTransitions::tr("Record the handover");
    case BatchStatus::Cancelled: return BatchTransitions::tr("Cancel the batch");
    }
    return {};
}

} // namespace homeward
