#pragma once

#include "domain/PartialDate.h"

#include <QDate>
#include <QLineEdit>

#include <optional>

namespace homeward {

// A line edit for typed dates (DD.MM.YYYY), which officials type faster and
// more reliably than they pick from a calendar. In Partial mode it also takes
// MM.YYYY and YYYY, as dates of birth are often known only in part. An empty
// text is an empty date; text that is not a date is reported by problem().
class DateLineEdit final : public QLineEdit {
    Q_OBJECT
public:
    enum class Mode { FullDate, Partial };

    explicit DateLineEdit(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // nullopt while the text is not a date of the allowed forms.
    std::optional<PartialDate> partialDate() const;
    void setPartialDate(const PartialDate &date);

    // A full date, an invalid QDate for an empty text, nullopt for text that
    // is not a full date.
    std::optional<QDate> date() const;
    void setDate(QDate date);

    bool isAcceptable() const { return problem().isEmpty(); }
    // Why the text is not accepted, translated; empty when it is.
    QString problem() const;

private:
    void updateHints();

    Mode m_mode = Mode::FullDate;
};

} // namespace homeward
