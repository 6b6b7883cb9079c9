#include "DateLineEdit.h"

namespace homeward {

DateLineEdit::DateLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setMaxLength(10);
    updateHints();
    // "1.5.1990" becomes "01.05.1990" once typed, so every date reads the same way.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const auto parsed = partialDate(); parsed && parsed->toDisplay() != text())
            setText(parsed->toDisplay());
    });
}

void DateLineEdit::setMode(Mode mode)
{
    m_mode = mode;
    updateHints();
}

void DateLineEdit::updateHints()
{
    setPlaceholderText(tr("DD.MM.YYYY"));
    if (m_mode == Mode::Partial)
        setToolTip(tr("Type the date as DD.MM.YYYY, for example 17.05.1990.\n"
                      "If only the month or the year is known, type MM.YYYY or YYYY."));
    else
        setToolTip(tr("Type the date as DD.MM.YYYY, for example 17.05.2024. Leave empty if unknown."));
}

std::optional<PartialDate> DateLineEdit::partialDate() const
{
    const auto parsed = PartialDate::parse(text());
    if (!parsed)
        return std::nullopt;
    if (m_mode == Mode::FullDate && parsed->isPartial())
        return std::nullopt;
    return parsed;
}

void DateLineEdit::setPartialDate(const PartialDate &date)
{
    setText(date.toDisplay());
}

std::optional<QDate> DateLineEdit::date() const
{
    const auto parsed = PartialDate::parse(text());
    if (!parsed || parsed->isPartial())
        return std::nullopt;
    if (parsed->isNull())
        return QDate();
    return parsed->earliest();
}

void DateLineEdit::setDate(QDate date)
{
    setText(date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString());
}

QString DateLineEdit::problem() const
{
    if (partialDate())
        return {};
    if (m_mode == Mode::Partial)
        return tr("Not a date: type DD.MM.YYYY, MM.YYYY or YYYY");
    return tr("Not a date: type DD.MM.YYYY");
}

} // namespace homeward
