#pragma once

#include "Result.h"

#include <QCoreApplication>
#include "domain/Exchange.h"

#include <QList>
#include <QSqlDatabase>

namespace homeward {

class ChangeNotifier;

// Reads and writes exchanges. Writes run in one transaction each and are
// announced through the notifier after they commit.
class ExchangeRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ExchangeRepository)

public:
    ExchangeRepository(QSqlDatabase db, ChangeNotifier *notifier);

    Result<qint64> create(const Exchange &exchange);
    Status update(const Exchange &exchange);
    Result<Exchange> get(qint64 id) const;
    Result<QList<Exchange>> list() const;  // by title
    // Removes the exchange with all its batches, their lists and the persons
    // listed in no other batch, in one transaction.
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
};

} // namespace homeward
