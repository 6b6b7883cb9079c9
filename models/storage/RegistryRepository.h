#pragma once

#include "Result.h"

#include "domain/Official.h"
#include "io/InterchangeCsv.h"
#include "names/Matcher.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace homeward {

class RegistryWriter;

struct RegistryImportOptions final {
    // A record_id already in the registry: refused (the default; the
    // problem names the line) or, with `replace`, the stored record is
    // overwritten with the file's details. Records not in the file always
    // stay: an import never deletes.
    bool replace = false;
    InterchangeRules rules; // strict names by default
};

struct RegistryImportProgress final {
    enum class Phase { Checking, Writing };
    Phase phase = Phase::Checking;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

struct RegistryImportOutcome final {
    // A failure not tied to one row: permission, the file, the database,
    // cancel. Nothing was written.
    std::optional<Error> error;
    bool cancelled = false;
    // Row problems (file order, the first InterchangeCsv::kMaxProblemsKept);
    // nothing was written when there is any.
    QList<InterchangeProblem> problems;
    qint64 problemCount = 0;

    // On success:
    qint64 importId = 0; // registry_import.id (import only)
    qint64 rows = 0;
    qint64 inserted = 0;
    qint64 replaced = 0;
    QString sha256; // of the file, hex

    bool ok() const { return !error && !cancelled && problemCount == 0; }
};

// The registry (schema 6): the officials' own list of persons known to be
// held. Imported from the interchange CSV all or nothing; read back row by
// row into the matcher's index.
class RegistryRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::RegistryRepository)

public:
    explicit RegistryRepository(QSqlDatabase db);

    // Returns false to cancel.
    using ImportProgress = std::function<bool(const RegistryImportProgress &progress)>;

    // Imports an interchange CSV file. `actor` must be allowed
    // Action::ImportRegistry (operator or supervisor). One pass over the file
    // in one transaction: every row is checked (format, rules, duplicates in
    // the file and, without `replace`, against the registry) and inserted as
    // it is read, with one prepared statement; the registry_import row
    // (counts, the file's SHA-256) and one audit row (entity "registry",
    // action "import", after = {file, sha256, rows, inserted, replaced}) at
    // the end. Any problem, failure or cancel rolls everything back: the
    // problems are reported as check() reports them. Progress comes in the
    // Writing phase.
    //
    // check() reads the file the same way and writes nothing: it needs no
    // permission, so a command checks a file before it asks for a password.
    RegistryImportOutcome check(const QString &path, const RegistryImportOptions &options = {},
                                const ImportProgress &progress = {}) const;

    RegistryImportOutcome importCsv(const QString &path, const Actor &actor, const RegistryImportOptions &options = {},
                                    const ImportProgress &progress = {});

    Result<qint64> count() const;

    // Adds every registry record to `index` (after reserve()), streaming the
    // rows from the database, then calls index.finish(). `progress` gets the
    // number loaded; false cancels (an error is returned).
    Status loadIndex(names::RegistryIndex &index, const std::function<bool(qint64 loaded)> &progress = {}) const;

    // The persons listed (not withdrawn) in a batch, by list position, as
    // the matcher compares them. recordId is the person's record_id, or
    // "person-<id>" when they have none.
    Result<QList<names::MatchRecord>> personsOfBatch(qint64 batchId) const;

    // Every record_id in the registry (for the duplicate checks of imports).
    Result<QSet<QString>> storedRecordIds() const;

private:
    RegistryImportOutcome readFile(const QString &path, const RegistryImportOptions &options,
                                   RegistryImportProgress::Phase phase, const ImportProgress &progress,
                                   RegistryWriter *writer) const;

    QSqlDatabase m_db;
};

} // namespace homeward
