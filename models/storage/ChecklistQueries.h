#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace homeward {

// Where one listed person's checklist stands, for the checklist review.
// Counts the standard items and the free items of the batch's own exchange
// (as VerificationRepository::progress() does).
struct PersonChecklistSummary final {
    qint64 personId = 0;
    int position = 0;
    QString surname;
    QString givenName;
    QString patronymic;
    int total = 0;
    int confirmed = 0;
    int discrepancies = 0;
    int pending = 0;
    // Pending items the official asked about may verify: not last changed by them.
    int waitingForMe = 0;

    // The same classification as BatchVerificationProgress.
    bool notStarted() const { return pending == total; }
    bool fullyVerified() const { return total > 0 && pending == 0 && discrepancies == 0; }
    bool hasDiscrepancy() const { return discrepancies > 0; }
    bool isWaitingForMe() const { return waitingForMe > 0; }
    bool operator==(const PersonChecklistSummary &other) const = default;
};

// Read-only questions of the checklist review that need one query per page
// rather than one per person.
class ChecklistQueries final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ChecklistQueries)

public:
    explicit ChecklistQueries(QSqlDatabase db);

    // Persons listed (not withdrawn) in the batch.
    Result<int> listedCount(qint64 batchId) const;
    // Up to `limit` listed persons after list position `afterPosition` (0 for
    // the first page), by position, each with their checklist counts.
    // `officialId` is the official for whom waitingForMe is counted (0: none,
    // every pending item counts). Keyset paging over batch_member's
    // (batch_id, position) index, so a late page costs what the first does.
    Result<QList<PersonChecklistSummary>> summaries(qint64 batchId, qint64 officialId, int afterPosition,
                                                    int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace homeward
