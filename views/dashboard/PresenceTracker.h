#pragma once

#include <QObject>
#include <QTimer>

namespace homeward {

class Store;

// Tells the other desks which batch this desk has open: marks it in PresenceRepository when a
// batch is opened, refreshes the mark every PresenceRepository::kHeartbeatSeconds while it stays
// open, and clears it when another batch or none is opened and when the tracker goes (the
// window closes). A failure is reported once through failed() until a write succeeds again:
// the work itself goes on, only the others' dashboards are not told.
class PresenceTracker final : public QObject {
    Q_OBJECT
public:
    explicit PresenceTracker(Store &store, QObject *parent = nullptr);
    ~PresenceTracker() override;

    // The batch open at this desk now; 0: none.
    void setBatch(qint64 batchId);
    qint64 batchId() const { return m_batchId; }
    // Marks the open batch again (after a change of official, who is then the one shown).
    void refresh();
    // Inactive (a read-only database): nothing is written, and the mark there was is cleared;
    // setBatch() is still followed, so that becoming active again marks the batch open then.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // For tests: the heartbeat timer.
    QTimer *heartbeatTimer() { return &m_heartbeat; }

Q_SIGNALS:
    void failed(const QString &message); // translated

private:
    void beat();
    void report(bool ok, const QString &message);

    Store &m_store;
    qint64 m_batchId = 0;
    QTimer m_heartbeat;
    bool m_failing = false;
    bool m_active = true;
};

} // namespace homeward
