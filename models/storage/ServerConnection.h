#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace homeward {

class Store;

// Watches a desk's connection to a shared PostgreSQL database and opens it
// again after it was lost (the server restarted, the network failed). Qt's
// driver marks the connection closed once a statement found it broken; a
// probe every kProbeMs finds that out for a desk that is only looking, and
// lost() is sent once. Then every kRetryMs (or at reconnect()) the same
// address is opened again with the password libpq has (PGPASSWORD,
// ~/.pgpass): the session's settings are applied again (lock_timeout, and
// read-only when the session was), LISTEN is renewed
// (ServerNotifications::renew), and every exchange and batch is announced
// through ChangeNotifier, so that lists read again what other desks did
// meanwhile; then restored() is sent. What was committed before the loss is
// on the server; a write that failed with the loss was rolled back there.
// On SQLite it does nothing.
class ServerConnection final : public QObject {
    Q_OBJECT

public:
    static constexpr int kProbeMs = 15000;
    static constexpr int kRetryMs = 10000;

    explicit ServerConnection(Store &store, QObject *parent = nullptr);

    // Other intervals than kProbeMs and kRetryMs (tests).
    void setIntervals(int probeMs, int retryMs);

    bool isServer() const { return m_server; }
    bool isLost() const { return m_lost; }

    // Checks the connection now (the probe's timer calls it); true while it works.
    bool probe();
    // One attempt to open the lost connection again, now; success when it was not lost.
    Status reconnect();

Q_SIGNALS:
    // The connection was found broken; `detail` is the driver's text.
    void lost(const QString &detail);
    // A reconnect attempt failed (the retries go on).
    void reconnectFailed(const QString &text);
    // Open again, the session set up as before, the lists told to read again.
    void restored();

private:
    void announceEverything();

    Store &m_store;
    QSqlDatabase m_db;
    bool m_server = false;
    bool m_lost = false;
    bool m_readOnly = false; // the session's default_transaction_read_only, as last seen
    QTimer m_probe;
    QTimer m_retry;
};

} // namespace homeward
