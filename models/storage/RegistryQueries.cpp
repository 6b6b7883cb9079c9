#include "RegistryQueries.h"

#include "Sql.h"

#include <QSqlQuery>

namespace homeward {

RegistryQueries::RegistryQueries(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<RegistryRecord>> RegistryQueries::recordWhere(const QString &condition,
                                                                   const QVariant &value) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, record_id, surname, given_name, patronymic, birth_date, sex, "
                                         "category, rank, unit, service_number, document_number, birth_place, "
                                         "region, notes FROM registry_person WHERE %1")
                              .arg(condition),
                          {value});
    if (!query)
        return Error{tr("The registry could not be read"), query.error().detail};
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<RegistryRecord>();
    RegistryRecord r;
    r.id = q.value(0).toLongLong();
    r.recordId = q.value(1).toString();
    r.surname = q.value(2).toString();
    r.givenName = q.value(3).toString();
    r.patronymic = q.value(4).toString();
    r.birthDate = PartialDate::fromIso(q.value(5).toString()).value_or(PartialDate());
    r.sex = q.value(6).toString();
    r.category = q.value(7).toString();
    r.rank = q.value(8).toString();
    r.unit = q.value(9).toString();
    r.serviceNumber = q.value(10).toString();
    r.documentNumber = q.value(11).toString();
    r.birthPlace = q.value(12).toString();
    r.region = q.value(13).toString();
    r.notes = q.value(14).toString();
    return std::optional<RegistryRecord>(r);
}

Result<std::optional<RegistryRecord>> RegistryQueries::recordById(const QString &recordId) const
{
    return recordWhere(QStringLiteral("record_id = ?"), recordId);
}

Result<std::optional<RegistryRecord>> RegistryQueries::recordByRowId(qint64 id) const
{
    return recordWhere(QStringLiteral("id = ?"), id);
}

Result<qint64> RegistryQueries::generation() const
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM registry_import"));
    if (!value)
        return Error{tr("The registry could not be read"), value.error().detail};
    return value.value().toLongLong();
}

} // namespace homeward
