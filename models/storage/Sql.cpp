#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>

namespace homeward::sql {

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Error{QCoreApplication::translate("homeward::sql", "The database could not prepare a statement"),
                     query.lastError().text()};
    for (const QVariant &value : values) {
        // Qt binds a null QString as NULL; an empty detail is stored as ''.
        // Only an invalid QVariant (nullIfEmpty, dateOrNull) means NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return Error{QCoreApplication::translate("homeward::sql", "The database refused a statement"),
                     query.lastError().text()};
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
