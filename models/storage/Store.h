#pragma once

#include "BatchRepository.h"
#include "BatchWorkflow.h"
#include "ChangeNotifier.h"
#include "ExchangeRepository.h"
#include "PersonRepository.h"
#include "PresenceRepository.h"
#include "ServerNotifications.h"
#include "VerificationRepository.h"

#include "domain/Official.h"

#include <QSqlDatabase>

namespace homeward {

// The repositories of one open database and their shared change notifier:
// what views and item models are given instead of a connection.
class Store final {
public:
    explicit Store(QSqlDatabase db)
        : m_db(db), m_exchanges(db, &m_notifier, &m_actor), m_batches(db, &m_notifier, &m_actor),
          m_persons(db, &m_notifier, &m_actor), m_verification(db, &m_notifier, &m_actor),
          m_workflow(db, &m_notifier, &m_actor), m_presence(db, &m_notifier, &m_actor),
          m_serverNotifications(db, &m_notifier)
    {
        // On a shared PostgreSQL database, other desks' changes come through the same notifier.
        // A refusal is kept in serverNotifications().status() for the window to show.
        static_cast<void>(m_serverNotifications.start());
    }
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    ExchangeRepository &exchanges() { return m_exchanges; }
    BatchRepository &batches() { return m_batches; }
    PersonRepository &persons() { return m_persons; }
    VerificationRepository &verification() { return m_verification; }
    // Batch status changes (submit, verify, confirm with seal, reopen, complete, cancel).
    BatchWorkflow &workflow() { return m_workflow; }
    // Who has which batch open at which desk (heartbeats: PresenceTracker in views).
    PresenceRepository &presence() { return m_presence; }
    ChangeNotifier *notifier() { return &m_notifier; }
    // Other desks' committed changes as notifier() signals (PostgreSQL; idle on SQLite).
    ServerNotifications &serverNotifications() { return m_serverNotifications; }
    QSqlDatabase connection() const { return m_db; }

    // The official on whose behalf the repositories write (audit trail,
    // created_by/updated_by). Set after login; the repositories read it at
    // every write, so a change of actor takes effect at once.
    void setActor(const Actor &actor) { m_actor = actor; }
    const Actor &actor() const { return m_actor; }

private:
    QSqlDatabase m_db;
    Actor m_actor; // before the repositories, which keep its address
    ChangeNotifier m_notifier;
    ExchangeRepository m_exchanges;
    BatchRepository m_batches;
    PersonRepository m_persons;
    VerificationRepository m_verification;
    BatchWorkflow m_workflow;
    PresenceRepository m_presence;
    ServerNotifications m_serverNotifications; // after m_notifier, which it signals through
};

} // namespace homeward
