#include "names/Reconciler.h"

#include "names/ComparisonKey.h"
#include "names/FieldComparison.h"
#include "names/MatchScoring.h"
#include "names/Matcher.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <vector>

namespace homeward {

QString toCode(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::None:
        return QStringLiteral("none");
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    }
    return QStringLiteral("none");
}

QString label(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::None:
        return QCoreApplication::translate("homeward::Reconciler", "none");
    case RiskLevel::Low:
        return QCoreApplication::translate("homeward::Reconciler", "low");
    case RiskLevel::Medium:
        return QCoreApplication::translate("homeward::Reconciler", "medium");
    case RiskLevel::High:
        return QCoreApplication::translate("homeward::Reconciler", "high");
    }
    return {};
}

RiskLevel ReconciledPair::openRisk() const
{
    RiskLevel risk = RiskLevel::None;
    for (const ReconciliationDifference &d : differences)
        if (!d.resolution.resolved)
            risk = std::max(risk, d.risk);
    return risk;
}

RiskLevel ReconciledPair::risk() const
{
    RiskLevel risk = RiskLevel::None;
    for (const ReconciliationDifference &d : differences)
        risk = std::max(risk, d.risk);
    return risk;
}

int ReconciledPair::openCount() const
{
    return int(std::count_if(differences.cbegin(), differences.cend(),
                             [](const ReconciliationDifference &d) { return !d.resolution.resolved; }));
}

int Reconciliation::differenceCount() const
{
    int count = 0;
    for (const ReconciledPair &pair : pairs)
        count += int(pair.differences.size());
    return count;
}

int Reconciliation::openCount() const
{
    int open = 0;
    for (const ReconciledPair &pair : pairs)
        open += pair.openCount();
    for (const OnlyTheirs &item : onlyTheirs)
        open += item.resolution.resolved ? 0 : 1;
    for (const OnlyOurs &item : onlyOurs)
        open += item.resolution.resolved ? 0 : 1;
    return open;
}

bool Reconciliation::countsAgree() const
{
    return std::all_of(counts.cbegin(), counts.cend(), [](const CountLine &line) { return line.agrees(); });
}

namespace {

using names::DateLevel;
using names::NameKind;
using names::NameLevel;

// The interchange columns compared, in the order differences are listed within one risk.
const QStringList &comparedFields()
{
    static const QStringList fields{
        QStringLiteral("surname"),
        QStringLiteral("given_name"),
        QStringLiteral("patronymic"),
        QStringLiteral("birth_date"),
        QStringLiteral("sex"),
        QStringLiteral("category"),
        QStringLiteral("rank"),
        QStringLiteral("unit"),
        QStringLiteral("service_number"),
        QStringLiteral("document_number"),
        QStringLiteral("birth_place"),
        QStringLiteral("region"),
    };
    return fields;
}

QString missingReason(bool missingOnTheirs, const QString &value)
{
    return missingOnTheirs
               ? QCoreApplication::translate("homeward::Reconciler", "Missing on their list (ours: %1).").arg(value)
               : QCoreApplication::translate("homeward::Reconciler", "Missing on our list (theirs: %1).").arg(value);
}

// Case, surrounding and repeated spaces do not make a difference worth an official's time.
QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// Letters and digits only, upper case: "АВ 123-456" and "ab123456" are one number written differently.
QString numberKey(const QString &number)
{
    QString key;
    for (QChar c : number)
        if (c.isLetterOrNumber())
            key += c.toUpper();
    return key;
}

QString nameKind(NameLevel level)
{
    switch (level) {
    case NameLevel::LookAlikeRepair:
        return QStringLiteral("look_alike_letters");
    case NameLevel::Transliteration:
        return QStringLiteral("transliteration");
    case NameLevel::LanguageVariant:
        return QStringLiteral("language_variant");
    case NameLevel::OneTypo:
        return QStringLiteral("typo");
    case NameLevel::Similar:
        return QStringLiteral("similar");
    case NameLevel::Exact:
    case NameLevel::Different:
    case NameLevel::Missing:
        break;
    }
    return QStringLiteral("different");
}

RiskLevel nameRisk(NameKind kind, NameLevel level)
{
    const bool sameName = level == NameLevel::LookAlikeRepair || level == NameLevel::Transliteration ||
                          level == NameLevel::LanguageVariant;
    if (kind == NameKind::Patronymic) {
        if (sameName)
            return RiskLevel::Low;
        return level == NameLevel::Different ? RiskLevel::High : RiskLevel::Medium;
    }
    return sameName ? RiskLevel::Medium : RiskLevel::High;
}

class PairComparer final {
public:
    PairComparer(const OurPerson &ours, const InterchangeRow &theirs) : m_ours(ours), m_theirs(theirs) {}

    QList<ReconciliationDifference> run()
    {
        const Person &a = m_ours.person;
        const Person &b = m_theirs.person;
        name("surname", NameKind::Surname, a.surname, b.surname);
        name("given_name", NameKind::GivenName, a.givenName, b.givenName);
        name("patronymic", NameKind::Patronymic, a.patronymic, b.patronymic);
        date(a.birthDate, b.birthDate);
        if (!m_theirs.sexKnown) {
            add("sex", toCode(a.sex), {}, QStringLiteral("missing_theirs"), missingReason(true, toCode(a.sex)),
                RiskLevel::Low);
        } else if (a.sex != b.sex) {
            add("sex", toCode(a.sex), toCode(b.sex), QStringLiteral("different"), Reconciler::tr("The sex differs."),
                RiskLevel::High);
        }
        if (!m_theirs.categoryKnown) {
            add("category", toCode(a.category), {}, QStringLiteral("missing_theirs"),
                missingReason(true, label(a.category)), RiskLevel::Medium);
        } else if (a.category != b.category) {
            add("category", toCode(a.category), toCode(b.category), QStringLiteral("different"),
                Reconciler::tr("The category differs: the person is counted under another category of the plan."),
                RiskLevel::High);
        }
        text("rank", a.rank, b.rank, Reconciler::tr("The rank differs."));
        text("unit", a.unit, b.unit, Reconciler::tr("The unit differs."));
        number("service_number", a.serviceNumber, b.serviceNumber, Reconciler::tr("The service numbers differ."));
        number("document_number", a.documentNumber, b.documentNumber, Reconciler::tr("The document numbers differ."));
        text("birth_place", a.birthPlace, b.birthPlace, Reconciler::tr("The place of birth differs."));
        text("region", a.region, b.region, Reconciler::tr("The region differs."));

        const QStringList &order = comparedFields();
        std::stable_sort(m_found.begin(), m_found.end(),
                         [&order](const ReconciliationDifference &x, const ReconciliationDifference &y) {
                             if (x.risk != y.risk)
                                 return x.risk > y.risk;
                             return order.indexOf(x.field) < order.indexOf(y.field);
                         });
        return m_found;
    }

private:
    void add(const char *field, const QString &ours, const QString &theirs, const QString &kind, const QString &reason,
             RiskLevel risk)
    {
        ReconciliationDifference d;
        d.field = QString::fromLatin1(field);
        d.ours = ours;
        d.theirs = theirs;
        d.kind = kind;
        d.reason = reason;
        d.risk = risk;
        d.key = Reconciler::pairKey(m_ours.personId, m_theirs.person.recordId, d.field);
        m_found.append(d);
    }

    // One side empty: a missing surname or given name cannot pass either list's checks, but a patronymic often
    // is left out by the other side.
    bool missing(const char *field, const QString &a, const QString &b, RiskLevel risk)
    {
        if (a.trimmed().isEmpty() && b.trimmed().isEmpty())
            return true;
        if (b.trimmed().isEmpty()) {
            add(field, a, b, QStringLiteral("missing_theirs"), missingReason(true, a), risk);
            return true;
        }
        if (a.trimmed().isEmpty()) {
            add(field, a, b, QStringLiteral("missing_ours"), missingReason(false, b), risk);
            return true;
        }
        return false;
    }

    void name(const char *field, NameKind kind, const QString &a, const QString &b)
    {
        if (missing(field, a, b, kind == NameKind::Patronymic ? RiskLevel::Low : RiskLevel::High))
            return;
        const names::NameComparison cmp = names::compareNames(kind, a, b);
        if (cmp.level == NameLevel::Exact)
            return;
        add(field, a, b, nameKind(cmp.level), cmp.reason, nameRisk(kind, cmp.level));
    }

    void date(const PartialDate &a, const PartialDate &b)
    {
        if (a.isNull() && b.isNull())
            return;
        if (a.isNull() || b.isNull()) {
            const bool theirsMissing = b.isNull();
            add("birth_date", a.toDisplay(), b.toDisplay(),
                theirsMissing ? QStringLiteral("missing_theirs") : QStringLiteral("missing_ours"),
                missingReason(theirsMissing, theirsMissing ? a.toDisplay() : b.toDisplay()), RiskLevel::Medium);
            return;
        }
        const names::DateComparison cmp = names::compareDates(a, b);
        QString kind;
        RiskLevel risk = RiskLevel::High;
        switch (cmp.level) {
        case DateLevel::Exact:
            return;
        case DateLevel::DayMonthSwapped:
            kind = QStringLiteral("day_month_swapped");
            break;
        case DateLevel::OneDigit:
            kind = QStringLiteral("one_digit");
            break;
        case DateLevel::YearOnly:
            // A date known to the year on one side agrees as far as it goes; two full dates of one year do not.
            if (a.precision() != PartialDate::Precision::Day || b.precision() != PartialDate::Precision::Day) {
                kind = QStringLiteral("precision");
                risk = RiskLevel::Medium;
            } else {
                kind = QStringLiteral("same_year");
            }
            break;
        case DateLevel::Missing:
        case DateLevel::Different:
            kind = QStringLiteral("different");
            break;
        }
        add("birth_date", a.toDisplay(), b.toDisplay(), kind, cmp.reason, risk);
    }

    void number(const char *field, const QString &a, const QString &b, const QString &reason)
    {
        if (missing(field, a, b, RiskLevel::Low))
            return;
        if (a == b)
            return;
        if (numberKey(a) == numberKey(b)) {
            add(field, a, b, QStringLiteral("written_differently"),
                Reconciler::tr("The same number written differently (spaces, dashes or letter case)."), RiskLevel::Low);
            return;
        }
        add(field, a, b, QStringLiteral("different"), reason, RiskLevel::High);
    }

    void text(const char *field, const QString &a, const QString &b, const QString &reason)
    {
        if (missing(field, a, b, RiskLevel::Low))
            return;
        if (folded(a) == folded(b))
            return;
        const QString keyA = names::comparisonKey(a);
        if (!keyA.isEmpty() && keyA == names::comparisonKey(b)) {
            add(field, a, b, QStringLiteral("written_differently"),
                Reconciler::tr("The same words in another alphabet or spelling."), RiskLevel::Low);
            return;
        }
        add(field, a, b, QStringLiteral("different"), reason, RiskLevel::Low);
    }

    const OurPerson &m_ours;
    const InterchangeRow &m_theirs;
    QList<ReconciliationDifference> m_found;
};

// What the second pairing pass compares, prepared once per person.
struct Prepared final {
    names::PreparedName surname;
    names::PreparedName given;
    names::PreparedName patronymic;
    PartialDate birth;
    char sex = 0;
    QString service;
    QString document;
};

Prepared prepared(const Person &person, bool sexKnown)
{
    Prepared p;
    p.surname = names::prepareName(NameKind::Surname, person.surname);
    p.given = names::prepareName(NameKind::GivenName, person.givenName);
    p.patronymic = names::prepareName(NameKind::Patronymic, person.patronymic);
    p.birth = person.birthDate;
    p.sex = sexKnown ? (person.sex == Sex::Male ? 'M' : 'F') : 0;
    p.service = numberKey(person.serviceNumber);
    p.document = numberKey(person.documentNumber);
    return p;
}

// The date level without the reason text (compareDates formats one, which a pass over every leftover pair
// cannot afford); the differences of a pair are then described by compareDates.
DateLevel quickDateLevel(const PartialDate &a, const PartialDate &b)
{
    if (a.isNull() || b.isNull())
        return DateLevel::Missing;
    if (a == b)
        return DateLevel::Exact;
    if (a.year() != b.year())
        return DateLevel::Different;
    if (a.precision() == PartialDate::Precision::Day && b.precision() == PartialDate::Precision::Day) {
        if (a.day() == b.month() && a.month() == b.day())
            return DateLevel::DayMonthSwapped;
        const QString x = a.toIso();
        const QString y = b.toIso();
        int differing = 0;
        for (qsizetype i = 0; i < x.size(); ++i)
            differing += x.at(i) != y.at(i) ? 1 : 0;
        if (differing == 1)
            return DateLevel::OneDigit;
    }
    return DateLevel::YearOnly;
}

// The matcher's score (names/MatchScoring) of one of our persons and one of their rows.
double pairScore(const Prepared &a, const Prepared &b, double surnameShare)
{
    names::FieldEvidence e;
    const names::NameComparison surname = names::compareNames(a.surname, b.surname, false);
    const names::NameComparison given = names::compareNames(a.given, b.given, false);
    const names::NameComparison patronymic = names::compareNames(a.patronymic, b.patronymic, false);
    e.surname = surname.level;
    e.givenName = given.level;
    e.patronymic = patronymic.level;
    e.surnameSimilarity = surname.similarity;
    e.givenNameSimilarity = given.similarity;
    e.patronymicSimilarity = patronymic.similarity;
    e.birthDate = quickDateLevel(a.birth, b.birth);
    e.birthDatesBothFull =
        a.birth.precision() == PartialDate::Precision::Day && b.birth.precision() == PartialDate::Precision::Day;
    e.sex = (a.sex == 0 || b.sex == 0) ? 0 : (a.sex == b.sex ? 1 : -1);
    const bool serviceBoth = !a.service.isEmpty() && !b.service.isEmpty();
    const bool documentBoth = !a.document.isEmpty() && !b.document.isEmpty();
    if ((serviceBoth && a.service == b.service) || (documentBoth && a.document == b.document))
        e.documents = 1;
    else if (serviceBoth || documentBoth)
        e.documents = -1;
    e.surnameShare = surnameShare;
    return names::matchScore(e);
}

ResolutionState stateFor(const QHash<QString, const ReconciliationResolution *> &byKey, const QString &key,
                         const QString &ours, const QString &theirs)
{
    ResolutionState state;
    const ReconciliationResolution *found = byKey.value(key, nullptr);
    if (found) {
        state.rowId = found->id;
        state.rowVersion = found->rowVersion;
    }
    if (found && found->oursValue == ours && found->theirsValue == theirs) {
        state.resolved = true;
        state.note = found->note;
        state.resolvedByName = found->resolvedByName;
        state.resolvedAt = found->resolvedAt;
    }
    return state;
}

void sortPairs(QList<ReconciledPair> &pairs)
{
    const auto openAt = [](const ReconciledPair &pair, RiskLevel risk) {
        return std::count_if(
            pair.differences.cbegin(), pair.differences.cend(),
            [risk](const ReconciliationDifference &d) { return !d.resolution.resolved && d.risk == risk; });
    };
    std::stable_sort(pairs.begin(), pairs.end(), [&openAt](const ReconciledPair &a, const ReconciledPair &b) {
        const RiskLevel ra = a.openRisk();
        const RiskLevel rb = b.openRisk();
        if (ra != rb)
            return ra > rb;
        const auto ca = openAt(a, ra);
        const auto cb = openAt(b, rb);
        if (ca != cb)
            return ca > cb;
        if (a.score != b.score)
            return a.score < b.score;
        return a.ours.position < b.ours.position;
    });
}

QList<CountLine> countLines(const QList<OurPerson> &ours, const QList<InterchangeRow> &theirs, int plannedServicemen,
                            int plannedCivilians)
{
    // [category][sex]: sex 0 male, 1 female, 2 unknown; category 2 unknown.
    int our[3][3] = {};
    int their[3][3] = {};
    for (const OurPerson &p : ours)
        ++our[p.person.category == Category::Serviceman ? 0 : 1][p.person.sex == Sex::Male ? 0 : 1];
    for (const InterchangeRow &row : theirs) {
        const int category = !row.categoryKnown ? 2 : (row.person.category == Category::Serviceman ? 0 : 1);
        const int sex = !row.sexKnown ? 2 : (row.person.sex == Sex::Male ? 0 : 1);
        ++their[category][sex];
    }
    const auto sum = [](const int counts[3][3], int category) {
        return counts[category][0] + counts[category][1] + counts[category][2];
    };

    QList<CountLine> lines;
    const auto line = [&lines](const char *code, const QString &label, int o, int t, int planned, bool total) {
        lines.append(CountLine{QString::fromLatin1(code), label, o, t, planned, total});
    };
    line("serviceman_male", Reconciler::tr("Servicemen, men"), our[0][0], their[0][0], -1, false);
    line("serviceman_female", Reconciler::tr("Servicemen, women"), our[0][1], their[0][1], -1, false);
    if (their[0][2] > 0)
        line("serviceman_sex_unknown", Reconciler::tr("Servicemen, sex not given"), 0, their[0][2], -1, false);
    line("serviceman", Reconciler::tr("Servicemen"), sum(our, 0), sum(their, 0), plannedServicemen, true);
    line("civilian_male", Reconciler::tr("Civilians, men"), our[1][0], their[1][0], -1, false);
    line("civilian_female", Reconciler::tr("Civilians, women"), our[1][1], their[1][1], -1, false);
    if (their[1][2] > 0)
        line("civilian_sex_unknown", Reconciler::tr("Civilians, sex not given"), 0, their[1][2], -1, false);
    line("civilian", Reconciler::tr("Civilians"), sum(our, 1), sum(their, 1), plannedCivilians, true);
    if (sum(their, 2) > 0)
        line("category_unknown", Reconciler::tr("Category not given"), 0, sum(their, 2), -1, false);
    line("total", Reconciler::tr("Total"), int(ours.size()), int(theirs.size()), plannedServicemen + plannedCivilians,
         true);
    return lines;
}

} // namespace

QString Reconciler::summary(const Person &person)
{
    QStringList parts{person.surname, person.givenName};
    if (!person.patronymic.isEmpty())
        parts << person.patronymic;
    QString text = parts.join(QLatin1Char(' '));
    if (!person.birthDate.isNull())
        text += QStringLiteral(", ") + person.birthDate.toDisplay();
    return text;
}

QString Reconciler::onlyTheirsKey(const QString &recordId)
{
    return QStringLiteral("only-theirs:") + recordId;
}

QString Reconciler::onlyOursKey(qint64 personId)
{
    return QStringLiteral("only-ours:%1").arg(personId);
}

QString Reconciler::pairKey(qint64 personId, const QString &recordId, const QString &field)
{
    return QStringLiteral("pair:%1:%2:%3").arg(personId).arg(recordId, field);
}

QList<ReconciliationDifference> Reconciler::compare(const OurPerson &ours, const InterchangeRow &theirs)
{
    return PairComparer(ours, theirs).run();
}

Reconciliation Reconciler::reconcile(const QList<OurPerson> &ours, const QList<InterchangeRow> &theirs,
                                     int plannedServicemen, int plannedCivilians,
                                     const QList<ReconciliationResolution> &resolutions)
{
    Reconciliation result;

    // 1. Every candidate pair at or above the threshold, from the matcher over our list.
    struct Edge {
        double score;
        qsizetype their;
        qsizetype our;
    };
    std::vector<Edge> edges;
    if (!ours.isEmpty() && !theirs.isEmpty()) {
        names::RegistryIndex index;
        index.reserve(ours.size());
        for (const OurPerson &p : ours)
            index.add(InterchangeCsv::toMatchRecord(p.person, true));
        index.finish();
        for (qsizetype t = 0; t < theirs.size(); ++t) {
            const names::MatchResult match = index.match(InterchangeCsv::toMatchRecord(theirs.at(t)));
            for (const names::Candidate &candidate : match.candidates)
                if (candidate.score >= kPairThreshold && candidate.registryIndex >= 0)
                    edges.push_back({candidate.score, t, candidate.registryIndex});
        }
    }
    // 2. One-to-one, the best score first; ties go to the earlier row of their file and our list.
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        return std::tie(b.score, a.their, a.our) < std::tie(a.score, b.their, b.our);
    });
    std::vector<qsizetype> ourOfTheirs(size_t(theirs.size()), -1);
    std::vector<bool> ourTaken(size_t(ours.size()), false);
    std::vector<double> scoreOfTheirs(size_t(theirs.size()), 0.0);
    for (const Edge &edge : edges) {
        if (ourOfTheirs[size_t(edge.their)] >= 0 || ourTaken[size_t(edge.our)])
            continue;
        ourOfTheirs[size_t(edge.their)] = edge.our;
        ourTaken[size_t(edge.our)] = true;
        scoreOfTheirs[size_t(edge.their)] = edge.score;
    }

    // 3. What is left, every row against every person: the index finds candidates only through a shared key
    // (surname, given name and date, date), so a row with a typo in both the surname and the date has none there.
    std::vector<qsizetype> leftTheirs;
    std::vector<qsizetype> leftOurs;
    for (qsizetype t = 0; t < theirs.size(); ++t)
        if (ourOfTheirs[size_t(t)] < 0)
            leftTheirs.push_back(t);
    for (qsizetype o = 0; o < ours.size(); ++o)
        if (!ourTaken[size_t(o)])
            leftOurs.push_back(o);
    if (!leftTheirs.empty() && !leftOurs.empty()) {
        if (qint64(leftTheirs.size()) * qint64(leftOurs.size()) > kMaxLeftoverComparisons) {
            result.leftoverPassSkipped = true;
        } else {
            QHash<QString, int> surnames; // our surnames by comparison key, for their share as the matcher weighs it
            std::vector<Prepared> our;
            std::vector<double> shares;
            our.reserve(leftOurs.size());
            shares.reserve(leftOurs.size());
            for (const OurPerson &p : ours)
                ++surnames[names::comparisonKey(p.person.surname)];
            for (qsizetype o : leftOurs) {
                our.push_back(prepared(ours.at(o).person, true));
                shares.push_back(double(surnames.value(our.back().surname.key)) / double(ours.size()));
            }
            std::vector<Edge> late;
            for (qsizetype t : leftTheirs) {
                const Prepared their = prepared(theirs.at(t).person, theirs.at(t).sexKnown);
                for (size_t i = 0; i < leftOurs.size(); ++i) {
                    const double score = pairScore(our[i], their, shares[i]);
                    if (score >= kPairThreshold)
                        late.push_back({score, t, leftOurs[i]});
                }
            }
            std::sort(late.begin(), late.end(), [](const Edge &a, const Edge &b) {
                return std::tie(b.score, a.their, a.our) < std::tie(a.score, b.their, b.our);
            });
            for (const Edge &edge : late) {
                if (ourOfTheirs[size_t(edge.their)] >= 0 || ourTaken[size_t(edge.our)])
                    continue;
                ourOfTheirs[size_t(edge.their)] = edge.our;
                ourTaken[size_t(edge.our)] = true;
                scoreOfTheirs[size_t(edge.their)] = edge.score;
            }
        }
    }

    for (qsizetype t = 0; t < theirs.size(); ++t) {
        const InterchangeRow &row = theirs.at(t);
        const qsizetype o = ourOfTheirs[size_t(t)];
        if (o < 0) {
            OnlyTheirs only;
            only.row = row;
            only.key = onlyTheirsKey(row.person.recordId);
            only.summary = summary(row.person);
            result.onlyTheirs.append(only);
            continue;
        }
        ReconciledPair pair;
        pair.ours = ours.at(o);
        pair.theirs = row;
        pair.score = scoreOfTheirs[size_t(t)];
        pair.differences = compare(pair.ours, row);
        result.pairs.append(pair);
    }
    for (qsizetype o = 0; o < ours.size(); ++o) {
        if (ourTaken[size_t(o)])
            continue;
        OnlyOurs only;
        only.person = ours.at(o);
        only.key = onlyOursKey(only.person.personId);
        only.summary = summary(only.person.person);
        result.onlyOurs.append(only);
    }
    std::stable_sort(result.onlyOurs.begin(), result.onlyOurs.end(),
                     [](const OnlyOurs &a, const OnlyOurs &b) { return a.person.position < b.person.position; });
    result.counts = countLines(ours, theirs, plannedServicemen, plannedCivilians);
    applyResolutions(result, resolutions);
    return result;
}

void Reconciler::applyResolutions(Reconciliation &reconciliation, const QList<ReconciliationResolution> &resolutions)
{
    QHash<QString, const ReconciliationResolution *> byKey;
    for (const ReconciliationResolution &resolution : resolutions)
        byKey.insert(resolution.key, &resolution);
    for (ReconciledPair &pair : reconciliation.pairs)
        for (ReconciliationDifference &d : pair.differences)
            d.resolution = stateFor(byKey, d.key, d.ours, d.theirs);
    for (OnlyTheirs &item : reconciliation.onlyTheirs)
        item.resolution = stateFor(byKey, item.key, QString(), item.summary);
    for (OnlyOurs &item : reconciliation.onlyOurs)
        item.resolution = stateFor(byKey, item.key, item.summary, QString());
    sortPairs(reconciliation.pairs);
}

} // namespace homeward
