#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace homeward::names {

// A letter of another script inside a word, e.g. a Latin "o" typed inside a Cyrillic surname.
struct LookAlike final {
    int position = -1;         // 0-based index in the QString as given
    QChar found;               // the letter as typed
    QString foundScript;       // its script, e.g. "Latin", "Cyrillic", "Greek"
    QChar replacement;         // the letter of the word's script that looks the same; null when there is none
    QString replacementScript; // the script of the word ("Latin" or "Cyrillic")

    bool operator==(const LookAlike &) const = default;
};

struct LookAlikeReport final {
    QList<LookAlike> letters; // empty when every word is written in one script
    // The name with every letter that has a replacement replaced (the input itself when `letters` is empty).
    // Offered to the official, never applied without their action.
    QString repaired;
    // True when `letters` is not empty and every one of them has a replacement.
    bool canRepair = false;

    bool isClean() const { return letters.isEmpty(); }
};

// Finds letters of a foreign script in each word of `name`. The script with more letters in a word decides
// (a tie goes to the script with more letters in the whole name, then to Cyrillic). Visual equivalence is
// decided by the Unicode confusables data (UTS #39 skeletons, ICU uspoof): a replacement is a letter of the
// word's script, of the same case, in the Ukrainian/Russian or the basic Latin alphabet, whose skeleton is the
// found letter's skeleton. Never modifies `name`.
LookAlikeReport findLookAlikes(const QString &name);

// Whether `text` has both Latin and Cyrillic letters (a cheap test before findLookAlikes).
bool mixesLatinAndCyrillic(const QString &text);

// The letter of `script` ("Latin" or "Cyrillic") that looks like `letter`, or a null QChar. Exposed for tests.
QChar lookAlikeIn(QChar letter, const QString &script);

} // namespace homeward::names
