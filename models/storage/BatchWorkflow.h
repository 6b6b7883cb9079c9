#pragma once

#include "Result.h"

#include "domain/BatchTransitions.h"
#include "domain/Official.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace homeward {

class ChangeNotifier;

// A confirmed batch's seal, as stored (empty when the batch is not sealed).
struct BatchSeal final {
    QString headHash;    // the audit trail's newest hash just before the confirmation row
    QString contentHash; // SHA-256 of the batch's canonical content (BatchWorkflow::contentHash)
    QDateTime sealedAt;  // UTC
    qint64 sealedBy = 0;
    QString sealedByName;
    bool isSealed() const { return !contentHash.isEmpty(); }
};

// A completed batch's handover, as stored.
struct StoredCompletion final {
    CompletionRecord record;
    QDateTime completedAt; // UTC
    qint64 completedBy = 0;
};

// Moves batches along the state machine of domain/BatchTransitions.h.
//
// Every transition: the permission check first (requirePermission, against
// the account as stored), then one write transaction that re-reads the
// batch, re-checks every precondition, changes the status (the schema 5
// triggers check the edge again), records a batch_transition row and an
// audit row (action "transition", entity "batch"; before {"status"}, after
// {"status", "reason" when given, the seal on confirmation, the record on
// completion}), and commits; then ChangeNotifier::batchesChanged (and
// personsChanged after a completion, whose outcomes show in the list).
// A refused transition changes nothing and says why: the failure's
// message names the transition, its detail lists every unmet precondition
// ("12 persons not fully verified; 3 open discrepancies").
//
// Confirmation: only a supervisor who neither entered, edited nor verified
// any detail of any person in the batch. "Entered, edited or verified" is
// read from the recorded history, not only from the last writer: the
// person's created_by/updated_by, each checklist item's changed_by and
// verified_by, and every audit row about the batch's persons (entity
// "person") or their checklist items (entity "verification_item") written by
// that official; persons withdrawn from the list count too. Creating the
// exchange or the batch does not count. The password is entered again and
// checked with Accounts::authenticate (a wrong one counts towards the
// lock-out) before anything is written.
//
// The seal: the audit head hash at the moment of confirmation (the
// confirmation's own audit row follows it, so its prev_hash equals the
// seal's head hash) and contentHash() of the batch then. Both are stored on
// the batch and carried in the confirmation's audit row; SealCheck verifies
// them later.
class BatchWorkflow final {
    Q_DECLARE_TR_FUNCTIONS(homeward::BatchWorkflow)

public:
    BatchWorkflow(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor = nullptr);

    // The facts the preconditions look at, for the acting official.
    Result<BatchSnapshot> snapshot(qint64 batchId) const;
    // Every unmet precondition of moving the batch to `target` now (empty:
    // the move may go ahead), without changing anything; for the views to
    // show before the official acts. Includes a missing permission; not the
    // password, which only confirm() checks.
    Result<QStringList> preconditions(qint64 batchId, BatchStatus target, const TransitionInput &input = {}) const;

    Status submitForVerification(qint64 batchId);        // draft → in_verification
    Status returnToEntry(qint64 batchId);                // in_verification → draft
    Status markVerified(qint64 batchId);                 // in_verification → verified
    Status returnToVerification(qint64 batchId);         // verified → in_verification
    Status confirm(qint64 batchId, const QString &password); // verified → confirmed, sealed
    Status reopen(qint64 batchId, const QString &reason);    // confirmed → in_verification; clears the seal
    Status complete(qint64 batchId, const CompletionRecord &record); // confirmed → completed
    Status cancel(qint64 batchId, const QString &reason);    // any but completed/cancelled → cancelled

    // The stored seal (isSealed() false when the batch has none).
    Result<BatchSeal> seal(qint64 batchId) const;
    // The stored handover of a completed batch.
    Result<StoredCompletion> completion(qint64 batchId) const;

    // SHA-256 (hex) over the batch's canonical content: its details, and
    // for every listed person by position their details and checklist
    // (item, state, method, note, who and when). Status, updated_at, the
    // seal and completion are left out, so the hash holds from confirmation
    // through completion. Versioned ("seal_version": 1): the columns are
    // named here, so later schemas do not change old seals.
    static Result<QString> contentHash(const QSqlDatabase &db, qint64 batchId);

private:
    Actor actor() const { return m_actor ? *m_actor : Actor(); }
    // The shared path of every transition.
    Status transition(qint64 batchId, BatchStatus target, const TransitionInput &input,
                      const QString &password = {}, bool needsPassword = false);

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    const Actor *m_actor;
};

} // namespace homeward
