#include "names/FieldComparison.h"

#include "names/ComparisonKey.h"
#include "names/NameNormaliser.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>

namespace homeward::names {

namespace {

// Similarity of the levels that say "the same name" (see NameComparison::similarity).
constexpr double kExactSimilarity = 1.0;
constexpr double kLookAlikeSimilarity = 0.99;
constexpr double kTransliterationSimilarity = 0.97;
constexpr double kLanguageVariantSimilarity = 0.95;
constexpr double kOneTypoMin = 0.90;
constexpr double kOneTypoMax = 0.93;
constexpr double kSimilarMax = 0.90;
constexpr double kDifferentMax = 0.87;

QString quoted(const QString &text)
{
    return QChar(u'«') + text + QChar(u'»');
}

QString scriptLabel(const QString &script)
{
    if (script == QLatin1String("Latin"))
        return QCoreApplication::translate("homeward::names::FieldComparison", "Latin");
    if (script == QLatin1String("Cyrillic"))
        return QCoreApplication::translate("homeward::names::FieldComparison", "Cyrillic");
    if (script == QLatin1String("Greek"))
        return QCoreApplication::translate("homeward::names::FieldComparison", "Greek");
    return script;
}

// "«Kовaленко» has Latin letters «K», «a» in a Cyrillic word"; empty when the name is clean.
QString lookAlikeNote(const PreparedName &name)
{
    if (name.lookAlikes.isEmpty())
        return {};
    QStringList letters;
    for (const LookAlike &letter : name.lookAlikes)
        letters << quoted(QString(letter.found));
    const LookAlike &first = name.lookAlikes.constFirst();
    return QCoreApplication::translate("homeward::names::FieldComparison", "%1 has %2 letters %3 in a %4 word")
        .arg(quoted(name.display), scriptLabel(first.foundScript), letters.join(QStringLiteral(", ")),
             scriptLabel(first.replacementScript));
}

QString lookAlikeReason(const PreparedName &a, const PreparedName &b)
{
    QStringList notes;
    for (const PreparedName *name : {&a, &b}) {
        const QString note = lookAlikeNote(*name);
        if (!note.isEmpty())
            notes << note;
    }
    return QCoreApplication::translate("homeward::names::FieldComparison",
                                       "%1; with the look-alike letters replaced, %2 and %3 agree")
        .arg(notes.join(QStringLiteral("; ")), quoted(a.display), quoted(b.display));
}

// Names the letter and position of a one-letter difference between the spellings (distance 1).
QString typoReason(const PreparedName &a, const PreparedName &b)
{
    const QString &x = a.repaired;
    const QString &y = b.repaired;
    qsizetype i = 0;
    while (i < x.size() && i < y.size() && x.at(i) == y.at(i))
        ++i;
    const QString names = quoted(a.display) + QStringLiteral(" / ") + quoted(b.display);
    if (x.size() == y.size()) {
        if (i + 1 < x.size() && x.at(i) == y.at(i + 1) && x.at(i + 1) == y.at(i)) {
            return QCoreApplication::translate("homeward::names::FieldComparison",
                                               "Two letters swapped: %1, letters %2 and %3 %4 / %5")
                .arg(names)
                .arg(i + 1)
                .arg(i + 2)
                .arg(quoted(x.mid(i, 2)), quoted(y.mid(i, 2)));
        }
        return QCoreApplication::translate("homeward::names::FieldComparison",
                                           "One letter differs: %1, letter %2 %3 / %4")
            .arg(names)
            .arg(i + 1)
            .arg(quoted(QString(x.at(i))), quoted(QString(y.at(i))));
    }
    if (x.size() > y.size()) {
        return QCoreApplication::translate("homeward::names::FieldComparison",
                                           "One letter differs: %1, letter %2 %3 is only in the first")
            .arg(names)
            .arg(i + 1)
            .arg(quoted(QString(x.at(i))));
    }
    return QCoreApplication::translate("homeward::names::FieldComparison",
                                       "One letter differs: %1, letter %2 %3 is only in the second")
        .arg(names)
        .arg(i + 1)
        .arg(quoted(QString(y.at(i))));
}

NameComparison make(NameLevel level, double similarity, QString reason = {})
{
    NameComparison result;
    result.level = level;
    result.similarity = similarity;
    result.reason = std::move(reason);
    return result;
}

} // namespace

PreparedName prepareName(NameKind kind, const QString &name)
{
    PreparedName prepared;
    prepared.kind = kind;
    prepared.display = normalise(name);
    prepared.folded = foldCase(prepared.display);
    prepared.repaired = prepared.folded;
    // findLookAlikes is only needed where both scripts occur; most names are in one.
    if (mixesLatinAndCyrillic(prepared.display)) {
        const LookAlikeReport report = findLookAlikes(prepared.display);
        prepared.lookAlikes = report.letters;
        prepared.repaired = foldCase(report.repaired);
    }
    if (prepared.repaired.isEmpty())
        return prepared;
    prepared.key = comparisonKey(prepared.repaired);
    const GivenNames &table = GivenNames::instance();
    if (kind == NameKind::GivenName) {
        prepared.nameId = table.givenNameIdPrepared(prepared.repaired, prepared.key);
    } else if (kind == NameKind::Patronymic) {
        const GivenNames::Patronymic patronymic = table.patronymicPrepared(prepared.repaired, prepared.key);
        prepared.nameId = patronymic.id;
        prepared.sex = patronymic.sex;
    }
    return prepared;
}

NameComparison compareNames(NameKind kind, const QString &a, const QString &b)
{
    // The common case first: equal spellings need no key and no table lookup.
    const QString foldedA = foldCase(normalise(a));
    const QString foldedB = foldCase(normalise(b));
    if (!foldedA.isEmpty() && foldedA == foldedB) {
        return make(NameLevel::Exact, kExactSimilarity,
                    QCoreApplication::translate("homeward::names::FieldComparison", "Same spelling: %1")
                        .arg(quoted(normalise(a))));
    }
    return compareNames(prepareName(kind, a), prepareName(kind, b), true);
}

NameComparison compareNames(const PreparedName &a, const PreparedName &b, bool withReason)
{
    const auto reason = [withReason](auto &&build) { return withReason ? build() : QString(); };

    if (a.isEmpty() || b.isEmpty()) {
        return make(NameLevel::Missing, 0.0, reason([&] {
                        if (a.isEmpty() && b.isEmpty())
                            return QCoreApplication::translate("homeward::names::FieldComparison", "Both are empty");
                        return QCoreApplication::translate("homeward::names::FieldComparison",
                                                           "Only one side has a value: %1")
                            .arg(quoted(a.isEmpty() ? b.display : a.display));
                    }));
    }
    if (a.folded == b.folded) {
        return make(NameLevel::Exact, kExactSimilarity, reason([&] {
                        return QCoreApplication::translate("homeward::names::FieldComparison", "Same spelling: %1")
                            .arg(quoted(a.display));
                    }));
    }
    if (a.repaired == b.repaired)
        return make(NameLevel::LookAlikeRepair, kLookAlikeSimilarity, reason([&] { return lookAlikeReason(a, b); }));
    if (!a.key.isEmpty() && a.key == b.key) {
        return make(NameLevel::Transliteration, kTransliterationSimilarity, reason([&] {
                        return QCoreApplication::translate("homeward::names::FieldComparison",
                                                           "%1 and %2 are one name in another alphabet or spelling")
                            .arg(quoted(a.display), quoted(b.display));
                    }));
    }

    const NameKind kind = a.kind;
    const bool inTable = kind != NameKind::Surname;
    if (inTable && a.nameId != 0 && a.nameId == b.nameId) {
        const QString canonical = GivenNames::instance().canonical(a.nameId);
        if (kind == NameKind::Patronymic && a.sex && b.sex && *a.sex != *b.sex) {
            // Олександрович / Олександрівна: one father's name, but a man and a woman.
            return make(NameLevel::Different, std::min(jaroWinkler(a.key, b.key), kDifferentMax), reason([&] {
                            return QCoreApplication::translate(
                                       "homeward::names::FieldComparison",
                                       "%1 and %2 are formed from one given name (%3), but one is a man's "
                                       "patronymic and the other a woman's")
                                .arg(quoted(a.display), quoted(b.display), quoted(canonical));
                        }));
        }
        return make(NameLevel::LanguageVariant, kLanguageVariantSimilarity, reason([&] {
                        if (kind == NameKind::Patronymic) {
                            return QCoreApplication::translate(
                                       "homeward::names::FieldComparison",
                                       "%1 and %2 are Ukrainian and Russian forms of one patronymic (from %3)")
                                .arg(quoted(a.display), quoted(b.display), quoted(canonical));
                        }
                        return QCoreApplication::translate(
                                   "homeward::names::FieldComparison",
                                   "%1 and %2 are Ukrainian and Russian forms of one given name (%3)")
                            .arg(quoted(a.display), quoted(b.display), quoted(canonical));
                    }));
    }

    const double similarity =
        a.key.isEmpty() || b.key.isEmpty() ? jaroWinkler(a.repaired, b.repaired) : jaroWinkler(a.key, b.key);
    // Two different names of the table (Олександр / Олександра, Іван / Яна) are not a typo of each other.
    if (inTable && a.nameId != 0 && b.nameId != 0) {
        return make(NameLevel::Different, std::min(similarity, kDifferentMax), reason([&] {
                        const GivenNames &table = GivenNames::instance();
                        if (kind == NameKind::Patronymic) {
                            return QCoreApplication::translate("homeward::names::FieldComparison",
                                                               "%1 and %2 are patronymics from different given "
                                                               "names (%3, %4)")
                                .arg(quoted(a.display), quoted(b.display), quoted(table.canonical(a.nameId)),
                                     quoted(table.canonical(b.nameId)));
                        }
                        return QCoreApplication::translate("homeward::names::FieldComparison",
                                                           "%1 and %2 are different given names")
                            .arg(quoted(a.display), quoted(b.display));
                    }));
    }

    const double typoSimilarity = std::clamp(similarity, kOneTypoMin, kOneTypoMax);
    if (damerauLevenshtein(a.repaired, b.repaired, 1) <= 1)
        return make(NameLevel::OneTypo, typoSimilarity, reason([&] { return typoReason(a, b); }));
    if (!a.key.isEmpty() && !b.key.isEmpty() && damerauLevenshtein(a.key, b.key, 1) <= 1) {
        return make(NameLevel::OneTypo, typoSimilarity, reason([&] {
                        return QCoreApplication::translate(
                                   "homeward::names::FieldComparison",
                                   "One letter differs once both are written in Latin letters: %1 / %2")
                            .arg(quoted(a.display), quoted(b.display));
                    }));
    }
    if (similarity >= kSimilarThreshold) {
        return make(NameLevel::Similar, std::min(similarity, kSimilarMax), reason([&] {
                        return QCoreApplication::translate("homeward::names::FieldComparison",
                                                           "%1 and %2 are similar (%3 %)")
                            .arg(quoted(a.display), quoted(b.display))
                            .arg(qRound(similarity * 100));
                    }));
    }
    return make(NameLevel::Different, std::min(similarity, kDifferentMax), reason([&] {
                    return QCoreApplication::translate("homeward::names::FieldComparison", "%1 and %2 differ")
                        .arg(quoted(a.display), quoted(b.display));
                }));
}

namespace {

DateComparison makeDate(DateLevel level, QString reason)
{
    DateComparison result;
    result.level = level;
    result.reason = std::move(reason);
    return result;
}

// The part of a full date (ISO "YYYY-MM-DD") that index `i` falls in.
QString oneDigitReason(int i, const QString &a, const QString &b)
{
    if (i < 4) {
        return QCoreApplication::translate("homeward::names::FieldComparison", "One digit of the year differs: %1 / %2")
            .arg(a, b);
    }
    if (i < 7) {
        return QCoreApplication::translate("homeward::names::FieldComparison",
                                           "One digit of the month differs: %1 / %2")
            .arg(a, b);
    }
    return QCoreApplication::translate("homeward::names::FieldComparison", "One digit of the day differs: %1 / %2")
        .arg(a, b);
}

} // namespace

// The levels, in this order:
//   Missing          either date unknown;
//   Exact            same date to the same precision;
//   DayMonthSwapped  both full, same year, day ≠ month, day and month exchanged give the other;
//   OneDigit         both full, the ISO forms differ in exactly one digit (1990-05-07 / 1990-05-17, 1990 / 1991);
//   YearOnly         the years agree and nothing closer holds: one side known only to the year or month
//                    (1990 / 1990-05-07, 1990-05 / 1990-05-07, also 1990-05 / 1990-06-07), or both full
//                    with day or month differing in more than one digit;
//   Different        the years differ (and no one-digit typo explains it).
DateComparison compareDates(const PartialDate &a, const PartialDate &b)
{
    const QString shownA = quoted(a.toDisplay());
    const QString shownB = quoted(b.toDisplay());
    if (a.isNull() || b.isNull()) {
        if (a.isNull() && b.isNull())
            return makeDate(DateLevel::Missing,
                            QCoreApplication::translate("homeward::names::FieldComparison", "Both dates are unknown"));
        return makeDate(DateLevel::Missing,
                        QCoreApplication::translate("homeward::names::FieldComparison", "Only one side has a date: %1")
                            .arg(a.isNull() ? shownB : shownA));
    }
    if (a == b) {
        return makeDate(DateLevel::Exact,
                        QCoreApplication::translate("homeward::names::FieldComparison", "Same date: %1").arg(shownA));
    }
    const bool bothFull = a.precision() == PartialDate::Precision::Day && b.precision() == PartialDate::Precision::Day;
    if (bothFull && a.year() == b.year() && a.day() != a.month() && a.day() == b.month() && a.month() == b.day()) {
        return makeDate(DateLevel::DayMonthSwapped, QCoreApplication::translate("homeward::names::FieldComparison",
                                                                                "Day and month swapped: %1 / %2")
                                                        .arg(shownA, shownB));
    }
    if (bothFull) {
        const QString isoA = a.toIso();
        const QString isoB = b.toIso();
        int differing = 0;
        int at = -1;
        for (qsizetype i = 0; i < isoA.size() && i < isoB.size(); ++i) {
            if (isoA.at(i) != isoB.at(i)) {
                ++differing;
                at = static_cast<int>(i);
            }
        }
        if (isoA.size() == isoB.size() && differing == 1)
            return makeDate(DateLevel::OneDigit, oneDigitReason(at, shownA, shownB));
    }
    if (a.year() == b.year()) {
        if (!bothFull && (a.earliest() <= b.latest() && b.earliest() <= a.latest())) {
            return makeDate(DateLevel::YearOnly,
                            QCoreApplication::translate("homeward::names::FieldComparison",
                                                        "The dates agree as far as both are known: %1 / %2")
                                .arg(shownA, shownB));
        }
        return makeDate(DateLevel::YearOnly,
                        QCoreApplication::translate("homeward::names::FieldComparison", "Only the years agree: %1 / %2")
                            .arg(shownA, shownB));
    }
    return makeDate(DateLevel::Different,
                    QCoreApplication::translate("homeward::names::FieldComparison", "The dates differ: %1 / %2")
                        .arg(shownA, shownB));
}

QString label(NameLevel level)
{
    switch (level) {
    case NameLevel::Exact:
        return QCoreApplication::translate("homeward::names::FieldComparison", "same spelling");
    case NameLevel::LookAlikeRepair:
        return QCoreApplication::translate("homeward::names::FieldComparison",
                                           "same once look-alike letters are replaced");
    case NameLevel::Transliteration:
        return QCoreApplication::translate("homeward::names::FieldComparison", "same name, other alphabet or spelling");
    case NameLevel::LanguageVariant:
        return QCoreApplication::translate("homeward::names::FieldComparison", "same name, Ukrainian or Russian form");
    case NameLevel::OneTypo:
        return QCoreApplication::translate("homeward::names::FieldComparison", "one letter differs");
    case NameLevel::Similar:
        return QCoreApplication::translate("homeward::names::FieldComparison", "similar");
    case NameLevel::Different:
        return QCoreApplication::translate("homeward::names::FieldComparison", "different");
    case NameLevel::Missing:
        return QCoreApplication::translate("homeward::names::FieldComparison", "missing");
    }
    return {};
}

QString label(DateLevel level)
{
    switch (level) {
    case DateLevel::Exact:
        return QCoreApplication::translate("homeward::names::FieldComparison", "same date");
    case DateLevel::DayMonthSwapped:
        return QCoreApplication::translate("homeward::names::FieldComparison", "day and month swapped");
    case DateLevel::OneDigit:
        return QCoreApplication::translate("homeward::names::FieldComparison", "one digit differs");
    case DateLevel::YearOnly:
        return QCoreApplication::translate("homeward::names::FieldComparison", "same year");
    case DateLevel::Missing:
        return QCoreApplication::translate("homeward::names::FieldComparison", "missing");
    case DateLevel::Different:
        return QCoreApplication::translate("homeward::names::FieldComparison", "different");
    }
    return {};
}

int damerauLevenshtein(const QString &a, const QString &b, int limit)
{
    limit = std::max(limit, 0);
    // Common prefix and suffix do not change the optimal string alignment distance.
    qsizetype start = 0;
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (start < endA && start < endB && a.at(start) == b.at(start))
        ++start;
    while (endA > start && endB > start && a.at(endA - 1) == b.at(endB - 1)) {
        --endA;
        --endB;
    }
    const QChar *x = a.constData() + start;
    const QChar *y = b.constData() + start;
    const qsizetype n = endA - start;
    const qsizetype m = endB - start;
    if (std::abs(n - m) > limit)
        return limit + 1;
    if (n == 0 || m == 0)
        return static_cast<int>(std::max(n, m));

    QVarLengthArray<int, 64> before(m + 1);   // row i - 2
    QVarLengthArray<int, 64> previous(m + 1); // row i - 1
    QVarLengthArray<int, 64> current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = static_cast<int>(j);
    int previousMin = 0;
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowMin = std::min(rowMin, value);
        }
        // Every later cell comes from this row or (by a transposition, +1) the one before it.
        if (rowMin > limit && previousMin > limit)
            return limit + 1;
        previousMin = rowMin;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    const int distance = previous[m];
    return distance > limit ? limit + 1 : distance;
}

double jaroWinkler(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 && m == 0)
        return 1.0;
    if (n == 0 || m == 0)
        return 0.0;
    const qsizetype window = std::max<qsizetype>(std::max(n, m) / 2 - 1, 0);
    QVarLengthArray<bool, 64> matchedA(n);
    QVarLengthArray<bool, 64> matchedB(m);
    std::fill(matchedA.begin(), matchedA.end(), false);
    std::fill(matchedB.begin(), matchedB.end(), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(m - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB[j] && a.at(i) == b.at(j)) {
                matchedA[i] = true;
                matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype outOfOrder = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[k])
            ++k;
        if (a.at(i) != b.at(k))
            ++outOfOrder;
        ++k;
    }
    const double mm = static_cast<double>(matches);
    const double transpositions = static_cast<double>(outOfOrder) / 2.0;
    const double jaro = (mm / static_cast<double>(n) + mm / static_cast<double>(m) + (mm - transpositions) / mm) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < n && prefix < m && a.at(prefix) == b.at(prefix))
        ++prefix;
    return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

} // namespace homeward::names
