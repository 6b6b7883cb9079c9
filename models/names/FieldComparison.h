#pragma once

#include "domain/PartialDate.h"
#include "names/GivenNames.h"
#include "names/LookAlikes.h"

#include <QList>
#include <QString>

#include <optional>

namespace homeward::names {

// How close two spellings of one name field are, from the closest to the
// farthest. Each comparison comes with a reason an official can read
// ("one letter differs: «и» for «і» at position 4"). The levels are ordered:
// a smaller value is a closer agreement.
enum class NameLevel {
    Exact,            // equal after normalisation (NFC, apostrophes, case, spaces)
    LookAlikeRepair,  // equal once Latin look-alike letters are replaced (or the reverse)
    Transliteration,  // same name in another script or transliteration system (Hnatiuk / Гнатюк / Gnatiuk)
    LanguageVariant,  // Ukrainian/Russian variant of one given name or patronymic (Олександр / Александр)
    OneTypo,          // Damerau–Levenshtein distance 1 on the comparison key or the spelling
    Similar,          // Jaro–Winkler at or above kSimilarThreshold
    Different,
    Missing,          // one side (or both) empty: no evidence either way
};

// Which field a name is: given names and patronymics are looked up in the
// table of Ukrainian/Russian variants (GivenNames); surnames are not.
enum class NameKind { Surname, GivenName, Patronymic };

struct NameComparison final {
    NameLevel level = NameLevel::Different;
    // 1 for exact … 0 for nothing in common, never rising from one level to the next:
    // Exact 1.0, LookAlikeRepair 0.99, Transliteration 0.97, LanguageVariant 0.95,
    // OneTypo Jaro–Winkler on the keys clamped to [0.90, 0.93], Similar Jaro–Winkler capped at 0.90,
    // Different Jaro–Winkler capped at 0.87, Missing 0.
    double similarity = 0.0;
    QString reason;           // translated, one sentence, names the letters that differ where it can
    bool operator==(const NameComparison &other) const = default;
};

inline constexpr double kSimilarThreshold = 0.88;

NameComparison compareNames(NameKind kind, const QString &a, const QString &b);

// A name prepared once for many comparisons: the matcher keeps one per record
// and field, so that a comparison costs a few string and integer compares
// (prepareName does the normalisation, look-alike repair, comparison key and
// table lookup). compareNames(kind, a, b) is prepareName on both sides and
// the comparison below.
struct PreparedName final {
    NameKind kind = NameKind::Surname;
    QString display;                    // normalised (NFC, apostrophes, spaces), case kept: what reasons quote
    QString folded;                     // display, case-folded
    QString repaired;                   // folded with look-alike letters replaced (== folded when there are none)
    QList<LookAlike> lookAlikes;        // the foreign letters found in display (empty when clean)
    QString key;                        // comparisonKey of repaired
    int nameId = 0;                     // GivenNames id for a given name or patronymic, 0 when unknown or a surname
    std::optional<GivenNames::Sex> sex; // for a patronymic: the sex its ending shows
    bool isEmpty() const { return folded.isEmpty(); }
};

PreparedName prepareName(NameKind kind, const QString &name);
// `withReason` false leaves NameComparison::reason empty (it is the costly
// part: formatted, translated text); the level and similarity are the same.
NameComparison compareNames(const PreparedName &a, const PreparedName &b, bool withReason = true);

enum class DateLevel {
    Exact,            // same date to the same precision
    DayMonthSwapped,  // 1990-05-07 / 1990-07-05
    OneDigit,         // one digit of the ISO form differs (a typo)
    YearOnly,         // the years agree and one side is known only to the year (or month), or the rest differs
    Missing,          // one side (or both) unknown
    Different,
};

struct DateComparison final {
    DateLevel level = DateLevel::Different;
    QString reason;  // translated
    bool operator==(const DateComparison &other) const = default;
};

DateComparison compareDates(const PartialDate &a, const PartialDate &b);

// Readable labels for the levels ("same name, Russian form" …), translated.
QString label(NameLevel level);
QString label(DateLevel level);

// Building blocks, exposed for the matcher and tests.
// Optimal string alignment distance (Damerau–Levenshtein with adjacent
// transpositions), by UTF-16 code unit; stops early and returns limit + 1
// once the distance exceeds `limit`.
int damerauLevenshtein(const QString &a, const QString &b, int limit = 3);
// Jaro–Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4).
double jaroWinkler(const QString &a, const QString &b);

} // namespace homeward::names
