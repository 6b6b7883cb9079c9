#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <optional>

namespace homeward {

class ChangeNotifier;

// Changes other desks commit on a shared PostgreSQL database, passed on as the ChangeNotifier
// signals this program's own writes send, so that item models and views reload in place. The
// schema's triggers (MigrationPg12Presence.cpp) NOTIFY on the channel kChannel at commit; this
// class LISTENs through QSqlDriver::subscribeToNotification and turns each payload into a signal.
// Notifications of this session are dropped: the repository that wrote has already sent its
// signal. A payload it does not understand is ignored (with a warning in the log): it announces
// a change, it carries no data. On SQLite it does nothing: no other desk shares that file.
//
// The driver reads notifications when the connection's socket becomes readable, so they arrive
// through the event loop of the connection's thread.
class ServerNotifications final : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kChannel = "homeward";

    enum class Kind { Exchanges, Batches, Persons, Counterpart, Presence };
    // One announced change: the kind and the exchange (Batches) or batch (Persons, Counterpart,
    // Presence) it concerns; id 0 for Exchanges.
    struct Change final {
        Kind kind = Kind::Exchanges;
        qint64 id = 0;
        bool operator==(const Change &other) const = default;
    };
    // "exchange", "batch:<exchange id>", "person:<batch id>", "counterpart:<batch id>",
    // "presence:<batch id>"; nullopt for anything else (ids are positive decimal numbers).
    static std::optional<Change> parse(const QString &payload);

    ServerNotifications(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent = nullptr);
    ~ServerNotifications() override;
    ServerNotifications(const ServerNotifications &) = delete;
    ServerNotifications &operator=(const ServerNotifications &) = delete;

    // Starts listening on a PostgreSQL connection; succeeds doing nothing on any other. An
    // error when the server refused the LISTEN: then other desks' changes are not seen
    // until the database is opened again.
    Status start();
    // Listens again on a connection that was closed and opened again (the server forgets a
    // session's LISTEN with the session): ServerConnection after a reconnect.
    Status renew();
    bool isListening() const { return m_listening; }
    // start()'s outcome (success before it ran).
    const Status &status() const { return m_status; }

    // Sends the ChangeNotifier signal for `change` (what a received payload leads to).
    void dispatch(const Change &change);

Q_SIGNALS:
    // After a notification of another session was passed on (tests measure the delay with it).
    void received(const QString &payload);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    Status m_status;
    bool m_listening = false;
    bool m_subscribedHere = false; // false when another object of this connection had subscribed first
};

} // namespace homeward
