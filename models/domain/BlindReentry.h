#pragma once

#include "Person.h"
#include "Verification.h"

#include <QList>
#include <QString>

#include <optional>

namespace homeward {

// How a retyped value is compared with the stored one.
//  Name: equal ignoring case (officials type capitals inconsistently) and
//        apostrophe/hyphen variants; a case-only difference is still reported.
//  Date: equal as partial dates ("17.05.1990" equals "1990-05-17").
//  Document: equal ignoring spaces, hyphens and case ("АА 123-456" equals "аа123456").
enum class BlindKind { Name, Date, Document };

// The outcome of a blind re-entry. `stored` and `typed` are the two values as
// the official should see them side by side (cleaned; dates in DD.MM.YYYY
// form when they parse); the positions (0-based, in QChar units, ascending)
// mark the letters that differ, from an edit-distance alignment that counts
// two swapped neighbours as one edit. When `equal` is true the positions
// mark only letters that differ in case (`caseOnly`).
struct BlindComparison final {
    bool equal = false;
    bool caseOnly = false;
    QString stored;
    QString typed;
    QList<int> differingPositionsInStored;
    QList<int> differingPositionsInTyped;
};

BlindComparison compareBlind(const QString &stored, const QString &typed, BlindKind kind);

// The kind used for a checklist item; nullopt for items without blind re-entry.
std::optional<BlindKind> blindKindFor(CheckItem item);
// The one stored value the verifier retypes for `item`: the surname, the date
// of birth (ISO), or the service number when there is one and otherwise the
// document number. Empty when there is nothing to retype.
QString blindStoredValue(const Person &person, CheckItem item);
// What to ask for ("Type the service number"), translated.
QString blindPrompt(const Person &person, CheckItem item);

} // namespace homeward
