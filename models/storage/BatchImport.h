#pragma once

#include "Result.h"

#include "domain/Official.h"
#include "io/ListReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace homeward {

class ChangeNotifier;

// What to do with a row that repeats a person (see BatchDuplicate).
enum class DuplicateDecision {
    Refuse,   // a problem (kind Duplicate): nothing is imported until it is resolved
    Skip,     // the row is not imported
    KeepBoth, // the row is imported as a person of its own
};

// A row of the list that repeats a person: one already listed in the batch
// (existingPersonId set), or an earlier row of the same list (earlierLine
// set). Same person means: the same surname and given name by
// names::comparisonKey (so Гнатюк and Hnatiuk meet) and the same date of
// birth (both empty counts as the same).
struct BatchDuplicate final {
    qint64 line = 0; // the row of the list
    Person person;   // as read from that row
    qint64 existingPersonId = 0;
    QString existingText; // "Surname Given Patronymic, 01.02.1990" of the stored person
    qint64 earlierLine = 0;
    DuplicateDecision decision = DuplicateDecision::Refuse; // as applied
};

struct BatchImportOptions final {
    ListOptions list; // list.target is set to Batch
    // The official's decision per duplicate row (by its line); rows not in
    // it get `otherDuplicates`.
    QHash<qint64, DuplicateDecision> decisions;
    DuplicateDecision otherDuplicates = DuplicateDecision::Refuse;
};

struct BatchImportProgress final {
    enum class Phase { Checking, Writing };
    Phase phase = Phase::Checking;
    ListProgress list;
};

struct BatchImportOutcome final {
    // A failure not tied to a row: permission, the batch, the file, the
    // database. Nothing was written.
    std::optional<Error> error;
    bool cancelled = false;
    // Row problems (file order, at most ListReader::kMaxProblemsKept), the
    // Refuse duplicates among them; nothing was written when there is any.
    QList<ListProblem> problems;
    qint64 problemCount = 0;
    QList<BatchDuplicate> duplicates; // every duplicate found, with the decision applied
    DetectedFormat format;
    HeaderMapping mapping;

    qint64 rows = 0;    // valid rows in the file
    qint64 added = 0;   // persons added (import) or to be added (check)
    qint64 skipped = 0; // duplicates skipped
    QString sha256;     // of the file, hex

    bool ok() const { return !error && !cancelled && problemCount == 0; }
};

// Imports a list (ListReader: CSV in any supported encoding/delimiter, or
// XLSX) into a batch: every row becomes a new person listed at the end of
// the batch, in one transaction, or nothing is written.
class BatchImport final {
    Q_DECLARE_TR_FUNCTIONS(homeward::BatchImport)

public:
    explicit BatchImport(QSqlDatabase db, ChangeNotifier *notifier = nullptr);

    using Progress = std::function<bool(const BatchImportProgress &progress)>; // false cancels

    // Reads the whole list and checks it: every row (ListReader) and every
    // duplicate against the batch's listed persons and earlier rows. Writes
    // nothing and needs no permission; a command checks before it asks for
    // a password, the wizard for its validation page.
    BatchImportOutcome check(const QString &path, qint64 batchId, const BatchImportOptions &options,
                             const Progress &progress = {}) const;

    // check(), then, when it is clean, a second pass that adds every row in
    // one transaction: person and batch_member rows, one audit row
    // ("create", as PersonRepository::addToBatch writes) per person and one
    // audit row for the import (entity "batch", action "import", after =
    // {file, sha256, format, rows, added, skipped}). `actor` needs
    // Action::EnterPersons; the batch must be a draft. The file must be the
    // same in both passes (SHA-256). A failure or a cancel rolls all back.
    BatchImportOutcome importList(const QString &path, qint64 batchId, const Actor &actor,
                                  const BatchImportOptions &options, const Progress &progress = {});

private:
    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
};

} // namespace homeward
