#pragma once

#include "Result.h"

#include "domain/Official.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace homeward {

class ChangeNotifier;

// A person as listed in a batch: the person's details and the list position.
struct ListedPerson final {
    Person person;
    int position = 0;
    MemberStatus status = MemberStatus::Listed;
};

// Reads and writes persons and their listings. Every write needs a
// signed-in official who may enter persons (Action::EnterPersons, read from
// the database inside the write's own transaction; refused without one:
// `actor` null or not signed in); it runs in one transaction, appends its
// audit rows in it on behalf of `*actor`, records the actor in
// person.created_by/updated_by and is announced through the notifier after it
// commits. Reads are open to anyone.
class PersonRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::PersonRepository)

public:
    PersonRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor = nullptr);

    // Stores a new person and lists them at the end of the batch, in one
    // transaction. created_by and updated_by are the actor: updated_by always
    // names whoever last wrote the details.
    Result<qint64> addToBatch(qint64 batchId, const Person &person);
    // Stores the changed details. Refused, with StaleEdit's message and
    // Error::stale, when the stored row_version is no longer person.rowVersion
    // (someone else changed or deleted the person meanwhile).
    Status update(const Person &person);
    Result<Person> get(qint64 id) const;
    // Takes the person off the batch's list; a person listed in no other
    // batch is deleted too. One transaction; audit action "delete", or
    // "unlist" when the person stays listed elsewhere.
    Status removeFromBatch(qint64 batchId, qint64 personId);
    // Lists a person already stored (entered for another batch) at the end
    // of this batch's list. Audit action "list", the listing as after.
    Status listInBatch(qint64 batchId, qint64 personId);
    // Withdraws the person from the batch's list (true), or puts them back
    // (false): a withdrawn person stays on the list, marked, and is not
    // counted. Audit action "withdraw" or "reinstate", the listing with its
    // "member_status" before and after.
    Status setWithdrawn(qint64 batchId, qint64 personId, bool withdrawn);

    Result<int> countInBatch(qint64 batchId) const;
    // One page of a batch's list: up to `limit` persons listed after
    // `afterPosition` (0 for the first page), by position. Keyset paging, so
    // the last page of a long list costs what the first does.
    Result<QList<ListedPerson>> pageInBatch(qint64 batchId, int afterPosition, int limit) const;
    // Batches that list this person.
    Result<QList<qint64>> batchesOf(qint64 personId) const;

private:
    Actor actor() const { return m_actor ? *m_actor : Actor(); }
    QVariant actorId() const; // NULL without an official
    Status appendToList(qint64 batchId, qint64 personId, const QString &now, const QString &auditAction);

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    const Actor *m_actor;
};

} // namespace homeward
