#include "WriteTransaction.h"

#include "AuditLog.h"
#include "Sql.h"

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

// SQLite's primary result codes for a full disk and a failed read, write or
// sync (Qt gives the code as text; masked in case extended codes are on).
constexpr int kSqliteIoError = 10;
constexpr int kSqliteFull = 13;

int sqliteCode(const QSqlDatabase &db, const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return db.driverName() == QLatin1String("QSQLITE") && isNumber ? code & 0xff : 0;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (!query.exec(beginStatement(m_db))) {
        const QSqlError error = query.lastError();
        // "Busy" would send the official to wait for a disk that has failed.
        m_began = Status::failure(
            sqliteCode(m_db, error) == kSqliteIoError
                ? QCoreApplication::translate("homeward::WriteTransaction",
                                              "The database file could not be read (input/output error); nothing "
                                              "was changed")
                : QCoreApplication::translate("homeward::WriteTransaction",
                                              "The database is busy or cannot start a change"),
            error.text());
        return;
    }
    m_open = true;
    // PostgreSQL has no BEGIN IMMEDIATE: the same one-writer-at-a-time through the audit chain's
    // advisory lock, held to COMMIT or ROLLBACK. Every read-then-write written for SQLite (a
    // batch's status checked before a change, positions as MAX()+1, the chain's head, the
    // confirmed-batch rules' reads in triggers) stays correct as it stands, and no two writers
    // can deadlock. Every write appends to the chain and so held this lock until COMMIT anyway.
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery lock(m_db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(AuditLog::kChainLockKey))) {
            const QSqlError error = lock.lastError();
            rollback();
            m_began = Status::failure(QCoreApplication::translate("homeward::WriteTransaction",
                                                                  "The database is busy or cannot start a change"),
                                      error.text());
        }
    }
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
        const QSqlError error = query.lastError();
        rollback();
        // The disk's own trouble is named in the official's language: the
        // driver's text after it is English.
        const int code = sqliteCode(m_db, error);
        const QString message =
            code == kSqliteFull
                ? QCoreApplication::translate("homeward::WriteTransaction",
                                              "The disk is full: the change could not be saved and was undone. Free "
                                              "some space on the disk, then try again")
            : code == kSqliteIoError
                ? QCoreApplication::translate("homeward::WriteTransaction",
                                              "The database file could not be written (input/output error): the "
                                              "change could not be saved and was undone")
                : QCoreApplication::translate("homeward::WriteTransaction",
                                              "The change could not be saved and was undone");
        return Status::failure(message, error.text());
    }
    m_open = false;
    sql::releaseFailed(m_db);
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_db);
    // After an I/O error or a full disk SQLite undoes the whole transaction
    // itself, and ROLLBACK then finds none: expected, not worth a warning.
    // If ROLLBACK fails otherwise the connection is broken; SQLite then drops
    // the open transaction itself, so nothing half-written can be committed.
    if (!query.exec(QStringLiteral("ROLLBACK")) &&
        !query.lastError().databaseText().contains(QLatin1String("no transaction is active")))
        qWarning("homeward: ROLLBACK failed: %s", qPrintable(query.lastError().text()));
    // The statements that failed in the aborted transaction can be freed now.
    sql::releaseFailed(m_db);
}

} // namespace homeward
