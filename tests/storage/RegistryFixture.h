#pragma once

// Registry records for tests, stored with plain SQL as an import would store
// them (one registry_import row, then the records), so that tests of
// matching and linking do not depend on the CSV importer. Usable from any
// test folder: #include "storage/RegistryFixture.h".

#include "storage/Result.h"
#include "storage/Sql.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace homeward::testing {

struct RegistryEntry final {
    QString recordId;
    QString surname;
    QString givenName;
    QString patronymic;
    QString birthDate; // ISO, may be partial or empty
    QString sex = QStringLiteral("M");
};

// Stores `entries` as one import by `officialId`; returns the import's id.
inline Result<qint64> addRegistryRecords(const QSqlDatabase &db, qint64 officialId, const QList<RegistryEntry> &entries)
{
    const QString now = sql::nowStamp();
    auto import =
        sql::insertReturningId(db,
                               QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, "
                                              "rows_read, rows_inserted, rows_replaced, imported_by, "
                                              "imported_at) VALUES ('test.csv', ?, ?, ?, 0, ?, ?) "
                                              "RETURNING id"),
                               {QString(64, QLatin1Char('0')), entries.size(), entries.size(), officialId, now});
    if (!import)
        return import.error();
    const qint64 importId = import.value();
    for (const RegistryEntry &e : entries) {
        auto row = sql::run(db,
                            QStringLiteral("INSERT INTO registry_person (record_id, surname, given_name, patronymic, "
                                           "birth_date, sex, import_id, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {e.recordId, e.surname, e.givenName, e.patronymic, sql::nullIfEmpty(e.birthDate),
                             sql::nullIfEmpty(e.sex), importId, now, now});
        if (!row)
            return row.error();
    }
    return importId;
}

} // namespace homeward::testing
