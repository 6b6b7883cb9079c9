#pragma once

#include "Result.h"
#include "domain/Official.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace homeward {

// One row of the audit trail.
struct AuditEntry final {
    qint64 id = 0;
    QDateTime at;          // UTC
    qint64 officialId = 0; // 0: no official (first start)
    QString officialName;  // full name, for display (joined from official)
    QString action;        // see AuditLog for the words
    QString entity;        // "exchange", "batch", "person", "official", "session", ...
    qint64 entityId = 0;   // 0: none
    QJsonObject before;    // empty for create
    QJsonObject after;     // empty for delete
    QString prevHash;
    QString hash;
};

// Where a verification of the chain found the first fault.
struct AuditFault final {
    qint64 rowId = 0; // first row that does not verify
    QString reason;   // translated text: "the row's content does not match its hash", ...
};

// The append-only, hash-chained audit trail. Every change appends a row in
// the same transaction as the change itself: call append() inside the
// caller's WriteTransaction, never in a transaction of its own, so that a
// change and its record are written together or not at all.
//   hash = hex SHA-256(prev_hash as UTF-8 ‖ canonical row content);
//   the first row's prev_hash is 64 zeros;
//   canonical content: compact JSON with sorted keys of
//   {action, after, at, before, entity, entity_id, official_id}, where
//   `at` is the stored text, before/after are the stored objects (null when
//   absent) and official_id/entity_id are numbers or null.
// before_json/after_json hold the canonical compact JSON text of each object
// (NULL when absent), so every stored byte is covered by the hash.
//
// Actions written by the repositories: "create", "update", "delete" (the
// record is gone) and "unlist" (a person taken off one batch's list but
// still listed in another). Keys of before/after are database column names;
// a person's record also carries the listing's batch_id and position.
//
// A chain cannot show that its newest rows were cut off: nothing outside the
// table remembers the head. Anchoring the head elsewhere (signed backups,
// printed sheets) is for later work.
//
// Several writers: on SQLite the caller's BEGIN IMMEDIATE keeps every other
// writer out between reading the head and inserting the row. On PostgreSQL
// WriteTransaction takes the chain lock (a transaction-scoped advisory lock,
// released at COMMIT or ROLLBACK) right after BEGIN, so writers take turns
// there too; append() takes it again (harmless: the holder re-enters) for a
// writer outside WriteTransaction, and only then reads the head: under READ
// COMMITTED each statement sees every row committed before it started, hence
// the previous holder's rows. The trail stays one chain.
class AuditLog final {
    Q_DECLARE_TR_FUNCTIONS(homeward::AuditLog)

public:
    static QString genesisHash(); // 64 '0'
    // The key of the chain lock on PostgreSQL ("HomeAudt" as 8 bytes); beside
    // Dialect::kMigrationLockKey, which it must differ from.
    static constexpr qint64 kChainLockKey = 0x486f6d6541756474;
    // Waits for the chain lock and holds it until the caller's transaction
    // ends (PostgreSQL); nothing on SQLite, whose writer already holds the
    // write lock. WriteTransaction and append() take it; refuses a session
    // whose isolation is not READ COMMITTED (a stale head would fork the chain).
    static Status lockChain(const QSqlDatabase &db);
    static Status append(const QSqlDatabase &db, const Actor &actor, const QString &action, const QString &entity,
                         qint64 entityId, const QJsonObject &before, const QJsonObject &after);
    // The newest row's hash (genesisHash() for an empty trail).
    static Result<QString> headHash(const QSqlDatabase &db);
    static Result<qint64> rowCount(const QSqlDatabase &db);
    // Recomputes every row's hash and the links between rows, in id order.
    // Ok and empty when intact; otherwise the first fault.
    static Result<std::optional<AuditFault>> verify(const QSqlDatabase &db);
    // The rows about one entity, oldest first (history view).
    static Result<QList<AuditEntry>> history(const QSqlDatabase &db, const QString &entity, qint64 entityId);

    // The canonical text of an object as stored in before_json/after_json;
    // empty for an empty object (stored as NULL).
    static QString canonicalText(const QJsonObject &object);
};

} // namespace homeward
