#include "domain/Validation.h"

#include <QTest>

using namespace homeward;

Q_DECLARE_METATYPE(homeward::PersonField)
Q_DECLARE_METATYPE(homeward::Category)
Q_DECLARE_METATYPE(QList<homeward::ExchangeField>)
Q_DECLARE_METATYPE(QList<homeward::BatchField>)

namespace {

// A fixed day, so no test depends on the clock.
const QDate kToday(2026, 11, 25);

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A person every rule accepts; each test changes one thing.
Person validPerson()
{
    Person p;
    p.surname = u("Коваленко");
    p.givenName = u("Іван");
    p.patronymic = u("Петрович");
    p.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    p.category = Category::Serviceman;
    p.rank = u("солдат");
    p.captureDate = QDate(2024, 3, 10);
    return p;
}

QString describe(const QList<PersonProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines << QStringLiteral("[%1] %2").arg(int(p.field)).arg(p.message);
    return lines.join(QLatin1Char('\n'));
}

QList<PersonProblem> problemsOn(const QList<PersonProblem> &problems, PersonField field)
{
    QList<PersonProblem> result;
    for (const auto &p : problems)
        if (p.field == field)
            result << p;
    return result;
}

QString *textField(Person &p, PersonField field)
{
    switch (field) {
    case PersonField::RecordId:
        return &p.recordId;
    case PersonField::Surname:
        return &p.surname;
    case PersonField::GivenName:
        return &p.givenName;
    case PersonField::Patronymic:
        return &p.patronymic;
    case PersonField::BirthPlace:
        return &p.birthPlace;
    case PersonField::Citizenship:
        return &p.citizenship;
    case PersonField::DocumentType:
        return &p.documentType;
    case PersonField::DocumentNumber:
        return &p.documentNumber;
    case PersonField::Region:
        return &p.region;
    case PersonField::Rank:
        return &p.rank;
    case PersonField::Unit:
        return &p.unit;
    case PersonField::ServiceNumber:
        return &p.serviceNumber;
    case PersonField::CapturePlace:
        return &p.capturePlace;
    case PersonField::DetentionPlace:
        return &p.detentionPlace;
    case PersonField::Health:
        return &p.health;
    case PersonField::InformName:
        return &p.informName;
    case PersonField::InformContact:
        return &p.informContact;
    case PersonField::Notes:
        return &p.notes;
    default:
        return nullptr;
    }
}

// Sets one field from text: dates are parsed, everything else is taken as is.
bool setField(Person &p, PersonField field, const QString &value)
{
    if (field == PersonField::BirthDate) {
        const auto date = PartialDate::parse(value);
        if (!date)
            return false;
        p.birthDate = *date;
        return true;
    }
    if (field == PersonField::CaptureDate) {
        p.captureDate = value.isEmpty() ? QDate() : QDate::fromString(value, Qt::ISODate);
        return value.isEmpty() || p.captureDate.isValid();
    }
    QString *target = textField(p, field);
    if (!target)
        return false;
    *target = value;
    return true;
}

} // namespace

class ValidationTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanNormalisesWhiteSpaceAndComposition_data();
    void cleanNormalisesWhiteSpaceAndComposition();

    void validNamesPass_data();
    void validNamesPass();
    void invalidNamesAreExplained_data();
    void invalidNamesAreExplained();
    void mixedScriptNamesTheStrayLetter_data();
    void mixedScriptNamesTheStrayLetter();
    void wordsInDifferentScriptsAreRefused();

    void validPersonHasNoProblems();
    void emptyPersonGetsEveryProblemAtOnce();
    void problemsAreTiedToTheirField_data();
    void problemsAreTiedToTheirField();
    void namePartsShareOneScript_data();
    void namePartsShareOneScript();
    void ageAtCaptureIsPlausible_data();
    void ageAtCaptureIsPlausible();
    void captureDateFollowsBirth_data();
    void captureDateFollowsBirth();
    void categoryDecidesServiceDetails_data();
    void categoryDecidesServiceDetails();
    void normalisedCleansTextButKeepsNoteLines();
    void validateChecksTheNormalisedPerson();

    void exchangeRules_data();
    void exchangeRules();
    void exchangeNormalised();
    void batchRules_data();
    void batchRules();
    void batchNormalised();
};

// ---------------------------------------------------------------- text::clean

void ValidationTest::cleanNormalisesWhiteSpaceAndComposition_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already clean") << u("Коваленко Іван") << u("Коваленко Іван");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u(" \t\u00A0 ") << QString();
    QTest::newRow("leading and trailing") << u("  Іван \t") << u("Іван");
    QTest::newRow("no-break space") << u("Римський\u00A0Корсаков") << u("Римський Корсаков");
    QTest::newRow("tab") << u("Іван\tПетрович") << u("Іван Петрович");
    QTest::newRow("newline run") << u("Іван\r\n\n Петрович") << u("Іван Петрович");
    QTest::newRow("mixed run") << u("a \u00A0\t\u2003\u2028b") << u("a b");
    QTest::newRow("narrow no-break space") << u("Київ\u202Fобл.") << u("Київ обл.");
    QTest::newRow("decomposed й") << u("Андріи\u0306") << u("Андрій");
    QTest::newRow("decomposed ї") << u("І\u0308жак") << u("Їжак");
    QTest::newRow("decomposed Latin é") << u("Rene\u0301") << u("René");
}

void ValidationTest::cleanNormalisesWhiteSpaceAndComposition()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString cleaned = text::clean(input);
    QCOMPARE(cleaned, expected);
    QCOMPARE(text::clean(cleaned), cleaned); // idempotent
}

// ---------------------------------------------------------------- names

void ValidationTest::validNamesPass_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Cyrillic") << u("Коваленко");
    QTest::newRow("Ukrainian letters") << u("Ґалаґан-Їжакевич");
    QTest::newRow("Є") << u("Єрмоленко");
    QTest::newRow("ASCII apostrophe") << u("Мар'яна");
    QTest::newRow("right single quotation mark") << u("Мар’яна");
    QTest::newRow("modifier letter apostrophe") << u("Марʼяна");
    QTest::newRow("grave accent as apostrophe") << u("Мар`яна");
    QTest::newRow("hyphenated") << u("Римський-Корсаков");
    QTest::newRow("two words") << u("Анна Марія");
    QTest::newRow("Latin") << u("Smith");
    QTest::newRow("Latin apostrophe") << u("O'Brien");
    QTest::newRow("Latin diacritics") << u("Müller-Łukasiewicz");
    QTest::newRow("Latin words") << u("van der Berg");
    QTest::newRow("stress mark NFC keeps") << u("Івано\u0301в");
    QTest::newRow("single letter") << u("Я");
    QTest::newRow("empty: requiredness is not a name rule") << QString();
}

void ValidationTest::validNamesPass()
{
    QFETCH(QString, name);
    const auto problem = text::nameProblem(name);
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
}

void ValidationTest::invalidNamesAreExplained_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("digit") << u("Іва5") << u("Character “5” at position 4 is not allowed in a name");
    QTest::newRow("digit in Latin") << u("Ivan2") << u("Character “2” at position 5 is not allowed in a name");
    QTest::newRow("exclamation") << u("Петро!") << u("Character “!” at position 6 is not allowed in a name");
    QTest::newRow("underscore") << u("Іван_Петро") << u("Character “_” at position 5 is not allowed in a name");
    QTest::newRow("dot") << u("І. Петров") << u("Character “.” at position 2 is not allowed in a name");
    QTest::newRow("en dash is not a hyphen")
        << u("Римський–Корсаков") << u("Character “–” at position 9 is not allowed in a name");
    QTest::newRow("no-break space shown by code")
        << u("Анна\u00A0Марія") << u("Character “U+00A0” at position 5 is not allowed in a name");
    QTest::newRow("zero-width space shown by code")
        << u("Ко\u200Bваленко") << u("Character “U+200B” at position 3 is not allowed in a name");
    QTest::newRow("Greek omicron") << u("Kοstas") << u("Letter “ο” at position 2 is neither Cyrillic nor Latin");
    QTest::newRow("mark without letter") << u("\u0301Іван")
                                         << u("Combining mark “◌\u0301” at position 1 does not follow a letter");
    QTest::newRow("leading apostrophe") << u("'Іван") << u("“'” at position 1 must stand between two letters");
    QTest::newRow("trailing apostrophe") << u("Іван’") << u("“’” at position 5 must stand between two letters");
    QTest::newRow("leading hyphen") << u("-Іван") << u("“-” at position 1 must stand between two letters");
    QTest::newRow("trailing hyphen") << u("Іван-") << u("“-” at position 5 must stand between two letters");
    QTest::newRow("doubled hyphen") << u("Римський--Корсаков") << u("“-” at position 9 must stand between two letters");
    QTest::newRow("hyphen after space") << u("Римський -Корсаков")
                                        << u("“-” at position 10 must stand between two letters");
    QTest::newRow("apostrophe then hyphen") << u("Мар'-яна") << u("“'” at position 4 must stand between two letters");
    QTest::newRow("leading space") << u(" Іван") << u("Extra space at position 1 in the name");
    QTest::newRow("double space") << u("Анна  Марія") << u("Extra space at position 6 in the name");
    QTest::newRow("trailing space") << u("Іван ") << u("Extra space at position 5 in the name");
}

void ValidationTest::invalidNamesAreExplained()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto problem = text::nameProblem(name);
    QVERIFY(problem.has_value());
    QCOMPARE(*problem, expected);
}

void ValidationTest::mixedScriptNamesTheStrayLetter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QString prefix = u("The name mixes Cyrillic and Latin letters: ");
    // Latin look-alikes inside Cyrillic words.
    QTest::newRow("Latin o") << u("Кoваленко") << prefix + u("Latin “o” at position 2");
    QTest::newRow("Latin a") << u("Пaвленко") << prefix + u("Latin “a” at position 2");
    QTest::newRow("Latin e") << u("Шевчeнко") << prefix + u("Latin “e” at position 5");
    QTest::newRow("Latin i") << u("Лiтвин") << prefix + u("Latin “i” at position 2");
    QTest::newRow("Latin c") << u("Лиcенко") << prefix + u("Latin “c” at position 3");
    QTest::newRow("Latin C capital") << u("Cидоренко") << prefix + u("Latin “C” at position 1");
    QTest::newRow("Latin p") << u("Пpоценко") << prefix + u("Latin “p” at position 2");
    QTest::newRow("Latin x") << u("Оxрименко") << prefix + u("Latin “x” at position 2");
    QTest::newRow("Latin o last") << u("Петренкo") << prefix + u("Latin “o” at position 8");
    QTest::newRow("Latin i after apostrophe") << u("Мар'iя") << prefix + u("Latin “i” at position 5");
    QTest::newRow("Latin a in second half") << u("Римський-Кoрсаков") << prefix + u("Latin “o” at position 11");
    // Cyrillic look-alikes inside Latin words.
    QTest::newRow("Cyrillic а") << u("Ivаn") << prefix + u("Cyrillic “а” at position 3");
    QTest::newRow("Cyrillic о") << u("Jоhn") << prefix + u("Cyrillic “о” at position 2");
    QTest::newRow("Cyrillic А capital") << u("Аnna") << prefix + u("Cyrillic “А” at position 1");
    // The majority of the whole name decides which letters are the strays.
    QTest::newRow("Latin majority") << u("Коvalenko") << prefix + u("Cyrillic “К” at position 1");
    QTest::newRow("several strays, first named") << u("Кoвaлeнкo") << prefix + u("Latin “o” at position 2");
    QTest::newRow("tie keeps Cyrillic") << u("Иo") << prefix + u("Latin “o” at position 2");
    QTest::newRow("tie keeps Cyrillic, stray first") << u("oИ") << prefix + u("Latin “o” at position 1");
    // A stray letter inside a word is named before a whole word in the other script.
    QTest::newRow("mixed word beats Latin word") << u("Ivan Кoваленко") << prefix + u("Latin “o” at position 7");
}

void ValidationTest::mixedScriptNamesTheStrayLetter()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto problem = text::nameProblem(name);
    QVERIFY(problem.has_value());
    QCOMPARE(*problem, expected);
}

void ValidationTest::wordsInDifferentScriptsAreRefused()
{
    const auto problem = text::nameProblem(u("Іван Petrenko"));
    QVERIFY(problem.has_value());
    QCOMPARE(*problem,
             u("The name mixes Cyrillic and Latin words: Cyrillic word “Іван” at position 1; use one script"));

    const auto latinMinority = text::nameProblem(u("Анна-Марія Smith"));
    QVERIFY(latinMinority.has_value());
    QVERIFY2(latinMinority->contains(u("Latin word “Smith” at position 12")), qPrintable(*latinMinority));
}

// ---------------------------------------------------------------- PersonValidator

void ValidationTest::validPersonHasNoProblems()
{
    const PersonValidator validator({}, kToday);
    const auto problems = validator.validate(validPerson());
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void ValidationTest::emptyPersonGetsEveryProblemAtOnce()
{
    const PersonValidator validator({}, kToday);
    const auto problems = validator.validate(Person());
    QVERIFY2(!problemsOn(problems, PersonField::Surname).isEmpty(), qPrintable(describe(problems)));
    QVERIFY2(!problemsOn(problems, PersonField::GivenName).isEmpty(), qPrintable(describe(problems)));
    QVERIFY2(!problemsOn(problems, PersonField::BirthDate).isEmpty(), qPrintable(describe(problems)));
    // A default person is a serviceman without rank or service number.
    QVERIFY2(!problemsOn(problems, PersonField::Rank).isEmpty(), qPrintable(describe(problems)));
    QVERIFY(problemsOn(problems, PersonField::Patronymic).isEmpty());
    for (const auto &p : problems)
        QVERIFY(!p.message.isEmpty());

    // Several unrelated problems at once on a filled-in person, too.
    Person person = validPerson();
    person.surname = u("Кoваленко");
    person.serviceNumber = u("12_34");
    person.birthPlace = QString(201, QLatin1Char('x'));
    const auto many = validator.validate(person);
    QCOMPARE(problemsOn(many, PersonField::Surname).size(), 1);
    QCOMPARE(problemsOn(many, PersonField::ServiceNumber).size(), 1);
    QCOMPARE(problemsOn(many, PersonField::BirthPlace).size(), 1);
    QCOMPARE(many.size(), 3);
}

void ValidationTest::problemsAreTiedToTheirField_data()
{
    QTest::addColumn<PersonField>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // empty: the value is valid; else a part of the message

    using F = PersonField;
    const QString ok;
    QTest::newRow("surname required") << F::Surname << QString() << u("The surname is required");
    QTest::newRow("surname white space only") << F::Surname << u(" \u00A0 ") << u("The surname is required");
    QTest::newRow("surname cleaned") << F::Surname << u("  Коваленко\t") << ok;
    QTest::newRow("surname stray Latin")
        << F::Surname << u("Кoваленко")
        << u("Surname: The name mixes Cyrillic and Latin letters: Latin “o” at position 2");
    QTest::newRow("surname digit") << F::Surname << u("Ков4ленко") << u("Character “4” at position 4");
    QTest::newRow("given name required") << F::GivenName << QString() << u("The given name is required");
    QTest::newRow("given name apostrophe") << F::GivenName << u("Мар’яна") << ok;
    QTest::newRow("given name stray Latin")
        << F::GivenName << u("Іvan") << u("Given name: The name mixes Cyrillic and Latin letters");
    QTest::newRow("patronymic optional") << F::Patronymic << QString() << ok;
    QTest::newRow("patronymic trailing hyphen") << F::Patronymic << u("Петрович-") << u("Patronymic: ");
    QTest::newRow("birth date required") << F::BirthDate << QString() << u("The date of birth is required");
    QTest::newRow("birth year only") << F::BirthDate << u("1990") << ok;
    QTest::newRow("birth year and month") << F::BirthDate << u("05.1990") << ok;
    QTest::newRow("birth year in future") << F::BirthDate << u("2027") << u("The date of birth 2027 is in the future");
    QTest::newRow("birth month in future")
        << F::BirthDate << u("2026-12") << u("The date of birth 12.2026 is in the future");
    QTest::newRow("birth day in future") << F::BirthDate << u("2026-11-26")
                                         << u("The date of birth 26.11.2026 is in the future");
    QTest::newRow("birth this month: not future but too young") << F::BirthDate << u("2026-11") << u("years old");
    QTest::newRow("capture optional") << F::CaptureDate << QString() << ok;
    QTest::newRow("capture today") << F::CaptureDate << u("2026-11-25") << ok;
    QTest::newRow("capture in future") << F::CaptureDate << u("2026-11-26")
                                       << u("The date of capture 26.11.2026 is in the future");
    QTest::newRow("service number chars") << F::ServiceNumber << u("АВ-123/45 №7") << ok;
    QTest::newRow("service number underscore")
        << F::ServiceNumber << u("12_34") << u("Service number: character “_” at position 3 is not allowed");
    QTest::newRow("service number semicolon") << F::ServiceNumber << u("1234;") << u("“;” at position 5");
    QTest::newRow("document number") << F::DocumentNumber << u("НК 123456") << ok;
    QTest::newRow("document number dot") << F::DocumentNumber << u("НК.123456")
                                         << u("Document number: character “.” at position 3");
    QTest::newRow("document number superscript") << F::DocumentNumber << u("12³") << u("“³” at position 3");
    QTest::newRow("record id") << F::RecordId << u("UA-2024/17") << ok;
    QTest::newRow("record id 64 chars") << F::RecordId << QString(64, QLatin1Char('a')) << ok;
    QTest::newRow("record id 65 chars") << F::RecordId << QString(65, QLatin1Char('a'))
                                        << u("The record identifier is longer than 64 characters");
    QTest::newRow("record id with space")
        << F::RecordId << u("UA 17") << u("The record identifier cannot contain spaces");
    QTest::newRow("record id with tab") << F::RecordId << u("UA\t17") << u("cannot contain spaces");
    QTest::newRow("record id padded") << F::RecordId << u(" UA-17 ") << ok;
    QTest::newRow("birth place 200 chars") << F::BirthPlace << QString(200, QChar(0x0436)) << ok;
    QTest::newRow("birth place 201 chars")
        << F::BirthPlace << QString(201, QChar(0x0436)) << u("Place of birth: too long (201 characters, at most 200)");
    QTest::newRow("birth place control character")
        << F::BirthPlace << u("Київ\u0001") << u("Place of birth: control character U+0001 at position 5");
    QTest::newRow("region control character") << F::Region << u("Київська\u007F обл.") << u("U+007F at position 9");
    QTest::newRow("capture place") << F::CapturePlace << u("с. Липці, Харківська обл.") << ok;
    QTest::newRow("capture place control character")
        << F::CapturePlace << u("с.\u001BЛипці") << u("Place of capture: control character U+001B");
    QTest::newRow("detention place escape") << F::DetentionPlace << u("\u0007") << u("control character U+0007");
    QTest::newRow("unit too long") << F::Unit << QString(250, QLatin1Char('1')) << u("Unit: too long (250 characters");
    QTest::newRow("inform contact too long") << F::InformContact << QString(201, QLatin1Char('1')) << u("too long");
    QTest::newRow("surname too long") << F::Surname << QString(201, QChar(0x0436)) << u("Surname: too long");
    QTest::newRow("notes 4000 chars") << F::Notes << QString(4000, QLatin1Char('n')) << ok;
    QTest::newRow("notes 4001 chars") << F::Notes << QString(4001, QLatin1Char('n'))
                                      << u("Notes: too long (4001 characters, at most 4000)");
    QTest::newRow("notes keep lines and tabs") << F::Notes << u("рядок 1\n\tрядок 2\r\n") << ok;
    QTest::newRow("notes control character") << F::Notes << u("a\u0002b") << u("Notes: control character U+0002");
}

void ValidationTest::problemsAreTiedToTheirField()
{
    QFETCH(PersonField, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    Person person = validPerson();
    // A future birth month must not also trip the capture date; keep the capture out of the way.
    if (field == PersonField::BirthDate)
        person.captureDate = QDate();
    QVERIFY(setField(person, field, value));
    const auto problems = PersonValidator({}, kToday).validate(person);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), int(field));
    QVERIFY2(problems.first().message.contains(expected), qPrintable(problems.first().message));
}

void ValidationTest::namePartsShareOneScript_data()
{
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("givenName");
    QTest::addColumn<QString>("patronymic");
    QTest::addColumn<int>("field"); // -1: no problem
    QTest::addColumn<QString>("expected");

    QTest::newRow("all Cyrillic") << u("Коваленко") << u("Іван") << u("Петрович") << -1 << QString();
    QTest::newRow("all Latin") << u("Kovalenko") << u("Ivan") << u("Petrovych") << -1 << QString();
    QTest::newRow("Latin without patronymic") << u("Smith") << u("John") << QString() << -1 << QString();
    QTest::newRow("Latin given name") << u("Коваленко") << u("Ivan") << u("Петрович") << int(PersonField::GivenName)
                                      << u("The given name is in Latin letters but the surname is in Cyrillic letters");
    QTest::newRow("Latin patronymic") << u("Коваленко") << u("Іван") << u("Petrovych") << int(PersonField::Patronymic)
                                      << u("The patronymic is in Latin letters but the surname is in Cyrillic letters");
    QTest::newRow("Cyrillic patronymic, Latin name")
        << u("Kovalenko") << u("Ivan") << u("Петрович") << int(PersonField::Patronymic)
        << u("The patronymic is in Cyrillic letters but the surname is in Latin letters");
    // Without a usable surname the given name sets the script.
    QTest::newRow("no surname") << QString() << u("Іван") << u("Petrovych") << int(PersonField::Patronymic)
                                << u("The patronymic is in Latin letters but the given name is in Cyrillic letters");
}

void ValidationTest::namePartsShareOneScript()
{
    QFETCH(QString, surname);
    QFETCH(QString, givenName);
    QFETCH(QString, patronymic);
    QFETCH(int, field);
    QFETCH(QString, expected);

    Person person = validPerson();
    person.surname = surname;
    person.givenName = givenName;
    person.patronymic = patronymic;
    auto problems = PersonValidator({}, kToday).validate(person);
    // A missing surname is its own problem; only the script rule is looked at here.
    problems.removeIf([](const PersonProblem &p) { return p.field == PersonField::Surname; });
    if (field < 0) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), field);
    QCOMPARE(problems.first().message, expected);
}

void ValidationTest::ageAtCaptureIsPlausible_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QDate>("capture");
    QTest::addColumn<int>("minAge");
    QTest::addColumn<int>("maxAge");
    QTest::addColumn<QString>("expected"); // empty: plausible

    const QDate none;
    // Age today (25.11.2026) when no capture date is known.
    QTest::newRow("14 today") << u("2012-11-25") << none << 14 << 100 << QString();
    QTest::newRow("13 today") << u("2012-11-26") << none << 14 << 100
                              << u("Today the person would be 13 years old; the age must be between 14 and 100");
    QTest::newRow("100 today") << u("1925-11-26") << none << 14 << 100 << QString();
    QTest::newRow("101 today") << u("1925-11-25") << none << 14 << 100
                               << u("Today the person would be 101 years old; the age must be between 14 and 100");
    // Partial dates: a problem only when no day of the range is plausible.
    QTest::newRow("year 2012: 13–14") << u("2012") << none << 14 << 100 << QString();
    QTest::newRow("year 2013: 12–13")
        << u("2013") << none << 14 << 100
        << u("Today the person would be 12–13 years old; the age must be between 14 and 100");
    QTest::newRow("month 11.2012: 14") << u("11.2012") << none << 14 << 100 << QString();
    QTest::newRow("month 12.2012: 13") << u("12.2012") << none << 14 << 100 << u("would be 13 years old");
    QTest::newRow("year 1925: 100–101") << u("1925") << none << 14 << 100 << QString();
    QTest::newRow("year 1924: 101–102") << u("1924") << none << 14 << 100 << u("would be 101–102 years old");
    // Age at the date of capture when it is known.
    QTest::newRow("14 at capture") << u("2000-03-10") << QDate(2014, 3, 10) << 14 << 100 << QString();
    QTest::newRow("13 at capture")
        << u("2000-03-10") << QDate(2014, 3, 9) << 14 << 100
        << u("At the date of capture the person would be 13 years old; the age must be between 14 and 100");
    QTest::newRow("old now, plausible at capture") << u("1922-01-01") << QDate(2020, 1, 1) << 14 << 100 << QString();
    QTest::newRow("partial year at capture") << u("2000") << QDate(2014, 6, 1) << 14 << 100 << QString();
    QTest::newRow("partial year at capture, too young")
        << u("2001") << QDate(2014, 6, 1) << 14 << 100 << u("capture the person would be 12–13 years old");
    QTest::newRow("leap-day birth, day before birthday")
        << u("29.02.2000") << QDate(2014, 2, 28) << 14 << 100 << u("would be 13 years old");
    QTest::newRow("leap-day birth, 1 March") << u("29.02.2000") << QDate(2014, 3, 1) << 14 << 100 << QString();
    // Other settings.
    QTest::newRow("custom bounds, too old")
        << u("1950-01-01") << none << 16 << 65
        << u("Today the person would be 76 years old; the age must be between 16 and 65");
    QTest::newRow("custom bounds, inside") << u("1980-01-01") << none << 16 << 65 << QString();
}

void ValidationTest::ageAtCaptureIsPlausible()
{
    QFETCH(QString, birth);
    QFETCH(QDate, capture);
    QFETCH(int, minAge);
    QFETCH(int, maxAge);
    QFETCH(QString, expected);

    Person person = validPerson();
    person.birthDate = PartialDate::parse(birth).value();
    person.captureDate = capture;
    PersonValidator::Settings settings;
    settings.minAgeAtCapture = minAge;
    settings.maxAgeAtCapture = maxAge;
    const auto problems = PersonValidator(settings, kToday).validate(person);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, PersonField::BirthDate);
    QVERIFY2(problems.first().message.contains(expected), qPrintable(problems.first().message));
}

void ValidationTest::captureDateFollowsBirth_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QDate>("capture");
    QTest::addColumn<QString>("expected"); // empty: valid

    QTest::newRow("after birth") << u("2000-01-01") << QDate(2020, 1, 1) << QString();
    QTest::newRow("on the birthday") << u("2000-01-01") << QDate(2000, 1, 1) << QString();
    QTest::newRow("day before birth") << u("2000-01-01") << QDate(1999, 12, 31)
                                      << u("The date of capture 31.12.1999 is before the date of birth 01.01.2000");
    QTest::newRow("before the birth year")
        << u("2000") << QDate(1999, 6, 1) << u("The date of capture 01.06.1999 is before the date of birth 2000");
    // The capture may fall before the birth within the known year: the official must settle it.
    QTest::newRow("inside the birth year")
        << u("2000") << QDate(2000, 6, 1) << u("The date of capture 01.06.2000 may be before the date of birth 2000");
    QTest::newRow("inside the birth month")
        << u("06.2000") << QDate(2000, 6, 15) << u("may be before the date of birth 06.2000");
    QTest::newRow("after the birth month") << u("06.2000") << QDate(2000, 7, 1) << QString();
}

void ValidationTest::captureDateFollowsBirth()
{
    QFETCH(QString, birth);
    QFETCH(QDate, capture);
    QFETCH(QString, expected);

    Person person = validPerson();
    person.birthDate = PartialDate::parse(birth).value();
    person.captureDate = capture;
    PersonValidator::Settings settings;
    settings.minAgeAtCapture = 0; // keep the age rule out of this test
    const auto problems = PersonValidator(settings, kToday).validate(person);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    // The age rule is not run on top of an impossible capture date.
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, PersonField::CaptureDate);
    QVERIFY2(problems.first().message.contains(expected), qPrintable(problems.first().message));
}

void ValidationTest::categoryDecidesServiceDetails_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("rank");
    QTest::addColumn<QString>("serviceNumber");
    QTest::addColumn<bool>("valid");

    QTest::newRow("serviceman with rank") << Category::Serviceman << u("солдат") << QString() << true;
    QTest::newRow("serviceman with number") << Category::Serviceman << QString() << u("Ф-123456") << true;
    QTest::newRow("serviceman with both") << Category::Serviceman << u("сержант") << u("Ф-123456") << true;
    QTest::newRow("serviceman with neither") << Category::Serviceman << QString() << QString() << false;
    QTest::newRow("serviceman, blank rank") << Category::Serviceman << u(" \t ") << QString() << false;
    QTest::newRow("civilian with neither") << Category::Civilian << QString() << QString() << true;
    QTest::newRow("civilian with rank") << Category::Civilian << u("солдат") << QString() << true;
}

void ValidationTest::categoryDecidesServiceDetails()
{
    QFETCH(Category, category);
    QFETCH(QString, rank);
    QFETCH(QString, serviceNumber);
    QFETCH(bool, valid);

    Person person = validPerson();
    person.category = category;
    person.rank = rank;
    person.serviceNumber = serviceNumber;
    const auto problems = PersonValidator({}, kToday).validate(person);
    if (valid) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, PersonField::Rank);
    QCOMPARE(problems.first().message, u("A serviceman needs a rank or a service number"));
}

void ValidationTest::normalisedCleansTextButKeepsNoteLines()
{
    Person person = validPerson();
    person.surname = u("  Римський\u00A0-Корсаков ");
    person.givenName = u("Андріи\u0306");
    person.birthPlace = u("м.\tКиїв\n");
    person.informContact = u(" +380\u00A044  123 ");
    person.notes = u("\n  перший рядок\n\tдругий  рядок  \n");
    const Person cleaned = PersonValidator::normalised(person);
    QCOMPARE(cleaned.surname, u("Римський -Корсаков")); // spaces are collapsed, not removed
    QCOMPARE(cleaned.givenName, u("Андрій"));
    QCOMPARE(cleaned.birthPlace, u("м. Київ"));
    QCOMPARE(cleaned.informContact, u("+380 44 123"));
    QCOMPARE(cleaned.notes, u("перший рядок\n\tдругий  рядок"));
    // No case change: officials type what the documents say.
    person = validPerson();
    person.surname = u("КОВАЛЕНКО");
    person.givenName = u("іван");
    QCOMPARE(PersonValidator::normalised(person).surname, u("КОВАЛЕНКО"));
    QCOMPARE(PersonValidator::normalised(person).givenName, u("іван"));
    // Untouched fields stay as they were.
    QCOMPARE(PersonValidator::normalised(validPerson()), validPerson());
}

void ValidationTest::validateChecksTheNormalisedPerson()
{
    Person person = validPerson();
    person.givenName = u("Андріи\u0306");    // decomposed й: valid once composed
    person.surname = u("\tКоваленко\u00A0"); // white space around: valid once cleaned
    person.patronymic = u("Петрович\u2028");
    const auto problems = PersonValidator({}, kToday).validate(person);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

// ---------------------------------------------------------------- Exchange and Batch

void ValidationTest::exchangeRules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("servicemen");
    QTest::addColumn<int>("civilians");
    QTest::addColumn<QDate>("agreedOn");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QList<ExchangeField>>("fields");

    using F = ExchangeField;
    const QString t = u("1000 на 1000");
    QTest::newRow("valid") << t << 1000 << 0 << QDate(2026, 5, 16) << QString() << QList<F>{};
    QTest::newRow("no date is fine") << t << 10 << 5 << QDate() << QString() << QList<F>{};
    QTest::newRow("agreed today") << t << 10 << 5 << kToday << QString() << QList<F>{};
    QTest::newRow("title required") << QString() << 10 << 5 << QDate() << QString() << QList<F>{F::Title};
    QTest::newRow("blank title") << u(" \u00A0\t") << 10 << 5 << QDate() << QString() << QList<F>{F::Title};
    QTest::newRow("title 200") << QString(200, QLatin1Char('t')) << 1 << 0 << QDate() << QString() << QList<F>{};
    QTest::newRow("title 201") << QString(201, QLatin1Char('t')) << 1 << 0 << QDate() << QString()
                               << QList<F>{F::Title};
    QTest::newRow("negative servicemen") << t << -1 << 5 << QDate() << QString() << QList<F>{F::AgreedServicemen};
    QTest::newRow("negative civilians") << t << 5 << -1 << QDate() << QString() << QList<F>{F::AgreedCivilians};
    QTest::newRow("zero total") << t << 0 << 0 << QDate() << QString() << QList<F>{F::AgreedServicemen};
    QTest::newRow("civilians only") << t << 0 << 3 << QDate() << QString() << QList<F>{};
    QTest::newRow("future date") << t << 1 << 1 << kToday.addDays(1) << QString() << QList<F>{F::AgreedOn};
    QTest::newRow("notes 4001") << t << 1 << 1 << QDate() << QString(4001, QLatin1Char('n')) << QList<F>{F::Notes};
    QTest::newRow("every problem at once") << QString() << -2 << 0 << kToday.addYears(1) << QString()
                                           << QList<F>{F::Title, F::AgreedServicemen, F::AgreedOn};
}

void ValidationTest::exchangeRules()
{
    QFETCH(QString, title);
    QFETCH(int, servicemen);
    QFETCH(int, civilians);
    QFETCH(QDate, agreedOn);
    QFETCH(QString, notes);
    QFETCH(QList<ExchangeField>, fields);

    Exchange exchange;
    exchange.title = title;
    exchange.agreedServicemen = servicemen;
    exchange.agreedCivilians = civilians;
    exchange.agreedOn = agreedOn;
    exchange.notes = notes;
    const auto problems = ExchangeValidator::validate(exchange, kToday);
    QList<ExchangeField> actual;
    QStringList messages;
    for (const auto &p : problems) {
        actual << p.field;
        messages << p.message;
        QVERIFY(!p.message.isEmpty());
    }
    QVERIFY2(actual == fields, qPrintable(messages.join(QLatin1Char('\n'))));
    if (servicemen == 0 && civilians == 0)
        QVERIFY(messages.contains(u("Agreed totals must be at least one person")));
}

void ValidationTest::exchangeNormalised()
{
    Exchange exchange;
    exchange.title = u("  1000\u00A0на\t1000 ");
    exchange.place = u("КПП \n «Сеньківка»");
    exchange.notes = u("  рядок 1\nрядок 2  ");
    const Exchange cleaned = ExchangeValidator::normalised(exchange);
    QCOMPARE(cleaned.title, u("1000 на 1000"));
    QCOMPARE(cleaned.place, u("КПП «Сеньківка»"));
    QCOMPARE(cleaned.notes, u("рядок 1\nрядок 2"));
}

void ValidationTest::batchRules_data()
{
    QTest::addColumn<int>("sequenceNo");
    QTest::addColumn<QDate>("plannedDate");
    QTest::addColumn<int>("servicemen");
    QTest::addColumn<int>("civilians");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QList<BatchField>>("fields");

    using F = BatchField;
    const QDate d(2026, 12, 1);
    QTest::newRow("valid") << 1 << d << 270 << 120 << u("КПП") << QList<F>{};
    QTest::newRow("sequence 0 means next free") << 0 << d << 1 << 0 << QString() << QList<F>{};
    QTest::newRow("negative sequence") << -1 << d << 1 << 0 << QString() << QList<F>{F::SequenceNo};
    QTest::newRow("date required") << 1 << QDate() << 1 << 0 << QString() << QList<F>{F::PlannedDate};
    QTest::newRow("negative servicemen") << 1 << d << -1 << 3 << QString() << QList<F>{F::PlannedServicemen};
    QTest::newRow("negative civilians") << 1 << d << 3 << -1 << QString() << QList<F>{F::PlannedCivilians};
    QTest::newRow("zero total") << 1 << d << 0 << 0 << QString() << QList<F>{F::PlannedServicemen};
    QTest::newRow("place too long") << 1 << d << 1 << 0 << QString(201, QLatin1Char('p')) << QList<F>{F::Place};
    QTest::newRow("place control character") << 1 << d << 1 << 0 << u("КПП\u0003") << QList<F>{F::Place};
    QTest::newRow("every problem at once")
        << -3 << QDate() << 0 << 0 << QString() << QList<F>{F::SequenceNo, F::PlannedDate, F::PlannedServicemen};
}

void ValidationTest::batchRules()
{
    QFETCH(int, sequenceNo);
    QFETCH(QDate, plannedDate);
    QFETCH(int, servicemen);
    QFETCH(int, civilians);
    QFETCH(QString, place);
    QFETCH(QList<BatchField>, fields);

    Batch batch;
    batch.exchangeId = 1;
    batch.sequenceNo = sequenceNo;
    batch.plannedDate = plannedDate;
    batch.plannedServicemen = servicemen;
    batch.plannedCivilians = civilians;
    batch.place = place;
    const auto problems = BatchValidator::validate(batch);
    QList<BatchField> actual;
    QStringList messages;
    for (const auto &p : problems) {
        actual << p.field;
        messages << p.message;
        QVERIFY(!p.message.isEmpty());
    }
    QVERIFY2(actual == fields, qPrintable(messages.join(QLatin1Char('\n'))));
}

void ValidationTest::batchNormalised()
{
    Batch batch;
    batch.place = u("\tКПП\u00A0 «Сеньківка» ");
    batch.notes = u(" a\n b ");
    const Batch cleaned = BatchValidator::normalised(batch);
    QCOMPARE(cleaned.place, u("КПП «Сеньківка»"));
    QCOMPARE(cleaned.notes, u("a\n b"));
}

QTEST_GUILESS_MAIN(ValidationTest)
#include "tst_validation.moc"
