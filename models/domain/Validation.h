#pragma once

#include "Batch.h"
#include "Exchange.h"
#include "Person.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace homeward {

// A problem with one field, in translated text for the official
// ("The surname mixes Cyrillic and Latin letters: Latin “o” at position 3").
template <typename Field>
struct FieldProblem final {
    Field field;
    QString message;
    bool operator==(const FieldProblem &other) const = default;
};

using PersonProblem = FieldProblem<PersonField>;
using ExchangeProblem = FieldProblem<ExchangeField>;
using BatchProblem = FieldProblem<BatchField>;

namespace text {
// Trimmed, runs of white space collapsed to one space, NFC-normalised.
QString clean(const QString &value);
// Why `name` is not a valid name part (surname, given name, patronymic), or
// nullopt when it is: only letters of one script (Cyrillic or Latin) plus
// apostrophe, hyphen and space; a word mixing Cyrillic and Latin letters
// names the offending letter and its position (1-based).
std::optional<QString> nameProblem(const QString &name);
} // namespace text

// Declared outside PersonValidator because a nested struct with member
// initialisers cannot be a default argument inside its own class (CWG 1397).
struct PersonValidatorSettings {
    int minAgeAtCapture = 14;
    int maxAgeAtCapture = 100;
};

// The rules a person's details must meet before they are stored. Returns
// every problem at once, each tied to its field.
class PersonValidator final {
public:
    using Settings = PersonValidatorSettings;

    explicit PersonValidator(Settings settings = {}, QDate today = QDate::currentDate());

    // Every text field cleaned with text::clean (notes: trimmed only).
    static Person normalised(const Person &person);
    // Validates normalised(input).
    QList<PersonProblem> validate(const Person &input) const;

private:
    Settings m_settings;
    QDate m_today;
};

class ExchangeValidator final {
public:
    static Exchange normalised(const Exchange &exchange);
    static QList<ExchangeProblem> validate(const Exchange &input, QDate today = QDate::currentDate());
};

class BatchValidator final {
public:
    static Batch normalised(const Batch &batch);
    static QList<BatchProblem> validate(const Batch &input);
};

} // namespace homeward
