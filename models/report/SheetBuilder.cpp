#include "SheetBuilder.h"

#include "names/Transliterator.h"
#include "storage/BatchRepository.h"
#include "storage/ChecklistQueries.h"
#include "storage/ExchangeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReportQueries.h"
#include "storage/VerificationRepository.h"

#include <QHash>

namespace homeward::report {
namespace {

constexpr int kPage = 500;

QString latin(const QString &name)
{
    if (name.isEmpty())
        return {};
    auto spelled =
        names::PassportTransliterator::transliterate(names::PassportTransliterator::System::UkrainianPassport, name);
    return spelled ? spelled.value() : QString(); // a letter the rules do not cover: no Latin spelling printed
}

PersonCheck checkOf(const PersonChecklistSummary &summary)
{
    if (summary.hasDiscrepancy())
        return PersonCheck::Discrepancy;
    if (summary.fullyVerified())
        return PersonCheck::Verified;
    if (summary.notStarted())
        return PersonCheck::NotStarted;
    return PersonCheck::InProgress;
}

// Main-path order of the statuses; a step is shown as signed only once the batch has reached it.
int progress(BatchStatus status)
{
    switch (status) {
    case BatchStatus::Draft:
        return 0;
    case BatchStatus::InVerification:
        return 1;
    case BatchStatus::Verified:
        return 2;
    case BatchStatus::Confirmed:
        return 3;
    case BatchStatus::Completed:
        return 4;
    case BatchStatus::Cancelled:
        return -1;
    }
    return -1;
}

} // namespace

SheetBuilder::SheetBuilder(QSqlDatabase db) : m_db(std::move(db)) {}

QString sealQrText(const Exchange &exchange, const Batch &batch, const BatchSeal &seal)
{
    // Plain ASCII so that any reader shows it; the hashes are what a check compares.
    return QStringLiteral("HOMEWARD SEAL v1\nexchange %1 batch %2 (id %3)\nsealed %4\ncontent %5\naudit %6")
        .arg(exchange.id)
        .arg(batch.sequenceNo)
        .arg(batch.id)
        .arg(seal.sealedAt.toUTC().toString(Qt::ISODate), seal.contentHash, seal.headHash);
}

Result<QList<SheetPerson>> SheetBuilder::listedPersons(qint64 batchId, QList<Person> *details) const
{
    const PersonRepository persons(m_db, nullptr);
    const ChecklistQueries checklists(m_db);

    QHash<qint64, PersonChecklistSummary> summaries;
    for (int after = 0;;) {
        auto page = checklists.summaries(batchId, 0, after, kPage);
        if (!page)
            return page.error();
        for (const PersonChecklistSummary &summary : page.value())
            summaries.insert(summary.personId, summary);
        if (page.value().size() < kPage)
            break;
        after = page.value().constLast().position;
    }

    QList<SheetPerson> result;
    for (int after = 0;;) {
        auto page = persons.pageInBatch(batchId, after, kPage);
        if (!page)
            return page.error();
        for (const ListedPerson &listed : page.value()) {
            if (listed.status == MemberStatus::Withdrawn)
                continue;
            const Person &p = listed.person;
            SheetPerson line;
            line.number = int(result.size()) + 1;
            line.position = listed.position;
            line.personId = p.id;
            line.surname = p.surname;
            line.givenName = p.givenName;
            line.patronymic = p.patronymic;
            line.latinSurname = latin(p.surname);
            line.latinGivenName = latin(p.givenName);
            line.latinPatronymic = latin(p.patronymic);
            line.birthDate = p.birthDate;
            line.sex = p.sex;
            line.category = p.category;
            line.rank = p.rank;
            line.region = p.region;
            const auto summary = summaries.constFind(p.id);
            if (summary == summaries.constEnd())
                return Error{tr("The checklist of %1 %2 could not be read").arg(p.surname, p.givenName)};
            line.check = checkOf(*summary);
            line.itemsTotal = summary->total;
            line.itemsConfirmed = summary->confirmed;
            line.itemsDiscrepant = summary->discrepancies;
            result << line;
            if (details)
                *details << p;
        }
        if (page.value().size() < kPage)
            break;
        after = page.value().constLast().position;
    }
    if (result.size() != summaries.size())
        return Error{tr("The list of the batch changed while it was read; print again")};
    return result;
}

Result<BatchSheet> SheetBuilder::batchSheet(qint64 batchId) const
{
    BatchSheet sheet;
    sheet.generatedAt = QDateTime::currentDateTimeUtc();
    auto batch = BatchRepository(m_db, nullptr).get(batchId);
    if (!batch)
        return batch.error();
    sheet.batch = batch.value();
    auto exchange = ExchangeRepository(m_db, nullptr).get(sheet.batch.exchangeId);
    if (!exchange)
        return exchange.error();
    sheet.exchange = exchange.value();

    auto persons = listedPersons(batchId);
    if (!persons)
        return persons.error();
    sheet.persons = std::move(persons.value());

    const ReportQueries queries(m_db);
    auto withdrawn = queries.withdrawnCount(batchId);
    if (!withdrawn)
        return withdrawn.error();
    sheet.withdrawn = withdrawn.value();

    sheet.counts.plannedServicemen = sheet.batch.plannedServicemen;
    sheet.counts.plannedCivilians = sheet.batch.plannedCivilians;
    for (const SheetPerson &person : std::as_const(sheet.persons)) {
        sheet.counts.entered.add(person.category, person.sex);
        if (person.check == PersonCheck::Verified)
            sheet.counts.verified.add(person.category, person.sex);
    }

    const BatchWorkflow workflow(m_db, nullptr);
    auto seal = workflow.seal(batchId);
    if (!seal)
        return seal.error();
    sheet.seal = seal.value();

    if (sheet.batch.status == BatchStatus::Completed) {
        auto completion = workflow.completion(batchId);
        if (!completion)
            return completion.error();
        sheet.completion = completion.value();
        sheet.counts.actualServicemen = completion.value().record.actualServicemen;
        sheet.counts.actualCivilians = completion.value().record.actualCivilians;
        QHash<qint64, const HandoverOutcome *> outcomes;
        for (const HandoverOutcome &outcome : completion.value().record.outcomes)
            outcomes.insert(outcome.personId, &outcome);
        SexCategoryCounts actual;
        for (SheetPerson &person : sheet.persons) {
            const HandoverOutcome *outcome = outcomes.value(person.personId);
            if (!outcome)
                continue;
            person.handedOver = outcome->handedOver;
            person.notHandedOverReason = outcome->reason;
            if (outcome->handedOver)
                actual.add(person.category, person.sex);
        }
        sheet.counts.actual = actual;
    }

    const int reached = progress(sheet.batch.status);
    const auto signature = [&](BatchStatus step) -> Result<SignatureEntry> {
        if (reached < progress(step))
            return SignatureEntry();
        auto record = queries.lastTransitionTo(batchId, step);
        if (!record)
            return record.error();
        if (!record.value())
            return SignatureEntry();
        return SignatureEntry{record.value()->officialName, record.value()->at};
    };
    auto prepared = signature(BatchStatus::InVerification);
    auto verified = signature(BatchStatus::Verified);
    if (!prepared)
        return prepared.error();
    if (!verified)
        return verified.error();
    sheet.preparedBy = prepared.value();
    sheet.verifiedBy = verified.value();
    if (sheet.seal.isSealed())
        sheet.confirmedBy = SignatureEntry{sheet.seal.sealedByName, sheet.seal.sealedAt};
    return sheet;
}

Result<ChecklistSheet> SheetBuilder::checklistSheet(qint64 batchId, qint64 personId) const
{
    ChecklistSheet sheet;
    sheet.generatedAt = QDateTime::currentDateTimeUtc();
    auto batch = BatchRepository(m_db, nullptr).get(batchId);
    if (!batch)
        return batch.error();
    sheet.batch = batch.value();
    auto exchange = ExchangeRepository(m_db, nullptr).get(sheet.batch.exchangeId);
    if (!exchange)
        return exchange.error();
    sheet.exchange = exchange.value();
    auto seal = BatchWorkflow(m_db, nullptr).seal(batchId);
    if (!seal)
        return seal.error();
    sheet.seal = seal.value();

    QList<Person> details;
    auto persons = listedPersons(batchId, &details);
    if (!persons)
        return persons.error();
    const VerificationRepository verification(m_db, nullptr);
    for (qsizetype i = 0; i < persons.value().size(); ++i) {
        const SheetPerson &person = persons.value().at(i);
        if (personId != 0 && person.personId != personId)
            continue;
        auto items = verification.itemsForPerson(person.personId);
        if (!items)
            return items.error();
        PersonChecklistPage page;
        page.person = person;
        page.details = details.at(i);
        for (const VerificationItem &item : items.value()) {
            page.lines << ChecklistLine{item, detailText(page.details, item.item)};
        }
        sheet.persons << page;
    }
    if (personId != 0 && sheet.persons.isEmpty())
        return Error{tr("The person is not on the list of batch %1").arg(sheet.batch.sequenceNo)};
    return sheet;
}

Result<ExchangeSheet> SheetBuilder::exchangeSheet(qint64 exchangeId) const
{
    ExchangeSheet sheet;
    sheet.generatedAt = QDateTime::currentDateTimeUtc();
    auto exchange = ExchangeRepository(m_db, nullptr).get(exchangeId);
    if (!exchange)
        return exchange.error();
    sheet.exchange = exchange.value();
    const BatchRepository batches(m_db, nullptr);
    auto list = batches.listForExchange(exchangeId);
    if (!list)
        return list.error();
    const VerificationRepository verification(m_db, nullptr);
    const BatchWorkflow workflow(m_db, nullptr);
    for (const Batch &batch : list.value()) {
        ExchangeBatchRow row;
        row.batch = batch;
        auto counts = batches.counts(batch.id);
        if (!counts)
            return counts.error();
        row.entered.servicemenMen = counts.value().servicemenMen;
        row.entered.servicemenWomen = counts.value().servicemenWomen;
        row.entered.civiliansMen = counts.value().civiliansMen;
        row.entered.civiliansWomen = counts.value().civiliansWomen;
        auto progress = verification.progress(batch.id);
        if (!progress)
            return progress.error();
        row.verified = progress.value().fullyVerified;
        auto seal = workflow.seal(batch.id);
        if (!seal)
            return seal.error();
        row.sealed = seal.value().isSealed();
        DirectionTotals &totals = batch.direction == Direction::Receive ? sheet.received : sheet.handedOver;
        if (batch.status == BatchStatus::Completed) {
            auto completion = workflow.completion(batch.id);
            if (!completion)
                return completion.error();
            row.actualServicemen = completion.value().record.actualServicemen;
            row.actualCivilians = completion.value().record.actualCivilians;
            totals.servicemen += row.actualServicemen.value_or(row.entered.servicemen());
            totals.civilians += row.actualCivilians.value_or(row.entered.civilians());
        } else if (batch.status != BatchStatus::Cancelled) {
            totals.openServicemen += row.entered.servicemen();
            totals.openCivilians += row.entered.civilians();
        }
        sheet.batches << row;
    }
    return sheet;
}

} // namespace homeward::report
