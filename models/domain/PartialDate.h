#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace homeward {

// A date that may be known only to the year or to the month, as dates of
// birth often are. Stored as ISO text of the known part: "1990", "1990-05",
// "1990-05-17".
class PartialDate final {
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    static PartialDate fromYear(int year);
    static PartialDate fromYearMonth(int year, int month);
    static PartialDate fromDate(QDate date);

    // Accepts YYYY, YYYY-MM, YYYY-MM-DD, MM.YYYY, DD.MM.YYYY and D.M.YYYY.
    // Returns nullopt for text that is not a date of those forms or a day
    // that does not exist; an empty text gives an empty date.
    static std::optional<PartialDate> parse(const QString &input);
    static std::optional<PartialDate> fromIso(const QString &iso) { return parse(iso); }

    bool isNull() const { return m_precision == Precision::None; }
    bool isPartial() const { return m_precision == Precision::Year || m_precision == Precision::Month; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toIso() const;      // "1990", "1990-05", "1990-05-17" or ""
    QString toDisplay() const;  // "1990", "05.1990", "17.05.1990" or ""
    QDate earliest() const;     // first day the date can stand for
    QDate latest() const;       // last day the date can stand for

    bool operator==(const PartialDate &other) const = default;

private:
    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace homeward
