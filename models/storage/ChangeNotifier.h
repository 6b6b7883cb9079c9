#pragma once

#include <QObject>

namespace homeward {

// Tells item models and views that stored data changed, after the change
// is committed. One per open database, shared by its repositories. On a
// shared PostgreSQL database ServerNotifications sends the same signals for
// the changes other desks commit.
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void exchangesChanged();
    void batchesChanged(qint64 exchangeId);
    void personsChanged(qint64 batchId);
    // The other side's list of the batch was imported (a new current list)
    // or a resolution of its reconciliation was made or taken back.
    void counterpartChanged(qint64 batchId);
    // Who has the batch open changed (PresenceRepository): a desk opened or
    // closed it. Not sent for a heartbeat that changes nothing but the time.
    void presenceChanged(qint64 batchId);
};

} // namespace homeward
