#include "PresenceTracker.h"

#include "storage/Store.h"

namespace homeward {

PresenceTracker::PresenceTracker(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_heartbeat.setInterval(PresenceRepository::kHeartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &PresenceTracker::beat);
}

PresenceTracker::~PresenceTracker()
{
    // No one is left to tell of a failure here; the row then goes stale on its own.
    if (m_batchId != 0 && m_active)
        static_cast<void>(m_store.presence().close(m_batchId));
}

void PresenceTracker::setBatch(qint64 batchId)
{
    if (batchId == m_batchId)
        return;
    if (m_batchId != 0 && m_active) {
        const Status closed = m_store.presence().close(m_batchId);
        report(closed.ok(), closed.text());
    }
    m_batchId = batchId;
    m_heartbeat.stop();
    refresh();
}

void PresenceTracker::refresh()
{
    if (m_batchId == 0 || !m_active || !m_store.actor().isValid())
        return;
    const Status opened = m_store.presence().open(m_batchId);
    report(opened.ok(), opened.text());
    m_heartbeat.start();
}

void PresenceTracker::setActive(bool active)
{
    if (active == m_active)
        return;
    if (!active) {
        m_heartbeat.stop();
        if (m_batchId != 0) {
            const Status closed = m_store.presence().close(m_batchId);
            report(closed.ok(), closed.text());
        }
    }
    m_active = active;
    if (active)
        refresh();
}

void PresenceTracker::beat()
{
    const Status beaten = m_store.presence().heartbeat();
    report(beaten.ok(), beaten.text());
}

void PresenceTracker::report(bool ok, const QString &message)
{
    if (ok) {
        m_failing = false;
        return;
    }
    if (m_failing)
        return; // said once; a heartbeat every half minute would repeat it
    m_failing = true;
    Q_EMIT failed(tr("Other desks are not told which batch is open here: %1").arg(message));
}

} // namespace homeward
