#include "BlindReentry.h"

#include "PartialDate.h"
#include "Validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <vector>

namespace homeward {
namespace {

using Same = std::function<bool(QChar, QChar)>;

// Marks the characters an optimal alignment of a and b does not match:
// substitutions on both sides, deletions in a, insertions in b, and both
// letters of a swapped pair on both sides (optimal string alignment).
// `aIndex`/`bIndex` map the compared characters back to positions in the
// shown strings.
void markDifferences(const QString &a, const QList<int> &aIndex, const QString &b, const QList<int> &bIndex,
                     const Same &same, QList<int> *inA, QList<int> *inB)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = same(a[i - 1], b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    qsizetype i = n;
    qsizetype j = m;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && same(a[i - 1], b[j - 1]) && d[i][j] == d[i - 1][j - 1]) {
            --i;
            --j;
        } else if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]) &&
                   d[i][j] == d[i - 2][j - 2] + 1) {
            *inA << aIndex[i - 1] << aIndex[i - 2];
            *inB << bIndex[j - 1] << bIndex[j - 2];
            i -= 2;
            j -= 2;
        } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
            *inA << aIndex[i - 1];
            *inB << bIndex[j - 1];
            --i;
            --j;
        } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
            *inA << aIndex[i - 1];
            --i;
        } else {
            *inB << bIndex[j - 1];
            --j;
        }
    }
    std::sort(inA->begin(), inA->end());
    std::sort(inB->begin(), inB->end());
}

QList<int> identity(qsizetype size)
{
    QList<int> index;
    index.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        index << int(i);
    return index;
}

// Apostrophes and hyphens come in several code points that look alike.
QChar unifiedPunctuation(QChar c)
{
    switch (c.unicode()) {
    case 0x2019:
    case 0x02BC:
    case 0x2018:
    case 0x0060:
    case 0x00B4:
        return QLatin1Char('\'');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
        return QLatin1Char('-');
    default:
        return c;
    }
}

bool sameIgnoringCase(QChar a, QChar b)
{
    return unifiedPunctuation(a).toCaseFolded() == unifiedPunctuation(b).toCaseFolded();
}

bool sameExactly(QChar a, QChar b)
{
    return unifiedPunctuation(a) == unifiedPunctuation(b);
}

bool isSeparator(QChar c)
{
    return c.isSpace() || unifiedPunctuation(c) == QLatin1Char('-');
}

// A document number without its separators, and where each kept letter
// stands in the shown text.
QString compact(const QString &shown, QList<int> *index)
{
    QString out;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (isSeparator(shown[i]))
            continue;
        out += shown[i];
        *index << int(i);
    }
    return out;
}

bool allSame(const QString &a, const QString &b, bool (*same)(QChar, QChar))
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i]))
            return false;
    return true;
}

// Compared ignoring case; reports case-only differences position by position.
BlindComparison compareText(BlindComparison result, const QString &a, const QList<int> &aIndex, const QString &b,
                            const QList<int> &bIndex)
{
    if (allSame(a, b, sameIgnoringCase)) {
        result.equal = true;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameExactly(a[i], b[i])) {
                result.caseOnly = true;
                result.differingPositionsInStored << aIndex[i];
                result.differingPositionsInTyped << bIndex[i];
            }
        }
        return result;
    }
    markDifferences(a, aIndex, b, bIndex, sameIgnoringCase, &result.differingPositionsInStored,
                    &result.differingPositionsInTyped);
    return result;
}

} // namespace

BlindComparison compareBlind(const QString &stored, const QString &typed, BlindKind kind)
{
    BlindComparison result;
    result.stored = text::clean(stored);
    result.typed = text::clean(typed);
    switch (kind) {
    case BlindKind::Name:
        return compareText(result, result.stored, identity(result.stored.size()), result.typed,
                           identity(result.typed.size()));
    case BlindKind::Document: {
        QList<int> storedIndex;
        QList<int> typedIndex;
        const QString a = compact(result.stored, &storedIndex);
        const QString b = compact(result.typed, &typedIndex);
        return compareText(result, a, storedIndex, b, typedIndex);
    }
    case BlindKind::Date: {
        const auto storedDate = PartialDate::parse(result.stored);
        const auto typedDate = PartialDate::parse(result.typed);
        if (storedDate)
            result.stored = storedDate->toDisplay();
        if (typedDate)
            result.typed = typedDate->toDisplay();
        result.equal = storedDate && typedDate && !storedDate->isNull() && *storedDate == *typedDate;
        if (!result.equal)
            markDifferences(result.stored, identity(result.stored.size()), result.typed, identity(result.typed.size()),
                            sameExactly, &result.differingPositionsInStored, &result.differingPositionsInTyped);
        return result;
    }
    }
    return result;
}

std::optional<BlindKind> blindKindFor(CheckItem item)
{
    switch (item) {
    case CheckItem::Surname:
        return BlindKind::Name;
    case CheckItem::BirthDate:
        return BlindKind::Date;
    case CheckItem::Document:
        return BlindKind::Document;
    default:
        return std::nullopt;
    }
}

QString blindStoredValue(const Person &person, CheckItem item)
{
    switch (item) {
    case CheckItem::Surname:
        return person.surname;
    case CheckItem::BirthDate:
        return person.birthDate.toIso();
    case CheckItem::Document:
        return person.serviceNumber.isEmpty() ? person.documentNumber : person.serviceNumber;
    default:
        return {};
    }
}

QString blindPrompt(const Person &person, CheckItem item)
{
    switch (item) {
    case CheckItem::Surname:
        return QCoreApplication::translate("homeward::BlindReentry", "Type the surname");
    case CheckItem::BirthDate:
        return QCoreApplication::translate("homeward::BlindReentry", "Type the date of birth (DD.MM.YYYY)");
    case CheckItem::Document:
        return person.serviceNumber.isEmpty()
                   ? QCoreApplication::translate("homeward::BlindReentry", "Type the document number")
                   : QCoreApplication::translate("homeward::BlindReentry", "Type the service number");
    default:
        return {};
    }
}

} // namespace homeward
