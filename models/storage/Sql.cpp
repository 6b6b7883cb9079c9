#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlError>

namespace homeward::sql {
namespace {

// The failed queries of PostgreSQL connections, by connection name (see releaseFailed()).
struct FailedQueries final {
    QMutex mutex;
    QHash<QString, QList<QSqlQuery>> byConnection;
};

FailedQueries &failedQueries()
{
    static FailedQueries kept;
    return kept;
}

Error keepFailed(const QSqlDatabase &db, QSqlQuery &query, Error error)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        FailedQueries &kept = failedQueries();
        const QMutexLocker lock(&kept.mutex);
        kept.byConnection[db.connectionName()].append(std::move(query));
    }
    return error;
}

} // namespace

void releaseFailed(const QSqlDatabase &db)
{
    QList<QSqlQuery> released;
    {
        FailedQueries &kept = failedQueries();
        const QMutexLocker lock(&kept.mutex);
        released = kept.byConnection.take(db.connectionName());
    }
    // Destroyed here, outside the lock: each frees its prepared statement on the server.
}

int failedKept(const QSqlDatabase &db)
{
    FailedQueries &kept = failedQueries();
    const QMutexLocker lock(&kept.mutex);
    return int(kept.byConnection.value(db.connectionName()).size());
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return keepFailed(
            db, query,
            Error{QCoreApplication::translate("homeward::sql", "The database could not prepare a statement"),
                  query.lastError().text()});
    for (const QVariant &value : values) {
        // Qt binds a null QString as NULL; an empty detail is stored as ''.
        // Only an invalid QVariant (nullIfEmpty, dateOrNull) means NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return keepFailed(db, query,
                          Error{QCoreApplication::translate("homeward::sql", "The database refused a statement"),
                                query.lastError().text()});
    return query;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return run(db, statement, QVariantList(values));
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    if (!query.value().next()) {
        // No row, or reading it failed (the first row is read by exec(), so this is rare).
        if (query.value().lastError().isValid())
            return Error{QCoreApplication::translate("homeward::sql", "The database could not read a row"),
                         query.value().lastError().text()};
        return Error{QCoreApplication::translate("homeward::sql", "The database returned no row"), statement};
    }
    return query.value().value(0);
}

Result<qint64> returnedId(QSqlQuery &query)
{
    if (!query.next()) {
        const QSqlError error = query.lastError();
        query.finish();
        if (error.isValid())
            return Error{QCoreApplication::translate("homeward::sql", "The database could not read a row"),
                         error.text()};
        return Error{QCoreApplication::translate("homeward::sql", "The database returned no row"), query.lastQuery()};
    }
    bool ok = false;
    const qint64 id = query.value(0).toLongLong(&ok);
    query.finish();
    if (!ok || id <= 0)
        return Error{QCoreApplication::translate("homeward::sql", "The database returned no id for a new row"),
                     query.lastQuery()};
    return id;
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    return returnedId(query.value());
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &statement,
                                 std::initializer_list<QVariant> values)
{
    return insertReturningId(db, statement, QVariantList(values));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return keepFailed(db, query,
                          Error{QCoreApplication::translate("homeward::sql", "The database refused a statement"),
                                query.lastError().text()});
    return query;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace homeward::sql
