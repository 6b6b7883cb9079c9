#include "CounterpartWrites.h"

#include "Store.h"

namespace homeward {

CounterpartWrites::CounterpartWrites(Store &store) : m_store(store), m_repository(store.connection()) {}

Result<qint64> CounterpartWrites::importList(qint64 batchId, const QString &fileName, const QString &fileSha256,
                                             const QList<InterchangeRow> &rows)
{
    auto stored = m_repository.importList(batchId, fileName, fileSha256, rows, m_store.actor());
    if (stored)
        Q_EMIT m_store.notifier()->counterpartChanged(batchId);
    return stored;
}

Status CounterpartWrites::resolve(qint64 batchId, const QString &key, const QString &oursValue,
                                  const QString &theirsValue, const QString &note, const SeenRow &seen)
{
    Status done = m_repository.resolve(batchId, key, oursValue, theirsValue, note, seen, m_store.actor());
    if (done)
        Q_EMIT m_store.notifier()->counterpartChanged(batchId);
    return done;
}

Status CounterpartWrites::unresolve(qint64 batchId, const QString &key, const SeenRow &seen)
{
    Status done = m_repository.unresolve(batchId, key, seen, m_store.actor());
    if (done)
        Q_EMIT m_store.notifier()->counterpartChanged(batchId);
    return done;
}

} // namespace homeward
