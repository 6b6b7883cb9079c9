#include "ServerConnection.h"

#include "Database.h"
#include "Dialect.h"
#include "OpenCheck.h"
#include "Sql.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace homeward {

ServerConnection::ServerConnection(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_db(store.connection()), m_server(Dialect::of(m_db).isPostgres())
{
    if (!m_server)
        return;
    m_probe.setInterval(kProbeMs);
    m_retry.setInterval(kRetryMs);
    connect(&m_probe, &QTimer::timeout, this, &ServerConnection::probe);
    connect(&m_retry, &QTimer::timeout, this, [this] { static_cast<void>(reconnect()); });
    m_probe.start();
}

void ServerConnection::setIntervals(int probeMs, int retryMs)
{
    m_probe.setInterval(probeMs);
    m_retry.setInterval(retryMs);
}

bool ServerConnection::probe()
{
    if (!m_server)
        return true;
    if (m_lost)
        return false;
    // The probe also learns whether the session is read-only, to be so again after a reconnect.
    auto setting = sql::scalar(m_db, QStringLiteral("SELECT current_setting('default_transaction_read_only')"));
    if (setting) {
        m_readOnly = setting.value().toString() == QLatin1String("on");
        return true;
    }
    if (m_db.isOpen())
        return true; // a refusal of this statement alone, not a broken connection
    m_lost = true;
    m_probe.stop();
    m_retry.start();
    Q_EMIT lost(setting.error().detail);
    return false;
}

Status ServerConnection::reconnect()
{
    if (!m_server || !m_lost)
        return {};
    // Failed statements of the broken session cannot be freed on the new one.
    sql::releaseFailed(m_db);
    // close() drops the broken session and the driver's record of its LISTEN.
    m_db.close();
    if (!m_db.open()) {
        Status failed = Status::failure(tr("The database server still does not answer"), m_db.lastError().text());
        Q_EMIT reconnectFailed(failed.text());
        return failed;
    }
    Status session = Database::setUpServerSession(m_db);
    if (session && m_readOnly)
        session = OpenCheck::enterReadOnly(m_db);
    if (!session) {
        m_db.close(); // half set up is not set up: try again at the next retry
        Q_EMIT reconnectFailed(session.text());
        return session;
    }
    m_lost = false;
    m_retry.stop();
    m_probe.start();
    // Without LISTEN the desk still works; the lists then refresh at its own changes only,
    // as ServerNotifications::status() says (the window shows it).
    static_cast<void>(m_store.serverNotifications().renew());
    announceEverything();
    Q_EMIT restored();
    return {};
}

void ServerConnection::announceEverything()
{
    ChangeNotifier *notifier = m_store.notifier();
    Q_EMIT notifier->exchangesChanged();
    // Read to the end first: the signals' receivers read the database themselves.
    QList<std::pair<qint64, qint64>> batches; // id, exchange
    auto rows = sql::run(m_db, QStringLiteral("SELECT id, exchange_id FROM batch ORDER BY id"));
    if (!rows)
        return; // the next change announced (or the official's reload) reads them
    while (rows.value().next())
        batches.append({rows.value().value(0).toLongLong(), rows.value().value(1).toLongLong()});
    rows.value().finish();
    QList<qint64> exchanges;
    for (const auto &[batch, exchange] : std::as_const(batches))
        if (!exchanges.contains(exchange))
            exchanges << exchange;
    for (const qint64 exchange : std::as_const(exchanges))
        Q_EMIT notifier->batchesChanged(exchange);
    for (const auto &[batch, exchange] : std::as_const(batches)) {
        Q_EMIT notifier->personsChanged(batch);
        Q_EMIT notifier->counterpartChanged(batch);
        Q_EMIT notifier->presenceChanged(batch);
    }
}

} // namespace homeward
