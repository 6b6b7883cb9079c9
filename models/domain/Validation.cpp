#include "Validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace homeward {
namespace {

constexpr int kMaxTextLength = 200;
constexpr int kMaxNotesLength = 4000;
constexpr int kMaxRecordIdLength = 64;

// One code point of a text with its 1-based position, counted in code points
// so that the position an official reads matches what they see.
struct CodePoint {
    char32_t value;
    int position;
};

std::vector<CodePoint> codePoints(const QString &text)
{
    std::vector<CodePoint> result;
    result.reserve(text.size());
    int position = 0;
    for (const char32_t c : text.toUcs4())
        result.push_back({c, ++position});
    return result;
}

bool isMark(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'`';
}

// How a character is shown in a message: invisible and combining characters
// get a visible form, so "Character “” at position 4" never happens.
QString shown(char32_t c)
{
    if (isMark(c)) {
        QString text(QChar(0x25CC)); // dotted circle carries the mark
        text += QString::fromUcs4(&c, 1);
        return text;
    }
    const auto category = QChar::category(c);
    if (QChar::isSpace(c) || category == QChar::Other_Control || category == QChar::Other_Format ||
        category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse ||
        category == QChar::Other_Surrogate)
        return QStringLiteral("U+%1").arg(quint32(c), 4, 16, QLatin1Char('0')).toUpper();
    return QString::fromUcs4(&c, 1);
}

enum class NameScript { None, Cyrillic, Latin, Mixed };

QString scriptName(NameScript script)
{
    return script == NameScript::Cyrillic ? QCoreApplication::translate("homeward::text", "Cyrillic")
                                          : QCoreApplication::translate("homeward::text", "Latin");
}

NameScript scriptOfLetter(char32_t c)
{
    if (!QChar::isLetter(c))
        return NameScript::None;
    switch (QChar::script(c)) {
    case QChar::Script_Cyrillic:
        return NameScript::Cyrillic;
    case QChar::Script_Latin:
        return NameScript::Latin;
    default:
        return NameScript::None;
    }
}

// The one script of a name's letters; None when it has no letters, Mixed when both.
NameScript scriptOfName(const QString &name)
{
    NameScript found = NameScript::None;
    for (const char32_t c : name.toUcs4()) {
        const NameScript s = scriptOfLetter(c);
        if (s == NameScript::None)
            continue;
        if (found == NameScript::None)
            found = s;
        else if (found != s)
            return NameScript::Mixed;
    }
    return found;
}

std::optional<QString> characterProblem(const std::vector<CodePoint> &cps)
{
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i].value;
        if (c == U' ' || c == U'-' || isApostrophe(c))
            continue;
        if (isMark(c)) {
            // A combining mark NFC could not merge is kept only on a letter (e.g. a stress mark).
            const bool onLetter = i > 0 && (QChar::isLetter(cps[i - 1].value) || isMark(cps[i - 1].value));
            if (onLetter)
                continue;
            return QCoreApplication::translate("homeward::text",
                                               "Combining mark “%1” at position %2 does not follow a letter")
                .arg(shown(c))
                .arg(cps[i].position);
        }
        if (QChar::isLetter(c)) {
            if (scriptOfLetter(c) != NameScript::None)
                continue;
            return QCoreApplication::translate("homeward::text",
                                               "Letter “%1” at position %2 is neither Cyrillic nor Latin")
                .arg(shown(c))
                .arg(cps[i].position);
        }
        return QCoreApplication::translate("homeward::text", "Character “%1” at position %2 is not allowed in a name")
            .arg(shown(c))
            .arg(cps[i].position);
    }
    return std::nullopt;
}

std::optional<QString> punctuationProblem(const std::vector<CodePoint> &cps)
{
    const auto isWordChar = [&](std::size_t i) { return QChar::isLetter(cps[i].value) || isMark(cps[i].value); };
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i].value;
        if (c == U' ') {
            const bool extra = i == 0 || i + 1 == cps.size() || cps[i - 1].value == U' ';
            if (extra)
                return QCoreApplication::translate("homeward::text", "Extra space at position %1 in the name")
                    .arg(cps[i].position);
            continue;
        }
        if (c != U'-' && !isApostrophe(c))
            continue;
        // Apostrophes and hyphens join letters: Мар'яна, Римський-Корсаков.
        const bool between = i > 0 && i + 1 < cps.size() && isWordChar(i - 1) && isWordChar(i + 1);
        if (!between)
            return QCoreApplication::translate("homeward::text", "“%1” at position %2 must stand between two letters")
                .arg(shown(c))
                .arg(cps[i].position);
    }
    return std::nullopt;
}

std::optional<QString> scriptProblem(const std::vector<CodePoint> &cps)
{
    int cyrillic = 0, latin = 0;
    for (const auto &cp : cps) {
        const NameScript s = scriptOfLetter(cp.value);
        cyrillic += s == NameScript::Cyrillic;
        latin += s == NameScript::Latin;
    }
    if (cyrillic == 0 || latin == 0)
        return std::nullopt;
    // The majority of the whole name decides which letters are the strays (a tie keeps Cyrillic).
    const NameScript minority = cyrillic >= latin ? NameScript::Latin : NameScript::Cyrillic;

    // Words as [begin, end) ranges split at spaces.
    std::vector<std::pair<std::size_t, std::size_t>> words;
    for (std::size_t i = 0; i < cps.size();) {
        while (i < cps.size() && cps[i].value == U' ')
            ++i;
        const std::size_t begin = i;
        while (i < cps.size() && cps[i].value != U' ')
            ++i;
        if (begin < i)
            words.emplace_back(begin, i);
    }

    // A stray letter inside a word is the likely look-alike typo; name it first.
    for (const auto &[begin, end] : words) {
        bool hasCyrillic = false, hasLatin = false;
        for (std::size_t i = begin; i < end; ++i) {
            hasCyrillic |= scriptOfLetter(cps[i].value) == NameScript::Cyrillic;
            hasLatin |= scriptOfLetter(cps[i].value) == NameScript::Latin;
        }
        if (!(hasCyrillic && hasLatin))
            continue;
        for (std::size_t i = begin; i < end; ++i) {
            if (scriptOfLetter(cps[i].value) == minority)
                return QCoreApplication::translate("homeward::text",
                                                   "The name mixes Cyrillic and Latin letters: %1 “%2” at position %3")
                    .arg(scriptName(minority), shown(cps[i].value))
                    .arg(cps[i].position);
        }
    }
    for (const auto &[begin, end] : words) {
        for (std::size_t i = begin; i < end; ++i) {
            if (scriptOfLetter(cps[i].value) == minority) {
                QString word;
                for (std::size_t j = begin; j < end; ++j)
                    word += QString::fromUcs4(&cps[j].value, 1);
                return QCoreApplication::translate(
                           "homeward::text",
                           "The name mixes Cyrillic and Latin words: %1 word “%2” at position %3; use one script")
                    .arg(scriptName(minority), word)
                    .arg(cps[begin].position);
            }
        }
    }
    return std::nullopt;
}

QString personFieldLabel(PersonField field)
{
    switch (field) {
    case PersonField::RecordId:
        return QCoreApplication::translate("homeward::PersonValidator", "Record identifier");
    case PersonField::Surname:
        return QCoreApplication::translate("homeward::PersonValidator", "Surname");
    case PersonField::GivenName:
        return QCoreApplication::translate("homeward::PersonValidator", "Given name");
    case PersonField::Patronymic:
        return QCoreApplication::translate("homeward::PersonValidator", "Patronymic");
    case PersonField::BirthDate:
        return QCoreApplication::translate("homeward::PersonValidator", "Date of birth");
    case PersonField::BirthPlace:
        return QCoreApplication::translate("homeward::PersonValidator", "Place of birth");
    case PersonField::Sex:
        return QCoreApplication::translate("homeward::PersonValidator", "Sex");
    case PersonField::Citizenship:
        return QCoreApplication::translate("homeward::PersonValidator", "Citizenship");
    case PersonField::DocumentType:
        return QCoreApplication::translate("homeward::PersonValidator", "Document type");
    case PersonField::DocumentNumber:
        return QCoreApplication::translate("homeward::PersonValidator", "Document number");
    case PersonField::Region:
        return QCoreApplication::translate("homeward::PersonValidator", "Region");
    case PersonField::Category:
        return QCoreApplication::translate("homeward::PersonValidator", "Category");
    case PersonField::Rank:
        return QCoreApplication::translate("homeward::PersonValidator", "Rank");
    case PersonField::Unit:
        return QCoreApplication::translate("homeward::PersonValidator", "Unit");
    case PersonField::ServiceNumber:
        return QCoreApplication::translate("homeward::PersonValidator", "Service number");
    case PersonField::CaptureDate:
        return QCoreApplication::translate("homeward::PersonValidator", "Date of capture");
    case PersonField::CapturePlace:
        return QCoreApplication::translate("homeward::PersonValidator", "Place of capture");
    case PersonField::DetentionPlace:
        return QCoreApplication::translate("homeward::PersonValidator", "Place of detention");
    case PersonField::Health:
        return QCoreApplication::translate("homeward::PersonValidator", "Health");
    case PersonField::InformName:
        return QCoreApplication::translate("homeward::PersonValidator", "Person to inform");
    case PersonField::InformContact:
        return QCoreApplication::translate("homeward::PersonValidator", "Contact of the person to inform");
    case PersonField::Notes:
        return QCoreApplication::translate("homeward::PersonValidator", "Notes");
    }
    return {};
}

// Rules shared by every text field of every record: a length limit and no
// control characters (notes keep their line breaks and tabs).
struct TextRuleFailure {
    enum class Kind { TooLong, ControlCharacter } kind;
    int length = 0;
    int limit = 0;
    QString character;
    int position = 0;
};

std::optional<TextRuleFailure> checkText(const QString &value, int limit, bool multiLine)
{
    if (value.size() > limit)
        return TextRuleFailure{TextRuleFailure::Kind::TooLong, int(value.size()), limit, {}, 0};
    for (const auto &cp : codePoints(value)) {
        if (QChar::category(cp.value) != QChar::Other_Control)
            continue;
        if (multiLine && (cp.value == U'\n' || cp.value == U'\r' || cp.value == U'\t'))
            continue;
        return TextRuleFailure{TextRuleFailure::Kind::ControlCharacter, 0, 0, shown(cp.value), cp.position};
    }
    return std::nullopt;
}

// Years completed on `on` by someone born on `birth`.
int ageOn(QDate birth, QDate on)
{
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

struct PersonTextField {
    PersonField field;
    QString Person::*member;
};

constexpr PersonTextField kPersonTextFields[] = {
    {PersonField::RecordId, &Person::recordId},
    {PersonField::Surname, &Person::surname},
    {PersonField::GivenName, &Person::givenName},
    {PersonField::Patronymic, &Person::patronymic},
    {PersonField::BirthPlace, &Person::birthPlace},
    {PersonField::Citizenship, &Person::citizenship},
    {PersonField::DocumentType, &Person::documentType},
    {PersonField::DocumentNumber, &Person::documentNumber},
    {PersonField::Region, &Person::region},
    {PersonField::Rank, &Person::rank},
    {PersonField::Unit, &Person::unit},
    {PersonField::ServiceNumber, &Person::serviceNumber},
    {PersonField::CapturePlace, &Person::capturePlace},
    {PersonField::DetentionPlace, &Person::detentionPlace},
    {PersonField::Health, &Person::health},
    {PersonField::InformName, &Person::informName},
    {PersonField::InformContact, &Person::informContact},
    {PersonField::Notes, &Person::notes},
};

// Letters, digits, space, hyphen, slash and "№": the characters of service and document numbers.
std::optional<CodePoint> badNumberCharacter(const QString &value)
{
    for (const auto &cp : codePoints(value)) {
        const char32_t c = cp.value;
        if (QChar::isLetterOrNumber(c) && QChar::category(c) != QChar::Number_Letter &&
            QChar::category(c) != QChar::Number_Other)
            continue;
        if (c == U' ' || c == U'-' || c == U'/' || c == U'\u2116')
            continue;
        return cp;
    }
    return std::nullopt;
}

} // namespace

namespace text {

QString clean(const QString &value)
{
    const QString composed = value.normalized(QString::NormalizationForm_C);
    QString result;
    result.reserve(composed.size());
    bool pendingSpace = false;
    for (const QChar c : composed) {
        // Every Unicode space (NBSP, tab, line and paragraph separators …) is a separator here.
        if (c.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result += QLatin1Char(' ');
        pendingSpace = false;
        result += c;
    }
    return result;
}

// Letters of one alphabet and nothing else, the common case: none of the
// rules below can refuse such a name, and checking it costs a pass over its
// UTF-16 units instead of the code-point analysis (a twentieth of a
// registry import).
namespace {
bool plainName(const QString &name)
{
    bool cyrillic = false;
    bool latin = false;
    for (const QChar ch : name) {
        const char16_t u = ch.unicode();
        if ((u >= 0x0400 && u <= 0x045F) || u == 0x0490 || u == 0x0491)
            cyrillic = true;
        else if ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
            latin = true;
        else
            return false;
    }
    return !(cyrillic && latin);
}
} // namespace

std::optional<QString> nameProblem(const QString &name)
{
    if (name.isEmpty() || plainName(name))
        return std::nullopt;
    const auto cps = codePoints(name);
    if (auto problem = characterProblem(cps))
        return problem;
    if (auto problem = punctuationProblem(cps))
        return problem;
    return scriptProblem(cps);
}

} // namespace text

PersonValidator::PersonValidator(Settings settings, QDate today) : m_settings(settings), m_today(today) {}

Person PersonValidator::normalised(const Person &person)
{
    Person result = person;
    for (const auto &[field, member] : kPersonTextFields)
        result.*member = field == PersonField::Notes ? (person.*member).trimmed() : text::clean(person.*member);
    return result;
}

QList<PersonProblem> PersonValidator::validate(const Person &input) const
{
    const Person person = normalised(input);
    QList<PersonProblem> problems;
    const auto add = [&](PersonField field, QString message) { problems.append({field, std::move(message)}); };

    // Generic text rules first, so a field too long to be anything is reported as such.
    QList<PersonField> unusable;
    for (const auto &[field, member] : kPersonTextFields) {
        const bool notes = field == PersonField::Notes;
        const auto failure = checkText(person.*member, notes ? kMaxNotesLength : kMaxTextLength, notes);
        if (!failure)
            continue;
        unusable.append(field);
        if (failure->kind == TextRuleFailure::Kind::TooLong)
            add(field,
                QCoreApplication::translate("homeward::PersonValidator", "%1: too long (%2 characters, at most %3)")
                    .arg(personFieldLabel(field))
                    .arg(failure->length)
                    .arg(failure->limit));
        else
            add(field, QCoreApplication::translate("homeward::PersonValidator",
                                                   "%1: control character %2 at position %3 is not allowed")
                           .arg(personFieldLabel(field), failure->character)
                           .arg(failure->position));
    }

    // Name parts.
    struct NamePart {
        PersonField field;
        const QString &value;
        bool required;
    };
    const NamePart parts[] = {{PersonField::Surname, person.surname, true},
                              {PersonField::GivenName, person.givenName, true},
                              {PersonField::Patronymic, person.patronymic, false}};
    QList<PersonField> goodNames;
    for (const auto &part : parts) {
        if (unusable.contains(part.field))
            continue;
        if (part.value.isEmpty()) {
            if (part.required)
                add(part.field,
                    part.field == PersonField::Surname
                        ? QCoreApplication::translate("homeward::PersonValidator", "The surname is required")
                        : QCoreApplication::translate("homeward::PersonValidator", "The given name is required"));
            continue;
        }
        if (const auto problem = text::nameProblem(part.value)) {
            add(part.field, QCoreApplication::translate("homeward::PersonValidator", "%1: %2")
                                .arg(personFieldLabel(part.field), *problem));
            continue;
        }
        goodNames.append(part.field);
    }
    // One script for the whole name: the surname sets it, else the given name.
    if (goodNames.size() > 1) {
        const auto valueOf = [&](PersonField field) -> const QString & {
            return field == PersonField::Surname     ? person.surname
                   : field == PersonField::GivenName ? person.givenName
                                                     : person.patronymic;
        };
        const PersonField reference = goodNames.first();
        const NameScript referenceScript = scriptOfName(valueOf(reference));
        for (qsizetype i = 1; i < goodNames.size(); ++i) {
            const PersonField field = goodNames[i];
            const NameScript script = scriptOfName(valueOf(field));
            if (script == referenceScript || script == NameScript::None || referenceScript == NameScript::None)
                continue;
            QString message;
            if (field == PersonField::GivenName)
                message = QCoreApplication::translate(
                    "homeward::PersonValidator", "The given name is in %1 letters but the surname is in %2 letters");
            else if (reference == PersonField::Surname)
                message = QCoreApplication::translate(
                    "homeward::PersonValidator", "The patronymic is in %1 letters but the surname is in %2 letters");
            else
                message = QCoreApplication::translate(
                    "homeward::PersonValidator", "The patronymic is in %1 letters but the given name is in %2 letters");
            add(field, message.arg(scriptName(script), scriptName(referenceScript)));
        }
    }

    // Date of birth.
    const PartialDate &birth = person.birthDate;
    bool birthUsable = false;
    if (birth.isNull()) {
        add(PersonField::BirthDate,
            QCoreApplication::translate("homeward::PersonValidator",
                                        "The date of birth is required (the year alone is enough)"));
    } else if (!birth.earliest().isValid() || !birth.latest().isValid()) {
        add(PersonField::BirthDate,
            QCoreApplication::translate("homeward::PersonValidator", "The date of birth is not a valid date"));
    } else if (m_today.isValid() && birth.earliest() > m_today) {
        add(PersonField::BirthDate,
            QCoreApplication::translate("homeward::PersonValidator", "The date of birth %1 is in the future")
                .arg(birth.toDisplay()));
    } else {
        birthUsable = true;
    }

    // Date of capture.
    const QDate capture = person.captureDate;
    bool captureBeforeBirth = false;
    if (capture.isValid()) {
        if (m_today.isValid() && capture > m_today)
            add(PersonField::CaptureDate,
                QCoreApplication::translate("homeward::PersonValidator", "The date of capture %1 is in the future")
                    .arg(capture.toString(QStringLiteral("dd.MM.yyyy"))));
        // Any day the date of birth can stand for must lie on or before the capture.
        if (birthUsable && birth.latest() > capture) {
            captureBeforeBirth = true;
            const QString when = capture.toString(QStringLiteral("dd.MM.yyyy"));
            add(PersonField::CaptureDate,
                birth.earliest() > capture
                    ? QCoreApplication::translate("homeward::PersonValidator",
                                                  "The date of capture %1 is before the date of birth %2")
                          .arg(when, birth.toDisplay())
                    : QCoreApplication::translate("homeward::PersonValidator",
                                                  "The date of capture %1 may be before the date of birth %2")
                          .arg(when, birth.toDisplay()));
        }
    }

    // Plausible age at capture (or today when the capture date is unknown).
    const QDate reference = capture.isValid() ? capture : m_today;
    if (birthUsable && !captureBeforeBirth && reference.isValid()) {
        const int oldest = ageOn(birth.earliest(), reference);
        const int youngest = std::max(0, ageOn(birth.latest(), reference));
        const bool plausible = oldest >= m_settings.minAgeAtCapture && youngest <= m_settings.maxAgeAtCapture;
        if (!plausible) {
            const QString age =
                oldest == youngest ? QString::number(oldest) : QStringLiteral("%1–%2").arg(youngest).arg(oldest);
            add(PersonField::BirthDate,
                (capture.isValid() ? QCoreApplication::translate(
                                         "homeward::PersonValidator",
                                         "At the date of capture the person would be %1 years old; the age must be "
                                         "between %2 and %3")
                                   : QCoreApplication::translate(
                                         "homeward::PersonValidator",
                                         "Today the person would be %1 years old; the age must be between %2 and %3"))
                    .arg(age)
                    .arg(m_settings.minAgeAtCapture)
                    .arg(m_settings.maxAgeAtCapture));
        }
    }

    // Category.
    if (person.category == Category::Serviceman && person.rank.isEmpty() && person.serviceNumber.isEmpty())
        add(PersonField::Rank,
            QCoreApplication::translate("homeward::PersonValidator", "A serviceman needs a rank or a service number"));

    // Numbers.
    for (const auto field : {PersonField::ServiceNumber, PersonField::DocumentNumber}) {
        if (unusable.contains(field))
            continue;
        const QString &value = field == PersonField::ServiceNumber ? person.serviceNumber : person.documentNumber;
        if (const auto bad = badNumberCharacter(value))
            add(field, QCoreApplication::translate("homeward::PersonValidator",
                                                   "%1: character “%2” at position %3 is not allowed (only letters, "
                                                   "digits, space, “-”, “/” and “№”)")
                           .arg(personFieldLabel(field), shown(bad->value))
                           .arg(bad->position));
    }

    // Record identifier.
    if (!unusable.contains(PersonField::RecordId)) {
        if (person.recordId.contains(QLatin1Char(' ')))
            add(PersonField::RecordId, QCoreApplication::translate("homeward::PersonValidator",
                                                                   "The record identifier cannot contain spaces"));
        if (person.recordId.size() > kMaxRecordIdLength)
            add(PersonField::RecordId, QCoreApplication::translate("homeward::PersonValidator",
                                                                   "The record identifier is longer than %1 characters")
                                           .arg(kMaxRecordIdLength));
    }
    return problems;
}

// Exchange ----------------------------------------------------------------

namespace {

struct ExchangeTextField {
    ExchangeField field;
    QString Exchange::*member;
};

constexpr ExchangeTextField kExchangeTextFields[] = {
    {ExchangeField::Title, &Exchange::title}, {ExchangeField::AgreementRef, &Exchange::agreementRef},
    {ExchangeField::Place, &Exchange::place}, {ExchangeField::Intermediary, &Exchange::intermediary},
    {ExchangeField::Notes, &Exchange::notes},
};

QString exchangeFieldLabel(ExchangeField field)
{
    switch (field) {
    case ExchangeField::Title:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Title");
    case ExchangeField::AgreementRef:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Agreement reference");
    case ExchangeField::Place:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Place");
    case ExchangeField::Intermediary:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Intermediary");
    case ExchangeField::AgreedServicemen:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Agreed servicemen");
    case ExchangeField::AgreedCivilians:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Agreed civilians");
    case ExchangeField::AgreedOn:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Agreed on");
    case ExchangeField::Status:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Status");
    case ExchangeField::Notes:
        return QCoreApplication::translate("homeward::ExchangeValidator", "Notes");
    }
    return {};
}

// The two formats come translated from the caller, so lupdate sees each context's literal strings.
QString textRuleMessage(const QString &label, const TextRuleFailure &failure, const QString &tooLongFormat,
                        const QString &controlFormat)
{
    if (failure.kind == TextRuleFailure::Kind::TooLong)
        return tooLongFormat.arg(label).arg(failure.length).arg(failure.limit);
    return controlFormat.arg(label, failure.character).arg(failure.position);
}

} // namespace

Exchange ExchangeValidator::normalised(const Exchange &exchange)
{
    Exchange result = exchange;
    for (const auto &[field, member] : kExchangeTextFields)
        result.*member = field == ExchangeField::Notes ? (exchange.*member).trimmed() : text::clean(exchange.*member);
    return result;
}

QList<ExchangeProblem> ExchangeValidator::validate(const Exchange &input, QDate today)
{
    const Exchange exchange = normalised(input);
    QList<ExchangeProblem> problems;
    const auto add = [&](ExchangeField field, QString message) { problems.append({field, std::move(message)}); };

    for (const auto &[field, member] : kExchangeTextFields) {
        const bool notes = field == ExchangeField::Notes;
        if (const auto failure = checkText(exchange.*member, notes ? kMaxNotesLength : kMaxTextLength, notes))
            add(field,
                textRuleMessage(exchangeFieldLabel(field), *failure,
                                QCoreApplication::translate("homeward::ExchangeValidator",
                                                            "%1: too long (%2 characters, at most %3)"),
                                QCoreApplication::translate("homeward::ExchangeValidator",
                                                            "%1: control character %2 at position %3 is not allowed")));
    }
    if (exchange.title.isEmpty())
        add(ExchangeField::Title, QCoreApplication::translate("homeward::ExchangeValidator", "The title is required"));

    if (exchange.agreedServicemen < 0)
        add(ExchangeField::AgreedServicemen,
            QCoreApplication::translate("homeward::ExchangeValidator",
                                        "The agreed number of servicemen cannot be negative"));
    if (exchange.agreedCivilians < 0)
        add(ExchangeField::AgreedCivilians,
            QCoreApplication::translate("homeward::ExchangeValidator",
                                        "The agreed number of civilians cannot be negative"));
    if (exchange.agreedServicemen >= 0 && exchange.agreedCivilians >= 0 && exchange.agreedTotal() <= 0)
        add(ExchangeField::AgreedServicemen,
            QCoreApplication::translate("homeward::ExchangeValidator", "Agreed totals must be at least one person"));

    if (exchange.agreedOn.isValid() && today.isValid() && exchange.agreedOn > today)
        add(ExchangeField::AgreedOn,
            QCoreApplication::translate("homeward::ExchangeValidator", "The agreement date %1 is in the future")
                .arg(exchange.agreedOn.toString(QStringLiteral("dd.MM.yyyy"))));
    return problems;
}

// Batch -------------------------------------------------------------------

Batch BatchValidator::normalised(const Batch &batch)
{
    Batch result = batch;
    result.place = text::clean(batch.place);
    result.notes = batch.notes.trimmed();
    return result;
}

QList<BatchProblem> BatchValidator::validate(const Batch &input)
{
    const Batch batch = normalised(input);
    QList<BatchProblem> problems;
    const auto add = [&](BatchField field, QString message) { problems.append({field, std::move(message)}); };

    const QString tooLong =
        QCoreApplication::translate("homeward::BatchValidator", "%1: too long (%2 characters, at most %3)");
    const QString control = QCoreApplication::translate("homeward::BatchValidator",
                                                        "%1: control character %2 at position %3 is not allowed");
    if (const auto failure = checkText(batch.place, kMaxTextLength, false))
        add(BatchField::Place, textRuleMessage(QCoreApplication::translate("homeward::BatchValidator", "Place"),
                                               *failure, tooLong, control));
    if (const auto failure = checkText(batch.notes, kMaxNotesLength, true))
        add(BatchField::Notes, textRuleMessage(QCoreApplication::translate("homeward::BatchValidator", "Notes"),
                                               *failure, tooLong, control));

    if (batch.sequenceNo < 0)
        add(BatchField::SequenceNo,
            QCoreApplication::translate("homeward::BatchValidator", "The sequence number cannot be negative"));
    if (!batch.plannedDate.isValid())
        add(BatchField::PlannedDate,
            QCoreApplication::translate("homeward::BatchValidator", "The planned date is required"));
    if (batch.plannedServicemen < 0)
        add(BatchField::PlannedServicemen,
            QCoreApplication::translate("homeward::BatchValidator",
                                        "The planned number of servicemen cannot be negative"));
    if (batch.plannedCivilians < 0)
        add(BatchField::PlannedCivilians,
            QCoreApplication::translate("homeward::BatchValidator",
                                        "The planned number of civilians cannot be negative"));
    if (batch.plannedServicemen >= 0 && batch.plannedCivilians >= 0 && batch.plannedTotal() <= 0)
        add(BatchField::PlannedServicemen,
            QCoreApplication::translate("homeward::BatchValidator", "Planned totals must be at least one person"));
    return problems;
}

} // namespace homeward
