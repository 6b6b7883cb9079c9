#include "RegistryLinks.h"

#include "AuditLog.h"
#include "Authorisation.h"
#include "ChangeNotifier.h"
#include "PersonRepository.h"
#include "Sql.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace homeward {
namespace {

names::Verdict verdictFromCode(const QString &code)
{
    for (names::Verdict v : {names::Verdict::Match, names::Verdict::Probable, names::Verdict::Ambiguous})
        if (names::toCode(v) == code)
            return v;
    return names::Verdict::None;
}

QJsonObject linkJson(const RegistryLink &link)
{
    return {{QStringLiteral("registry_person_id"), link.registryPersonId},
            {QStringLiteral("registry_record_id"), link.recordId},
            {QStringLiteral("verdict"), names::toCode(link.verdict)},
            {QStringLiteral("score"), link.score}};
}

} // namespace

RegistryLinks::RegistryLinks(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor)
    : m_db(std::move(db)), m_notifier(notifier), m_actor(actor)
{
}

Result<std::optional<RegistryLink>> RegistryLinks::linkOf(qint64 personId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT l.registry_person_id, r.record_id, l.verdict, l.score, l.linked_by, "
                                         "o.full_name, l.linked_at, l.id, l.row_version FROM person_registry_link l "
                                         "JOIN registry_person r ON r.id = l.registry_person_id "
                                         "LEFT JOIN official o ON o.id = l.linked_by WHERE l.person_id = ?"),
                          {personId});
    if (!query)
        return Error{tr("The person's registry link could not be read"), query.error().detail};
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<RegistryLink>();
    RegistryLink link;
    link.personId = personId;
    link.registryPersonId = q.value(0).toLongLong();
    link.recordId = q.value(1).toString();
    link.verdict = verdictFromCode(q.value(2).toString());
    link.score = q.value(3).toDouble();
    link.linkedBy = q.value(4).toLongLong();
    link.linkedByName = q.value(5).toString();
    link.linkedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
    link.id = q.value(7).toLongLong();
    link.rowVersion = q.value(8).toLongLong();
    return std::optional<RegistryLink>(link);
}

Status RegistryLinks::link(qint64 personId, const QString &recordId, names::Verdict verdict, double score,
                           const SeenRow &seen)
{
    if (auto allowed = requirePermission(m_db, actor(), Action::EnterPersons); !allowed)
        return allowed.status();
    if (score < 0.0 || score > 1.0)
        return Status::failure(tr("The score of a registry link must lie between 0 and 1"));

    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    auto person = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ?"), {personId});
    if (!person)
        return Status::failure(tr("The person could not be read"), person.error().detail);
    if (person.value().toLongLong() == 0)
        return Status::failure(tr("The person is no longer in the database; nothing was linked"));
    auto registry = sql::run(m_db, QStringLiteral("SELECT id FROM registry_person WHERE record_id = ?"), {recordId});
    if (!registry)
        return Status::failure(tr("The registry could not be read"), registry.error().detail);
    if (!registry.value().next())
        return Status::failure(tr("There is no record “%1” in the registry; nothing was linked").arg(recordId));
    const qint64 registryPersonId = registry.value().value(0).toLongLong();

    auto before = linkOf(personId);
    if (!before)
        return before.status();
    if (Status fresh = requireSeen(personId, before.value(), seen); !fresh)
        return fresh;
    if (before.value() && before.value()->registryPersonId == registryPersonId)
        return Status::failure(tr("The person is already linked to the registry record “%1”").arg(recordId));

    RegistryLink after;
    after.personId = personId;
    after.registryPersonId = registryPersonId;
    after.recordId = recordId;
    after.verdict = verdict;
    after.score = score;
    const QString now = sql::nowStamp();
    // One statement whether or not a link existed: the lock trigger sees it either way.
    auto written = before.value()
                       ? sql::run(m_db,
                                  QStringLiteral("UPDATE person_registry_link SET registry_person_id = ?, verdict = ?, "
                                                 "score = ?, linked_by = ?, linked_at = ?, "
                                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                                  {registryPersonId, names::toCode(verdict), score, actor().officialId, now, seen.id,
                                   seen.rowVersion})
                       : sql::run(m_db,
                                  QStringLiteral("INSERT INTO person_registry_link (person_id, registry_person_id, "
                                                 "verdict, score, linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {personId, registryPersonId, names::toCode(verdict), score, actor().officialId, now});
    if (!written)
        return Status::failure(tr("The person could not be linked to the registry record “%1”").arg(recordId),
                               written.error().detail);
    if (written.value().numRowsAffected() != 1)
        return StaleEdit::refusal(m_db, StaleEdit::Record::RegistryLink, seen.id);
    if (Status audited =
            AuditLog::append(m_db, actor(), QStringLiteral("registry_link"), QStringLiteral("person"), personId,
                             before.value() ? linkJson(*before.value()) : QJsonObject(), linkJson(after));
        !audited)
        return audited;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    announce(personId);
    return {};
}

Status RegistryLinks::unlink(qint64 personId, const SeenRow &seen)
{
    if (auto allowed = requirePermission(m_db, actor(), Action::EnterPersons); !allowed)
        return allowed.status();
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    auto before = linkOf(personId);
    if (!before)
        return before.status();
    if (Status fresh = requireSeen(personId, before.value(), seen); !fresh)
        return fresh;
    if (!before.value())
        return Status::failure(tr("The person is not linked to a registry record"));
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM person_registry_link WHERE id = ? AND row_version = ?"),
                            {seen.id, seen.rowVersion});
    if (!removed)
        return Status::failure(tr("The person's registry link could not be removed"), removed.error().detail);
    if (removed.value().numRowsAffected() != 1)
        return StaleEdit::refusal(m_db, StaleEdit::Record::RegistryLink, seen.id);
    if (Status audited = AuditLog::append(m_db, actor(), QStringLiteral("registry_unlink"), QStringLiteral("person"),
                                          personId, linkJson(*before.value()), {});
        !audited)
        return audited;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    announce(personId);
    return {};
}

Status RegistryLinks::requireSeen(qint64 personId, const std::optional<RegistryLink> &stored, const SeenRow &seen) const
{
    if (stored) {
        if (stored->id == seen.id && stored->rowVersion == seen.rowVersion)
            return {};
        return StaleEdit::refusal(m_db, StaleEdit::Record::RegistryLink, stored->id);
    }
    if (seen.none())
        return {};
    // Removed since: the trail keeps the removal under the person ("registry_unlink"), not under the link's row.
    StaleEdit::LastChange change;
    change.exists = false;
    auto removal = sql::run(m_db,
                            QStringLiteral("SELECT o.full_name, a.at FROM audit_log a LEFT JOIN official o "
                                           "ON o.id = a.official_id WHERE a.entity = 'person' AND a.entity_id = ? "
                                           "AND a.action = 'registry_unlink' ORDER BY a.id DESC LIMIT 1"),
                            {personId});
    if (removal && removal.value().next()) {
        change.by = removal.value().value(0).toString();
        change.at = QDateTime::fromString(removal.value().value(1).toString(), Qt::ISODateWithMs).toUTC();
    }
    return StaleEdit::refusal(StaleEdit::Record::RegistryLink, change);
}

void RegistryLinks::announce(qint64 personId) const
{
    if (!m_notifier)
        return;
    // Read to the end before the signals, whose receivers may read the database themselves.
    auto batches = PersonRepository(m_db, nullptr).batchesOf(personId);
    if (!batches)
        return; // the change is committed; a missed refresh only leaves a view stale until the next one
    for (const qint64 batchId : std::as_const(batches.value()))
        Q_EMIT m_notifier->personsChanged(batchId);
}

} // namespace homeward
