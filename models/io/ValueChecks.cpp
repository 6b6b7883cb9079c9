#include "ValueChecks.h"

#include "domain/Validation.h"

namespace homeward::values {

// The first control character not allowed in the value, with its 1-based
// position (in code points). Walks the UTF-16 text directly: this runs for
// every field of a million-row file.
std::optional<std::pair<char32_t, int>> controlCharacter(const QString &value, bool lineBreaksAllowed)
{
    int position = 0;
    const qsizetype size = value.size();
    const QChar *data = value.constData();
    for (qsizetype i = 0; i < size; ++i) {
        ++position;
        const char16_t u = data[i].unicode();
        if (u >= 0x20 && u < 0x7F)
            continue;
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(data[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(u, data[i + 1].unicode());
            ++i;
        }
        if (lineBreaksAllowed && (c == U'\n' || c == U'\t' || c == U'\r'))
            continue;
        const auto category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Surrogate ||
            category == QChar::Other_NotAssigned || c == U'\uFEFF')
            return std::make_pair(c, position);
    }
    return std::nullopt;
}

// text::clean for the common case at a fraction of the cost: a value of
// Latin-1 and Cyrillic letters without combining marks is already NFC, so
// only its spaces can need work; when they are already single spaces
// between words the value is returned as it is. Anything else goes through
// text::clean.
QString cleaned(const QString &value)
{
    const qsizetype size = value.size();
    const QChar *data = value.constData();
    bool plain = size == 0 || (data[0] != QLatin1Char(' ') && data[size - 1] != QLatin1Char(' '));
    for (qsizetype i = 0; plain && i < size; ++i) {
        const char16_t u = data[i].unicode();
        if (u == u' ') {
            plain = data[i - 1] != QLatin1Char(' ');
            continue;
        }
        const bool latin = u > 0x20 && u < 0x7F;
        const bool latin1 = u >= 0xA1 && u <= 0xFF && u != 0xAD;
        const bool cyrillic = u >= 0x400 && u <= 0x4FF && !(u >= 0x483 && u <= 0x489);
        plain = latin || latin1 || cyrillic || u == 0x2019 || u == 0x02BC;
    }
    return plain ? value : text::clean(value);
}

// PartialDate::parse with a fast path for the usual YYYY-MM-DD; the same
// rules (years 1800–9999, days that exist).
std::optional<PartialDate> parseDate(const QString &value)
{
    if (value.size() == 10 && value.at(4) == QLatin1Char('-') && value.at(7) == QLatin1Char('-')) {
        int parts[3] = {0, 0, 0};
        const int starts[3] = {0, 5, 8};
        const int lengths[3] = {4, 2, 2};
        bool digits = true;
        for (int p = 0; p < 3 && digits; ++p) {
            for (int k = 0; k < lengths[p]; ++k) {
                const char16_t u = value.at(starts[p] + k).unicode();
                if (u < u'0' || u > u'9') {
                    digits = false;
                    break;
                }
                parts[p] = parts[p] * 10 + (u - u'0');
            }
        }
        if (digits) {
            const QDate date(parts[0], parts[1], parts[2]);
            if (parts[0] < 1800 || !date.isValid())
                return std::nullopt;
            return PartialDate::fromDate(date);
        }
    }
    return PartialDate::parse(value);
}

QString quoted(const QString &value)
{
    constexpr qsizetype kShown = 40;
    const QString shown = value.size() > kShown ? value.left(kShown) + QChar(0x2026) : value;
    return QStringLiteral("“%1”").arg(shown);
}

QString *textMember(Person &person, InterchangeCsv::Column column)
{
    using Column = InterchangeCsv::Column;
    switch (column) {
    case Column::RecordId:
        return &person.recordId;
    case Column::Surname:
        return &person.surname;
    case Column::GivenName:
        return &person.givenName;
    case Column::Patronymic:
        return &person.patronymic;
    case Column::Rank:
        return &person.rank;
    case Column::Unit:
        return &person.unit;
    case Column::ServiceNumber:
        return &person.serviceNumber;
    case Column::DocumentNumber:
        return &person.documentNumber;
    case Column::BirthPlace:
        return &person.birthPlace;
    case Column::Region:
        return &person.region;
    case Column::Notes:
        return &person.notes;
    case Column::BirthDate:
    case Column::Sex:
    case Column::Category:
        return nullptr;
    }
    return nullptr;
}

bool isNameColumn(InterchangeCsv::Column column)
{
    using Column = InterchangeCsv::Column;
    return column == Column::Surname || column == Column::GivenName || column == Column::Patronymic;
}

} // namespace homeward::values
