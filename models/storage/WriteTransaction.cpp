#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace homeward {
namespace {

QString beginStatement(const QSqlDatabase &db)
{
    // SQLite: take the write lock now. PostgreSQL has no IMMEDIATE.
    return db.driverName() == QLatin1String("QSQLITE") ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (!query.exec(beginStatement(m_db))) {
        m_began = Status::failure(QCoreApplication::translate("homeward::WriteTransaction",
                                                              "The database is busy or cannot start a change"),
                                  query.lastError().text());
        return;
    }
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_began.ok() ? Status::failure(QCoreApplication::translate("homeward::WriteTransaction",
                                                                          "The change was already finished"))
                            : m_began;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString detail = query.lastError().text();
        rollback();
        return Status::failure(QCoreApplication::translate("homeward::WriteTransaction",
                                                           "The change could not be saved and was undone"),
                               detail);
    }
    m_open = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_db);
    // If even ROLLBACK fails the connection is broken; SQLite then drops the
    // open transaction itself, so nothing half-written can be committed.
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qWarning("homeward: ROLLBACK failed: %s", qPrintable(query.lastError().text()));
}

} // namespace homeward
