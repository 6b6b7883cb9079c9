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
    m_utf8.assign(std::size_t(sqlite3_bind_parameter_count(m_statement)), QByteArray());
    return {};
}

void BulkStatement::bindText(int index, const QString &value)
{
    if (!m_statement) {
        m_query.bindValue(index, value.isNull() ? QString(QLatin1String("")) : value);
        return;
    }
    QByteArray &buffer = m_utf8[std::size_t(index)];
    const qsizetype room = m_encoder.requiredSpace(value.size());
    if (buffer.size() < room)
        buffer.resize(room);
    char *const begin = buffer.data();
    char *const end = m_encoder.appendToBuffer(begin, value);
    // A valid pointer with length 0 is '' rather than NULL. The buffer stays as it is until this parameter is bound
    // again, after exec().
    sqlite3_bind_text(m_statement, index + 1, begin, int(end - begin), SQLITE_STATIC);
}

void BulkStatement::bindUtf8(int index, QByteArrayView utf8)
{
    if (!m_statement) {
        m_query.bindValue(index, QString::fromUtf8(utf8));
        return;
    }
    // A null pointer would bind NULL: an empty view binds ''.
    static const char empty = 0;
    sqlite3_bind_text(m_statement, index + 1, utf8.isEmpty() ? &empty : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
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
