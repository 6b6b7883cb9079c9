#pragma once

#include "Result.h"

#include "domain/Official.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace homeward {

class ChangeNotifier;

// One official with one batch open at one desk.
struct BatchPresence final {
    qint64 batchId = 0;
    int batchSequenceNo = 0;
    qint64 officialId = 0;
    QString officialName; // full name
    QString desk;         // the desk's computer name
    QDateTime since;      // UTC: when the batch was opened there
    QDateTime seenAt;     // UTC: the desk's last heartbeat
    bool ownDesk = false; // this session's row
    bool operator==(const BatchPresence &other) const = default;
};

// Who is working on which batch (schema 12, table presence). Each open database is one desk
// session with a random key: it writes its own rows only, one per batch it has open, and a view
// (PresenceTracker) refreshes them every kHeartbeatSeconds while the batch stays open. A row not
// refreshed for kStaleAfterSeconds counts as gone (its desk crashed or lost the network), so the
// lists leave it out. Times are the database's clock (the server's on PostgreSQL), so desks whose
// clocks differ still agree on what is stale. Opening and closing announce
// ChangeNotifier::presenceChanged(batchId) once committed; heartbeats announce nothing.
class PresenceRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::PresenceRepository)

public:
    static constexpr int kHeartbeatSeconds = 30;
    static constexpr int kStaleAfterSeconds = 120;

    // `actor` is the store's: the official recorded is the one signed in at each call.
    PresenceRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor);

    // This desk session's key (random, new for every open database) and the desk's name shown
    // to others (the computer's host name unless set).
    const QString &session() const { return m_session; }
    const QString &desk() const { return m_desk; }
    void setDesk(const QString &desk) { m_desk = desk; }

    // The signed-in official has `batchId` open here (again: a change of official is taken over).
    Status open(qint64 batchId);
    // Refreshes every row of this session.
    Status heartbeat();
    // The batch was closed here.
    Status close(qint64 batchId);
    // Every batch of this session was closed (the window goes, the official signs out).
    Status closeAll();

    // Who is working on the batches of an exchange now (stale rows left out), by batch number,
    // then name and desk.
    Result<QList<BatchPresence>> onExchange(qint64 exchangeId) const;
    // Who is working on one batch now.
    Result<QList<BatchPresence>> onBatch(qint64 batchId) const;

private:
    Result<QList<BatchPresence>> read(const QString &where, qint64 id) const;
    // Removes this session's rows (of one batch, or all with batchId 0) and announces it.
    Status remove(qint64 batchId);

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    const Actor *m_actor;
    QString m_session;
    QString m_desk;
};

} // namespace homeward
