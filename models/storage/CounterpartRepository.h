#pragma once

#include "Result.h"
#include "StaleEdit.h"

#include "domain/Official.h"
#include "io/InterchangeCsv.h"
#include "names/Reconciler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace homeward {

// One imported counterpart list of a batch (schema 9).
struct CounterpartList final {
    qint64 id = 0;
    qint64 batchId = 0;
    QString fileName;     // the file's name, without folders
    QString sha256;       // of the file's bytes, hex (64)
    QDateTime importedAt; // UTC
    qint64 importedBy = 0;
    QString importedByName; // full name
    int rowCount = 0;
};

// The other side's list of a batch, kept as its own record (never merged
// into our persons), and the official's resolutions of the differences
// found by reconciling it with our list (names/Reconciler).
//
// Every import is kept: the newest list of a batch is its current one; the
// older ones stay as history. Imports and resolutions are allowed while the
// batch is draft, in verification or verified, and refused once it is
// confirmed, completed or cancelled (also by the schema 9 triggers).
// Writes take the actor explicitly, check Authorisation in their own
// transaction and append one audit row in it:
//   import:    Action::EnterPersons; entity "counterpart_list", action
//              "import", after {batch_id, file, sha256, rows}.
//   resolve:   Action::EnterPersons or Action::VerifyDetails; entity
//              "reconciliation_resolution", action "resolve" (first time) or
//              "update" (a new note or new values), after {batch_id, key,
//              ours_value, theirs_value, note}.
//   unresolve: the same roles; action "unresolve", before = the resolution.
// Resolve and unresolve take the resolution of the key as the official saw it
// (SeenRow: its id and row_version, or none): when the stored one is another
// (written, changed or withdrawn by another desk since), the write is refused
// through StaleEdit (Record::Resolution) and nothing is stored.
// Reads need no official.
class CounterpartRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::CounterpartRepository)

public:
    explicit CounterpartRepository(QSqlDatabase db);

    // Stores `rows` (already read and checked, e.g. by InterchangeCsv::read)
    // as the batch's new current list, all in one transaction: every row or
    // none. Refused: no rows, a record_id empty or given twice, a batch that
    // does not exist or is confirmed, completed or cancelled. `fileSha256` is
    // the hex SHA-256 of the file's bytes. Returns the list's id.
    Result<qint64> importList(qint64 batchId, const QString &fileName, const QString &fileSha256,
                              const QList<InterchangeRow> &rows, const Actor &actor);

    // The lists of a batch, newest (current) first.
    Result<QList<CounterpartList>> lists(qint64 batchId) const;
    // The current list, or nullopt when none was imported.
    Result<std::optional<CounterpartList>> currentList(qint64 batchId) const;
    // The rows of a list in file order (line, record_id, the interchange fields, sexKnown/categoryKnown).
    Result<QList<InterchangeRow>> rows(qint64 listId) const;
    // The rows of the current list (empty when none was imported).
    Result<QList<InterchangeRow>> currentListRows(qint64 batchId) const;

    // Marks an item resolved with a note (required, trimmed), for the values
    // shown now. Resolving again replaces the note and the values. `seen`:
    // the stored resolution of the key the official saw (ResolutionState's
    // rowId and rowVersion; none when there was none).
    Status resolve(qint64 batchId, const QString &key, const QString &oursValue, const QString &theirsValue,
                   const QString &note, const SeenRow &seen, const Actor &actor);
    // Takes the resolution `seen` back; refused when there is none.
    Status unresolve(qint64 batchId, const QString &key, const SeenRow &seen, const Actor &actor);
    Result<QList<ReconciliationResolution>> resolutions(qint64 batchId) const;

    // Our persons of the batch: listed, not withdrawn, by position.
    Result<QList<OurPerson>> ourPersons(qint64 batchId) const;
    // Our list, the current counterpart list, the plan and the resolutions,
    // reconciled. Refused when no counterpart list was imported for the batch.
    Result<Reconciliation> reconcile(qint64 batchId) const;

    // Whether the batch's status allows imports and resolutions (draft, in verification, verified).
    Result<bool> batchOpenForReconciliation(qint64 batchId) const;

private:
    Status requireOpenBatch(qint64 batchId) const;
    // The stored resolution of `key` (in the writing transaction), and the refusal when it is not the one seen.
    Result<std::optional<ReconciliationResolution>> storedResolution(qint64 batchId, const QString &key) const;
    Status requireSeen(const std::optional<ReconciliationResolution> &stored, const SeenRow &seen) const;

    QSqlDatabase m_db;
};

} // namespace homeward
