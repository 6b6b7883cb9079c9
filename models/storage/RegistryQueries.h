#pragma once

#include "Result.h"

#include "domain/PartialDate.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace homeward {

// One registry record with every interchange field, for display next to a
// person (sex and category empty when the registry does not know them).
struct RegistryRecord final {
    qint64 id = 0; // registry_person.id
    QString recordId;
    QString surname;
    QString givenName;
    QString patronymic;
    PartialDate birthDate;
    QString sex;      // "M", "F" or empty
    QString category; // "serviceman", "civilian" or empty
    QString rank;
    QString unit;
    QString serviceNumber;
    QString documentNumber;
    QString birthPlace;
    QString region;
    QString notes;
};

// Read-only questions about the registry (schema 6) for the views.
class RegistryQueries final {
    Q_DECLARE_TR_FUNCTIONS(homeward::RegistryQueries)

public:
    explicit RegistryQueries(QSqlDatabase db);

    // Empty when no record has this record_id.
    Result<std::optional<RegistryRecord>> recordById(const QString &recordId) const;
    Result<std::optional<RegistryRecord>> recordByRowId(qint64 id) const;
    // Changes whenever an import writes to the registry (the newest import's id; 0 when never imported).
    Result<qint64> generation() const;

private:
    Result<std::optional<RegistryRecord>> recordWhere(const QString &condition, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace homeward
