#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace homeward {

// A confirmed or completed batch whose seal does not hold.
struct SealFault final {
    qint64 batchId = 0;
    QString batchName; // "batch 2 of “1,000 for 1,000”"
    QString reason;    // translated
    // "seal broken for batch 2 of “1,000 for 1,000” (id 7): <reason>"
    QString text() const;
};

// Checks the seals of confirmed and completed batches (BatchWorkflow):
// the batch's content hashed again must equal the stored seal_content_hash,
// and the batch's confirmation row in the audit trail (its newest
// "transition" row to "confirmed") must carry the same seal, with its
// prev_hash equal to the seal's head hash, so the seal is anchored in the
// chain at that row. The chain itself is AuditLog::verify's. Reads only; a
// database before schema 5 has no seals and passes.
class SealCheck final {
    Q_DECLARE_TR_FUNCTIONS(homeward::SealCheck)

public:
    // Every batch whose seal does not hold, by batch id; empty when all hold.
    static Result<QList<SealFault>> verify(const QSqlDatabase &db);
};

} // namespace homeward
