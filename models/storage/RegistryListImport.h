#pragma once

#include "RegistryRepository.h"

#include "domain/Official.h"
#include "io/ListReader.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace homeward {

struct RegistryListOptions final {
    ListOptions list;     // list.target is set to Registry
    bool replace = false; // as RegistryImportOptions::replace
};

struct RegistryListOutcome final {
    std::optional<Error> error; // not tied to a row; nothing written
    bool cancelled = false;
    QList<ListProblem> problems; // lines and columns of the list itself
    qint64 problemCount = 0;
    DetectedFormat format;
    HeaderMapping mapping;
    qint64 rows = 0;
    qint64 inserted = 0;
    qint64 replaced = 0;
    qint64 importId = 0; // import only
    bool ok() const { return !error && !cancelled && problemCount == 0; }
};

// Imports any list ListReader reads into the registry, all or nothing:
// one pass in one transaction through RegistryWriter (as the interchange
// CSV's RegistryRepository::importCsv). The import's record names the list
// file and the SHA-256 of its bytes. A record_id already in the registry is
// a problem of kind Duplicate on the list's own line and column (unless
// `replace`).
class RegistryListImport final {
    Q_DECLARE_TR_FUNCTIONS(homeward::RegistryListImport)

public:
    explicit RegistryListImport(QSqlDatabase db);

    // Percent-free progress: reading the list, then RegistryRepository's.
    using Progress = std::function<bool(const ListProgress &progress)>; // false cancels

    RegistryListOutcome check(const QString &path, const RegistryListOptions &options,
                              const Progress &progress = {}) const;
    RegistryListOutcome importList(const QString &path, const Actor &actor, const RegistryListOptions &options,
                                   const Progress &progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace homeward
