#pragma once

#include "Enums.h"
#include "Permissions.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace homeward {

// The batch state machine, as pure rules (no database):
//
//   draft ──submit──▶ in_verification ──mark verified──▶ verified ──confirm──▶ confirmed ──complete──▶ completed
//         ◀─back to entry─┘            ◀──back to verification──┘  ◀──reopen (reason)──┘
//   draft, in_verification, verified, confirmed ──cancel (reason)──▶ cancelled
//
// completed and cancelled are final. Each edge names the Action an official
// needs (Permissions.h) and whether a reason is required. The precondition
// check returns every unmet precondition at once, as translated sentences,
// so that a dialog can list them all ("12 persons not fully verified").
// The database enforces the same edges with triggers (schema 5).

// One allowed edge.
struct BatchTransition final {
    BatchStatus from = BatchStatus::Draft;
    BatchStatus to = BatchStatus::Draft;
    Action action = Action::SubmitForVerification;
    bool needsReason = false;
    bool operator==(const BatchTransition &other) const = default;
};

// What happened to one listed person at the handover.
struct HandoverOutcome final {
    qint64 personId = 0;
    bool handedOver = true;
    QString reason; // required when not handed over
    bool operator==(const HandoverOutcome &other) const = default;
};

// The actual handover, recorded when a confirmed batch is completed.
struct CompletionRecord final {
    QDate date;
    QString place;
    std::optional<int> actualServicemen;
    std::optional<int> actualCivilians;
    QList<HandoverOutcome> outcomes; // one per listed person
    bool operator==(const CompletionRecord &other) const = default;
};

// What the official supplies with a transition besides the target.
struct TransitionInput final {
    QString reason;                // reopen and cancel
    CompletionRecord completion;   // complete
};

// The facts about one batch the preconditions need, read at one moment.
// "Listed" means on the list and not withdrawn.
struct BatchSnapshot final {
    BatchStatus status = BatchStatus::Draft;
    int plannedServicemen = 0;
    int plannedCivilians = 0;
    int listedServicemen = 0;
    int listedCivilians = 0;
    int personsNotFullyVerified = 0; // listed persons with an item not confirmed
    int openDiscrepancies = 0;       // items marked discrepancy
    int pendingItems = 0;            // items nobody has verified yet
    // Persons of the batch whose details the acting official entered,
    // edited or verified (confirmation only: they may not confirm).
    int personsTouchedByActor = 0;
    QList<qint64> listedPersonIds; // completion: whose outcome is needed
    // Of listedPersonIds, the servicemen (to check actual counts per category).
    QList<qint64> listedServicemenIds;

    int listed() const { return listedServicemen + listedCivilians; }
};

class BatchTransitions final {
public:
    Q_DECLARE_TR_FUNCTIONS(homeward::BatchTransitions)

public:
    // Every allowed edge, in the order of the diagram above.
    static const QList<BatchTransition> &all();
    // The edge from → to, if there is one.
    static std::optional<BatchTransition> find(BatchStatus from, BatchStatus to);
    // Where a batch in `from` may go next (in the order of all()).
    static QList<BatchStatus> targets(BatchStatus from);
    static bool isFinal(BatchStatus status);

    // Every unmet precondition of moving the batch of `snapshot` to
    // `target`, as translated sentences; empty when the move may go ahead.
    // A missing edge gives one sentence saying so. Permissions and the
    // confirming official's password are checked by storage (BatchWorkflow),
    // not here.
    static QStringList unmet(const BatchSnapshot &snapshot, BatchStatus target, const TransitionInput &input = {});

    // "Submit for verification", "Confirm", "Reopen" … (translated), for buttons and messages.
    static QString verb(BatchStatus from, BatchStatus to);
};

} // namespace homeward
