#include "names/MatchScoring.h"

#include <algorithm>
#include <cmath>

namespace homeward::names {

double nameValue(NameLevel level, double similarity)
{
    switch (level) {
    case NameLevel::Exact:
        return 1.0;
    case NameLevel::LookAlikeRepair:
        return 0.98;
    case NameLevel::Transliteration:
        return 0.96;
    case NameLevel::LanguageVariant:
        return 0.94;
    case NameLevel::OneTypo:
        return 0.82;
    case NameLevel::Similar: {
        // 0.45 at the threshold up to 0.7 for nearly equal keys.
        const double t = std::clamp((similarity - kSimilarThreshold) / (1.0 - kSimilarThreshold), 0.0, 1.0);
        return 0.45 + 0.25 * t;
    }
    case NameLevel::Different:
        return 0.0;
    case NameLevel::Missing:
        return 0.5; // no evidence either way
    }
    return 0.0;
}

double dateValue(DateLevel level, bool bothFull)
{
    switch (level) {
    case DateLevel::Exact:
        return 1.0;
    case DateLevel::DayMonthSwapped:
        return 0.72;
    case DateLevel::OneDigit:
        return 0.7;
    // Same year but a different day on two full dates speaks against; a date known only to the year does not.
    case DateLevel::YearOnly:
        return bothFull ? 0.15 : 0.6;
    case DateLevel::Missing:
        return 0.5;
    case DateLevel::Different:
        return 0.0;
    }
    return 0.0;
}

double surnameRarity(double share)
{
    // share 0.01 % or less → 1; 1 % or more → 0.75; logarithmic in between.
    if (share <= 0.0)
        return 1.0;
    const double t = std::clamp(std::log10(share * 1e4) / 2.0, 0.0, 1.0);
    return 1.0 - 0.25 * t;
}

double matchScore(const FieldEvidence &e)
{
    using namespace matchweights;
    double sum = 0.0;
    double weights = 0.0;
    double surname = nameValue(e.surname, e.surnameSimilarity);
    if (e.surname <= NameLevel::Similar)
        surname *= surnameRarity(e.surnameShare);
    sum += kSurname * surname;
    weights += kSurname;
    sum += kGivenName * nameValue(e.givenName, e.givenNameSimilarity);
    weights += kGivenName;
    sum += kPatronymic * nameValue(e.patronymic, e.patronymicSimilarity);
    weights += kPatronymic;
    sum += kBirthDate * dateValue(e.birthDate, e.birthDatesBothFull);
    weights += kBirthDate;
    if (e.sex != 0) {
        sum += kSex * (e.sex > 0 ? 1.0 : 0.0);
        weights += kSex;
    }
    if (e.documents != 0) {
        sum += kDocuments * (e.documents > 0 ? 1.0 : 0.0);
        weights += kDocuments;
    }
    return std::clamp(sum / weights, 0.0, 1.0);
}

bool strongOnName(const FieldEvidence &e)
{
    return e.surname <= NameLevel::OneTypo && e.givenName <= NameLevel::OneTypo &&
           (e.patronymic <= NameLevel::Similar || e.patronymic == NameLevel::Missing);
}

bool strongOnDate(const FieldEvidence &e)
{
    return e.birthDate == DateLevel::Exact || e.birthDate == DateLevel::DayMonthSwapped ||
           e.birthDate == DateLevel::OneDigit;
}

namespace {

int weakPoints(const FieldEvidence &e)
{
    int weak = 0;
    weak += e.surname == NameLevel::OneTypo ? 1 : 0;
    weak += e.givenName == NameLevel::OneTypo ? 1 : 0;
    weak += (e.patronymic == NameLevel::OneTypo || e.patronymic == NameLevel::Similar) ? 1 : 0;
    weak += e.birthDate != DateLevel::Exact ? 1 : 0;
    return weak;
}

} // namespace

bool matchable(const FieldEvidence &e, double score)
{
    return strongOnName(e) && strongOnDate(e) && e.sex >= 0 && e.documents >= 0 && weakPoints(e) <= 1 &&
           score >= matchthresholds::kMatch;
}

bool plausibleRival(const FieldEvidence &e)
{
    if (!strongOnName(e) || e.sex < 0 || e.documents < 0)
        return false;
    if (strongOnDate(e))
        return true;
    // A date known only to the year, or not at all, does not rule the rival out.
    return (e.birthDate == DateLevel::YearOnly && !e.birthDatesBothFull) || e.birthDate == DateLevel::Missing;
}

} // namespace homeward::names
