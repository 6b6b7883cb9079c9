#include "RegistryRepository.h"

#include "AuditLog.h"
#include "Authorisation.h"
#include "Sql.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace homeward {
namespace {

// Reads a file and hashes every byte on the way, so that the SHA-256 of
// what was actually checked (and later written) needs no third read.
class HashingReader final : public QIODevice {
public:
    explicit HashingReader(QFile &file) : m_file(file), m_hash(QCryptographicHash::Sha256) {}
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file.size(); }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 got = m_file.read(data, maxSize);
        if (got > 0)
            m_hash.addData(QByteArrayView(data, got));
        if (got < 0)
            setErrorString(m_file.errorString());
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile &m_file;
    QCryptographicHash m_hash;
};

const QString kInsertColumns =
    QStringLiteral("record_id, surname, given_name, patronymic, birth_date, sex, category, rank, unit, service_number, "
                   "document_number, birth_place, region, notes, import_id, created_at, updated_at");

QString insertStatement(bool replace)
{
    QString statement = QStringLiteral("INSERT INTO registry_person (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?)")
                            .arg(kInsertColumns);
    // Portable upsert (SQLite 3.24+, PostgreSQL 9.5+); created_at stays.
    if (replace)
        statement += QStringLiteral(
            " ON CONFLICT (record_id) DO UPDATE SET surname = excluded.surname, given_name = excluded.given_name, "
            "patronymic = excluded.patronymic, birth_date = excluded.birth_date, sex = excluded.sex, "
            "category = excluded.category, rank = excluded.rank, unit = excluded.unit, "
            "service_number = excluded.service_number, document_number = excluded.document_number, "
            "birth_place = excluded.birth_place, region = excluded.region, notes = excluded.notes, "
            "import_id = excluded.import_id, updated_at = excluded.updated_at");
    return statement;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Bound as text, never NULL: the NOT NULL DEFAULT '' columns.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

names::MatchRecord matchRecordFrom(const QSqlQuery &q)
{
    names::MatchRecord record;
    record.recordId = q.value(0).toString();
    record.surname = q.value(1).toString();
    record.givenName = q.value(2).toString();
    record.patronymic = q.value(3).toString();
    record.birthDate = PartialDate::fromIso(q.value(4).toString()).value_or(PartialDate());
    const QString sex = q.value(5).toString();
    record.sex = sex.size() == 1 ? sex.at(0) : QChar();
    record.serviceNumber = q.value(6).toString();
    record.documentNumber = q.value(7).toString();
    record.birthPlace = q.value(8).toString();
    return record;
}

} // namespace

RegistryRepository::RegistryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

RegistryImportOutcome RegistryRepository::check(const QString &path, const RegistryImportOptions &options,
                                                const ImportProgress &progress) const
{
    RegistryImportOutcome outcome;
    const auto failed = [&outcome](Error error) {
        outcome.error = std::move(error);
        return outcome;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Error{tr("The file %1 could not be opened").arg(path), file.errorString()});
    const qint64 total = file.size();

    // The record ids already in the registry, for the duplicate check (none to load when it is empty).
    auto stored = count();
    if (!stored)
        return failed(stored.error());
    QSet<QString> existing;
    if (stored.value() > 0) {
        auto query = sql::run(m_db, QStringLiteral("SELECT record_id FROM registry_person"));
        if (!query)
            return failed(Error{tr("The registry could not be read"), query.error().detail});
        existing.reserve(stored.value());
        while (query.value().next())
            existing.insert(query.value().value(0).toString());
        // A read that fails part-way ends the loop as the last row would; the
        // duplicate check and the counts must not go on from half the ids.
        if (query.value().lastError().isValid())
            return failed(Error{tr("The registry could not be read"), query.value().lastError().text()});
    }

    QList<InterchangeProblem> duplicates;
    qint64 duplicateCount = 0;
    qint64 replaced = 0;
    HashingReader reader(file);
    if (!reader.open(QIODevice::ReadOnly))
        return failed(Error{tr("The file %1 could not be read").arg(path), reader.errorString()});
    const InterchangeCsv::Outcome checked = InterchangeCsv::read(
        reader, options.rules,
        [&](const InterchangeRow &row) {
            if (!existing.contains(row.person.recordId))
                return true;
            if (options.replace) {
                ++replaced;
                return true;
            }
            ++duplicateCount;
            if (duplicates.size() < InterchangeCsv::kMaxProblemsKept)
                duplicates.append({row.line, row.recordIdColumn,
                                   tr("record_id: “%1” is already in the registry (import with replace to "
                                      "overwrite the stored record)")
                                       .arg(row.person.recordId)});
            return true;
        },
        [&](qint64 bytes) {
            return !progress || progress({RegistryImportProgress::Phase::Checking, bytes, total});
        });
    if (checked.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    outcome.problems = checked.problems + duplicates;
    std::stable_sort(outcome.problems.begin(), outcome.problems.end(),
                     [](const InterchangeProblem &a, const InterchangeProblem &b) { return a.line < b.line; });
    if (outcome.problems.size() > InterchangeCsv::kMaxProblemsKept)
        outcome.problems.resize(InterchangeCsv::kMaxProblemsKept);
    outcome.problemCount = checked.problemCount + duplicateCount;
    outcome.rows = checked.rows;
    outcome.replaced = replaced;
    outcome.inserted = checked.rows - replaced;
    outcome.sha256 = reader.hex();
    return outcome;
}

RegistryImportOutcome RegistryRepository::importCsv(const QString &path, const Actor &actor,
                                                    const RegistryImportOptions &options,
                                                    const ImportProgress &progress)
{
    RegistryImportOutcome outcome;
    const auto failed = [&outcome](Error error) {
        outcome.error = std::move(error);
        return outcome;
    };

    if (auto allowed = requirePermission(m_db, actor, Action::ImportRegistry); !allowed)
        return failed(allowed.error());

    // Pass 1: check everything, write nothing.
    RegistryImportOutcome checked = check(path, options, progress); // not const: returned by move
    if (!checked.ok())
        return checked;
    const QString firstHash = checked.sha256;
    const qint64 replaced = checked.replaced;

    const QString shownPath = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Error{tr("The file %1 could not be opened").arg(path), file.errorString()});
    const qint64 total = file.size();

    // Pass 2: one transaction, one prepared statement.
    WriteTransaction transaction(m_db);
    if (!transaction.began())
        return failed(transaction.status().error());
    const QString now = sql::nowStamp();
    const qint64 rows = checked.rows;
    auto logged = sql::run(m_db,
                           QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, "
                                          "rows_inserted, rows_replaced, imported_by, imported_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {shownPath, firstHash, rows, rows - replaced, replaced, actor.officialId, now});
    if (!logged)
        return failed(Error{tr("The import could not be recorded"), logged.error().detail});
    const qint64 importId = logged.value().lastInsertId().toLongLong();

    QSqlQuery insert(m_db);
    if (!insert.prepare(insertStatement(options.replace)))
        return failed(Error{tr("The database could not prepare the registry import"), insert.lastError().text()});
    std::optional<Error> writeError;
    qint64 written = 0;
    QString secondHash;
    InterchangeCsv::Outcome second;
    {
        HashingReader reader(file);
        if (!reader.open(QIODevice::ReadOnly))
            return failed(Error{tr("The file %1 could not be read again").arg(path), reader.errorString()});
        second = InterchangeCsv::read(
            reader, options.rules,
            [&](const InterchangeRow &row) {
                const Person &p = row.person;
                insert.bindValue(0, p.recordId);
                insert.bindValue(1, p.surname);
                insert.bindValue(2, p.givenName);
                insert.bindValue(3, text(p.patronymic));
                insert.bindValue(4, textOrNull(p.birthDate.toIso()));
                insert.bindValue(5, row.sexKnown ? QVariant(toCode(p.sex)) : QVariant(QMetaType(QMetaType::QString)));
                insert.bindValue(6, row.categoryKnown ? QVariant(toCode(p.category))
                                                      : QVariant(QMetaType(QMetaType::QString)));
                insert.bindValue(7, text(p.rank));
                insert.bindValue(8, text(p.unit));
                insert.bindValue(9, text(p.serviceNumber));
                insert.bindValue(10, text(p.documentNumber));
                insert.bindValue(11, text(p.birthPlace));
                insert.bindValue(12, text(p.region));
                insert.bindValue(13, text(p.notes));
                insert.bindValue(14, importId);
                insert.bindValue(15, now);
                insert.bindValue(16, now);
                if (!insert.exec()) {
                    writeError =
                        Error{tr("Line %1 could not be written to the registry; nothing was imported").arg(row.line),
                              insert.lastError().text()};
                    return false;
                }
                ++written;
                return true;
            },
            [&](qint64 bytes) {
                return !progress || progress({RegistryImportProgress::Phase::Writing, bytes, total});
            });
        secondHash = reader.hex();
    }
    if (writeError)
        return failed(*writeError);
    if (second.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!second.ok() || written != rows || secondHash != firstHash)
        return failed(Error{tr("The file %1 changed while it was being imported; nothing was imported").arg(path)});

    const QJsonObject after{{QStringLiteral("file"), shownPath},
                            {QStringLiteral("sha256"), firstHash},
                            {QStringLiteral("rows"), rows},
                            {QStringLiteral("inserted"), rows - replaced},
                            {QStringLiteral("replaced"), replaced}};
    if (Status audited =
            AuditLog::append(m_db, actor, QStringLiteral("import"), QStringLiteral("registry"), importId, {}, after);
        !audited)
        return failed(audited.error());
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());

    outcome.importId = importId;
    outcome.rows = rows;
    outcome.inserted = rows - replaced;
    outcome.replaced = replaced;
    outcome.sha256 = firstHash;
    return outcome;
}

Result<qint64> RegistryRepository::count() const
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM registry_person"));
    if (!value)
        return Error{tr("The registry could not be read"), value.error().detail};
    return value.value().toLongLong();
}

Status RegistryRepository::loadIndex(names::RegistryIndex &index,
                                     const std::function<bool(qint64 loaded)> &progress) const
{
    auto stored = count();
    if (!stored)
        return stored.status();
    index.reserve(stored.value());
    auto query = sql::run(m_db, QStringLiteral("SELECT record_id, surname, given_name, patronymic, birth_date, sex, "
                                               "service_number, document_number, birth_place "
                                               "FROM registry_person ORDER BY id"));
    if (!query)
        return Status::failure(tr("The registry could not be read"), query.error().detail);
    QSqlQuery &q = query.value();
    qint64 loaded = 0;
    while (q.next()) {
        index.add(matchRecordFrom(q));
        ++loaded;
        if (progress && loaded % 10000 == 0 && !progress(loaded))
            return Status::failure(tr("Loading the registry was cancelled"));
    }
    if (q.lastError().isValid())
        return Status::failure(tr("The registry could not be read"), q.lastError().text());
    index.finish();
    return {};
}

Result<QList<names::MatchRecord>> RegistryRepository::personsOfBatch(qint64 batchId) const
{
    auto exists = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM batch WHERE id = ?"), {batchId});
    if (!exists)
        return Error{tr("The batch could not be read"), exists.error().detail};
    if (exists.value().toLongLong() == 0)
        return Error{tr("There is no batch %1 in this database").arg(batchId)};
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT p.record_id, p.surname, p.given_name, p.patronymic, p.birth_date, "
                                         "p.sex, p.service_number, p.document_number, p.birth_place, p.id "
                                         "FROM batch_member m JOIN person p ON p.id = m.person_id "
                                         "WHERE m.batch_id = ? AND m.status = 'listed' ORDER BY m.position"),
                          {batchId});
    if (!query)
        return Error{tr("The batch could not be read"), query.error().detail};
    QList<names::MatchRecord> persons;
    QSqlQuery &q = query.value();
    while (q.next()) {
        names::MatchRecord record = matchRecordFrom(q);
        if (record.recordId.isEmpty())
            record.recordId = QStringLiteral("person-%1").arg(q.value(9).toLongLong());
        persons.append(record);
    }
    if (q.lastError().isValid())
        return Error{tr("The batch could not be read"), q.lastError().text()};
    return persons;
}

} // namespace homeward
