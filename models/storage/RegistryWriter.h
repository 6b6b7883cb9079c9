#pragma once

#include "BulkStatement.h"
#include "Result.h"
#include "WriteTransaction.h"

#include "domain/Official.h"
#include "io/InterchangeCsv.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace homeward {

// A valid row of a list made ready for the registry on the thread that read
// it (ReadAhead's worker): the values in UTF-8, what SQLite stores, so the
// writing thread only binds them; all in one buffer, one allocation a row.
struct RegistryRow final {
    static constexpr int kColumns = InterchangeCsv::kColumnCount;
    qint64 line = 0;
    int recordIdColumn = 1;
    QString recordId;
    // The interchange columns in order: column c is utf8[ends[c-1], ends[c]).
    // birth_date, sex and category are NULL when empty (unknown), the other
    // texts '' .
    QByteArray utf8;
    std::array<int, kColumns> ends{};
    std::array<bool, kColumns> null{};

    static RegistryRow from(const InterchangeRow &row);
    int begin(int column) const { return column == 0 ? 0 : ends[std::size_t(column - 1)]; }
};

// The write side of a registry import, shared by the interchange CSV
// (RegistryRepository::importCsv) and every other list (RegistryListImport):
// one transaction, one prepared insert, each valid row written as the file
// is read. A row whose record_id is already stored is refused (or, with
// `replace`, overwrites the stored record). finish() adds the
// registry_import row (file, SHA-256, counts) and the audit row and commits;
// anything else (a problem in the file, a failure, a cancel, the writer
// destroyed unfinished) rolls everything back. On PostgreSQL the rows wait in
// a temporary table with registry_person's checks until finish() (its foreign
// key to the import log is checked at once there, not at COMMIT).
//
// On SQLite, dirty pages stay in memory until COMMIT (no cache spill): a
// refused or cancelled import must not leave even rolled-back pages in the
// write-ahead log, whose bytes stay as they were. That costs memory while an
// import runs, about 250 bytes a row; the cache may grow as large, so that
// the few clean pages every row reads (the import log's, the
// person_registry_link index's) are not evicted and read again for each
// row. Both settings are restored after the rollback or commit.
class RegistryWriter final {
    Q_DECLARE_TR_FUNCTIONS(homeward::RegistryWriter)

public:
    explicit RegistryWriter(QSqlDatabase db);
    ~RegistryWriter();
    RegistryWriter(const RegistryWriter &) = delete;
    RegistryWriter &operator=(const RegistryWriter &) = delete;

    // Checks the permission (Action::ImportRegistry), loads the stored
    // record ids, begins the transaction and prepares the insert.
    Status begin(const Actor &actor, bool replace);

    enum class Added {
        Written,
        AlreadyStored, // its record_id is in the registry and `replace` is off (see alreadyStoredText)
        Failed,        // the database refused it: see error()
        NotWritten,    // after Failed or AlreadyStored: the import will be rolled back
    };
    // Writes one valid row. After Failed or a first AlreadyStored nothing
    // more is written, but the caller reads on to report every problem.
    Added add(const RegistryRow &row);
    const std::optional<Error> &error() const { return m_error; }
    qint64 replaced() const { return m_replaced; }
    qint64 written() const { return m_written; }

    // Records the import and commits: `rows` valid rows were read from
    // `fileName` (shown by name only) whose bytes hash to `sha256`. Returns
    // the registry_import id.
    Result<qint64> finish(const QString &fileName, const QString &sha256, qint64 rows);

    static QString alreadyStoredText(const QString &recordId);

private:
    // PostgreSQL: rows sent to the server in one statement (a round trip per row would be most of an import).
    static constexpr int kChunkRows = 1000;

    void restoreCache();
    void bindRow(BulkStatement &insert, const RegistryRow &row, int first) const;
    // Writes one row, or the rows waiting in m_chunk; false with m_error set when refused.
    bool writeRow(const RegistryRow &row);
    bool writeChunk();
    QByteArray chunkJson() const;

    QSqlDatabase m_db;
    Actor m_actor;
    bool m_replace = false;
    QSet<QString> m_stored;
    std::unique_ptr<WriteTransaction> m_transaction;
    std::unique_ptr<BulkStatement> m_insert;
    std::unique_ptr<BulkStatement> m_chunkInsert; // PostgreSQL: kChunkRows rows at once
    std::vector<RegistryRow> m_chunk;             // PostgreSQL: rows not yet sent
    std::optional<qint64> m_previousCacheSize;    // set while the cache settings are changed
    qint64 m_importId = 0;
    bool m_pending = false; // PostgreSQL: the rows wait in a temporary table until finish()
    QString m_now;
    qint64 m_replaced = 0;
    qint64 m_written = 0;
    bool m_stopped = false;
    std::optional<Error> m_error;
};

} // namespace homeward
