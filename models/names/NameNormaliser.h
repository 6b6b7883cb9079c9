#pragma once

#include <QString>

namespace homeward::names {

// The one apostrophe form every stored name uses (U+2019, as Ukrainian orthography prints it).
inline constexpr char16_t kApostrophe = u'\u2019';

// True for every character officials type for the Ukrainian apostrophe: ' ’ ʼ ` ‘ ′ ´.
bool isApostrophe(QChar c);

// NFC; every apostrophe form → U+2019; hyphen variants (‐ ‑ ‒ – —) between two letters → "-";
// white space trimmed and collapsed to single spaces. Letters are never changed.
QString normalise(const QString &name);

// Unicode case folding, for case-blind comparison (not for display).
QString foldCase(const QString &name);

} // namespace homeward::names
