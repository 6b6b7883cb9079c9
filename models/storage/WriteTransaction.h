#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace homeward {

// The one way to write: BEGIN IMMEDIATE on construction (so a second writer
// waits on the busy timeout instead of failing half-way), COMMIT on
// commit(), ROLLBACK when it goes out of scope uncommitted, including by an
// exception. Check began() (or status()) before writing. On PostgreSQL:
// BEGIN, then the audit chain's advisory lock, so that writers take turns as
// on SQLite (lock_timeout, like the busy timeout, ends a long wait).
class WriteTransaction final {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool began() const { return m_began.ok(); }
    const Status &status() const { return m_began; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_began;
    bool m_open = false;
};

} // namespace homeward
