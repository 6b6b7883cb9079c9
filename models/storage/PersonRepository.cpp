#include "PersonRepository.h"

#include "AuditJson.h"
#include "AuditLog.h"
#include "Authorisation.h"
#include "ChangeNotifier.h"
#include "ReadCheck.h"
#include "Sql.h"
#include "StaleEdit.h"
#include "UnlistedPersons.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace homeward {
namespace {

// The detail columns in the order of detailValues().
const QStringList kDetailColumns = {
    QStringLiteral("record_id"),      QStringLiteral("surname"),         QStringLiteral("given_name"),
    QStringLiteral("patronymic"),     QStringLiteral("birth_date"),      QStringLiteral("birth_date_partial"),
    QStringLiteral("birth_place"),    QStringLiteral("sex"),             QStringLiteral("citizenship"),
    QStringLiteral("document_type"),  QStringLiteral("document_number"), QStringLiteral("region"),
    QStringLiteral("category"),       QStringLiteral("rank"),            QStringLiteral("unit"),
    QStringLiteral("service_number"), QStringLiteral("capture_date"),    QStringLiteral("capture_place"),
    QStringLiteral("detention_place"), QStringLiteral("health"),         QStringLiteral("inform_name"),
    QStringLiteral("inform_contact"), QStringLiteral("notes"),
};

QVariantList detailValues(const Person &p)
{
    return {sql::nullIfEmpty(p.recordId), p.surname, p.givenName, p.patronymic,
            sql::nullIfEmpty(p.birthDate.toIso()), p.birthDate.isPartial() ? 1 : 0, p.birthPlace, toCode(p.sex),
            p.citizenship, p.documentType, p.documentNumber, p.region, toCode(p.category), p.rank, p.unit,
            p.serviceNumber, sql::dateOrNull(p.captureDate), p.capturePlace, p.detentionPlace, p.health,
            p.informName, p.informContact, p.notes};
}

// Column positions of a person query, looked up by name once per query
// rather than once per row.
class PersonColumns final {
public:
    explicit PersonColumns(const QSqlRecord &record)
    {
        for (const char *name : kNames)
            m_index << record.indexOf(QLatin1String(name));
    }
    QVariant value(const QSqlQuery &q, int field) const { return q.value(m_index.at(field)); }
    QString text(const QSqlQuery &q, int field) const { return value(q, field).toString(); }

    enum Field {
        Id, RowVersion, RecordId, Surname, GivenName, Patronymic, BirthDate, BirthPlace, Sex, Citizenship,
        DocumentType, DocumentNumber, Region, Category, Rank, Unit, ServiceNumber, CaptureDate, CapturePlace,
        DetentionPlace, Health, InformName, InformContact, Notes
    };

private:
    static constexpr const char *kNames[] = {
        "id", "row_version", "record_id", "surname", "given_name", "patronymic", "birth_date", "birth_place", "sex",
        "citizenship", "document_type", "document_number", "region", "category", "rank", "unit", "service_number",
        "capture_date", "capture_place", "detention_place", "health", "inform_name", "inform_contact", "notes"};
    QList<int> m_index;
};

Person fromQuery(const QSqlQuery &q, const PersonColumns &c)
{
    using F = PersonColumns;
    Person p;
    p.id = c.value(q, F::Id).toLongLong();
    p.rowVersion = c.value(q, F::RowVersion).toLongLong();
    p.recordId = c.text(q, F::RecordId);
    p.surname = c.text(q, F::Surname);
    p.givenName = c.text(q, F::GivenName);
    p.patronymic = c.text(q, F::Patronymic);
    p.birthDate = PartialDate::fromIso(c.text(q, F::BirthDate)).value_or(PartialDate());
    p.birthPlace = c.text(q, F::BirthPlace);
    p.sex = sexFromCode(c.text(q, F::Sex)).value_or(Sex::Male);
    p.citizenship = c.text(q, F::Citizenship);
    p.documentType = c.text(q, F::DocumentType);
    p.documentNumber = c.text(q, F::DocumentNumber);
    p.region = c.text(q, F::Region);
    p.category = categoryFromCode(c.text(q, F::Category)).value_or(Category::Serviceman);
    p.rank = c.text(q, F::Rank);
    p.unit = c.text(q, F::Unit);
    p.serviceNumber = c.text(q, F::ServiceNumber);
    p.captureDate = QDate::fromString(c.text(q, F::CaptureDate), Qt::ISODate);
    p.capturePlace = c.text(q, F::CapturePlace);
    p.detentionPlace = c.text(q, F::DetentionPlace);
    p.health = c.text(q, F::Health);
    p.informName = c.text(q, F::InformName);
    p.informContact = c.text(q, F::InformContact);
    p.notes = c.text(q, F::Notes);
    return p;
}

QString selectColumns(const QString &alias)
{
    QStringList columns{alias + QStringLiteral(".id"), alias + QStringLiteral(".row_version")};
    for (const QString &c : kDetailColumns)
        columns << alias + QLatin1Char('.') + c;
    return columns.join(QStringLiteral(", "));
}

const QString kEntity = QStringLiteral("person");

} // namespace

PersonRepository::PersonRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor)
    : m_db(std::move(db)), m_notifier(notifier), m_actor(actor)
{
}

QVariant PersonRepository::actorId() const
{
    return m_actor && m_actor->isValid() ? QVariant(m_actor->officialId) : QVariant();
}

// Appends the person at the end of the batch's list with its audit row
// (`auditAction`), inside the caller's open transaction.
Status PersonRepository::appendToList(qint64 batchId, qint64 personId, const QString &now, const QString &auditAction)
{
    auto listed = sql::run(m_db,
                           QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, status, created_at, "
                                          "updated_at) SELECT ?, ?, COALESCE(MAX(position), 0) + 1, 'listed', ?, ? "
                                          "FROM batch_member WHERE batch_id = ?"),
                           {batchId, personId, now, now, batchId});
    if (!listed)
        return listed.status();
    auto after = unlisted::listing(m_db, batchId, personId);
    if (!after)
        return after.status();
    if (!after.value())
        return Status(Error{{}, QStringLiteral("listing of person %1 not found after insert").arg(personId)});
    return AuditLog::append(m_db, actor(), auditAction, kEntity, personId, {}, after.value()->record);
}

Result<qint64> PersonRepository::addToBatch(qint64 batchId, const Person &person)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::EnterPersons); !allowed)
        return allowed.error();
    const auto failed = [](const Error &error) {
        return Error{tr("The person was not saved; nothing was changed"), error.detail};
    };
    const QString now = sql::nowStamp();
    QVariantList values = detailValues(person);
    values << now << now << actorId() << actorId();
    QStringList marks;
    for (int i = 0; i < values.size(); ++i)
        marks << QStringLiteral("?");
    auto inserted =
        sql::insertReturningId(m_db,
                               QStringLiteral("INSERT INTO person (%1, created_at, updated_at, created_by, updated_by) "
                                              "VALUES (%2) RETURNING id")
                                   .arg(kDetailColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                               values);
    if (!inserted)
        return failed(inserted.error());
    const qint64 personId = inserted.value();
    if (Status appended = appendToList(batchId, personId, now, QStringLiteral("create")); !appended)
        return failed(appended.error());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->personsChanged(batchId);
    return personId;
}

Status PersonRepository::update(const Person &person)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::EnterPersons); !allowed)
        return allowed.error();
    auto before = auditjson::storedRow(m_db, kEntity, person.id);
    if (!before)
        return Status::failure(tr("The person was not saved; nothing was changed"), before.error().detail);
    if (before.value().isEmpty())
        return StaleEdit::refusal(m_db, StaleEdit::Record::Person, person.id);
    QStringList assignments;
    for (const QString &c : kDetailColumns)
        assignments << c + QStringLiteral(" = ?");
    QVariantList values = detailValues(person);
    values << sql::nowStamp() << actorId() << person.id << person.rowVersion;
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE person SET %1, row_version = row_version + 1, updated_at = ?, "
                                           "updated_by = ? WHERE id = ? AND row_version = ?")
                                .arg(assignments.join(QStringLiteral(", "))),
                            values);
    if (!updated)
        return Status::failure(tr("The person was not saved; nothing was changed"), updated.error().detail);
    if (updated.value().numRowsAffected() != 1)
        return StaleEdit::refusal(m_db, StaleEdit::Record::Person, person.id);
    auto after = auditjson::storedRow(m_db, kEntity, person.id);
    if (!after)
        return Status::failure(tr("The person was not saved; nothing was changed"), after.error().detail);
    if (Status recorded = AuditLog::append(m_db, actor(), QStringLiteral("update"), kEntity, person.id, before.value(),
                                           after.value());
        !recorded)
        return recorded;
    auto batches = batchesOf(person.id);
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier && batches)
        for (qint64 batchId : batches.value())
            Q_EMIT m_notifier->personsChanged(batchId);
    return {};
}

Result<Person> PersonRepository::get(qint64 id) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT %1 FROM person p WHERE p.id = ?").arg(selectColumns(QStringLiteral("p"))),
                          {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{tr("No person with number %1").arg(id)};
    return fromQuery(query.value(), PersonColumns(query.value().record()));
}

Status PersonRepository::removeFromBatch(qint64 batchId, qint64 personId)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::EnterPersons); !allowed)
        return allowed.error();
    const auto failed = [](const Error &error) {
        return Status::failure(tr("The person was not removed; nothing was changed"),
                               error.detail.isEmpty() ? error.message : error.detail);
    };
    auto listing = unlisted::listing(m_db, batchId, personId);
    if (!listing)
        return failed(listing.error());
    if (!listing.value())
        return Status::failure(tr("This person is no longer listed in the batch"));
    auto done = sql::run(m_db, QStringLiteral("DELETE FROM batch_member WHERE batch_id = ? AND person_id = ?"),
                         {batchId, personId});
    if (!done)
        return failed(done.error());
    if (done.value().numRowsAffected() != 1)
        return Status::failure(tr("This person is no longer listed in the batch"));
    if (auto deleted = unlisted::deleteUnlisted(m_db, actor(), {*listing.value()}); !deleted)
        return failed(deleted.error());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->personsChanged(batchId);
    return {};
}

Status PersonRepository::listInBatch(qint64 batchId, qint64 personId)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::EnterPersons); !allowed)
        return allowed.error();
    const auto failed = [](const Error &error) {
        return Status::failure(tr("The person was not listed; nothing was changed"),
                               error.detail.isEmpty() ? error.message : error.detail);
    };
    auto already = unlisted::listing(m_db, batchId, personId);
    if (!already)
        return failed(already.error());
    if (already.value())
        return Status::failure(tr("This person is already listed in the batch"));
    auto exists = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ?"), {personId});
    if (!exists)
        return failed(exists.error());
    if (exists.value().toLongLong() == 0)
        return Status::failure(tr("This person no longer exists; they may have been deleted"));
    const QString now = sql::nowStamp();
    if (Status appended = appendToList(batchId, personId, now, QStringLiteral("list")); !appended)
        return failed(appended.error());
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->personsChanged(batchId);
    return {};
}

Status PersonRepository::setWithdrawn(qint64 batchId, qint64 personId, bool withdrawn)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requirePermission(m_db, actor(), Action::EnterPersons); !allowed)
        return allowed.error();
    const auto failed = [](const Error &error) {
        return Status::failure(tr("The list was not changed"), error.detail.isEmpty() ? error.message : error.detail);
    };
    const QString wanted = toCode(withdrawn ? MemberStatus::Withdrawn : MemberStatus::Listed);
    auto listing = unlisted::listing(m_db, batchId, personId);
    if (!listing)
        return failed(listing.error());
    if (!listing.value())
        return Status::failure(tr("This person is no longer listed in the batch"));
    auto stored = sql::scalar(m_db, QStringLiteral("SELECT status FROM batch_member WHERE batch_id = ? AND person_id = ?"),
                              {batchId, personId});
    if (!stored)
        return failed(stored.error());
    if (stored.value().toString() == wanted)
        return Status::failure(withdrawn ? tr("This person is already withdrawn from the batch")
                                         : tr("This person is already on the batch's list"));
    auto done = sql::run(m_db,
                         QStringLiteral("UPDATE batch_member SET status = ?, updated_at = ? "
                                        "WHERE batch_id = ? AND person_id = ?"),
                         {wanted, sql::nowStamp(), batchId, personId});
    if (!done)
        return failed(done.error());
    if (done.value().numRowsAffected() != 1)
        return Status::failure(tr("This person is no longer listed in the batch"));
    // The listing as the audit trail keeps it, with the list status before and after.
    QJsonObject before = listing.value()->record;
    QJsonObject after = before;
    before.insert(QStringLiteral("member_status"), stored.value().toString());
    after.insert(QStringLiteral("member_status"), wanted);
    if (Status recorded = AuditLog::append(m_db, actor(), withdrawn ? QStringLiteral("withdraw") : QStringLiteral("reinstate"),
                                           kEntity, personId, before, after);
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (m_notifier)
        Q_EMIT m_notifier->personsChanged(batchId);
    return {};
}

Result<int> PersonRepository::countInBatch(qint64 batchId) const
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ?"), {batchId});
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<QList<ListedPerson>> PersonRepository::pageInBatch(qint64 batchId, int afterPosition, int limit) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT %1, m.position, m.status FROM batch_member m "
                                         "JOIN person p ON p.id = m.person_id WHERE m.batch_id = ? AND m.position > ? "
                                         "ORDER BY m.position LIMIT ?")
                              .arg(selectColumns(QStringLiteral("p"))),
                          {batchId, afterPosition, limit});
    if (!query)
        return query.error();
    QList<ListedPerson> page;
    QSqlQuery &q = query.value();
    const int positionIndex = q.record().indexOf(QStringLiteral("position"));
    const int statusIndex = q.record().indexOf(QStringLiteral("status"));
    const PersonColumns columns(q.record());
    while (q.next()) {
        ListedPerson listed;
        listed.person = fromQuery(q, columns);
        listed.position = q.value(positionIndex).toInt();
        listed.status = memberStatusFromCode(q.value(statusIndex).toString()).value_or(MemberStatus::Listed);
        page << listed;
    }
    // A read that fails part-way ends the loop as the last row would: a
    // shortened page would pass for the whole list (an export cut short).
    if (Status read = sql::readToEnd(q, tr("The batch's list could not be read")); !read)
        return read.error();
    return page;
}

Result<QList<qint64>> PersonRepository::batchesOf(qint64 personId) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT batch_id FROM batch_member WHERE person_id = ? ORDER BY batch_id"),
                          {personId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids << query.value().value(0).toLongLong();
    if (Status read = sql::readToEnd(query.value(), tr("The person's batches could not be read")); !read)
        return read.error();
    return ids;
}

} // namespace homeward
