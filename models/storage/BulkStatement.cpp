#include "BulkStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace homeward {
namespace {

// The driver's sqlite3 connection handle, as Qt documents it for QSQLITE
// (QSqlDriver::handle() holds a "sqlite3*").
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString sqliteError(sqlite3 *handle)
{
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

} // namespace

BulkStatement::BulkStatement(QSqlDatabase db) : m_db(std::move(db)), m_query(m_db), m_handle(sqliteHandle(m_db)) {}

BulkStatement::~BulkStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Status BulkStatement::prepare(const QString &statement)
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    if (!m_handle) {
        if (!m_query.prepare(statement))
            return Status::failure(QString(), m_query.lastError().text());
        return {};
    }
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        const QString error = sqliteError(m_handle);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return Status::failure(QString(), error);
    }
    m_texts.resize(sqlite3_bind_parameter_count(m_statement));
    return {};
}

void BulkStatement::bindText(int index, const QString &value)
{
    if (!m_statement) {
        m_query.bindValue(index, value.isNull() ? QString(QLatin1String("")) : value);
        return;
    }
    QString &kept = m_texts[index];
    kept = value;
    // utf16() of a null or empty string is a valid pointer to an empty text: '' rather than NULL.
    sqlite3_bind_text16(m_statement, index + 1, kept.utf16(), int(kept.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void BulkStatement::bindTextOrNull(int index, const QString &value)
{
    if (value.isEmpty())
        bindNull(index);
    else
        bindText(index, value);
}

void BulkStatement::bindInteger(int index, qint64 value)
{
    if (!m_statement) {
        m_query.bindValue(index, value);
        return;
    }
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void BulkStatement::bindNull(int index)
{
    if (!m_statement) {
        m_query.bindValue(index, QVariant(QMetaType(QMetaType::QString)));
        return;
    }
    sqlite3_bind_null(m_statement, index + 1);
}

Status BulkStatement::exec()
{
    if (!m_statement) {
        if (!m_query.exec())
            return Status::failure(QString(), m_query.lastError().text());
        return {};
    }
    const int stepped = sqlite3_step(m_statement);
    // reset() repeats step()'s error code; the message is read before it.
    const QString error = stepped == SQLITE_DONE ? QString() : sqliteError(m_handle);
    sqlite3_reset(m_statement);
    if (stepped != SQLITE_DONE)
        return Status::failure(QString(), error.isEmpty() ? QString::fromUtf8(sqlite3_errstr(stepped)) : error);
    return {};
}

} // namespace homeward
