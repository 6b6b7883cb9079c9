#pragma once

#include "domain/Person.h"

#include <QStringList>

namespace homeward {

// "Коваленко Олександр Петрович": how a person is named in questions and titles.
inline QString fullName(const Person &person)
{
    QStringList parts{person.surname, person.givenName, person.patronymic};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' ')).simplified();
}

// "Коваленко Олександр": short enough for the status bar.
inline QString shortName(const Person &person)
{
    return QStringList{person.surname, person.givenName}.join(QLatin1Char(' ')).simplified();
}

} // namespace homeward
