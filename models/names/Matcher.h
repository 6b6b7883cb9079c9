#pragma once

#include "FieldComparison.h"

#include "domain/PartialDate.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace homeward::names {

// The details of one person the matcher compares: a registry record or a
// person of a list. Built from a Person or an interchange CSV row.
struct MatchRecord final {
    QString recordId;  // the interchange record_id (registry: its key)
    QString surname;
    QString givenName;
    QString patronymic;
    PartialDate birthDate;
    QChar sex;  // 'M', 'F' or null when unknown
    QString serviceNumber;
    QString documentNumber;
    QString birthPlace;
};

enum class Verdict { Match, Probable, Ambiguous, None };
QString toCode(Verdict verdict);  // "match", "probable", "ambiguous", "none" (the CSV contract)
QString label(Verdict verdict);   // translated

// One field where a candidate differs from the person, with the reason.
struct FieldDifference final {
    QString field;   // interchange column name: "surname", "birth_date" …
    QString reason;  // translated, one sentence
    // Translated, a few words with the two values: "Russian form (Александр / Олександр)"; what discrepancies()
    // joins.
    QString summary;
};

struct Candidate final {
    qsizetype registryIndex = -1;  // position in the RegistryIndex
    QString recordId;
    double score = 0.0;  // 0–1
    NameComparison surname;
    NameComparison givenName;
    NameComparison patronymic;
    DateComparison birthDate;
    QList<FieldDifference> differences;  // empty when every field agrees exactly
};

struct MatchResult final {
    Verdict verdict = Verdict::None;
    QList<Candidate> candidates;  // best first, at most a handful; empty for none
    double score() const { return candidates.isEmpty() ? 0.0 : candidates.constFirst().score; }
    // Short readable summary of the best candidate's differences ("" when none differ).
    QString discrepancies() const;
};

// The registry, indexed for matching: built once (add … then finish()),
// then read-only; match() may run from several threads at once.
class RegistryIndex final {
public:
    RegistryIndex();
    ~RegistryIndex();
    RegistryIndex(RegistryIndex &&) noexcept;
    RegistryIndex &operator=(RegistryIndex &&) noexcept;

    void reserve(qsizetype records);
    void add(const MatchRecord &record);
    void finish();  // surname frequencies and anything built over all records

    qsizetype size() const;
    MatchRecord record(qsizetype index) const;
    qsizetype memoryBytes() const;  // an estimate of what the index holds (strings, records, hash indexes, keys)

    MatchResult match(const MatchRecord &person) const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

// Matches every person, in parallel, keeping the input order. `progress`
// (may be empty) is called with the number done; returning false cancels
// (then the result is shorter than the input).
// Two worker threads; `progress` is called on the calling thread (so it may
// update a progress bar and process events) after every few persons, at
// least every 50 ms, and with the total at the end. On cancel the result holds the persons matched without a gap from
// the start.
QList<MatchResult> matchAll(const RegistryIndex &index, const QList<MatchRecord> &persons,
                            const std::function<bool(qsizetype done)> &progress = {});

} // namespace homeward::names
