#pragma once

#include "FieldComparison.h"

#include <QList>

namespace homeward::names {

// What the matcher knows about one candidate, field by field: the levels of
// the name and date comparisons plus the fields that only agree or conflict.
struct FieldEvidence final {
    NameLevel surname = NameLevel::Missing;
    NameLevel givenName = NameLevel::Missing;
    NameLevel patronymic = NameLevel::Missing;
    double surnameSimilarity = 0.0; // Jaro–Winkler, used for NameLevel::Similar
    double givenNameSimilarity = 0.0;
    double patronymicSimilarity = 0.0;
    DateLevel birthDate = DateLevel::Missing;
    // Both dates known to the day: then "same year, the rest differs" (DateLevel::YearOnly) is evidence against.
    bool birthDatesBothFull = false;
    int sex = 0;       // +1 both known and equal, -1 both known and different, 0 otherwise
    int documents = 0; // +1 a service or document number present on both sides agrees, -1 they differ, 0 none on both
    // Share of the registry holding this surname (0–1); a shared common surname proves less.
    double surnameShare = 0.0;
};

// Weights of the fields in the score (relative; the score divides by the sum of the weights in play).
namespace matchweights {
inline constexpr double kSurname = 0.28;
inline constexpr double kGivenName = 0.20;
inline constexpr double kPatronymic = 0.14;
inline constexpr double kBirthDate = 0.30;
inline constexpr double kSex = 0.03;       // only when both sides know it
inline constexpr double kDocuments = 0.15; // only when both sides hold a number
} // namespace matchweights

// Thresholds of the verdicts.
namespace matchthresholds {
inline constexpr double kCandidate = 0.55; // below: not worth showing
inline constexpr double kProbable = 0.62;  // the best candidate at least this → probable (or better)
inline constexpr double kMatch = 0.75;     // the best candidate at least this (and the level rules) → match
inline constexpr double kClose = 0.04;     // candidates this close to the best are too close to call
inline constexpr double kMatchGap = 0.05;  // a match must lead the next candidate by at least this
inline constexpr double kRival = 0.15;     // a plausible rival within this of the best blocks a match
} // namespace matchthresholds

// How much agreement at one level is worth (0–1).
double nameValue(NameLevel level, double similarity);
double dateValue(DateLevel level, bool bothFull);
// 1 for a rare surname down to 0.75 for a surname held by 1 % of the registry or more.
double surnameRarity(double share);

// The score of a candidate in 0–1.
double matchScore(const FieldEvidence &evidence);

// The name agrees well enough to decide on: surname and given name at most one typo apart, the patronymic not
// contradicting.
bool strongOnName(const FieldEvidence &evidence);
// The birth date agrees well enough to decide on: exact, day/month swapped or one digit.
bool strongOnDate(const FieldEvidence &evidence);
// Everything a match needs from one candidate alone: strong on name and date, no conflicting sex or document,
// at most one weak point (a typo, a swapped or mistyped date), score at least kMatch.
bool matchable(const FieldEvidence &evidence, double score);
// A candidate that could be the person as well: strong on name, and a date that does not rule it out.
bool plausibleRival(const FieldEvidence &evidence);

} // namespace homeward::names
