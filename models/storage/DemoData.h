#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace homeward {

class Store;

// A fictional exchange for trying the program out: one exchange "1,000 for
// 1,000" carried out in two batches (one we receive, one we hand over) with
// 40 invented persons, and one account per role (`operator`, `verifier`,
// `supervisor`, each with the documented password "demo"). The content is
// fixed (no randomness), so it can be counted; the exchange and batch texts
// follow the interface language.
class DemoData final {
    Q_DECLARE_TR_FUNCTIONS(homeward::DemoData)

public:
    static constexpr int kExchanges = 1;
    static constexpr int kBatches = 2;
    static constexpr int kPersonsInFirstBatch = 24;  // we receive
    static constexpr int kPersonsInSecondBatch = 16; // we hand over
    static constexpr int kPersons = kPersonsInFirstBatch + kPersonsInSecondBatch;
    static constexpr int kAccounts = 3;
    // The demo accounts' user names and their one password (README, "Demo accounts").
    static constexpr const char *kOperatorUsername = "operator";
    static constexpr const char *kVerifierUsername = "verifier";
    static constexpr const char *kSupervisorUsername = "supervisor";
    static constexpr const char *kDemoPassword = "demo";

    // Writes the demo through the repositories, the same way an official's
    // entries are written: the accounts through Accounts (the supervisor
    // first, who then creates the other two), the exchange, batches and
    // persons acting as `operator`, so the audit trail is a real one. The
    // store's actor is restored afterwards. `store` must hold no account yet.
    // Every person is checked with PersonValidator first;
    // the first failure stops the writing and is returned. Each record is its
    // own transaction, so on a failure the store may hold part of the demo:
    // use createFile() where that matters.
    static Status write(Store &store);

    // Writes a new demo database at `path`. Refused when `path` exists. The
    // demo is built in a temporary file beside `path` and moved into place
    // only when complete, so a failure leaves nothing behind.
    static Status createFile(const QString &path);
};

} // namespace homeward
