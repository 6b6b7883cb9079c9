#pragma once

#include "CounterpartRepository.h"

namespace homeward {

class Store;

// The writes of CounterpartRepository as the store's official, each announced
// by ChangeNotifier::counterpartChanged(batchId) once it is committed, so that
// an open reconciliation of the batch follows a list or a resolution stored
// elsewhere in the program. A refused write announces nothing. Reads go to
// repository(), which announces nothing either.
class CounterpartWrites final {
public:
    explicit CounterpartWrites(Store &store);

    CounterpartRepository &repository() { return m_repository; }
    const CounterpartRepository &repository() const { return m_repository; }

    // CounterpartRepository::importList / resolve / unresolve with the store's actor.
    Result<qint64> importList(qint64 batchId, const QString &fileName, const QString &fileSha256,
                              const QList<InterchangeRow> &rows);
    Status resolve(qint64 batchId, const QString &key, const QString &oursValue, const QString &theirsValue,
                   const QString &note, const SeenRow &seen);
    Status unresolve(qint64 batchId, const QString &key, const SeenRow &seen);

private:
    Store &m_store;
    CounterpartRepository m_repository;
};

} // namespace homeward
