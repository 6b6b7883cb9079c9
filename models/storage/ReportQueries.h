#pragma once

#include "Result.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace homeward {

// One recorded step of a batch's life, for the signature block of a sheet.
struct TransitionRecord final {
    qint64 officialId = 0;
    QString officialName; // the account's full name at the time of reading
    QDateTime at;         // UTC
};

// Read-only questions of the printed sheets that no repository answers.
class ReportQueries final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ReportQueries)

public:
    explicit ReportQueries(QSqlDatabase db);

    // The latest transition of the batch into `status` (nullopt: never).
    Result<std::optional<TransitionRecord>> lastTransitionTo(qint64 batchId, BatchStatus status) const;
    // Persons withdrawn from the batch's list (they stay on it, marked, and are not counted).
    Result<int> withdrawnCount(qint64 batchId) const;

private:
    QSqlDatabase m_db;
};

} // namespace homeward
