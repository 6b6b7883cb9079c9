#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace homeward {

class Store;

// A fictional exchange for trying the program out: one exchange "1,000 for
// 1,000" carried out in two batches (one we receive, one we hand over) with
// 40 invented persons. The content is fixed (no randomness), so it can be
// counted; the exchange and batch texts follow the interface language.
class DemoData final {
    Q_DECLARE_TR_FUNCTIONS(homeward::DemoData)

public:
    static constexpr int kExchanges = 1;
    static constexpr int kBatches = 2;
    static constexpr int kPersonsInFirstBatch = 24;  // we receive
    static constexpr int kPersonsInSecondBatch = 16; // we hand over
    static constexpr int kPersons = kPersonsInFirstBatch + kPersonsInSecondBatch;

    // Writes the demo through the repositories, the same way an official's
    // entries are written. Every person is checked with PersonValidator first;
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
