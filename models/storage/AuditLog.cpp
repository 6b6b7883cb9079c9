#include "AuditLog.h"

#include "Dialect.h"
#include "ReadCheck.h"
#include "Sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlRecord>

namespace homeward {
namespace {

const QString kGenesis(64, QLatin1Char('0'));

// QJsonObject keeps its keys sorted, so the compact text is canonical.
QByteArray canonicalContent(const QString &at, const QJsonValue &officialId, const QString &action,
                            const QString &entity, const QJsonValue &entityId, const QJsonValue &before,
                            const QJsonValue &after)
{
    QJsonObject content;
    content.insert(QStringLiteral("at"), at);
    content.insert(QStringLiteral("official_id"), officialId);
    content.insert(QStringLiteral("action"), action);
    content.insert(QStringLiteral("entity"), entity);
    content.insert(QStringLiteral("entity_id"), entityId);
    content.insert(QStringLiteral("before"), before);
    content.insert(QStringLiteral("after"), after);
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QString chainHash(const QString &prevHash, const QByteArray &content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toUtf8());
    hash.addData(content);
    return QString::fromLatin1(hash.result().toHex());
}

QJsonValue idValue(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// A stored before_json/after_json text back as the JSON value it was
// hashed as; nullopt when it is not exactly the canonical text of an object
// (then a byte was changed that the JSON parser alone would forgive, such as
// a space).
std::optional<QJsonValue> storedObject(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Null);
    const QString text = stored.toString();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || document.object().isEmpty())
        return std::nullopt;
    if (AuditLog::canonicalText(document.object()) != text)
        return std::nullopt;
    return QJsonValue(document.object());
}

// A stored official_id/entity_id as hashed: null or a whole number.
std::optional<QJsonValue> storedId(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Null);
    bool ok = false;
    const qint64 id = stored.toLongLong(&ok);
    if (!ok || id == 0)
        return std::nullopt;
    return QJsonValue(id);
}

QJsonObject parsedObject(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    return QJsonDocument::fromJson(stored.toString().toUtf8()).object();
}

const QString kSelectRows =
    QStringLiteral("SELECT id, at, official_id, action, entity, entity_id, before_json, after_json, prev_hash, hash "
                   "FROM audit_log");

} // namespace

QString AuditLog::genesisHash()
{
    return kGenesis;
}

QString AuditLog::canonicalText(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status AuditLog::lockChain(const QSqlDatabase &db)
{
    if (!Dialect::of(db).isPostgres())
        return {};
    static_assert(kChainLockKey != Dialect::kMigrationLockKey);
    // The head read after the lock must see the previous holder's row: true under READ COMMITTED
    // (every statement a new snapshot), not under REPEATABLE READ or SERIALIZABLE, whose snapshot
    // dates from the transaction's first statement. A server set to those would fork the chain.
    auto locked = sql::run(db,
                           QStringLiteral("SELECT current_setting('transaction_isolation') "
                                          "FROM (SELECT pg_advisory_xact_lock(?)) AS chain_lock"),
                           {kChainLockKey});
    if (!locked)
        return Status::failure(tr("The audit trail could not be locked for writing"), locked.error().detail);
    const QString isolation = locked.value().next() ? locked.value().value(0).toString() : QString();
    if (Status read = sql::readToEnd(locked.value(), tr("The audit trail could not be locked for writing")); !read)
        return read;
    if (isolation != QLatin1String("read committed"))
        return Status::failure(
            tr("The audit trail could not be locked for writing"),
            QStringLiteral("transaction isolation is \"%1\", not \"read committed\"").arg(isolation));
    return {};
}

Status AuditLog::append(const QSqlDatabase &db, const Actor &actor, const QString &action, const QString &entity,
                        qint64 entityId, const QJsonObject &before, const QJsonObject &after)
{
    const auto failed = [](const QString &detail) {
        return Status::failure(tr("The change could not be recorded in the audit trail, so it was not made"), detail);
    };
    if (action.isEmpty() || entity.isEmpty())
        return failed(QStringLiteral("audit row without action or entity"));
    // No other writer may append between this read and the insert below: on
    // SQLite the caller's BEGIN IMMEDIATE sees to that, on PostgreSQL the
    // chain lock (held to the end of the transaction, so the next writer
    // reads this row as its head).
    if (Status locked = lockChain(db); !locked)
        return failed(locked.error().detail);
    auto head = headHash(db);
    if (!head)
        return failed(head.error().detail.isEmpty() ? head.error().message : head.error().detail);

    const QString at = sql::nowStamp();
    const QString beforeText = canonicalText(before);
    const QString afterText = canonicalText(after);
    const QByteArray content = canonicalContent(at, idValue(actor.officialId), action, entity, idValue(entityId),
                                                before.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(before),
                                                after.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(after));
    const QString hash = chainHash(head.value(), content);

    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO audit_log (at, official_id, action, entity, entity_id, "
                                            "before_json, after_json, prev_hash, hash) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {at, actor.officialId != 0 ? QVariant(actor.officialId) : QVariant(), action, entity,
                              entityId != 0 ? QVariant(entityId) : QVariant(), sql::nullIfEmpty(beforeText),
                              sql::nullIfEmpty(afterText), head.value(), hash});
    if (!inserted)
        return failed(inserted.error().detail);
    return {};
}

Result<QString> AuditLog::headHash(const QSqlDatabase &db)
{
    auto query = sql::run(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!query)
        return query.error();
    if (!query.value().next()) {
        // A failed read is not an empty trail: the next row would start a second chain.
        if (Status read = sql::readToEnd(query.value(), tr("The audit trail could not be read")); !read)
            return read.error();
        return genesisHash();
    }
    return query.value().value(0).toString();
}

Result<qint64> AuditLog::rowCount(const QSqlDatabase &db)
{
    auto count = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<std::optional<AuditFault>> AuditLog::verify(const QSqlDatabase &db)
{
    // One SELECT reads one consistent snapshot, even while others append.
    auto query = sql::run(db, kSelectRows + QStringLiteral(" ORDER BY id"));
    if (!query)
        return Error{tr("The audit trail could not be read"), query.error().detail};
    QSqlQuery &q = query.value();
    QString expectedPrev = genesisHash();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString prevHash = q.value(8).toString();
        const QString storedHash = q.value(9).toString();
        if (prevHash != expectedPrev)
            return std::optional<AuditFault>(
                AuditFault{id, tr("the row does not follow the row before it: a row before it was deleted, "
                                  "or rows were reordered or replaced")});

        const auto officialId = storedId(q.value(2));
        const auto entityId = storedId(q.value(5));
        const auto before = storedObject(q.value(6));
        const auto after = storedObject(q.value(7));
        const QString changed = tr("the row's content does not match its hash: it was changed after it was written");
        if (!officialId || !entityId || !before || !after)
            return std::optional<AuditFault>(AuditFault{id, changed});
        const QByteArray content = canonicalContent(q.value(1).toString(), *officialId, q.value(3).toString(),
                                                    q.value(4).toString(), *entityId, *before, *after);
        if (chainHash(prevHash, content) != storedHash)
            return std::optional<AuditFault>(AuditFault{id, changed});
        expectedPrev = storedHash;
    }
    if (q.lastError().isValid())
        return Error{tr("The audit trail could not be read"), q.lastError().text()};
    return std::optional<AuditFault>();
}

Result<QList<AuditEntry>> AuditLog::history(const QSqlDatabase &db, const QString &entity, qint64 entityId)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT a.id, a.at, a.official_id, a.action, a.entity, a.entity_id, "
                                         "a.before_json, a.after_json, a.prev_hash, a.hash, o.full_name "
                                         "FROM audit_log a LEFT JOIN official o ON o.id = a.official_id "
                                         "WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id"),
                          {entity, entityId});
    if (!query)
        return Error{tr("The audit trail could not be read"), query.error().detail};
    QList<AuditEntry> entries;
    QSqlQuery &q = query.value();
    while (q.next()) {
        AuditEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        entry.officialId = q.value(2).toLongLong();
        entry.action = q.value(3).toString();
        entry.entity = q.value(4).toString();
        entry.entityId = q.value(5).toLongLong();
        entry.before = parsedObject(q.value(6));
        entry.after = parsedObject(q.value(7));
        entry.prevHash = q.value(8).toString();
        entry.hash = q.value(9).toString();
        entry.officialName = q.value(10).toString();
        entries << entry;
    }
    if (Status read = sql::readToEnd(q, tr("The audit trail could not be read")); !read)
        return read.error();
    return entries;
}

} // namespace homeward
