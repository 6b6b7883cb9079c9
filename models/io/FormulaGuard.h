#pragma once

#include <QString>

namespace homeward::formula {

// Spreadsheets run a cell that begins with = + - @ (and, in some, a tab or a
// carriage return) as a formula: a name such as "=HYPERLINK(…)" in a list
// from elsewhere would act when an official opens the export. Exports put an
// apostrophe before such a value (the spreadsheet convention for "this is
// text"; it is not shown in the cell), and the import takes it off again, so
// an export read back gives the same data.

// True when a spreadsheet could take `value` for a formula.
bool looksLikeFormula(const QString &value);
// `value`, with an apostrophe in front when it looks like a formula.
QString guard(const QString &value);
// Undoes guard(): an apostrophe followed by what looks like a formula loses the apostrophe.
QString unguard(const QString &value);

} // namespace homeward::formula
