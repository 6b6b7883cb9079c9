#include "RegistryMatcher.h"

#include "RegistryRepository.h"
#include "Sql.h"
#include "Store.h"

#include "io/InterchangeCsv.h"
#include "names/ComparisonKey.h"
#include "names/GivenNames.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace homeward {

QString DuplicateFlag::text() const
{
    if (kind == Kind::ListedTwice)
        return QCoreApplication::translate("homeward::RegistryMatcher", "listed twice: also No. %1 of this batch")
            .arg(position);
    return QCoreApplication::translate("homeward::RegistryMatcher", "already No. %1 in batch %2 of exchange “%3” (%4)")
        .arg(position)
        .arg(batchSequence)
        .arg(exchangeTitle, label(batchStatus));
}

double PersonMatch::margin() const
{
    const auto &c = result.candidates;
    if (c.isEmpty())
        return 0.0;
    if (c.size() == 1)
        return c.constFirst().score;
    return c.at(0).score - c.at(1).score;
}

RegistryMatcher::RegistryMatcher(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("registryMatcher"));
}

RegistryMatcher &RegistryMatcher::of(Store &store)
{
    ChangeNotifier *notifier = store.notifier();
    if (auto *existing =
            notifier->findChild<RegistryMatcher *>(QStringLiteral("registryMatcher"), Qt::FindDirectChildrenOnly))
        return *existing;
    auto *matcher = new RegistryMatcher(store.connection(), notifier);
    connect(notifier, &ChangeNotifier::personsChanged, matcher, &RegistryMatcher::invalidateDuplicates);
    connect(notifier, &ChangeNotifier::batchesChanged, matcher, &RegistryMatcher::invalidateDuplicates);
    connect(notifier, &ChangeNotifier::exchangesChanged, matcher, &RegistryMatcher::invalidateDuplicates);
    return *matcher;
}

names::MatchRecord RegistryMatcher::toMatchRecord(const Person &person)
{
    return InterchangeCsv::toMatchRecord(person, true);
}

QString RegistryMatcher::duplicateKey(const QString &surname, const QString &givenName, const QString &birthDateIso)
{
    const QString surnameKey = names::comparisonKey(surname);
    if (surnameKey.isEmpty())
        return {};
    const int nameId = names::GivenNames::instance().givenNameId(givenName);
    const QString givenKey = nameId != 0 ? QStringLiteral("#%1").arg(nameId) : names::comparisonKey(givenName);
    return surnameKey + QChar(0x1f) + givenKey + QChar(0x1f) + birthDateIso;
}

Result<RegistryMatcher::Generation> RegistryMatcher::generation() const
{
    // Both maxima come from the primary keys: no scan of a million rows per keystroke.
    auto query = sql::run(m_db, QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM registry_import), "
                                               "(SELECT COALESCE(MAX(id), 0) FROM registry_person)"));
    if (!query)
        return Error{tr("The registry could not be read"), query.error().detail};
    if (!query.value().next())
        return Error{tr("The registry could not be read"), query.value().lastError().text()};
    return Generation{query.value().value(0).toLongLong(), query.value().value(1).toLongLong()};
}

Result<bool> RegistryMatcher::needsLoading() const
{
    auto now = generation();
    if (!now)
        return now.error();
    return !m_everLoaded || !(now.value() == m_loaded);
}

Status RegistryMatcher::ensureLoaded(const LoadProgress &progress)
{
    auto now = generation();
    if (!now)
        return now.status();
    if (m_everLoaded && now.value() == m_loaded)
        return {};
    RegistryRepository registry(m_db);
    auto total = registry.count();
    if (!total)
        return total.status();
    names::RegistryIndex fresh;
    const qint64 expected = total.value();
    Status loaded =
        registry.loadIndex(fresh, [&progress, expected](qint64 done) { return !progress || progress(done, expected); });
    if (!loaded)
        return loaded;
    m_index = std::move(fresh);
    m_loaded = now.value();
    m_everLoaded = true;
    return {};
}

Result<names::MatchResult> RegistryMatcher::matchPerson(const Person &person)
{
    if (Status loaded = ensureLoaded(); !loaded)
        return loaded;
    if (m_index.size() == 0)
        return names::MatchResult();
    return m_index.match(toMatchRecord(person));
}

Status RegistryMatcher::ensureListings()
{
    if (!m_listingsStale)
        return {};
    auto query =
        sql::run(m_db, QStringLiteral("SELECT p.id, p.surname, p.given_name, p.birth_date, m.batch_id, m.position, "
                                      "b.sequence_no, b.status, b.exchange_id, e.title "
                                      "FROM batch_member m JOIN person p ON p.id = m.person_id "
                                      "JOIN batch b ON b.id = m.batch_id JOIN exchange e ON e.id = b.exchange_id "
                                      "WHERE m.status = 'listed' AND b.status <> 'cancelled'"));
    if (!query)
        return Status::failure(tr("The lists of the batches could not be read"), query.error().detail);
    QHash<QString, QList<Listing>> listings;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const QString key = duplicateKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        if (key.isEmpty())
            continue;
        Listing listing;
        listing.personId = q.value(0).toLongLong();
        listing.batchId = q.value(4).toLongLong();
        listing.position = q.value(5).toInt();
        listing.batchSequence = q.value(6).toInt();
        listing.batchStatus = batchStatusFromCode(q.value(7).toString()).value_or(BatchStatus::Draft);
        listing.exchangeId = q.value(8).toLongLong();
        listing.exchangeTitle = q.value(9).toString();
        listings[key].append(listing);
    }
    if (q.lastError().isValid())
        return Status::failure(tr("The lists of the batches could not be read"), q.lastError().text());
    m_listings = std::move(listings);
    m_listingsStale = false;
    return {};
}

QList<DuplicateFlag> RegistryMatcher::flagsFor(const QString &key, qint64 personId, qint64 batchId) const
{
    QList<DuplicateFlag> flags;
    if (key.isEmpty())
        return flags;
    const auto found = m_listings.constFind(key);
    if (found == m_listings.constEnd())
        return flags;
    for (const Listing &l : found.value()) {
        if (l.batchId == batchId && l.personId == personId)
            continue; // the person's own listing
        DuplicateFlag flag;
        flag.kind = l.batchId == batchId ? DuplicateFlag::Kind::ListedTwice : DuplicateFlag::Kind::OtherBatch;
        flag.personId = l.personId;
        flag.batchId = l.batchId;
        flag.batchSequence = l.batchSequence;
        flag.position = l.position;
        flag.exchangeId = l.exchangeId;
        flag.exchangeTitle = l.exchangeTitle;
        flag.batchStatus = l.batchStatus;
        flags.append(flag);
    }
    // This batch first, then by exchange and batch.
    std::sort(flags.begin(), flags.end(), [](const DuplicateFlag &a, const DuplicateFlag &b) {
        return std::tuple(a.kind != DuplicateFlag::Kind::ListedTwice, a.exchangeId, a.batchSequence, a.position) <
               std::tuple(b.kind != DuplicateFlag::Kind::ListedTwice, b.exchangeId, b.batchSequence, b.position);
    });
    return flags;
}

Result<QList<DuplicateFlag>> RegistryMatcher::duplicatesOf(const Person &person, qint64 personId, qint64 batchId)
{
    if (Status built = ensureListings(); !built)
        return built;
    return flagsFor(duplicateKey(person.surname, person.givenName, person.birthDate.toIso()), personId, batchId);
}

Result<BatchMatch> RegistryMatcher::matchBatch(qint64 batchId, const MatchProgress &progress)
{
    if (Status loaded = ensureLoaded(); !loaded)
        return loaded;
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT p.id, m.position, p.record_id, p.surname, p.given_name, p.patronymic, "
                                         "p.birth_date, p.sex, p.service_number, p.document_number, p.birth_place "
                                         "FROM batch_member m JOIN person p ON p.id = m.person_id "
                                         "WHERE m.batch_id = ? AND m.status = 'listed' ORDER BY m.position"),
                          {batchId});
    if (!query)
        return Error{tr("The batch's list could not be read"), query.error().detail};
    BatchMatch outcome;
    QList<names::MatchRecord> records;
    QSqlQuery &q = query.value();
    while (q.next()) {
        PersonMatch match;
        match.personId = q.value(0).toLongLong();
        match.position = q.value(1).toInt();
        names::MatchRecord &r = match.record;
        r.recordId = q.value(2).toString();
        if (r.recordId.isEmpty())
            r.recordId = QStringLiteral("person-%1").arg(match.personId);
        r.surname = q.value(3).toString();
        r.givenName = q.value(4).toString();
        r.patronymic = q.value(5).toString();
        r.birthDate = PartialDate::fromIso(q.value(6).toString()).value_or(PartialDate());
        const QString sex = q.value(7).toString();
        r.sex = sex.size() == 1 ? sex.at(0) : QChar();
        r.serviceNumber = q.value(8).toString();
        r.documentNumber = q.value(9).toString();
        r.birthPlace = q.value(10).toString();
        records.append(r);
        outcome.persons.append(match);
    }
    if (q.lastError().isValid())
        return Error{tr("The batch's list could not be read"), q.lastError().text()};

    if (Status built = ensureListings(); !built)
        return built;
    for (PersonMatch &match : outcome.persons)
        match.duplicates =
            flagsFor(duplicateKey(match.record.surname, match.record.givenName, match.record.birthDate.toIso()),
                     match.personId, batchId);

    const qsizetype total = records.size();
    if (m_index.size() == 0) {
        if (progress && !progress(total, total))
            outcome.cancelled = true;
        return outcome;
    }
    const QList<names::MatchResult> results = names::matchAll(
        m_index, records, [&progress, total](qsizetype done) { return !progress || progress(done, total); });
    if (results.size() < outcome.persons.size()) {
        outcome.cancelled = true;
        outcome.persons.resize(results.size());
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        PersonMatch &match = outcome.persons[i];
        match.result = results.at(i);
        for (const names::Candidate &candidate : std::as_const(match.result.candidates))
            match.candidateRecords.append(m_index.record(candidate.registryIndex));
    }
    return outcome;
}

} // namespace homeward
