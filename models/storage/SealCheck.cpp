#include "SealCheck.h"

#include "BatchWorkflow.h"
#include "Migrations.h"
#include "Sql.h"

#include <QSqlError>
#include <QJsonDocument>
#include <QJsonObject>

namespace homeward {

namespace {
constexpr int kSealSchema = 5;
}

QString SealFault::text() const
{
    return SealCheck::tr("seal broken for %1 (id %2): %3").arg(batchName, QString::number(batchId), reason);
}

Result<QList<SealFault>> SealCheck::verify(const QSqlDatabase &db)
{
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    if (version.value() < kSealSchema)
        return QList<SealFault>();

    auto batches = sql::run(db,
                            QStringLiteral("SELECT b.id, b.sequence_no, e.title, b.seal_head_hash, b.seal_content_hash "
                                           "FROM batch b JOIN exchange e ON e.id = b.exchange_id "
                                           "WHERE b.status IN ('confirmed', 'completed') ORDER BY b.id"),
                            {});
    if (!batches)
        return Error{tr("The seals could not be read"), batches.error().detail};
    struct Sealed {
        qint64 id;
        QString name;
        QString head;
        QString content;
    };
    QList<Sealed> sealed;
    while (batches.value().next()) {
        const QSqlQuery &q = batches.value();
        sealed << Sealed{q.value(0).toLongLong(),
                         tr("batch %1 of “%2”").arg(q.value(1).toString(), q.value(2).toString()),
                         q.value(3).toString(), q.value(4).toString()};
    }
    // next() is false on a failed read as at the end: a seal left unread must not pass as checked.
    if (batches.value().lastError().isValid())
        return Error{tr("The seals could not be read"), batches.value().lastError().text()};

    QList<SealFault> faults;
    for (const Sealed &batch : std::as_const(sealed)) {
        const auto fault = [&](const QString &reason) { faults << SealFault{batch.id, batch.name, reason}; };
        if (batch.head.isEmpty() || batch.content.isEmpty()) {
            fault(tr("the batch is confirmed but carries no seal"));
            continue;
        }
        auto content = BatchWorkflow::contentHash(db, batch.id);
        if (!content)
            return Error{tr("The seals could not be checked"), content.error().text()};
        if (content.value() != batch.content) {
            fault(tr("its content no longer matches its seal: the batch, a person's details or a checklist "
                     "was changed after confirmation"));
            continue;
        }
        auto rows = sql::run(db,
                             QStringLiteral("SELECT id, prev_hash, after_json FROM audit_log WHERE entity = 'batch' "
                                            "AND entity_id = ? AND action = 'transition' ORDER BY id DESC"),
                             {batch.id});
        if (!rows)
            return Error{tr("The seals could not be checked"), rows.error().detail};
        bool found = false;
        while (rows.value().next()) {
            const QJsonObject after =
                QJsonDocument::fromJson(rows.value().value(2).toString().toUtf8()).object();
            if (after.value(QStringLiteral("status")).toString() != QLatin1String("confirmed"))
                continue;
            found = true;
            const QString row = rows.value().value(0).toString();
            if (after.value(QStringLiteral("seal_content_hash")).toString() != batch.content
                || after.value(QStringLiteral("seal_head_hash")).toString() != batch.head)
                fault(tr("the stored seal differs from the one recorded at confirmation (audit row %1)").arg(row));
            else if (rows.value().value(1).toString() != batch.head)
                fault(tr("the seal's head hash is not the audit trail's head at confirmation (audit row %1)")
                          .arg(row));
            break;
        }
        if (rows.value().lastError().isValid())
            return Error{tr("The seals could not be checked"), rows.value().lastError().text()};
        if (!found)
            fault(tr("its confirmation is not in the audit trail"));
    }
    return faults;
}

} // namespace homeward
