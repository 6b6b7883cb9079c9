#pragma once

#include "domain/Enums.h"
#include "domain/Person.h"
#include "io/InterchangeCsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace homeward {

// How much a difference between our list and the counterpart's threatens the
// exchange: a wrong surname or birth date may hand over the wrong person; a
// rank written differently does not.
enum class RiskLevel { None = 0, Low = 1, Medium = 2, High = 3 };
QString toCode(RiskLevel risk); // "none", "low", "medium", "high" (the CSV contract)
QString label(RiskLevel risk);  // translated

// One of our persons of the batch: listed, not withdrawn.
struct OurPerson final {
    qint64 personId = 0;
    int position = 0;
    Person person;
};

// What an official wrote when marking a difference resolved. A resolution
// holds for the values it was made for: when the next list (or an edit of
// our person) changes either value, the difference shows again.
struct ReconciliationResolution final {
    qint64 id = 0;
    qint64 batchId = 0;
    QString key; // ReconciliationDifference::key, OnlyTheirs::key, OnlyOurs::key
    QString oursValue;
    QString theirsValue;
    QString note;
    qint64 resolvedBy = 0;
    QString resolvedByName; // full name, for display
    QDateTime resolvedAt;   // UTC
    qint64 rowVersion = 0;  // the row's row_version (schema 11), for a change based on it
};

// The resolution found for one item of a reconciliation (resolved false when none applies).
// The stored row of the item's key (`rowId`, `rowVersion`) is named even when
// it was made for other values and so resolves nothing now: a new resolution
// of the item replaces that row, and must say which version it replaces.
struct ResolutionState final {
    bool resolved = false;
    QString note;
    QString resolvedByName;
    QDateTime resolvedAt;
    qint64 rowId = 0;      // 0: no resolution is stored for the key
    qint64 rowVersion = 0; // its row_version
};

// One field where a matched pair differs.
struct ReconciliationDifference final {
    // Stable codes of the kinds (the report's difference_kind column).
    //   names: look_alike_letters, transliteration, language_variant, typo, similar, different
    //   birth date: day_month_swapped, one_digit, precision, same_year, different
    //   other fields: different, written_differently (numbers equal once spaces, dashes, case are ignored)
    //   any field: missing_theirs (empty on their list), missing_ours (empty on ours)
    QString field; // interchange column name: "surname", "birth_date", "sex" …
    QString ours;  // the value as shown (dates DD.MM.YYYY, sex M/F, category code)
    QString theirs;
    QString kind;
    QString reason; // translated, one sentence
    RiskLevel risk = RiskLevel::Low;
    QString key; // "pair:<our person id>:<their record_id>:<field>"
    ResolutionState resolution;
};

// One of their rows paired with one of our persons.
struct ReconciledPair final {
    OurPerson ours;
    InterchangeRow theirs;
    double score = 0.0;                          // the matcher's score, 0–1
    QList<ReconciliationDifference> differences; // riskiest first, then in the order of the interchange columns
    // The highest risk among the differences still open (None when none is open).
    RiskLevel openRisk() const;
    RiskLevel risk() const; // the highest risk among all differences, resolved or not
    int openCount() const;
};

// A row of their list with none of our persons to pair it with.
struct OnlyTheirs final {
    InterchangeRow row;
    QString key;     // "only-theirs:<record_id>"
    QString summary; // "Surname Given Patronymic, DD.MM.YYYY": what a resolution is made for
    ResolutionState resolution;
};

// One of our persons missing from their list.
struct OnlyOurs final {
    OurPerson person;
    QString key; // "only-ours:<person id>"
    QString summary;
    ResolutionState resolution;
};

// Persons of one category (and sex) on each list, against the plan.
struct CountLine final {
    // serviceman_male, serviceman_female, serviceman_sex_unknown, serviceman,
    // civilian_male, civilian_female, civilian_sex_unknown, civilian,
    // category_unknown, total. The *_sex_unknown and category_unknown lines
    // are there only when their list leaves the sex or the category empty.
    QString code;
    QString label; // translated
    int ours = 0;
    int theirs = 0;
    int planned = -1;     // -1: the plan does not count this line (by sex, unknown)
    bool isTotal = false; // a category's total or the grand total
    bool agrees() const { return ours == theirs && (planned < 0 || ours == planned); }
};

struct Reconciliation final {
    QList<ReconciledPair> pairs;  // riskiest open difference first (see Reconciler)
    QList<OnlyTheirs> onlyTheirs; // in their file's order
    QList<OnlyOurs> onlyOurs;     // by list position
    QList<CountLine> counts;      // in the order of CountLine::code above
    // The second pairing pass was left out: more than Reconciler::kMaxLeftoverComparisons pairs were left
    // after the first (lists that hardly agree). Rows may then be only theirs / only ours although a
    // person with typos in both the surname and the birth date is on the other list; a view says so.
    bool leftoverPassSkipped = false;

    int differenceCount() const; // every difference of every pair
    int openCount() const;       // differences, only-theirs and only-ours not resolved
    bool countsAgree() const;
};

// Reconciles our list of a batch with the counterpart's. Pure: no database.
//  1. Pairing: our persons are indexed as a names::RegistryIndex and each of
//     their rows matched against it (the matcher of the match command:
//     transliteration, look-alike letters, Ukrainian/Russian given names,
//     typos, swapped dates). Every candidate scoring at least kPairThreshold
//     is a possible pair; pairs are then taken best score first, each row and
//     each person at most once (one-to-one). Then every row left is scored
//     against every person left with the matcher's scoring (names/MatchScoring),
//     which finds what the index's keys miss (a typo in both the surname and
//     the birth date), and paired the same way. The rest are only theirs /
//     only ours.
//  2. Differences: every interchange field but record_id and notes is
//     compared; a difference gets a kind, a reason and a risk:
//       high: surname or given name not the same name (typo, similar,
//             different), birth date (swapped, one digit, different), sex,
//             category, service or document number;
//       medium: the same name in another spelling (transliteration,
//             look-alike letters, language variant) of the surname or given
//             name; a patronymic typo; a birth date known to different
//             precision; a birth date or category missing on one side;
//       low: patronymic spelling variants or missing, rank, unit, place of
//            birth, region, numbers written differently, a missing number or sex.
//  3. Order: pairs by their highest open risk, then by the number of open
//     differences at that risk, then the lower score first, then our list
//     position; within a pair the riskiest difference first.
//  4. Counts by category and sex, ours and theirs, against the batch's plan.
class Reconciler final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Reconciler)

public:
    static constexpr double kPairThreshold = 0.62; // names::matchthresholds::kProbable
    // Rows left × persons left above which the second pass is skipped.
    static constexpr qint64 kMaxLeftoverComparisons = 2'000'000;

    static Reconciliation reconcile(const QList<OurPerson> &ours, const QList<InterchangeRow> &theirs,
                                    int plannedServicemen, int plannedCivilians,
                                    const QList<ReconciliationResolution> &resolutions = {});

    // Marks the items the resolutions hold for (same key, same values) and
    // sorts the pairs again (a resolved difference no longer counts as open).
    static void applyResolutions(Reconciliation &reconciliation, const QList<ReconciliationResolution> &resolutions);

    // The differences of one pair (exposed for tests and views).
    static QList<ReconciliationDifference> compare(const OurPerson &ours, const InterchangeRow &theirs);

    // "Surname Given Patronymic, DD.MM.YYYY".
    static QString summary(const Person &person);
    static QString onlyTheirsKey(const QString &recordId);
    static QString onlyOursKey(qint64 personId);
    static QString pairKey(qint64 personId, const QString &recordId, const QString &field);
};

} // namespace homeward
