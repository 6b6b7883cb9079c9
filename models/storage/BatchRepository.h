#pragma once

#include "Result.h"

#include "domain/Batch.h"
#include "domain/Official.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace homeward {

class ChangeNotifier;

// What deleting a batch would take with it, for the confirmation question.
struct BatchRemovalImpact final {
    int listedPersons = 0;     // memberships that go
    int personsDeleted = 0;    // persons listed in no other batch, who go too
};

// Reads and writes batches. Writes run in one transaction each, append
// their audit rows in it on behalf of `*actor` (no official when null) and
// are announced through the notifier after they commit.
class BatchRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::BatchRepository)

public:
    BatchRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor = nullptr);

    Result<qint64> create(const Batch &batch);  // sequenceNo 0 takes the next free number
    Status update(const Batch &batch);
    Result<Batch> get(qint64 id) const;
    Result<QList<Batch>> listForExchange(qint64 exchangeId) const;  // by sequence number
    Result<int> nextSequenceNo(qint64 exchangeId) const;
    Result<BatchCounts> counts(qint64 batchId) const;  // listed persons only, withdrawn not counted
    Result<BatchRemovalImpact> removalImpact(qint64 batchId) const;
    // Audit rows: one per listing (see unlisted::deleteUnlisted), one for the batch.
    Status remove(qint64 batchId);

private:
    Actor actor() const { return m_actor ? *m_actor : Actor(); }

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    const Actor *m_actor;
};

} // namespace homeward
