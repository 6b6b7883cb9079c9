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

// Reads and writes batches' details. Every write needs a signed-in official
// who may manage batches (Action::ManageBatches, read from the database
// inside the write's own transaction; refused without one: `actor` null or
// not signed in); it runs in one transaction, appends its audit rows in it on
// behalf of `*actor` and is announced through the notifier after it commits.
// Reads are open to anyone.
//
// The status is not written here: create() always makes a draft and
// update() leaves the stored status as it is (Batch::status is ignored by
// both). A batch's status moves only through BatchWorkflow, which checks
// each transition's preconditions and who may take it.
class BatchRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::BatchRepository)

public:
    BatchRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor = nullptr);

    // A new draft batch; sequenceNo 0 takes the next free number.
    Result<qint64> create(const Batch &batch);
    // Stores the details (number, direction, date, place, planned counts,
    // notes); never the status. Refused, with StaleEdit's message and
    // Error::stale, when the stored row_version is no longer batch.rowVersion
    // (someone else changed the batch, or its status moved, meanwhile).
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
