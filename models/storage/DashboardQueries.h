#pragma once

#include "Result.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace homeward {

// Where one batch of an exchange stands, for the exchange's dashboard.
// Persons are those listed (not withdrawn); a person is verified, has a
// discrepancy or waits exactly as VerificationRepository::progress() counts
// them, so the three add up to `entered`.
struct DashboardBatchRow final {
    qint64 batchId = 0;
    int sequenceNo = 0;
    Direction direction = Direction::Receive;
    BatchStatus status = BatchStatus::Draft;
    QDate plannedDate;
    int planned = 0;           // planned servicemen + civilians
    int entered = 0;           // persons listed
    int verified = 0;          // persons with every item confirmed
    int withDiscrepancy = 0;   // persons with at least one item marked discrepant
    int openDiscrepancies = 0; // items marked discrepant (not corrected or confirmed since)

    // Listed persons neither verified nor held up by a discrepancy: work for a verifier.
    int waiting() const { return entered - verified - withDiscrepancy; }
    bool operator==(const DashboardBatchRow &other) const = default;
};

// Persons listed in an exchange's batches by category and sex.
struct DashboardComposition final {
    int servicemenMen = 0;
    int servicemenWomen = 0;
    int civiliansMen = 0;
    int civiliansWomen = 0;

    int total() const { return servicemenMen + servicemenWomen + civiliansMen + civiliansWomen; }
    bool operator==(const DashboardComposition &other) const = default;
};

// How many persons became fully verified in one minute (UTC): the minute of
// the last confirmation of their checklist.
struct VerifiedInMinute final {
    QDateTime minute; // UTC, seconds zero
    int persons = 0;
    bool operator==(const VerifiedInMinute &other) const = default;
};

// Read-only questions of the exchange's dashboard; one query per question,
// whatever the number of batches or persons. Cancelled batches are listed by
// batches() (with their status) but left out of composition() and
// verifiedOverTime(): their persons are not going anywhere.
class DashboardQueries final {
    Q_DECLARE_TR_FUNCTIONS(homeward::DashboardQueries)

public:
    explicit DashboardQueries(QSqlDatabase db);

    // Every batch of the exchange, by sequence number.
    Result<QList<DashboardBatchRow>> batches(qint64 exchangeId) const;
    Result<DashboardComposition> composition(qint64 exchangeId) const;
    // Persons verified now, by the minute their verification was completed,
    // earliest first (minutes with none are left out).
    Result<QList<VerifiedInMinute>> verifiedOverTime(qint64 exchangeId) const;

private:
    QSqlDatabase m_db;
};

} // namespace homeward
