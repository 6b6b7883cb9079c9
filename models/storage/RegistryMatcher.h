#pragma once

#include "Result.h"

#include "domain/Enums.h"
#include "domain/Person.h"
#include "names/Matcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace homeward {

class Store;

// Another listing that looks like the same person: same surname comparison
// key, same given name (GivenNames id, or its comparison key when the table
// does not know it) and the same birth date text. Listings of cancelled
// batches and withdrawn listings do not count (nobody was handed over).
struct DuplicateFlag final {
    enum class Kind {
        ListedTwice, // another person of the same batch
        OtherBatch,  // listed in another batch, of this or any other exchange, completed ones included
    };
    Kind kind = Kind::ListedTwice;
    qint64 personId = 0; // the other listing's person (the same id when one record is listed twice)
    qint64 batchId = 0;
    int batchSequence = 0;
    int position = 0; // No. in that batch's list
    qint64 exchangeId = 0;
    QString exchangeTitle;
    BatchStatus batchStatus = BatchStatus::Draft;
    // Translated: "also No. 12 of this batch", "already No. 3 in batch 2 of exchange “…” (completed)".
    QString text() const;
};

// One person of a batch matched against the registry.
struct PersonMatch final {
    qint64 personId = 0;
    int position = 0;
    names::MatchRecord record; // the person as compared (recordId "person-<id>" when they have none)
    names::MatchResult result;
    QList<names::MatchRecord> candidateRecords; // the registry's details of result.candidates, in their order
    QList<DuplicateFlag> duplicates;
    // How far the best candidate leads the next (the best score when alone, 0 without candidates).
    double margin() const;
};

struct BatchMatch final {
    QList<PersonMatch> persons; // by list position; shorter than the list when cancelled
    bool cancelled = false;
};

// The registry of the open database, loaded into a names::RegistryIndex on
// first use and loaded again when an import has written to it since (the
// newest registry_import and registry_person ids tell). Matching reads the
// index only; a load reads the whole registry (a million records take
// seconds, so views pass a progress callback).
// Also flags persons listed twice, in one batch or in several, from an
// in-memory index of every listing, rebuilt when the persons change.
class RegistryMatcher final : public QObject {
    Q_OBJECT
public:
    explicit RegistryMatcher(QSqlDatabase db, QObject *parent = nullptr);

    // The one matcher of a store (made on first use, a child of the store's notifier, dropped with the store).
    static RegistryMatcher &of(Store &store);

    // Returns false to cancel.
    using LoadProgress = std::function<bool(qint64 loaded, qint64 total)>;
    using MatchProgress = std::function<bool(qsizetype done, qsizetype total)>;

    // Whether the next match would load the registry first (never loaded, or imported to since).
    Result<bool> needsLoading() const;
    // Loads the registry when needsLoading(); a cancel or failure keeps the previous index.
    Status ensureLoaded(const LoadProgress &progress = {});
    // Records in the loaded index (0 before the first load).
    qsizetype loadedSize() const { return m_index.size(); }
    const names::RegistryIndex &index() const { return m_index; }

    // Loads when needed, then matches. An empty registry gives verdict none.
    Result<names::MatchResult> matchPerson(const Person &person);
    // Every person listed (not withdrawn) in the batch, by position, with their duplicate flags.
    Result<BatchMatch> matchBatch(qint64 batchId, const MatchProgress &progress = {});
    // The other listings that look like `person` (stored as `personId`, 0 when new) of batch `batchId`.
    Result<QList<DuplicateFlag>> duplicatesOf(const Person &person, qint64 personId, qint64 batchId);

    static names::MatchRecord toMatchRecord(const Person &person);
    // The key the duplicate flags compare; empty when the surname has no letters.
    static QString duplicateKey(const QString &surname, const QString &givenName, const QString &birthDateIso);

public Q_SLOTS:
    // The persons changed: the duplicate index is rebuilt on its next use.
    void invalidateDuplicates() { m_listingsStale = true; }

private:
    struct Listing {
        qint64 personId = 0;
        qint64 batchId = 0;
        int batchSequence = 0;
        int position = 0;
        qint64 exchangeId = 0;
        QString exchangeTitle;
        BatchStatus batchStatus = BatchStatus::Draft;
    };
    struct Generation {
        qint64 lastImport = -1;
        qint64 lastRecord = -1;
        bool operator==(const Generation &) const = default;
    };
    Result<Generation> generation() const;
    Status ensureListings();
    QList<DuplicateFlag> flagsFor(const QString &key, qint64 personId, qint64 batchId) const;

    QSqlDatabase m_db;
    names::RegistryIndex m_index;
    Generation m_loaded;
    bool m_everLoaded = false;
    QHash<QString, QList<Listing>> m_listings; // duplicateKey → listings
    bool m_listingsStale = true;
};

} // namespace homeward
