#include "names/GivenNames.h"

#include "names/ComparisonKey.h"
#include "names/LookAlikes.h"
#include "names/NameNormaliser.h"
#include "names/Transliterator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>

namespace homeward::names {

namespace {

QString unreadable()
{
    return QCoreApplication::translate("homeward::names::GivenNames", "The table of given names cannot be read");
}

// ё is written as е in most documents and databases: both spellings are one.
QString foldYo(QString folded)
{
    folded.replace(QChar(u'ё'), QChar(u'е'));
    return folded;
}

struct Entry final {
    QString canonical;
    QStringList variants;    // Ukrainian first, then Russian, then other Latin spellings
    QStringList patronymics; // masculine, feminine pairs, Ukrainian first
    GivenNames::Sex sex = GivenNames::Sex::Male;
};

// One hash value: the id (0 when two canonical names share the spelling or key) and, for patronymics,
// the sex its ending shows (-1 when unknown or mixed).
struct Hit final {
    int id = 0;
    int sex = -1;
};

void insert(QHash<QString, Hit> &table, const QString &spelling, int id, int sex)
{
    if (spelling.isEmpty())
        return;
    const auto it = table.find(spelling);
    if (it == table.end()) {
        table.insert(spelling, Hit{id, sex});
        return;
    }
    if (it->id != id)
        it->id = 0; // two canonical names: unknown, never a wrong name
    if (it->sex != sex)
        it->sex = -1;
}

// The folded spelling, its ё-less form, the comparison key of the spelling and of its passport
// transliterations: every way a lookup may reach `form`.
void index(QHash<QString, Hit> &exact, QHash<QString, Hit> &keys, const QString &form, int id, int sex)
{
    const QString folded = foldYo(foldCase(normalise(form)));
    insert(exact, folded, id, sex);
    insert(keys, comparisonKey(folded), id, sex);
    for (const auto system :
         {PassportTransliterator::System::UkrainianPassport, PassportTransliterator::System::RussianIcao}) {
        // A Ukrainian form has letters the Russian system does not cover and the reverse: skip those.
        const Result<QString> latin = PassportTransliterator::transliterate(system, form);
        if (latin.ok())
            insert(keys, comparisonKey(latin.value()), id, sex);
    }
}

QStringList splitItems(const QString &field, QChar separator)
{
    QStringList items;
    for (const QString &item : field.split(separator)) {
        const QString trimmed = normalise(item);
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

struct Table {
    QList<Entry> entries; // id - 1
    QHash<QString, Hit> givenExact;
    QHash<QString, Hit> givenKeys;
    QHash<QString, Hit> patronymicExact;
    QHash<QString, Hit> patronymicKeys;
    int males = 0;
    int females = 0;
    Status status;
};

Status parseInto(Table &data, const QString &text);

} // namespace

struct GivenNames::Data final : Table {};

GivenNames::GivenNames() : m_data(std::make_shared<Data>()) {}

const GivenNames &GivenNames::instance()
{
    static const GivenNames names = [] {
        GivenNames loaded;
        auto data = std::make_shared<Data>();
        QFile file(QStringLiteral(":/names/given-names.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            data->status = Status::failure(unreadable(), file.errorString());
        } else {
            data->status = parseInto(*data, QString::fromUtf8(file.readAll()));
        }
        if (!data->status.ok())
            qWarning("%s", qPrintable(data->status.text()));
        loaded.m_data = std::move(data);
        return loaded;
    }();
    return names;
}

Result<GivenNames> GivenNames::fromText(const QString &text)
{
    auto data = std::make_shared<Data>();
    const Status parsed = parseInto(*data, text);
    if (!parsed.ok())
        return parsed.error();
    GivenNames names;
    names.m_data = std::move(data);
    return names;
}

Status GivenNames::status() const
{
    return m_data->status;
}

namespace {

Status parseInto(Table &data, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto failure = [&](const char *what) {
            return Status::failure(unreadable(),
                                   QStringLiteral("line %1: %2").arg(number + 1).arg(QString::fromUtf8(what)));
        };
        const QStringList fields = line.split(QLatin1Char('|'));
        if (fields.size() < 2 || fields.size() > 6)
            return failure("expected 2 to 6 fields separated by |");
        const QString sexField = fields.at(0).trimmed();
        Entry entry;
        if (sexField == QLatin1String("M"))
            entry.sex = GivenNames::Sex::Male;
        else if (sexField == QLatin1String("F"))
            entry.sex = GivenNames::Sex::Female;
        else
            return failure("the first field must be M or F");
        const QStringList ukrainian = splitItems(fields.at(1), QLatin1Char(','));
        if (ukrainian.isEmpty())
            return failure("no Ukrainian form");
        const QStringList russian = fields.size() > 2 ? splitItems(fields.at(2), QLatin1Char(',')) : QStringList();
        const QStringList latin = fields.size() > 5 ? splitItems(fields.at(5), QLatin1Char(',')) : QStringList();
        QStringList patronymics;
        for (int column = 3; column <= 4 && column < fields.size(); ++column) {
            for (const QString &pair : splitItems(fields.at(column), QLatin1Char(';'))) {
                const QStringList forms = splitItems(pair, QLatin1Char(','));
                if (forms.size() != 2)
                    return failure("patronymics come in pairs: masculine, feminine");
                patronymics << forms;
            }
        }
        if (entry.sex == GivenNames::Sex::Female && !patronymics.isEmpty())
            return failure("a female name has no patronymics");
        if (entry.sex == GivenNames::Sex::Male && patronymics.isEmpty())
            return failure("a male name needs its patronymics");

        entry.canonical = ukrainian.constFirst();
        for (const QStringList &group : {ukrainian, russian, latin}) {
            for (const QString &form : group) {
                if (!entry.variants.contains(form))
                    entry.variants << form;
            }
        }
        entry.patronymics = patronymics;
        data.entries.append(entry);
        const int id = static_cast<int>(data.entries.size());
        (entry.sex == GivenNames::Sex::Male ? data.males : data.females) += 1;

        for (const QString &form : std::as_const(entry.variants))
            index(data.givenExact, data.givenKeys, form, id, -1);
        for (qsizetype i = 0; i < patronymics.size(); ++i)
            index(data.patronymicExact, data.patronymicKeys, patronymics.at(i), id, i % 2 == 0 ? 0 : 1);
    }
    if (data.entries.isEmpty())
        return Status::failure(unreadable(), QStringLiteral("no names"));
    return {};
}

// Exact spelling first, then the key. An ambiguous exact spelling stops the search: 0.
Hit find(const QHash<QString, Hit> &exact, const QHash<QString, Hit> &keys, const QString &folded, const QString &key)
{
    if (folded.isEmpty())
        return {};
    const auto it = exact.constFind(folded);
    if (it != exact.cend())
        return *it;
    if (key.isEmpty())
        return {};
    const auto byKey = keys.constFind(key);
    return byKey != keys.cend() ? *byKey : Hit{};
}

// The folded spelling with look-alike letters repaired.
QString foldedSpelling(const QString &name)
{
    QString normalised = normalise(name);
    if (mixesLatinAndCyrillic(normalised))
        normalised = findLookAlikes(normalised).repaired;
    return foldYo(foldCase(normalised));
}

// The exact spelling first; the comparison key (the costly part) only when the spelling is not listed.
Hit findByName(const QHash<QString, Hit> &exact, const QHash<QString, Hit> &keys, const QString &name)
{
    const QString folded = foldedSpelling(name);
    if (folded.isEmpty())
        return {};
    const auto it = exact.constFind(folded);
    if (it != exact.cend())
        return *it;
    return find(exact, keys, folded, comparisonKey(folded));
}

GivenNames::Patronymic toPatronymic(const Hit &hit)
{
    GivenNames::Patronymic result;
    result.id = hit.id;
    if (hit.id != 0 && hit.sex >= 0)
        result.sex = hit.sex == 0 ? GivenNames::Sex::Male : GivenNames::Sex::Female;
    return result;
}

} // namespace

int GivenNames::givenNameId(const QString &name) const
{
    return findByName(m_data->givenExact, m_data->givenKeys, name).id;
}

int GivenNames::patronymicId(const QString &patronymic) const
{
    return this->patronymic(patronymic).id;
}

GivenNames::Patronymic GivenNames::patronymic(const QString &patronymic) const
{
    return toPatronymic(findByName(m_data->patronymicExact, m_data->patronymicKeys, patronymic));
}

int GivenNames::givenNameIdPrepared(const QString &folded, const QString &key) const
{
    return find(m_data->givenExact, m_data->givenKeys, foldYo(folded), key).id;
}

GivenNames::Patronymic GivenNames::patronymicPrepared(const QString &folded, const QString &key) const
{
    return toPatronymic(find(m_data->patronymicExact, m_data->patronymicKeys, foldYo(folded), key));
}

QString GivenNames::canonical(int id) const
{
    if (id < 1 || id > m_data->entries.size())
        return {};
    return m_data->entries.at(id - 1).canonical;
}

QStringList GivenNames::variants(int id) const
{
    if (id < 1 || id > m_data->entries.size())
        return {};
    return m_data->entries.at(id - 1).variants;
}

QStringList GivenNames::patronymics(int id) const
{
    if (id < 1 || id > m_data->entries.size())
        return {};
    return m_data->entries.at(id - 1).patronymics;
}

GivenNames::Sex GivenNames::sex(int id) const
{
    if (id < 1 || id > m_data->entries.size())
        return Sex::Male;
    return m_data->entries.at(id - 1).sex;
}

int GivenNames::maleCount() const
{
    return m_data->males;
}

int GivenNames::femaleCount() const
{
    return m_data->females;
}

int GivenNames::count() const
{
    return static_cast<int>(m_data->entries.size());
}

} // namespace homeward::names
