#include "CounterpartRepository.h"

#include "AuditLog.h"
#include "Authorisation.h"
#include "BatchRepository.h"
#include "PersonRepository.h"
#include "Sql.h"
#include "StaleEdit.h"
#include "WriteTransaction.h"

#include "domain/Enums.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace homeward {
namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// An empty text, never NULL (a null QString binds as NULL; the text columns are NOT NULL DEFAULT '').
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime stamp(const QVariant &value)
{
    // Stored with a Z: the text carries its zone.
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

bool isLocked(const QString &status)
{
    return status == QLatin1String("confirmed") || status == QLatin1String("completed") ||
           status == QLatin1String("cancelled");
}

// Resolving is a check of the lists: the operator who keeps the list and the verifier who checks it may both do it.
Result<Official> requireResolver(const QSqlDatabase &db, const Actor &actor)
{
    auto asOperator = requirePermission(db, actor, Action::EnterPersons);
    if (asOperator)
        return asOperator;
    auto asVerifier = requirePermission(db, actor, Action::VerifyDetails);
    if (asVerifier)
        return asVerifier;
    return asOperator.error();
}

QJsonObject resolutionJson(qint64 batchId, const QString &key, const QString &ours, const QString &theirs,
                           const QString &note)
{
    return QJsonObject{{QStringLiteral("batch_id"), batchId},
                       {QStringLiteral("item_key"), key},
                       {QStringLiteral("ours_value"), ours},
                       {QStringLiteral("theirs_value"), theirs},
                       {QStringLiteral("note"), note}};
}

// Runs a read of the rows of one batch or list and turns each row into a T (`fromRow` returns a T or an Error).
// A failure to run or to step through the rows comes back under `failure`, a row's own Error as it is.
template <typename T, typename FromRow>
Result<QList<T>> readAll(const QSqlDatabase &db, const QString &statement, qint64 id, const QString &failure,
                         FromRow fromRow)
{
    auto query = sql::run(db, statement, {id});
    if (!query)
        return Error{failure, query.error().detail};
    QList<T> found;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Result<T> row = fromRow(q);
        if (!row)
            return row.error();
        found << std::move(row).value();
    }
    if (q.lastError().isValid())
        return Error{failure, q.lastError().text()};
    return found;
}

} // namespace

CounterpartRepository::CounterpartRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<bool> CounterpartRepository::batchOpenForReconciliation(qint64 batchId) const
{
    auto status = sql::run(m_db, QStringLiteral("SELECT status FROM batch WHERE id = ?"), {batchId});
    if (!status)
        return Error{tr("The batch could not be read"), status.error().detail};
    if (!status.value().next())
        return Error{tr("No batch with number %1").arg(batchId)};
    return !isLocked(status.value().value(0).toString());
}

Status CounterpartRepository::requireOpenBatch(qint64 batchId) const
{
    auto open = batchOpenForReconciliation(batchId);
    if (!open)
        return open.status();
    if (!open.value())
        return Status::failure(tr("Batch %1 is confirmed, completed or cancelled: its counterpart list and its "
                                  "reconciliation can no longer change")
                                   .arg(batchId));
    return {};
}

Result<qint64> CounterpartRepository::importList(qint64 batchId, const QString &fileName, const QString &fileSha256,
                                                 const QList<InterchangeRow> &rows, const Actor &actor)
{
    // Checks that need no database first: a refused list costs no transaction.
    if (rows.isEmpty())
        return Error{tr("The counterpart list holds no persons; nothing was imported")};
    if (fileName.trimmed().isEmpty())
        return Error{tr("The counterpart list has no file name; nothing was imported")};
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(fileSha256).hasMatch())
        return Error{tr("The SHA-256 of the counterpart list is not 64 lower-case hexadecimal digits; nothing was "
                        "imported")};
    QSet<QString> seen;
    for (const InterchangeRow &row : rows) {
        const Person &p = row.person;
        if (p.recordId.isEmpty() || p.recordId.size() > InterchangeCsv::kMaxRecordIdLength)
            return Error{
                tr("Line %1 of the counterpart list has no valid record_id; nothing was imported").arg(row.line)};
        if (seen.contains(p.recordId))
            return Error{tr("Line %1 of the counterpart list repeats record_id %2; nothing was imported")
                             .arg(row.line)
                             .arg(p.recordId)};
        seen.insert(p.recordId);
        if (p.surname.trimmed().isEmpty() || p.givenName.trimmed().isEmpty())
            return Error{tr("Line %1 of the counterpart list lacks the surname or the given name; nothing was "
                            "imported")
                             .arg(row.line)};
    }

    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status().error();
    if (auto allowed = requirePermission(m_db, actor, Action::EnterPersons); !allowed)
        return allowed.error();
    if (Status open = requireOpenBatch(batchId); !open)
        return open.error();

    const QString now = sql::nowStamp();
    auto listed = sql::insertReturningId(m_db,
                                         QStringLiteral("INSERT INTO counterpart_list (batch_id, file_name, "
                                                        "file_sha256, row_count, imported_by, imported_at) "
                                                        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                         {batchId, fileName, fileSha256, rows.size(), actor.officialId, now});
    if (!listed)
        return Error{tr("The counterpart list could not be stored; nothing was imported"), listed.error().detail};
    const qint64 listId = listed.value();

    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO counterpart_person (list_id, line, record_id, surname, given_name, patronymic, birth_date, "
            "sex, category, rank, unit, service_number, document_number, birth_place, region, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Error{tr("The database could not prepare the counterpart list"), insert.lastError().text()};
    for (const InterchangeRow &row : rows) {
        const Person &p = row.person;
        const QString birth = p.birthDate.toIso();
        insert.bindValue(0, listId);
        insert.bindValue(1, row.line);
        insert.bindValue(2, p.recordId);
        insert.bindValue(3, p.surname);
        insert.bindValue(4, p.givenName);
        insert.bindValue(5, text(p.patronymic));
        insert.bindValue(6, birth.isEmpty() ? nullText() : QVariant(birth));
        insert.bindValue(7, row.sexKnown ? QVariant(toCode(p.sex)) : nullText());
        insert.bindValue(8, row.categoryKnown ? QVariant(toCode(p.category)) : nullText());
        insert.bindValue(9, text(p.rank));
        insert.bindValue(10, text(p.unit));
        insert.bindValue(11, text(p.serviceNumber));
        insert.bindValue(12, text(p.documentNumber));
        insert.bindValue(13, text(p.birthPlace));
        insert.bindValue(14, text(p.region));
        insert.bindValue(15, text(p.notes));
        if (!insert.exec())
            return Error{tr("Line %1 of the counterpart list could not be stored; nothing was imported").arg(row.line),
                         insert.lastError().text()};
    }

    const QJsonObject after{{QStringLiteral("batch_id"), batchId},
                            {QStringLiteral("file"), fileName},
                            {QStringLiteral("sha256"), fileSha256},
                            {QStringLiteral("rows"), rows.size()}};
    if (Status audited = AuditLog::append(m_db, actor, QStringLiteral("import"), QStringLiteral("counterpart_list"),
                                          listId, {}, after);
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return listId;
}

Result<QList<CounterpartList>> CounterpartRepository::lists(qint64 batchId) const
{
    return readAll<CounterpartList>(
        m_db,
        QStringLiteral("SELECT l.id, l.batch_id, l.file_name, l.file_sha256, l.imported_at, l.imported_by, "
                       "o.full_name, l.row_count FROM counterpart_list l "
                       "JOIN official o ON o.id = l.imported_by WHERE l.batch_id = ? ORDER BY l.id DESC"),
        batchId, tr("The counterpart lists could not be read"), [](const QSqlQuery &q) {
            CounterpartList list;
            list.id = q.value(0).toLongLong();
            list.batchId = q.value(1).toLongLong();
            list.fileName = q.value(2).toString();
            list.sha256 = q.value(3).toString();
            list.importedAt = stamp(q.value(4));
            list.importedBy = q.value(5).toLongLong();
            list.importedByName = q.value(6).toString();
            list.rowCount = q.value(7).toInt();
            return list;
        });
}

Result<std::optional<CounterpartList>> CounterpartRepository::currentList(qint64 batchId) const
{
    auto all = lists(batchId);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return std::optional<CounterpartList>();
    return std::optional<CounterpartList>(all.value().constFirst());
}

Result<QList<InterchangeRow>> CounterpartRepository::rows(qint64 listId) const
{
    return readAll<InterchangeRow>(
        m_db,
        QStringLiteral("SELECT line, record_id, surname, given_name, patronymic, birth_date, sex, category, rank, "
                       "unit, service_number, document_number, birth_place, region, notes FROM counterpart_person "
                       "WHERE list_id = ? ORDER BY id"),
        listId, tr("The counterpart list could not be read"), [](const QSqlQuery &q) -> Result<InterchangeRow> {
            InterchangeRow row;
            row.line = q.value(0).toLongLong();
            Person &p = row.person;
            p.recordId = q.value(1).toString();
            p.surname = q.value(2).toString();
            p.givenName = q.value(3).toString();
            p.patronymic = q.value(4).toString();
            if (!q.value(5).isNull()) {
                const auto date = PartialDate::fromIso(q.value(5).toString());
                if (!date)
                    return Error{
                        tr("The counterpart list holds a birth date that cannot be read (record %1)").arg(p.recordId)};
                p.birthDate = *date;
            }
            if (const auto sex = sexFromCode(q.value(6).toString()); sex && !q.value(6).isNull()) {
                p.sex = *sex;
                row.sexKnown = true;
            }
            if (const auto category = categoryFromCode(q.value(7).toString()); category && !q.value(7).isNull()) {
                p.category = *category;
                row.categoryKnown = true;
            }
            p.rank = q.value(8).toString();
            p.unit = q.value(9).toString();
            p.serviceNumber = q.value(10).toString();
            p.documentNumber = q.value(11).toString();
            p.birthPlace = q.value(12).toString();
            p.region = q.value(13).toString();
            p.notes = q.value(14).toString();
            return row;
        });
}

Result<QList<InterchangeRow>> CounterpartRepository::currentListRows(qint64 batchId) const
{
    auto current = currentList(batchId);
    if (!current)
        return current.error();
    if (!current.value())
        return QList<InterchangeRow>();
    return rows(current.value()->id);
}

Status CounterpartRepository::resolve(qint64 batchId, const QString &key, const QString &oursValue,
                                      const QString &theirsValue, const QString &note, const SeenRow &seen,
                                      const Actor &actor)
{
    const QString trimmedNote = note.trimmed();
    if (key.isEmpty())
        return Status::failure(tr("No difference was chosen to resolve"));
    if (trimmedNote.isEmpty())
        return Status::failure(tr("Write a note that says how the difference was resolved"));

    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requireResolver(m_db, actor); !allowed)
        return allowed.status();
    if (Status open = requireOpenBatch(batchId); !open)
        return open;

    auto existing = storedResolution(batchId, key);
    if (!existing)
        return Status::failure(tr("The resolution could not be stored"), existing.error().detail);
    if (Status fresh = requireSeen(existing.value(), seen); !fresh)
        return fresh;
    const QString now = sql::nowStamp();
    const QJsonObject after = resolutionJson(batchId, key, oursValue, theirsValue, trimmedNote);
    qint64 id = 0;
    QJsonObject before;
    if (const auto &row = existing.value()) {
        id = row->id;
        before = resolutionJson(batchId, key, row->oursValue, row->theirsValue, row->note);
        auto updated =
            sql::run(m_db,
                     QStringLiteral("UPDATE reconciliation_resolution SET ours_value = ?, theirs_value = ?, "
                                    "note = ?, resolved_by = ?, resolved_at = ?, "
                                    "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                     {text(oursValue), text(theirsValue), trimmedNote, actor.officialId, now, id, row->rowVersion});
        if (!updated)
            return Status::failure(tr("The resolution could not be stored"), updated.error().detail);
        if (updated.value().numRowsAffected() != 1)
            return StaleEdit::refusal(m_db, StaleEdit::Record::Resolution, id);
    } else {
        auto inserted = sql::insertReturningId(
            m_db,
            QStringLiteral("INSERT INTO reconciliation_resolution (batch_id, item_key, "
                           "ours_value, theirs_value, note, resolved_by, resolved_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {batchId, key, text(oursValue), text(theirsValue), trimmedNote, actor.officialId, now});
        if (!inserted)
            return Status::failure(tr("The resolution could not be stored"), inserted.error().detail);
        id = inserted.value();
    }
    if (Status audited =
            AuditLog::append(m_db, actor, before.isEmpty() ? QStringLiteral("resolve") : QStringLiteral("update"),
                             QStringLiteral("reconciliation_resolution"), id, before, after);
        !audited)
        return audited;
    return transaction.commit();
}

Status CounterpartRepository::unresolve(qint64 batchId, const QString &key, const SeenRow &seen, const Actor &actor)
{
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.status();
    if (auto allowed = requireResolver(m_db, actor); !allowed)
        return allowed.status();
    if (Status open = requireOpenBatch(batchId); !open)
        return open;
    auto existing = storedResolution(batchId, key);
    if (!existing)
        return Status::failure(tr("The resolution could not be read"), existing.error().detail);
    if (Status fresh = requireSeen(existing.value(), seen); !fresh)
        return fresh;
    if (!existing.value())
        return Status::failure(tr("This difference is not marked resolved"));
    const ReconciliationResolution &row = *existing.value();
    const QJsonObject before = resolutionJson(batchId, key, row.oursValue, row.theirsValue, row.note);
    auto removed =
        sql::run(m_db, QStringLiteral("DELETE FROM reconciliation_resolution WHERE id = ? AND row_version = ?"),
                 {row.id, row.rowVersion});
    if (!removed)
        return Status::failure(tr("The resolution could not be taken back"), removed.error().detail);
    if (removed.value().numRowsAffected() != 1)
        return StaleEdit::refusal(m_db, StaleEdit::Record::Resolution, row.id);
    if (Status audited = AuditLog::append(m_db, actor, QStringLiteral("unresolve"),
                                          QStringLiteral("reconciliation_resolution"), row.id, before, {});
        !audited)
        return audited;
    return transaction.commit();
}

Result<std::optional<ReconciliationResolution>> CounterpartRepository::storedResolution(qint64 batchId,
                                                                                        const QString &key) const
{
    auto found = sql::run(m_db,
                          QStringLiteral("SELECT id, ours_value, theirs_value, note, row_version "
                                         "FROM reconciliation_resolution WHERE batch_id = ? AND item_key = ?"),
                          {batchId, key});
    if (!found)
        return found.error();
    QSqlQuery &q = found.value();
    if (!q.next())
        return std::optional<ReconciliationResolution>();
    ReconciliationResolution r;
    r.id = q.value(0).toLongLong();
    r.batchId = batchId;
    r.key = key;
    r.oursValue = q.value(1).toString();
    r.theirsValue = q.value(2).toString();
    r.note = q.value(3).toString();
    r.rowVersion = q.value(4).toLongLong();
    return std::optional<ReconciliationResolution>(r);
}

Status CounterpartRepository::requireSeen(const std::optional<ReconciliationResolution> &stored,
                                          const SeenRow &seen) const
{
    if (stored) {
        if (stored->id != seen.id || stored->rowVersion != seen.rowVersion)
            return StaleEdit::refusal(m_db, StaleEdit::Record::Resolution, stored->id);
    } else if (!seen.none()) {
        return StaleEdit::refusal(m_db, StaleEdit::Record::Resolution, seen.id); // withdrawn meanwhile
    }
    return {};
}

Result<QList<ReconciliationResolution>> CounterpartRepository::resolutions(qint64 batchId) const
{
    return readAll<ReconciliationResolution>(
        m_db,
        QStringLiteral("SELECT r.id, r.batch_id, r.item_key, r.ours_value, r.theirs_value, r.note, r.resolved_by, "
                       "o.full_name, r.resolved_at, r.row_version FROM reconciliation_resolution r "
                       "JOIN official o ON o.id = r.resolved_by WHERE r.batch_id = ? ORDER BY r.id"),
        batchId, tr("The resolutions could not be read"), [](const QSqlQuery &q) {
            ReconciliationResolution r;
            r.id = q.value(0).toLongLong();
            r.batchId = q.value(1).toLongLong();
            r.key = q.value(2).toString();
            r.oursValue = q.value(3).toString();
            r.theirsValue = q.value(4).toString();
            r.note = q.value(5).toString();
            r.resolvedBy = q.value(6).toLongLong();
            r.resolvedByName = q.value(7).toString();
            r.resolvedAt = stamp(q.value(8));
            r.rowVersion = q.value(9).toLongLong();
            return r;
        });
}

Result<QList<OurPerson>> CounterpartRepository::ourPersons(qint64 batchId) const
{
    PersonRepository persons(m_db, nullptr);
    QList<OurPerson> found;
    int after = 0;
    constexpr int kPage = 1000;
    for (;;) {
        auto page = persons.pageInBatch(batchId, after, kPage);
        if (!page)
            return Error{tr("The batch's list could not be read"), page.error().detail};
        for (const ListedPerson &listed : page.value()) {
            after = listed.position;
            if (listed.status == MemberStatus::Withdrawn)
                continue;
            found << OurPerson{listed.person.id, listed.position, listed.person};
        }
        if (page.value().size() < kPage)
            break;
    }
    return found;
}

Result<Reconciliation> CounterpartRepository::reconcile(qint64 batchId) const
{
    auto batch = BatchRepository(m_db, nullptr).get(batchId);
    if (!batch)
        return batch.error();
    auto current = currentList(batchId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error{tr("No counterpart list has been imported for batch %1").arg(batch.value().sequenceNo)};
    auto theirs = rows(current.value()->id);
    if (!theirs)
        return theirs.error();
    auto ours = ourPersons(batchId);
    if (!ours)
        return ours.error();
    auto resolved = resolutions(batchId);
    if (!resolved)
        return resolved.error();
    return Reconciler::reconcile(ours.value(), theirs.value(), batch.value().plannedServicemen,
                                 batch.value().plannedCivilians, resolved.value());
}

} // namespace homeward
