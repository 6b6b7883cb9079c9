#include "PartialDate.h"

#include <QRegularExpression>

namespace homeward {

PartialDate PartialDate::fromYear(int year)
{
    PartialDate d;
    d.m_precision = Precision::Year;
    d.m_year = year;
    return d;
}

PartialDate PartialDate::fromYearMonth(int year, int month)
{
    PartialDate d = fromYear(year);
    d.m_precision = Precision::Month;
    d.m_month = month;
    return d;
}

PartialDate PartialDate::fromDate(QDate date)
{
    if (!date.isValid())
        return {};
    PartialDate d = fromYearMonth(date.year(), date.month());
    d.m_precision = Precision::Day;
    d.m_day = date.day();
    return d;
}

std::optional<PartialDate> PartialDate::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return PartialDate();

    static const QRegularExpression isoDay(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression isoMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression dotDay(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression dotMonth(QStringLiteral("^(\\d{1,2})\\.(\\d{4})$"));

    // The form that matched decides the precision: a 0 read from the text ("2024-00") is an error, not "absent".
    int year = 0, month = 0, day = 0;
    Precision precision = Precision::None;
    QRegularExpressionMatch m;
    if ((m = isoDay.match(text)).hasMatch()) {
        year = m.captured(1).toInt(), month = m.captured(2).toInt(), day = m.captured(3).toInt();
        precision = Precision::Day;
    } else if ((m = dotDay.match(text)).hasMatch()) {
        day = m.captured(1).toInt(), month = m.captured(2).toInt(), year = m.captured(3).toInt();
        precision = Precision::Day;
    } else if ((m = isoMonth.match(text)).hasMatch()) {
        year = m.captured(1).toInt(), month = m.captured(2).toInt();
        precision = Precision::Month;
    } else if ((m = dotMonth.match(text)).hasMatch()) {
        month = m.captured(1).toInt(), year = m.captured(2).toInt();
        precision = Precision::Month;
    } else if ((m = yearOnly.match(text)).hasMatch()) {
        year = m.captured(1).toInt();
        precision = Precision::Year;
    } else {
        return std::nullopt;
    }

    if (year < 1800 || year > 9999)
        return std::nullopt;
    if (precision == Precision::Year)
        return fromYear(year);
    if (month < 1 || month > 12)
        return std::nullopt;
    if (precision == Precision::Month)
        return fromYearMonth(year, month);
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return fromDate(date);
}

QString PartialDate::toIso() const
{
    // Written digit by digit: this runs for every row of a registry import,
    // and three arg() calls cost as much as the rest of the row's date work.
    const auto digits = [](QChar *out, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(u'0' + value % 10);
    };
    qsizetype length = 0;
    switch (m_precision) {
    case Precision::None: return {};
    case Precision::Year: length = 4; break;
    case Precision::Month: length = 7; break;
    case Precision::Day: length = 10; break;
    }
    if (m_year < 0 || m_year > 9999)
        return {};
    QString text(length, QLatin1Char('-'));
    QChar *out = text.data();
    digits(out, m_year, 4);
    if (length >= 7)
        digits(out + 5, m_month, 2);
    if (length == 10)
        digits(out + 8, m_day, 2);
    return text;
}

QString PartialDate::toDisplay() const
{
    switch (m_precision) {
    case Precision::None: return {};
    case Precision::Year: return QString::number(m_year);
    case Precision::Month: return QStringLiteral("%1.%2").arg(m_month, 2, 10, QLatin1Char('0')).arg(m_year);
    case Precision::Day:
        return QStringLiteral("%1.%2.%3")
            .arg(m_day, 2, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_year);
    }
    return {};
}

QDate PartialDate::earliest() const
{
    switch (m_precision) {
    case Precision::None: return {};
    case Precision::Year: return QDate(m_year, 1, 1);
    case Precision::Month: return QDate(m_year, m_month, 1);
    case Precision::Day: return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::latest() const
{
    switch (m_precision) {
    case Precision::None: return {};
    case Precision::Year: return QDate(m_year, 12, 31);
    case Precision::Month: return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    case Precision::Day: return QDate(m_year, m_month, m_day);
    }
    return {};
}

} // namespace homeward
