#include "AuditJson.h"

#include "ReadCheck.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace homeward::auditjson {

QJsonValue fromSql(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

Result<QList<QJsonObject>> storedRows(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = sql::run(db, statement, values);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    const QSqlRecord record = q.record();
    QList<QJsonObject> rows;
    while (q.next()) {
        QJsonObject object;
        for (int i = 0; i < record.count(); ++i)
            object.insert(record.fieldName(i), fromSql(q.value(i)));
        rows << object;
    }
    // Half the rows (or none, for storedRow) would be written to the trail as what was stored.
    if (Status read = sql::readToEnd(
            q, QCoreApplication::translate("homeward::AuditJson", "The stored record could not be read"));
        !read)
        return read.error();
    return rows;
}

Result<QJsonObject> storedRow(const QSqlDatabase &db, const QString &table, qint64 id)
{
    auto rows = storedRows(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (!rows)
        return rows.error();
    return rows.value().isEmpty() ? QJsonObject() : rows.value().constFirst();
}

} // namespace homeward::auditjson
