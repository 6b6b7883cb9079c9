#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace homeward {

class Store;

// A fictional exchange for trying the program out: one exchange "1,000 for
// 1,000" carried out in three batches with 40 invented persons, and one
// account per role (`operator`, `verifier`, `supervisor`, each with the
// documented password "demo"). The batches show the workflow's states:
//  1. we receive, 24 persons: every detail verified, confirmed by the
//     supervisor and sealed;
//  2. we hand over, 16 persons: in verification, two persons with a
//     discrepancy (with its note), six fully verified, eight not started;
//     two servicemen fewer listed than planned;
//  3. we receive, planned: a draft with an empty list.
// The content is fixed (no randomness), so it can be counted; the exchange
// and batch texts follow the interface language.
class DemoData final {
    Q_DECLARE_TR_FUNCTIONS(homeward::DemoData)

public:
    static constexpr int kExchanges = 1;
    static constexpr int kBatches = 3;
    static constexpr int kPersonsInFirstBatch = 24;  // we receive
    static constexpr int kPersonsInSecondBatch = 16; // we hand over
    static constexpr int kPersonsInThirdBatch = 0;   // planned, list not yet received
    // Batch 2's checklist: persons fully verified, with a discrepancy, not started.
    static constexpr int kSecondBatchFullyVerified = 6;
    static constexpr int kSecondBatchWithDiscrepancy = 2;
    static constexpr int kSecondBatchNotStarted = 8;
    static constexpr int kPersons = kPersonsInFirstBatch + kPersonsInSecondBatch;
    static constexpr int kAccounts = 3;
    // The demo accounts' user names and their one password (README, "Demo accounts").
    static constexpr const char *kOperatorUsername = "operator";
    static constexpr const char *kVerifierUsername = "verifier";
    static constexpr const char *kSupervisorUsername = "supervisor";
    static constexpr const char *kDemoPassword = "demo";

    // Writes the demo through the repositories and BatchWorkflow, the same
    // way officials' work is written, each step by the account whose role it
    // is: the accounts through Accounts (the supervisor first, who then
    // creates the other two); the exchange and batches by `supervisor`; the
    // persons by `operator`, who also submits batches 1 and 2 for
    // verification; the checklists by `verifier`, who marks batch 1
    // verified; the confirmation of batch 1 (password re-entered, seal) by
    // `supervisor`. So the audit trail is a real one. The store's actor is
    // restored afterwards. `store` must hold no account yet. Every person is
    // checked with PersonValidator first; the first failure stops the writing
    // and is returned. Each record is its own transaction, so on a failure
    // the store may hold part of the demo: use createFile() where that matters.
    static Status write(Store &store);

    // Writes a new demo database at `path`. Refused when `path` exists. The
    // demo is built in a temporary file beside `path` and moved into place
    // only when complete, so a failure leaves nothing behind.
    static Status createFile(const QString &path);
};

} // namespace homeward
