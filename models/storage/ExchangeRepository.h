#pragma once

#include "Result.h"

#include "domain/Exchange.h"
#include "domain/Official.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace homeward {

class ChangeNotifier;

// Reads and writes exchanges. Every write needs a signed-in official who may
// manage exchanges (Action::ManageExchanges, read from the database inside
// the write's own transaction; refused without one: `actor` null or not
// signed in); it runs in one transaction, appends its audit rows in it on
// behalf of `*actor` and is announced through the notifier after it commits.
// Reads are open to anyone.
class ExchangeRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ExchangeRepository)

public:
    ExchangeRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor = nullptr);

    Result<qint64> create(const Exchange &exchange);
    // Refused, with StaleEdit's message and Error::stale, when the stored
    // row_version is no longer exchange.rowVersion (changed meanwhile).
    Status update(const Exchange &exchange);
    Result<Exchange> get(qint64 id) const;
    Result<QList<Exchange>> list() const;  // by title
    // Removes the exchange with all its batches, their lists and the persons
    // listed in no other batch, in one transaction. Audit rows: one per
    // listing (see unlisted::deleteUnlisted), one per batch, one for the exchange.
    Status remove(qint64 id);

private:
    Actor actor() const { return m_actor ? *m_actor : Actor(); }

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    const Actor *m_actor;
};

} // namespace homeward
