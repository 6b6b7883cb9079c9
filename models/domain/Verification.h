#pragma once

#include "Person.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace homeward {

// One line of a person's verification checklist. The nine standard details
// exist for every person; Custom items are the free checks a supervisor adds
// to an exchange (stored as "custom:<id>").
enum class CheckItem {
    Surname,
    GivenName,
    Patronymic,
    BirthDate,
    Sex,
    CategoryRank,
    Document,
    BirthPlace,
    Identity,
    Custom
};
enum class CheckState { Pending, Confirmed, Discrepancy };
// How a detail was verified. BlindReentry is written only by the blind
// comparison itself, never claimed by hand.
enum class CheckMethod { BlindReentry, Compared, InPerson, Photo, Documents };

// Stable codes as stored in verification_item (Custom: "custom", the stored
// code is customItemCode()).
QString toCode(CheckItem value);
QString toCode(CheckState value);
QString toCode(CheckMethod value);
std::optional<CheckItem> checkItemFromCode(const QString &code); // "custom:12" gives Custom
std::optional<CheckState> checkStateFromCode(const QString &code);
std::optional<CheckMethod> checkMethodFromCode(const QString &code);
QString customItemCode(qint64 exchangeCheckItemId);

// Translated labels for lists and headers ("Surname").
QString label(CheckItem value);
QString label(CheckState value);
QString label(CheckMethod value);
// The detail inside a sentence ("the surname"), for messages.
QString detailInSentence(CheckItem value);

// The nine standard items in checklist order.
QList<CheckItem> standardCheckItems();
// Surname, date of birth and service number/document: where typos hide best,
// so blind re-entry is the default way to verify them.
bool prefersBlindReentry(CheckItem item);
// Whether `method` may confirm `item`: the identity check needs the person
// seen in person, on a photo or from documents; BlindReentry only for the
// details that offer it.
bool methodAllowedFor(CheckItem item, CheckMethod method);

struct VerificationItem final {
    qint64 id = 0;
    qint64 personId = 0;
    QString code; // as stored: "surname", "custom:3"
    CheckItem item = CheckItem::Surname;
    QString label; // a custom item's own text; empty for standard items
    CheckState state = CheckState::Pending;
    std::optional<CheckMethod> method;
    QString note;
    qint64 changedBy = 0; // 0: entered without an official
    QString changedByName;
    QDateTime changedAt; // UTC
    qint64 verifiedBy = 0;
    QString verifiedByName;
    QDateTime verifiedAt; // UTC
    // Moves on with every stored change of the row (a verdict, a note, the
    // reset when the detail is edited): a form's save carries the number it
    // read and is refused as stale when it moved on (schema 11).
    qint64 rowVersion = 0;

    // What the checklist shows: the custom label or the translated standard one.
    QString displayLabel() const { return item == CheckItem::Custom ? label : homeward::label(item); }
};

// The stored value of a standard detail as shown to a verifier comparing it
// ("serviceman, senior soldier"; "service number 1234; passport АА 123456").
// Empty for Identity and Custom.
QString detailText(const Person &person, CheckItem item);
// Whether editing the person from `before` to `after` changes the detail
// behind `item` (the same rule the database applies when it resets a
// verification). Identity and Custom are never reset by an edit.
bool detailChanged(const Person &before, const Person &after, CheckItem item);
// The items of `items` whose verification an edit from `before` to `after`
// resets: those confirmed or marked discrepant whose detail changes. Forms
// call it to warn before saving and to say afterwards what was reset.
QList<VerificationItem> verificationsResetBy(const Person &before, const Person &after,
                                             const QList<VerificationItem> &items);
// "The verification of the surname and the date of birth was reset; another
// official must verify them again." Empty for an empty list.
QString resetNotice(const QList<VerificationItem> &reset);

} // namespace homeward
