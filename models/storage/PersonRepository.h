#pragma once

#include "Result.h"

#include <QCoreApplication>
#include "domain/Person.h"

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

class PersonRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::PersonRepository)

public:
    PersonRepository(QSqlDatabase db, ChangeNotifier *notifier);

    // Stores a new person and lists them at the end of the batch, in one transaction.
    Result<qint64> addToBatch(qint64 batchId, const Person &person);
    // Stores the changed details. Refused when the stored row_version is no
    // longer person.rowVersion (someone else changed it meanwhile).
    Status update(const Person &person);
    Result<Person> get(qint64 id) const;
    // Takes the person off the batch's list; a person listed in no other
    // batch is deleted too. One transaction.
    Status removeFromBatch(qint64 batchId, qint64 personId);

    Result<int> countInBatch(qint64 batchId) const;
    // One page of a batch's list: up to `limit` persons listed after
    // `afterPosition` (0 for the first page), by position. Keyset paging, so
    // the last page of a long list costs what the first does.
    Result<QList<ListedPerson>> pageInBatch(qint64 batchId, int afterPosition, int limit) const;
    // Batches that list this person.
    Result<QList<qint64>> batchesOf(qint64 personId) const;

private:
    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
};

} // namespace homeward
