#pragma once

#include <QString>

namespace homeward::names {

// A language- and script-neutral key for one name, so that the Ukrainian, Russian and Latin spellings of one
// surname or given name meet: Гнатюк, Hnatiuk and Gnatiuk give one key; Ковальський, Ковальский, Kovalskyi and
// Kovalsky give one key. Only for finding candidates: two names with one key are not the same person, and
// different forms of a given name (Олександр / Александр) deliberately keep different keys.
// Letters only: spaces, hyphens, apostrophes and digits do not count. Empty for a name without letters.
QString comparisonKey(const QString &name);

} // namespace homeward::names
