#pragma once

#include "Enums.h"
#include "PartialDate.h"

#include <QDate>
#include <QString>

namespace homeward {

// The details of one person (Geneva Convention III, arts. 17 and 122).
struct Person final {
    qint64 id = 0;          // 0 until stored
    qint64 rowVersion = 0;  // incremented on every stored change
    QString recordId;       // identifier in an interchange list, may be empty

    // identity
    QString surname;
    QString givenName;
    QString patronymic;
    PartialDate birthDate;
    QString birthPlace;
    Sex sex = Sex::Male;
    QString citizenship;
    QString documentType;
    QString documentNumber;
    QString region;

    // service
    Category category = Category::Serviceman;
    QString rank;
    QString unit;
    QString serviceNumber;

    // capture and detention
    QDate captureDate;
    QString capturePlace;
    QString detentionPlace;
    QString health;

    // person to inform
    QString informName;
    QString informContact;

    QString notes;

    bool operator==(const Person &other) const = default;
};

// Every field of a person, for tying validation problems and form widgets to a field.
enum class PersonField {
    RecordId,
    Surname,
    GivenName,
    Patronymic,
    BirthDate,
    BirthPlace,
    Sex,
    Citizenship,
    DocumentType,
    DocumentNumber,
    Region,
    Category,
    Rank,
    Unit,
    ServiceNumber,
    CaptureDate,
    CapturePlace,
    DetentionPlace,
    Health,
    InformName,
    InformContact,
    Notes,
};

} // namespace homeward
