#include "names/Matcher.h"

#include "names/ComparisonKey.h"
#include "names/GivenNames.h"
#include "names/LookAlikes.h"
#include "names/MatchScoring.h"
#include "names/NameNormaliser.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QtDebug>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace homeward::names {

QString toCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Match:
        return QStringLiteral("match");
    case Verdict::Probable:
        return QStringLiteral("probable");
    case Verdict::Ambiguous:
        return QStringLiteral("ambiguous");
    case Verdict::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString label(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Match:
        return QCoreApplication::translate("homeward::Matcher", "Match");
    case Verdict::Probable:
        return QCoreApplication::translate("homeward::Matcher", "Probable");
    case Verdict::Ambiguous:
        return QCoreApplication::translate("homeward::Matcher", "Ambiguous");
    case Verdict::None:
        return QCoreApplication::translate("homeward::Matcher", "No match");
    }
    return {};
}

QString MatchResult::discrepancies() const
{
    if (candidates.isEmpty())
        return {};
    QStringList parts;
    for (const FieldDifference &difference : candidates.constFirst().differences)
        parts << difference.field + QStringLiteral(": ") + difference.summary;
    return parts.join(QStringLiteral("; "));
}

namespace {

// The fields of a record, in the order they sit in the string pool.
enum Field {
    FieldId,
    FieldSurname,
    FieldGiven,
    FieldPatronymic,
    FieldService,
    FieldDocument,
    FieldBirthPlace,
    kFields
};

constexpr quint32 kNoKey = 0xffffffffu;
constexpr int kFullyCompared = 8; // candidates compared field by field after the quick ranking
constexpr int kShown = 5;         // candidates returned (more when they are too close to call)
constexpr int kMaxFieldLength = 0xffff;

quint64 mix(quint64 x)
{
    // splitmix64 finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

quint64 combine(quint64 seed, quint64 value)
{
    return mix(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

// FNV-1a over the UTF-16 code units: deterministic across runs, unlike a seeded qHash.
quint64 hashText(QStringView text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

// Dates packed as yyyymmdd with zeros for the unknown parts; 0 for no date.
int packDate(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::None:
        return 0;
    case PartialDate::Precision::Year:
        return date.year() * 10000;
    case PartialDate::Precision::Month:
        return date.year() * 10000 + date.month() * 100;
    case PartialDate::Precision::Day:
        return date.year() * 10000 + date.month() * 100 + date.day();
    }
    return 0;
}

int yearOf(int packed)
{
    return packed / 10000;
}
int monthOf(int packed)
{
    return packed / 100 % 100;
}
int dayOf(int packed)
{
    return packed % 100;
}
bool isFull(int packed)
{
    return packed != 0 && dayOf(packed) != 0;
}

PartialDate unpackDate(int packed)
{
    if (packed == 0)
        return {};
    if (monthOf(packed) == 0)
        return PartialDate::fromYear(yearOf(packed));
    if (dayOf(packed) == 0)
        return PartialDate::fromYearMonth(yearOf(packed), monthOf(packed));
    return PartialDate::fromDate(QDate(yearOf(packed), monthOf(packed), dayOf(packed)));
}

// The same date with day and month swapped, when that is another valid date; 0 otherwise.
int swappedDate(int packed)
{
    if (!isFull(packed) || dayOf(packed) > 12 || dayOf(packed) == monthOf(packed))
        return 0;
    const QDate date(yearOf(packed), dayOf(packed), monthOf(packed));
    return date.isValid() ? yearOf(packed) * 10000 + dayOf(packed) * 100 + monthOf(packed) : 0;
}

// A quick date level for ranking candidates; the final level comes from compareDates.
DateLevel quickDateLevel(int a, int b)
{
    if (a == 0 || b == 0)
        return DateLevel::Missing;
    if (a == b)
        return DateLevel::Exact;
    if (isFull(a) && isFull(b)) {
        if (swappedDate(a) == b)
            return DateLevel::DayMonthSwapped;
        int differing = 0;
        for (int x = a, y = b; x > 0 || y > 0; x /= 10, y /= 10)
            differing += (x % 10 != y % 10) ? 1 : 0;
        if (differing == 1)
            return DateLevel::OneDigit;
    }
    return yearOf(a) == yearOf(b) ? DateLevel::YearOnly : DateLevel::Different;
}

bool mixedScripts(const QString &text)
{
    bool latin = false;
    bool cyrillic = false;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        const QChar::Script script = c.script();
        latin = latin || script == QChar::Script_Latin;
        cyrillic = cyrillic || script == QChar::Script_Cyrillic;
    }
    return latin && cyrillic;
}

// The spelling the keys are made from: Latin look-alike letters inside Cyrillic words (and the reverse)
// replaced, so that "Кoваленко" with a Latin o finds Коваленко. Only for finding and ranking candidates;
// the reasons shown compare the names as typed.
QString keySpelling(const QString &name)
{
    if (!mixedScripts(name))
        return name;
    return findLookAlikes(name).repaired;
}

// Service and document numbers: letters and digits only, upper case, Cyrillic look-alikes as Latin.
QString numberKey(const QString &number)
{
    QString key;
    key.reserve(number.size());
    for (QChar c : number) {
        if (!c.isLetterOrNumber())
            continue;
        c = c.toUpper();
        if (c.script() == QChar::Script_Cyrillic) {
            const QChar latin = lookAlikeIn(c, QStringLiteral("Latin"));
            if (!latin.isNull())
                c = latin;
        }
        key += c;
    }
    return key;
}

quint32 nameToken(int id, const QString &key)
{
    if (id > 0)
        return quint32(id);
    if (key.isEmpty())
        return 0;
    return 0x80000000u | quint32(hashText(key) & 0x7fffffffu);
}

char sexCode(QChar sex)
{
    const QChar upper = sex.toUpper();
    if (upper == QLatin1Char('M') || upper == QChar(u'Ч'))
        return 'M';
    if (upper == QLatin1Char('F') || upper == QChar(u'Ж'))
        return 'F';
    return 0;
}

// The keys of one person, computed once per person (and once per registry record while indexing).
struct Prepared final {
    QString surnameKey;
    QString givenKey;
    QString patronymicKey;
    quint64 surnameHash = 0;
    int givenId = 0;
    int patronymicId = 0;
    quint32 givenToken = 0;
    quint32 patronymicToken = 0;
    int date = 0;
    char sex = 0;
    QString service;
    QString document;
};

struct NameInfo final {
    QString key;
    int id = 0; // GivenNames id, 0 when unknown
};

QString surnameKeyOf(const QString &raw)
{
    return comparisonKey(keySpelling(normalise(raw)));
}

NameInfo givenInfoOf(const QString &raw)
{
    const QString name = keySpelling(normalise(raw));
    return {comparisonKey(name), name.isEmpty() ? 0 : GivenNames::instance().givenNameId(name)};
}

NameInfo patronymicInfoOf(const QString &raw)
{
    const QString name = keySpelling(normalise(raw));
    return {comparisonKey(name), name.isEmpty() ? 0 : GivenNames::instance().patronymicId(name)};
}

// The keys and ids of every spelling met while indexing: a registry repeats its names many times over, and a
// list mostly spells them the same way, so each spelling is worked out once. Read-only after finish().
struct NameCache final {
    QHash<QString, QString> surname; // spelling → key (shares the KeyTable's string)
    QHash<QString, NameInfo> given;
    QHash<QString, NameInfo> patronymic;

    qsizetype memoryBytes() const
    {
        qsizetype bytes = 0;
        const auto node = qsizetype(sizeof(QString)) * 2 + qsizetype(sizeof(int)) + 24;
        for (auto it = surname.cbegin(); it != surname.cend(); ++it)
            bytes += node + it.key().capacity() * 2;
        for (const auto *hash : {&given, &patronymic}) {
            for (auto it = hash->cbegin(); it != hash->cend(); ++it)
                bytes += node + it.key().capacity() * 2 + it.value().key.capacity() * 2;
        }
        return bytes;
    }
};

Prepared prepare(const MatchRecord &record, const NameCache &cache)
{
    Prepared p;
    const auto surname = cache.surname.constFind(record.surname);
    p.surnameKey = surname != cache.surname.cend() ? surname.value() : surnameKeyOf(record.surname);
    const auto given = cache.given.constFind(record.givenName);
    const NameInfo givenInfo = given != cache.given.cend() ? given.value() : givenInfoOf(record.givenName);
    const auto patronymic = cache.patronymic.constFind(record.patronymic);
    const NameInfo patronymicInfo =
        patronymic != cache.patronymic.cend() ? patronymic.value() : patronymicInfoOf(record.patronymic);
    p.givenKey = givenInfo.key;
    p.givenId = givenInfo.id;
    p.patronymicKey = patronymicInfo.key;
    p.patronymicId = patronymicInfo.id;
    p.surnameHash = p.surnameKey.isEmpty() ? 0 : hashText(p.surnameKey);
    p.givenToken = nameToken(p.givenId, p.givenKey);
    p.patronymicToken = nameToken(p.patronymicId, p.patronymicKey);
    p.date = packDate(record.birthDate);
    p.sex = sexCode(record.sex);
    p.service = numberKey(record.serviceNumber);
    p.document = numberKey(record.documentNumber);
    return p;
}

// The index keys. Each combines fields so that a bucket stays small even for the most common surname.
quint64 surnameYearKey(quint64 surname, int year)
{
    return combine(combine(1, surname), quint64(year));
}
quint64 surnameGivenPatronymicKey(quint64 surname, quint32 given, quint32 patronymic)
{
    return combine(combine(combine(2, surname), given), patronymic);
}
quint64 surnameGivenKey(quint64 surname, quint32 given)
{
    return combine(combine(3, surname), given);
}
quint64 givenDateKey(quint32 given, int date)
{
    return combine(combine(4, given), quint64(date));
}
quint64 dateKey(int date)
{
    return combine(5, quint64(date));
}

// A hash index: (hashed key, record) pairs sorted by key, looked up by binary search. Hash collisions only add
// candidates that the scoring then rejects.
class HashIndex final {
public:
    void add(quint64 key, quint32 record) { m_entries.push_back({key, record}); }
    void reserve(qsizetype n) { m_entries.reserve(size_t(n)); }
    void finish()
    {
        std::sort(m_entries.begin(), m_entries.end(),
                  [](const Entry &a, const Entry &b) { return a.key != b.key ? a.key < b.key : a.record < b.record; });
        m_entries.shrink_to_fit();
    }
    template <typename F> void lookup(quint64 key, F &&visit) const
    {
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key,
                                   [](const Entry &e, quint64 k) { return e.key < k; });
        for (; it != m_entries.end() && it->key == key; ++it)
            visit(it->record);
    }
    qsizetype memoryBytes() const { return qsizetype(m_entries.capacity()) * qsizetype(sizeof(Entry)); }

private:
#pragma pack(push, 4)
    struct Entry {
        quint64 key;
        quint32 record;
    };
#pragma pack(pop)
    std::vector<Entry> m_entries;
};

// Distinct keys, each stored once, with how many records hold it.
class KeyTable final {
public:
    quint32 intern(const QString &key)
    {
        if (key.isEmpty())
            return kNoKey;
        const auto it = m_ids.constFind(key);
        if (it != m_ids.cend()) {
            ++m_counts[it.value()];
            return it.value();
        }
        const quint32 id = quint32(m_keys.size());
        m_ids.insert(key, id);
        m_keys.append(key);
        m_counts.push_back(1);
        return id;
    }
    quint32 find(const QString &key) const { return key.isEmpty() ? kNoKey : m_ids.value(key, kNoKey); }
    const QString &key(quint32 id) const { return m_keys.at(id); }
    quint32 count(quint32 id) const { return id == kNoKey ? 0 : m_counts[id]; }
    qsizetype memoryBytes() const
    {
        qsizetype bytes = qsizetype(m_counts.capacity() * sizeof(quint32)) + m_keys.size() * qsizetype(sizeof(QString));
        for (const QString &k : m_keys)
            bytes += k.capacity() * 2 + 16;
        return bytes + m_ids.size() * qsizetype(sizeof(QString) + sizeof(quint32) + 16); // hash nodes
    }

private:
    QHash<QString, quint32> m_ids;
    QList<QString> m_keys;
    std::vector<quint32> m_counts;
};

#pragma pack(push, 4)
struct Record final {
    quint32 pool = 0; // start of the record's fields in the string pool
    std::array<quint16, kFields> length{};
    qint32 date = 0;
    quint32 surnameKey = kNoKey;
    quint32 givenKey = kNoKey;
    quint32 patronymicKey = kNoKey;
    qint16 givenId = 0;
    qint16 patronymicId = 0;
    char sex = 0;
};
#pragma pack(pop)

NameLevel quickNameLevel(const QString &personKey, quint32 personKeyId, quint32 recordKeyId, const KeyTable &keys,
                         int personId, int recordId)
{
    if (personKey.isEmpty() || recordKeyId == kNoKey)
        return NameLevel::Missing;
    if (personKeyId == recordKeyId)
        return NameLevel::Transliteration;
    if (personId > 0 && personId == recordId)
        return NameLevel::LanguageVariant;
    if (personId > 0 && recordId > 0)
        return NameLevel::Different; // two different names of the table: no need to count letters
    return damerauLevenshtein(personKey, keys.key(recordKeyId), 1) <= 1 ? NameLevel::OneTypo : NameLevel::Different;
}

} // namespace

struct RegistryIndex::Data {
    QString pool;
    std::vector<Record> records;
    KeyTable surnameKeys;
    KeyTable nameKeys; // given names and patronymics
    HashIndex bySurnameYear;
    HashIndex bySurnameGivenPatronymic;
    HashIndex bySurnameGiven;
    HashIndex byGivenDate;
    HashIndex byDate;
    NameCache cache;
    bool finished = false;

    QString field(const Record &r, Field f) const
    {
        qsizetype start = r.pool;
        for (int i = 0; i < f; ++i)
            start += r.length[size_t(i)];
        return pool.mid(start, r.length[size_t(f)]);
    }

    MatchRecord record(const Record &r) const
    {
        MatchRecord m;
        m.recordId = field(r, FieldId);
        m.surname = field(r, FieldSurname);
        m.givenName = field(r, FieldGiven);
        m.patronymic = field(r, FieldPatronymic);
        m.serviceNumber = field(r, FieldService);
        m.documentNumber = field(r, FieldDocument);
        m.birthPlace = field(r, FieldBirthPlace);
        m.birthDate = unpackDate(r.date);
        m.sex = r.sex == 'M' ? QLatin1Char('M') : r.sex == 'F' ? QLatin1Char('F') : QChar();
        return m;
    }

    double surnameShare(quint32 keyId) const
    {
        return records.empty() ? 0.0 : double(surnameKeys.count(keyId)) / double(records.size());
    }

    std::vector<quint32> candidates(const Prepared &p) const;
    MatchResult match(const MatchRecord &person) const;
};

std::vector<quint32> RegistryIndex::Data::candidates(const Prepared &p) const
{
    std::vector<quint32> found;
    const auto collect = [&found](quint32 record) { found.push_back(record); };
    const bool haveSurname = !p.surnameKey.isEmpty();
    if (haveSurname && p.date != 0)
        bySurnameYear.lookup(surnameYearKey(p.surnameHash, yearOf(p.date)), collect);
    if (haveSurname && p.givenToken != 0) {
        // Catches a mistyped year and registry records without a date.
        bySurnameGivenPatronymic.lookup(surnameGivenPatronymicKey(p.surnameHash, p.givenToken, p.patronymicToken),
                                        collect);
        // Without a date or a patronymic the person can only be found by surname and given name.
        if (p.date == 0 || p.patronymicToken == 0)
            bySurnameGiven.lookup(surnameGivenKey(p.surnameHash, p.givenToken), collect);
    }
    if (isFull(p.date)) {
        // A mistyped surname: the given name and the date still agree.
        const int swapped = swappedDate(p.date);
        if (p.givenToken != 0) {
            byGivenDate.lookup(givenDateKey(p.givenToken, p.date), collect);
            if (swapped != 0)
                byGivenDate.lookup(givenDateKey(p.givenToken, swapped), collect);
        }
        byDate.lookup(dateKey(p.date), collect);
        if (swapped != 0)
            byDate.lookup(dateKey(swapped), collect);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

namespace {

QString nameSummary(const NameComparison &c, const QString &person, const QString &registry)
{
    if (c.level == NameLevel::Missing) {
        return person.isEmpty() ? QCoreApplication::translate("homeward::Matcher", "missing in the list (registry: %1)").arg(registry)
                                : QCoreApplication::translate("homeward::Matcher", "missing in the registry (list: %1)").arg(person);
    }
    return QStringLiteral("%1 (%2 / %3)").arg(label(c.level), person, registry);
}

QString sexText(char sex)
{
    return sex == 'M' ? QStringLiteral("M") : QStringLiteral("F");
}

} // namespace

MatchResult RegistryIndex::Data::match(const MatchRecord &person) const
{
    MatchResult result;
    if (!finished) {
        qWarning("RegistryIndex::match called before finish()");
        return result;
    }
    const Prepared p = prepare(person, cache);
    const std::vector<quint32> found = candidates(p);
    if (found.empty())
        return result;

    // 1. Rank every candidate quickly on the keys computed while indexing.
    const quint32 surnameId = surnameKeys.find(p.surnameKey);
    const quint32 givenId = nameKeys.find(p.givenKey);
    const quint32 patronymicId = nameKeys.find(p.patronymicKey);
    std::vector<std::pair<double, quint32>> ranked;
    ranked.reserve(found.size());
    int namesakes = 0; // candidates strong on the name, whatever their date
    for (quint32 index : found) {
        const Record &r = records[index];
        FieldEvidence e;
        e.givenName = quickNameLevel(p.givenKey, givenId, r.givenKey, nameKeys, p.givenId, r.givenId);
        e.patronymic =
            quickNameLevel(p.patronymicKey, patronymicId, r.patronymicKey, nameKeys, p.patronymicId, r.patronymicId);
        e.birthDate = quickDateLevel(p.date, r.date);
        e.birthDatesBothFull = isFull(p.date) && isFull(r.date);
        e.sex = (p.sex == 0 || r.sex == 0) ? 0 : (p.sex == r.sex ? 1 : -1);
        e.surnameShare = surnameShare(r.surnameKey);
        if (p.surnameKey.isEmpty() || r.surnameKey == kNoKey) {
            e.surname = NameLevel::Missing;
        } else if (surnameId == r.surnameKey) {
            e.surname = NameLevel::Transliteration;
        } else {
            // Found through the date alone: the surname is worth comparing only when the rest could carry the
            // candidate over the floor.
            e.surname = NameLevel::Transliteration;
            if (matchScore(e) < matchthresholds::kCandidate - 0.1)
                continue;
            const QString &key = surnameKeys.key(r.surnameKey);
            if (damerauLevenshtein(p.surnameKey, key, 1) <= 1) {
                e.surname = NameLevel::OneTypo;
            } else {
                const double similarity = jaroWinkler(p.surnameKey, key);
                e.surname = similarity >= kSimilarThreshold ? NameLevel::Similar : NameLevel::Different;
                e.surnameSimilarity = similarity;
            }
        }
        namesakes += strongOnName(e) ? 1 : 0;
        ranked.emplace_back(matchScore(e), index);
    }
    const auto byScore = [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    const size_t keep = std::min(ranked.size(), size_t(kFullyCompared));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(), byScore);
    ranked.resize(keep);

    // 2. Compare the best of them field by field: the levels and reasons an official reads, and the final score.
    struct Scored {
        Candidate candidate;
        FieldEvidence evidence;
    };
    std::vector<Scored> scored;
    scored.reserve(keep);
    // Candidates mostly share their surname and given name: each distinct spelling is compared once.
    struct Memo {
        std::vector<std::pair<QString, NameComparison>> seen;
        NameComparison operator()(NameKind kind, const QString &a, const QString &b)
        {
            for (const auto &[spelling, comparison] : seen) {
                if (spelling == b)
                    return comparison;
            }
            seen.emplace_back(b, compareNames(kind, a, b));
            return seen.back().second;
        }
    };
    Memo surnameMemo;
    Memo givenMemo;
    Memo patronymicMemo;
    for (const auto &[quick, index] : ranked) {
        // The quick score is close to the final one: far below the floor, or far behind the best, a candidate
        // can neither be shown nor be a rival.
        if (quick < matchthresholds::kCandidate - 0.1 || quick < ranked.front().first - 0.3)
            continue;
        const Record &r = records[index];
        const MatchRecord reg = record(r);
        Scored s;
        Candidate &c = s.candidate;
        FieldEvidence &e = s.evidence;
        c.registryIndex = qsizetype(index);
        c.recordId = reg.recordId;
        c.surname = surnameMemo(NameKind::Surname, person.surname, reg.surname);
        c.givenName = givenMemo(NameKind::GivenName, person.givenName, reg.givenName);
        c.patronymic = patronymicMemo(NameKind::Patronymic, person.patronymic, reg.patronymic);
        c.birthDate = compareDates(person.birthDate, reg.birthDate);
        e.surname = c.surname.level;
        e.givenName = c.givenName.level;
        e.patronymic = c.patronymic.level;
        e.surnameSimilarity = c.surname.similarity;
        e.givenNameSimilarity = c.givenName.similarity;
        e.patronymicSimilarity = c.patronymic.similarity;
        e.birthDate = c.birthDate.level;
        e.birthDatesBothFull = isFull(p.date) && isFull(r.date);
        e.sex = (p.sex == 0 || r.sex == 0) ? 0 : (p.sex == r.sex ? 1 : -1);
        e.surnameShare = surnameShare(r.surnameKey);

        const QString regService = numberKey(reg.serviceNumber);
        const QString regDocument = numberKey(reg.documentNumber);
        const bool serviceBoth = !p.service.isEmpty() && !regService.isEmpty();
        const bool documentBoth = !p.document.isEmpty() && !regDocument.isEmpty();
        if ((serviceBoth && p.service == regService) || (documentBoth && p.document == regDocument))
            e.documents = 1;
        else if (serviceBoth || documentBoth)
            e.documents = -1;
        c.score = matchScore(e);

        // The differences, in the order of the interchange columns.
        const auto addName = [&c](const char *field, const NameComparison &cmp, const QString &a, const QString &b) {
            if (cmp.level == NameLevel::Exact || (a.isEmpty() && b.isEmpty()))
                return;
            c.differences.append({QString::fromLatin1(field), cmp.reason, nameSummary(cmp, a, b)});
        };
        addName("surname", c.surname, person.surname, reg.surname);
        addName("given_name", c.givenName, person.givenName, reg.givenName);
        addName("patronymic", c.patronymic, person.patronymic, reg.patronymic);
        if (c.birthDate.level != DateLevel::Exact && !(person.birthDate.isNull() && reg.birthDate.isNull())) {
            const QString summary =
                QStringLiteral("%1 (%2 / %3)")
                    .arg(label(c.birthDate.level), person.birthDate.toDisplay(), reg.birthDate.toDisplay());
            c.differences.append({QStringLiteral("birth_date"), c.birthDate.reason, summary});
        }
        if (e.sex < 0) {
            c.differences.append({QStringLiteral("sex"), QCoreApplication::translate("homeward::Matcher", "The sex differs."),
                                  QCoreApplication::translate("homeward::Matcher", "different (%1 / %2)").arg(sexText(p.sex), sexText(r.sex))});
        }
        if (serviceBoth && p.service != regService) {
            c.differences.append({QStringLiteral("service_number"), QCoreApplication::translate("homeward::Matcher", "The service numbers differ."),
                                  QCoreApplication::translate("homeward::Matcher", "different (%1 / %2)").arg(person.serviceNumber, reg.serviceNumber)});
        }
        if (documentBoth && p.document != regDocument) {
            c.differences.append({QStringLiteral("document_number"), QCoreApplication::translate("homeward::Matcher", "The document numbers differ."),
                                  QCoreApplication::translate("homeward::Matcher", "different (%1 / %2)").arg(person.documentNumber, reg.documentNumber)});
        }
        if (c.score >= matchthresholds::kCandidate)
            scored.push_back(std::move(s));
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.candidate.score != b.candidate.score ? a.candidate.score > b.candidate.score
                                                      : a.candidate.registryIndex < b.candidate.registryIndex;
    });
    if (scored.empty())
        return result;

    // 3. The verdict. A wrong match is the worst failure: any doubt gives probable or ambiguous.
    using namespace matchthresholds;
    const Scored &best = scored.front();
    const double bestScore = best.candidate.score;
    qsizetype shown = std::min<qsizetype>(qsizetype(scored.size()), kShown);
    qsizetype close = 1; // candidates too close to the best to call
    while (close < qsizetype(scored.size()) && scored[size_t(close)].candidate.score >= bestScore - kClose)
        ++close;
    bool rival = false; // another candidate that could be the person as well
    for (size_t i = 1; i < scored.size(); ++i) {
        if (scored[i].candidate.score >= bestScore - kRival && plausibleRival(scored[i].evidence))
            rival = true;
    }
    const bool clearLead = scored.size() == 1 || bestScore - scored[1].candidate.score >= kMatchGap;
    // Among several namesakes one of them is easily a digit or a swap away from any date: only an exact date
    // then tells them apart.
    const bool crowded = namesakes > 1 && best.evidence.birthDate != DateLevel::Exact;
    if (matchable(best.evidence, bestScore) && clearLead && !rival && !crowded) {
        result.verdict = Verdict::Match;
    } else if (bestScore < kProbable) {
        result.verdict = Verdict::None;
        return result;
    } else if (close >= 2 && scored[1].candidate.score >= kProbable) {
        result.verdict = Verdict::Ambiguous;
        shown = std::max(shown, close);
    } else if (matchable(best.evidence, bestScore) && rival && !crowded) {
        result.verdict = Verdict::Ambiguous;
    } else {
        result.verdict = Verdict::Probable;
    }
    for (qsizetype i = 0; i < shown; ++i)
        result.candidates.append(std::move(scored[size_t(i)].candidate));
    return result;
}

RegistryIndex::RegistryIndex() : m_data(std::make_unique<Data>()) {}

RegistryIndex::~RegistryIndex() = default;
RegistryIndex::RegistryIndex(RegistryIndex &&) noexcept = default;
RegistryIndex &RegistryIndex::operator=(RegistryIndex &&) noexcept = default;

void RegistryIndex::reserve(qsizetype records)
{
    Data &d = *m_data;
    d.records.reserve(size_t(records));
    d.pool.reserve(records * 48);
    for (HashIndex *index :
         {&d.bySurnameYear, &d.bySurnameGivenPatronymic, &d.bySurnameGiven, &d.byGivenDate, &d.byDate}) {
        index->reserve(records);
    }
}

void RegistryIndex::add(const MatchRecord &record)
{
    Data &d = *m_data;
    d.finished = false;
    if (!d.cache.surname.contains(record.surname)) {
        const QString key = surnameKeyOf(record.surname);
        // Share the string of the key table.
        const quint32 id = d.surnameKeys.find(key);
        d.cache.surname.insert(record.surname, id == kNoKey ? key : d.surnameKeys.key(id));
    }
    if (!d.cache.given.contains(record.givenName))
        d.cache.given.insert(record.givenName, givenInfoOf(record.givenName));
    if (!d.cache.patronymic.contains(record.patronymic))
        d.cache.patronymic.insert(record.patronymic, patronymicInfoOf(record.patronymic));
    const Prepared p = prepare(record, d.cache);
    Record r;
    r.pool = quint32(d.pool.size());
    const QString fields[kFields] = {record.recordId,      record.surname,        record.givenName, record.patronymic,
                                     record.serviceNumber, record.documentNumber, record.birthPlace};
    for (int f = 0; f < kFields; ++f) {
        // No real name comes near 65,535 characters; longer text is cut rather than overflow the length.
        const QString text = normalise(fields[f]).left(kMaxFieldLength);
        r.length[size_t(f)] = quint16(text.size());
        d.pool += text;
    }
    r.date = p.date;
    r.sex = p.sex;
    r.surnameKey = d.surnameKeys.intern(p.surnameKey);
    r.givenKey = d.nameKeys.intern(p.givenKey);
    r.patronymicKey = d.nameKeys.intern(p.patronymicKey);
    r.givenId = qint16(p.givenId);
    r.patronymicId = qint16(p.patronymicId);
    const quint32 index = quint32(d.records.size());
    d.records.push_back(r);

    if (!p.surnameKey.isEmpty()) {
        if (p.date != 0)
            d.bySurnameYear.add(surnameYearKey(p.surnameHash, yearOf(p.date)), index);
        if (p.givenToken != 0) {
            d.bySurnameGivenPatronymic.add(surnameGivenPatronymicKey(p.surnameHash, p.givenToken, p.patronymicToken),
                                           index);
            d.bySurnameGiven.add(surnameGivenKey(p.surnameHash, p.givenToken), index);
        }
    }
    if (isFull(p.date)) {
        if (p.givenToken != 0)
            d.byGivenDate.add(givenDateKey(p.givenToken, p.date), index);
        d.byDate.add(dateKey(p.date), index);
    }
}

void RegistryIndex::finish()
{
    Data &d = *m_data;
    if (d.finished)
        return;
    // The surname frequencies are counted while adding (KeyTable); here the indexes are sorted.
    for (HashIndex *index :
         {&d.bySurnameYear, &d.bySurnameGivenPatronymic, &d.bySurnameGiven, &d.byGivenDate, &d.byDate}) {
        index->finish();
    }
    d.pool.squeeze();
    d.records.shrink_to_fit();
    d.finished = true;
}

qsizetype RegistryIndex::size() const
{
    return qsizetype(m_data->records.size());
}

MatchRecord RegistryIndex::record(qsizetype index) const
{
    if (index < 0 || index >= size())
        return {};
    return m_data->record(m_data->records[size_t(index)]);
}

qsizetype RegistryIndex::memoryBytes() const
{
    const Data &d = *m_data;
    qsizetype bytes = d.pool.capacity() * 2 + qsizetype(d.records.capacity() * sizeof(Record));
    bytes += d.surnameKeys.memoryBytes() + d.nameKeys.memoryBytes() + d.cache.memoryBytes();
    for (const HashIndex *index :
         {&d.bySurnameYear, &d.bySurnameGivenPatronymic, &d.bySurnameGiven, &d.byGivenDate, &d.byDate}) {
        bytes += index->memoryBytes();
    }
    return bytes;
}

MatchResult RegistryIndex::match(const MatchRecord &person) const
{
    return m_data->match(person);
}

QList<MatchResult> matchAll(const RegistryIndex &index, const QList<MatchRecord> &persons,
                            const std::function<bool(qsizetype done)> &progress)
{
    const qsizetype total = persons.size();
    std::vector<MatchResult> results(static_cast<size_t>(total));
    std::vector<char> finished(static_cast<size_t>(total), 0);
    constexpr qsizetype kChunk = 16;
    constexpr int kWorkers = 2;
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::condition_variable wake;
    int running = kWorkers;

    const auto work = [&] {
        for (;;) {
            if (cancelled.load(std::memory_order_relaxed))
                break;
            const qsizetype start = next.fetch_add(kChunk);
            if (start >= total)
                break;
            const qsizetype end = std::min(total, start + kChunk);
            for (qsizetype i = start; i < end; ++i) {
                results[size_t(i)] = index.match(persons.at(i));
                finished[size_t(i)] = 1;
            }
            done.fetch_add(end - start);
            wake.notify_one();
        }
        {
            const std::lock_guard lock(mutex);
            --running;
        }
        wake.notify_one();
    };

    // The calling thread only reports progress, so a progress bar in it stays live.
    std::vector<std::thread> workers;
    workers.reserve(kWorkers);
    for (int w = 0; w < kWorkers; ++w)
        workers.emplace_back(work);
    qsizetype reported = -1;
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            wake.wait_for(lock, std::chrono::milliseconds(50));
            const qsizetype now = done.load();
            if (progress && now != reported && running > 0) {
                reported = now;
                lock.unlock();
                const bool goOn = progress(now);
                lock.lock();
                if (!goOn)
                    cancelled = true;
            }
        }
    }
    for (std::thread &worker : workers)
        worker.join();
    if (progress && !cancelled.load() && reported != total)
        progress(total);

    // On cancel: the persons matched without a gap from the start.
    qsizetype complete = 0;
    while (complete < total && finished[size_t(complete)])
        ++complete;
    QList<MatchResult> list;
    list.reserve(complete);
    for (qsizetype i = 0; i < complete; ++i)
        list.append(std::move(results[size_t(i)]));
    return list;
}

} // namespace homeward::names
