#include "Verification.h"

#include <QCoreApplication>

namespace homeward {
namespace {

struct ItemCode {
    CheckItem item;
    const char *code;
};

constexpr ItemCode kItemCodes[] = {
    {CheckItem::Surname, "surname"},
    {CheckItem::GivenName, "given_name"},
    {CheckItem::Patronymic, "patronymic"},
    {CheckItem::BirthDate, "birth_date"},
    {CheckItem::Sex, "sex"},
    {CheckItem::CategoryRank, "category_rank"},
    {CheckItem::Document, "document"},
    {CheckItem::BirthPlace, "birth_place"},
    {CheckItem::Identity, "identity"},
    {CheckItem::Custom, "custom"},
};

const QString kCustomPrefix = QStringLiteral("custom:");

} // namespace

QString toCode(CheckItem value)
{
    for (const ItemCode &entry : kItemCodes)
        if (entry.item == value)
            return QString::fromLatin1(entry.code);
    return {};
}

QString toCode(CheckState value)
{
    switch (value) {
    case CheckState::Pending:
        return QStringLiteral("pending");
    case CheckState::Confirmed:
        return QStringLiteral("confirmed");
    case CheckState::Discrepancy:
        return QStringLiteral("discrepancy");
    }
    return {};
}

QString toCode(CheckMethod value)
{
    switch (value) {
    case CheckMethod::BlindReentry:
        return QStringLiteral("blind_reentry");
    case CheckMethod::Compared:
        return QStringLiteral("compared");
    case CheckMethod::InPerson:
        return QStringLiteral("in_person");
    case CheckMethod::Photo:
        return QStringLiteral("photo");
    case CheckMethod::Documents:
        return QStringLiteral("documents");
    }
    return {};
}

std::optional<CheckItem> checkItemFromCode(const QString &code)
{
    if (code.startsWith(kCustomPrefix)) {
        bool ok = false;
        const qint64 id = code.mid(kCustomPrefix.size()).toLongLong(&ok);
        return ok && id > 0 ? std::optional(CheckItem::Custom) : std::nullopt;
    }
    for (const ItemCode &entry : kItemCodes)
        if (entry.item != CheckItem::Custom && code == QLatin1String(entry.code))
            return entry.item;
    return std::nullopt;
}

std::optional<CheckState> checkStateFromCode(const QString &code)
{
    for (CheckState s : {CheckState::Pending, CheckState::Confirmed, CheckState::Discrepancy})
        if (toCode(s) == code)
            return s;
    return std::nullopt;
}

std::optional<CheckMethod> checkMethodFromCode(const QString &code)
{
    for (CheckMethod m : {CheckMethod::BlindReentry, CheckMethod::Compared, CheckMethod::InPerson, CheckMethod::Photo,
                          CheckMethod::Documents})
        if (toCode(m) == code)
            return m;
    return std::nullopt;
}

QString customItemCode(qint64 exchangeCheckItemId)
{
    return kCustomPrefix + QString::number(exchangeCheckItemId);
}

QString label(CheckItem value)
{
    switch (value) {
    case CheckItem::Surname:
        return QCoreApplication::translate("homeward::Verification", "Surname");
    case CheckItem::GivenName:
        return QCoreApplication::translate("homeward::Verification", "Given name");
    case CheckItem::Patronymic:
        return QCoreApplication::translate("homeward::Verification", "Patronymic");
    case CheckItem::BirthDate:
        return QCoreApplication::translate("homeward::Verification", "Date of birth");
    case CheckItem::Sex:
        return QCoreApplication::translate("homeward::Verification", "Sex");
    case CheckItem::CategoryRank:
        return QCoreApplication::translate("homeward::Verification", "Category and rank");
    case CheckItem::Document:
        return QCoreApplication::translate("homeward::Verification", "Service number or identity document");
    case CheckItem::BirthPlace:
        return QCoreApplication::translate("homeward::Verification", "Place of birth");
    case CheckItem::Identity:
        return QCoreApplication::translate("homeward::Verification", "Identity confirmed");
    case CheckItem::Custom:
        return QCoreApplication::translate("homeward::Verification", "Additional check");
    }
    return {};
}

QString label(CheckState value)
{
    switch (value) {
    case CheckState::Pending:
        return QCoreApplication::translate("homeward::Verification", "not verified");
    case CheckState::Confirmed:
        return QCoreApplication::translate("homeward::Verification", "confirmed");
    case CheckState::Discrepancy:
        return QCoreApplication::translate("homeward::Verification", "discrepancy");
    }
    return {};
}

QString label(CheckMethod value)
{
    switch (value) {
    case CheckMethod::BlindReentry:
        return QCoreApplication::translate("homeward::Verification", "typed again without seeing it");
    case CheckMethod::Compared:
        return QCoreApplication::translate("homeward::Verification", "compared with the records");
    case CheckMethod::InPerson:
        return QCoreApplication::translate("homeward::Verification", "in person");
    case CheckMethod::Photo:
        return QCoreApplication::translate("homeward::Verification", "from a photo");
    case CheckMethod::Documents:
        return QCoreApplication::translate("homeward::Verification", "from documents");
    }
    return {};
}

QString detailInSentence(CheckItem value)
{
    switch (value) {
    case CheckItem::Surname:
        return QCoreApplication::translate("homeward::Verification", "the surname");
    case CheckItem::GivenName:
        return QCoreApplication::translate("homeward::Verification", "the given name");
    case CheckItem::Patronymic:
        return QCoreApplication::translate("homeward::Verification", "the patronymic");
    case CheckItem::BirthDate:
        return QCoreApplication::translate("homeward::Verification", "the date of birth");
    case CheckItem::Sex:
        return QCoreApplication::translate("homeward::Verification", "the sex");
    case CheckItem::CategoryRank:
        return QCoreApplication::translate("homeward::Verification", "the category and rank");
    case CheckItem::Document:
        return QCoreApplication::translate("homeward::Verification", "the service number or identity document");
    case CheckItem::BirthPlace:
        return QCoreApplication::translate("homeward::Verification", "the place of birth");
    case CheckItem::Identity:
        return QCoreApplication::translate("homeward::Verification", "the identity check");
    case CheckItem::Custom:
        return QCoreApplication::translate("homeward::Verification", "the details");
    }
    return {};
}

QList<CheckItem> standardCheckItems()
{
    return {CheckItem::Surname,      CheckItem::GivenName, CheckItem::Patronymic, CheckItem::BirthDate, CheckItem::Sex,
            CheckItem::CategoryRank, CheckItem::Document,  CheckItem::BirthPlace, CheckItem::Identity};
}

bool prefersBlindReentry(CheckItem item)
{
    return item == CheckItem::Surname || item == CheckItem::BirthDate || item == CheckItem::Document;
}

bool methodAllowedFor(CheckItem item, CheckMethod method)
{
    if (item == CheckItem::Identity)
        return method == CheckMethod::InPerson || method == CheckMethod::Photo || method == CheckMethod::Documents;
    if (method == CheckMethod::BlindReentry)
        return prefersBlindReentry(item);
    return true;
}

QString detailText(const Person &person, CheckItem item)
{
    switch (item) {
    case CheckItem::Surname:
        return person.surname;
    case CheckItem::GivenName:
        return person.givenName;
    case CheckItem::Patronymic:
        return person.patronymic;
    case CheckItem::BirthDate:
        return person.birthDate.toDisplay();
    case CheckItem::Sex:
        return label(person.sex);
    case CheckItem::CategoryRank:
        return person.rank.isEmpty() ? label(person.category)
                                     : QCoreApplication::translate("homeward::Verification", "%1, %2")
                                           .arg(label(person.category), person.rank);
    case CheckItem::Document: {
        QStringList parts;
        if (!person.serviceNumber.isEmpty())
            parts
                << QCoreApplication::translate("homeward::Verification", "service number %1").arg(person.serviceNumber);
        const QString document =
            QStringList{person.documentType, person.documentNumber}.join(QLatin1Char(' ')).trimmed();
        if (!document.isEmpty())
            parts << document;
        return parts.join(QStringLiteral("; "));
    }
    case CheckItem::BirthPlace:
        return person.birthPlace;
    case CheckItem::Identity:
    case CheckItem::Custom:
        return {};
    }
    return {};
}

bool detailChanged(const Person &before, const Person &after, CheckItem item)
{
    switch (item) {
    case CheckItem::Surname:
        return before.surname != after.surname;
    case CheckItem::GivenName:
        return before.givenName != after.givenName;
    case CheckItem::Patronymic:
        return before.patronymic != after.patronymic;
    case CheckItem::BirthDate:
        return before.birthDate != after.birthDate;
    case CheckItem::Sex:
        return before.sex != after.sex;
    case CheckItem::CategoryRank:
        return before.category != after.category || before.rank != after.rank;
    case CheckItem::Document:
        return before.serviceNumber != after.serviceNumber || before.documentType != after.documentType ||
               before.documentNumber != after.documentNumber;
    case CheckItem::BirthPlace:
        return before.birthPlace != after.birthPlace;
    case CheckItem::Identity:
    case CheckItem::Custom:
        return false;
    }
    return false;
}

QList<VerificationItem> verificationsResetBy(const Person &before, const Person &after,
                                             const QList<VerificationItem> &items)
{
    QList<VerificationItem> reset;
    for (const VerificationItem &v : items)
        if (v.state != CheckState::Pending && detailChanged(before, after, v.item))
            reset << v;
    return reset;
}

QString resetNotice(const QList<VerificationItem> &reset)
{
    if (reset.isEmpty())
        return {};
    QStringList details;
    for (const VerificationItem &v : reset)
        details << detailInSentence(v.item);
    const QString list = details.size() == 1 ? details.constFirst()
                                             : QCoreApplication::translate("homeward::Verification", "%1 and %2")
                                                   .arg(details.mid(0, details.size() - 1).join(QStringLiteral(", ")),
                                                        details.constLast());
    return QCoreApplication::translate("homeward::Verification",
                                       "The verification of %1 was reset; another official must verify it again.",
                                       nullptr, int(reset.size()))
        .arg(list);
}

} // namespace homeward
