#pragma once

#include "InterchangeCsv.h"

#include "domain/PartialDate.h"
#include "domain/Person.h"

#include <QString>

#include <optional>
#include <utility>

// Checks and clean-ups of one value of a list, shared by the interchange
// CSV and the general list reader. Tuned: they run for every field of a
// million-row file.
namespace homeward::values {

// The first control character not allowed in the value, with its 1-based
// position (in code points); line breaks and tabs pass when allowed.
std::optional<std::pair<char32_t, int>> controlCharacter(const QString &value, bool lineBreaksAllowed);
// text::clean (trimmed, single spaces, NFC) with a fast path for plain values.
QString cleaned(const QString &value);
// PartialDate::parse with a fast path for YYYY-MM-DD.
std::optional<PartialDate> parseDate(const QString &value);

// How a value is shown inside a problem's text: in quotes, cut after 40
// characters.
QString quoted(const QString &value);
// The person's text member a column fills; nullptr for birth_date, sex and
// category (parsed, not copied).
QString *textMember(Person &person, InterchangeCsv::Column column);
// surname, given_name, patronymic: checked by text::nameProblem.
bool isNameColumn(InterchangeCsv::Column column);

} // namespace homeward::values
