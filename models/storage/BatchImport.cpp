#include "BatchImport.h"

#include "AuditJson.h"
#include "AuditLog.h"
#include "Authorisation.h"
#include "ChangeNotifier.h"
#include "FileHash.h"
#include "Sql.h"
#include "WriteTransaction.h"

#include "names/ComparisonKey.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace homeward {
namespace {

// The person columns an import fills, in the order of personValues().
const QString kPersonColumns = QStringLiteral(
    "record_id, surname, given_name, patronymic, birth_date, birth_date_partial, birth_place, sex, category, rank, "
    "unit, service_number, document_number, region, notes, created_at, updated_at, created_by, updated_by");

// Bound as text, never NULL: the NOT NULL DEFAULT '' columns.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariantList personValues(const Person &p, const QString &now, qint64 officialId)
{
    return {sql::nullIfEmpty(p.recordId),
            p.surname,
            p.givenName,
            text(p.patronymic),
            sql::nullIfEmpty(p.birthDate.toIso()),
            p.birthDate.isPartial() ? 1 : 0,
            text(p.birthPlace),
            toCode(p.sex),
            toCode(p.category),
            text(p.rank),
            text(p.unit),
            text(p.serviceNumber),
            text(p.documentNumber),
            text(p.region),
            text(p.notes),
            now,
            now,
            officialId,
            officialId};
}

// Surname and given name by names::comparisonKey, and the date of birth.
QString duplicateKey(const QString &surname, const QString &givenName, const QString &birthIso)
{
    return names::comparisonKey(surname) + QChar(0x1F) + names::comparisonKey(givenName) + QChar(0x1F) + birthIso;
}

QString describe(const QString &surname, const QString &givenName, const QString &patronymic, const PartialDate &birth)
{
    QString text = QStringList{surname, givenName, patronymic}.join(QLatin1Char(' ')).simplified();
    if (!birth.isNull())
        text += QStringLiteral(", ") + birth.toDisplay();
    return text;
}

// Finds the rows that repeat a person listed in the batch or an earlier row.
class DuplicateFinder final {
public:
    Status load(const QSqlDatabase &db, qint64 batchId)
    {
        auto query = sql::run(db,
                              QStringLiteral("SELECT p.id, p.surname, p.given_name, p.patronymic, p.birth_date "
                                             "FROM person p JOIN batch_member m ON m.person_id = p.id "
                                             "WHERE m.batch_id = ? AND m.status = 'listed' ORDER BY m.position"),
                              {batchId});
        if (!query)
            return Status::failure(BatchImport::tr("The batch's list could not be read"), query.error().detail);
        QSqlQuery &q = query.value();
        while (q.next()) {
            const QString birth = q.value(4).toString();
            const QString key = duplicateKey(q.value(1).toString(), q.value(2).toString(), birth);
            if (!m_stored.contains(key))
                m_stored.insert(key, {q.value(0).toLongLong(),
                                      describe(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                               PartialDate::fromIso(birth).value_or(PartialDate()))});
        }
        if (q.lastError().isValid())
            return Status::failure(BatchImport::tr("The batch's list could not be read"), q.lastError().text());
        return {};
    }

    std::optional<BatchDuplicate> find(const ListRow &row)
    {
        const Person &p = row.person;
        const QString key = duplicateKey(p.surname, p.givenName, p.birthDate.toIso());
        BatchDuplicate duplicate;
        duplicate.line = row.line;
        duplicate.person = p;
        if (const auto it = m_stored.constFind(key); it != m_stored.constEnd()) {
            duplicate.existingPersonId = it->first;
            duplicate.existingText = it->second;
            return duplicate;
        }
        if (const auto it = m_earlier.constFind(key); it != m_earlier.constEnd()) {
            duplicate.earlierLine = *it;
            return duplicate;
        }
        m_earlier.insert(key, row.line);
        return std::nullopt;
    }

private:
    QHash<QString, std::pair<qint64, QString>> m_stored;
    QHash<QString, qint64> m_earlier;
};

// The batch's status, or an error when there is no such batch or it is not a draft.
Status requireDraft(const QSqlDatabase &db, qint64 batchId)
{
    auto status = sql::run(db, QStringLiteral("SELECT status FROM batch WHERE id = ?"), {batchId});
    if (!status)
        return Status::failure(BatchImport::tr("The batch could not be read"), status.error().detail);
    if (!status.value().next())
        return Status::failure(BatchImport::tr("There is no batch %1").arg(batchId));
    const auto code = batchStatusFromCode(status.value().value(0).toString());
    if (code != BatchStatus::Draft)
        return Status::failure(BatchImport::tr("Persons are imported only into a draft batch; batch %1 is %2")
                                   .arg(batchId)
                                   .arg(code ? label(*code) : status.value().value(0).toString()));
    return {};
}

} // namespace

BatchImport::BatchImport(QSqlDatabase db, ChangeNotifier *notifier) : m_db(std::move(db)), m_notifier(notifier) {}

BatchImportOutcome BatchImport::check(const QString &path, qint64 batchId, const BatchImportOptions &options,
                                      const Progress &progress) const
{
    BatchImportOutcome outcome;
    if (Status draft = requireDraft(m_db, batchId); !draft) {
        outcome.error = draft.error();
        return outcome;
    }
    if (QFileInfo(path).isFile()) {
        auto hash = FileHash::sha256(path);
        if (!hash) {
            outcome.error = hash.error();
            return outcome;
        }
        outcome.sha256 = hash.value();
    }
    DuplicateFinder finder;
    if (Status loaded = finder.load(m_db, batchId); !loaded) {
        outcome.error = loaded.error();
        return outcome;
    }
    ListOptions list = options.list;
    list.target = ListTarget::Batch;
    const ListOutcome read = ListReader::read(
        path, list,
        [&](const ListRow &row) {
            auto duplicate = finder.find(row);
            if (!duplicate)
                return true;
            duplicate->decision = options.decisions.value(row.line, options.otherDuplicates);
            if (duplicate->decision == DuplicateDecision::Skip)
                ++outcome.skipped;
            outcome.duplicates << *duplicate;
            return true;
        },
        [&](const ListProgress &done) {
            return !progress || progress({BatchImportProgress::Phase::Checking, done});
        });
    outcome.format = read.format;
    outcome.mapping = read.mapping;
    outcome.cancelled = read.cancelled;
    outcome.rows = read.rows;
    outcome.added = read.rows - outcome.skipped;
    outcome.problems = read.problems;
    outcome.problemCount = read.problemCount;
    const int surnameColumn = read.mapping.columnOf(ListField::Surname) + 1;
    for (const BatchDuplicate &duplicate : std::as_const(outcome.duplicates)) {
        if (duplicate.decision != DuplicateDecision::Refuse)
            continue;
        ++outcome.problemCount;
        const QString reason =
            duplicate.existingPersonId != 0
                ? tr("%1 is already in the batch (person %2: %3); skip the row or keep both")
                      .arg(describe(duplicate.person.surname, duplicate.person.givenName, duplicate.person.patronymic,
                                    duplicate.person.birthDate))
                      .arg(duplicate.existingPersonId)
                      .arg(duplicate.existingText)
                : tr("%1 repeats line %2 of this list (same surname, given name and date of birth); skip the row or "
                     "keep both")
                      .arg(describe(duplicate.person.surname, duplicate.person.givenName, duplicate.person.patronymic,
                                    duplicate.person.birthDate))
                      .arg(duplicate.earlierLine);
        outcome.problems << ListProblem{duplicate.line, qMax(1, surnameColumn), duplicate.person.surname, reason,
                                        ListProblemKind::Duplicate};
    }
    std::stable_sort(outcome.problems.begin(), outcome.problems.end(),
                     [](const ListProblem &a, const ListProblem &b) { return a.line < b.line; });
    if (outcome.problems.size() > ListReader::kMaxProblemsKept)
        outcome.problems.resize(ListReader::kMaxProblemsKept);
    return outcome;
}

BatchImportOutcome BatchImport::importList(const QString &path, qint64 batchId, const Actor &actor,
                                           const BatchImportOptions &options, const Progress &progress)
{
    BatchImportOutcome outcome;
    const auto failed = [&outcome](Error error) {
        outcome.error = std::move(error);
        return outcome;
    };
    if (auto allowed = requirePermission(m_db, actor, Action::EnterPersons); !allowed)
        return failed(allowed.error());

    // Pass 1: check everything, write nothing.
    BatchImportOutcome checked = check(path, batchId, options, progress);
    if (!checked.ok())
        return checked;
    outcome.format = checked.format;
    outcome.mapping = checked.mapping;
    outcome.duplicates = checked.duplicates;

    // Pass 2: one transaction.
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return failed(transaction.status().error());
    if (auto allowed = requirePermission(m_db, actor, Action::EnterPersons); !allowed)
        return failed(allowed.error());
    if (Status draft = requireDraft(m_db, batchId); !draft)
        return failed(draft.error());
    DuplicateFinder finder;
    if (Status loaded = finder.load(m_db, batchId); !loaded)
        return failed(loaded.error());
    auto last = sql::scalar(
        m_db, QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM batch_member WHERE batch_id = ?"), {batchId});
    if (!last)
        return failed(Error{tr("The batch's list could not be read"), last.error().detail});
    int position = last.value().toInt();

    const QString now = sql::nowStamp();
    QStringList marks;
    for (int i = 0; i < 19; ++i)
        marks << QStringLiteral("?");
    QSqlQuery insertPerson(m_db);
    QSqlQuery insertMember(m_db);
    // The listing as the audit trail keeps it (unlisted::listing's columns), prepared once.
    QSqlQuery readListing(m_db);
    readListing.setForwardOnly(true);
    if (!readListing.prepare(QStringLiteral("SELECT p.*, m.batch_id, m.position FROM batch_member m "
                                            "JOIN person p ON p.id = m.person_id "
                                            "WHERE m.batch_id = ? AND m.person_id = ?")))
        return failed(Error{tr("The database could not prepare the import"), readListing.lastError().text()});
    if (!insertPerson.prepare(QStringLiteral("INSERT INTO person (%1) VALUES (%2) RETURNING id")
                                  .arg(kPersonColumns, marks.join(QStringLiteral(", ")))) ||
        !insertMember.prepare(QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, status, "
                                             "created_at, updated_at) VALUES (?, ?, ?, 'listed', ?, ?)")))
        return failed(Error{tr("The database could not prepare the import"),
                            insertPerson.lastError().text() + insertMember.lastError().text()});
    std::optional<Error> writeError;
    qint64 added = 0;
    qint64 skipped = 0;
    ListOptions list = options.list;
    list.target = ListTarget::Batch;
    const ListOutcome second = ListReader::read(
        path, list,
        [&](const ListRow &row) {
            if (const auto duplicate = finder.find(row)) {
                const DuplicateDecision decision = options.decisions.value(row.line, options.otherDuplicates);
                if (decision == DuplicateDecision::Skip) {
                    ++skipped;
                    return true;
                }
                if (decision == DuplicateDecision::Refuse) {
                    writeError = Error{
                        tr("Line %1 repeats a person; the file changed while it was being imported").arg(row.line)};
                    return false;
                }
            }
            const QVariantList values = personValues(row.person, now, actor.officialId);
            for (int i = 0; i < values.size(); ++i)
                insertPerson.bindValue(i, values.at(i));
            if (!insertPerson.exec()) {
                writeError = Error{tr("Line %1 could not be written; nothing was imported").arg(row.line),
                                   insertPerson.lastError().text()};
                return false;
            }
            // The id from RETURNING (on PostgreSQL lastInsertId() would be a checklist row's id).
            auto returned = sql::returnedId(insertPerson);
            if (!returned) {
                writeError = Error{tr("Line %1 could not be written; nothing was imported").arg(row.line),
                                   returned.error().text()};
                return false;
            }
            const qint64 personId = returned.value();
            ++position;
            insertMember.bindValue(0, batchId);
            insertMember.bindValue(1, personId);
            insertMember.bindValue(2, position);
            insertMember.bindValue(3, now);
            insertMember.bindValue(4, now);
            if (!insertMember.exec()) {
                writeError = Error{tr("Line %1 could not be listed in the batch; nothing was imported").arg(row.line),
                                   insertMember.lastError().text()};
                return false;
            }
            readListing.bindValue(0, batchId);
            readListing.bindValue(1, personId);
            if (!readListing.exec() || !readListing.next()) {
                writeError = Error{tr("Line %1 could not be recorded; nothing was imported").arg(row.line),
                                   readListing.lastError().text()};
                return false;
            }
            QJsonObject record;
            const QSqlRecord columns = readListing.record();
            for (int i = 0; i < columns.count(); ++i)
                record.insert(columns.fieldName(i), auditjson::fromSql(readListing.value(i)));
            readListing.finish();
            if (Status audited = AuditLog::append(m_db, actor, QStringLiteral("create"), QStringLiteral("person"),
                                                  personId, {}, record);
                !audited) {
                writeError = audited.error();
                return false;
            }
            ++added;
            return true;
        },
        [&](const ListProgress &done) {
            return !progress || progress({BatchImportProgress::Phase::Writing, done});
        });
    if (writeError)
        return failed(*writeError);
    if (second.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    auto hash = FileHash::sha256(path);
    if (!second.ok() || added != checked.added || skipped != checked.skipped || !hash || hash.value() != checked.sha256)
        return failed(Error{tr("The file %1 changed while it was being imported; nothing was imported").arg(path)});

    const QJsonObject after{
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("sha256"), checked.sha256},
        {QStringLiteral("format"),
         checked.format.kind == ListFileKind::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")},
        {QStringLiteral("encoding"),
         checked.format.kind == ListFileKind::Xlsx ? QString() : ListFormats::encodingName(checked.format.encoding)},
        {QStringLiteral("rows"), checked.rows},
        {QStringLiteral("added"), added},
        {QStringLiteral("skipped"), skipped}};
    if (Status audited =
            AuditLog::append(m_db, actor, QStringLiteral("import"), QStringLiteral("batch"), batchId, {}, after);
        !audited)
        return failed(audited.error());
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    if (m_notifier)
        Q_EMIT m_notifier->personsChanged(batchId);

    outcome.rows = checked.rows;
    outcome.added = added;
    outcome.skipped = skipped;
    outcome.sha256 = checked.sha256;
    return outcome;
}

} // namespace homeward
