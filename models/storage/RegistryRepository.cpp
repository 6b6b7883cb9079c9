#include "RegistryRepository.h"

#include "AuditLog.h"
#include "Authorisation.h"
#include "FileHash.h"
#include "ReadAhead.h"
#include "RegistryWriter.h"
#include "Sql.h"
#include "WriteTransaction.h"

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
    explicit HashingReader(QFile &file) : m_file(file) {}
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file.size(); }
    QString hex() { return m_hash.hex(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 got = m_file.read(data, maxSize);
        if (got > 0)
            m_hash.addData(data, got);
        if (got < 0)
            setErrorString(m_file.errorString());
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile &m_file;
    Sha256 m_hash;
};

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

Result<QSet<QString>> RegistryRepository::storedRecordIds() const
{
    auto stored = count();
    if (!stored)
        return stored.error();
    QSet<QString> existing;
    if (stored.value() == 0)
        return existing;
    auto query = sql::run(m_db, QStringLiteral("SELECT record_id FROM registry_person"));
    if (!query)
        return Error{tr("The registry could not be read"), query.error().detail};
    existing.reserve(stored.value());
    while (query.value().next())
        existing.insert(query.value().value(0).toString());
    // A read that fails part-way ends the loop as the last row would; the
    // duplicate check and the counts must not go on from half the ids.
    if (query.value().lastError().isValid())
        return Error{tr("The registry could not be read"), query.value().lastError().text()};
    return existing;
}

RegistryImportOutcome RegistryRepository::check(const QString &path, const RegistryImportOptions &options,
                                                const ImportProgress &progress) const
{
    return readFile(path, options, RegistryImportProgress::Phase::Checking, progress, nullptr);
}

RegistryImportOutcome RegistryRepository::readFile(const QString &path, const RegistryImportOptions &options,
                                                   RegistryImportProgress::Phase phase, const ImportProgress &progress,
                                                   RegistryWriter *writer) const
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

    // Without a writer: the record ids already in the registry, for the
    // duplicate check (none to load when it is empty). The writer has its own.
    QSet<QString> existing;
    if (!writer) {
        auto stored = storedRecordIds();
        if (!stored)
            return failed(stored.error());
        existing = std::move(stored.value());
    }

    QList<InterchangeProblem> duplicates;
    qint64 duplicateCount = 0;
    qint64 replaced = 0;
    bool writeFailed = false;
    HashingReader reader(file);
    if (!reader.open(QIODevice::ReadOnly))
        return failed(Error{tr("The file %1 could not be read").arg(path), reader.errorString()});
    // The file is read and checked on a worker thread (it touches only the
    // file and `reader`); this thread takes the valid rows in file order and
    // checks them against the registry, and with a writer writes them as
    // they come. The caller rolls back unless the outcome is ok(). The
    // reading goes on after a failed write: the list's own problems, when it
    // has any, say more to the official than the database's refusal.
    InterchangeCsv::Outcome checked;
    ReadAhead<RegistryRow> ahead;
    ahead.start([&reader, &checked, rules = options.rules](const auto &push, const auto &report) {
        checked = InterchangeCsv::read(
            reader, rules, [&push](const InterchangeRow &row) { return push(RegistryRow::from(row)); }, report);
    });
    std::vector<RegistryRow> rows;
    qint64 bytesRead = 0;
    bool cancelled = false;
    while (ahead.take(rows, bytesRead)) {
        for (const RegistryRow &row : rows) {
            bool alreadyStored = false;
            if (writer) {
                const RegistryWriter::Added added = writer->add(row);
                alreadyStored = added == RegistryWriter::Added::AlreadyStored;
                writeFailed = writeFailed || added == RegistryWriter::Added::Failed;
            } else if (existing.contains(row.recordId)) {
                alreadyStored = !options.replace;
                replaced += options.replace ? 1 : 0;
            }
            if (alreadyStored) {
                ++duplicateCount;
                if (duplicates.size() < InterchangeCsv::kMaxProblemsKept)
                    duplicates.append({row.line, row.recordIdColumn, RegistryWriter::alreadyStoredText(row.recordId)});
            }
        }
        ahead.giveBack(std::move(rows));
        // A first batch may come before the reader's first report.
        if (progress && bytesRead > 0 && !progress({phase, bytesRead, total})) {
            ahead.cancel();
            cancelled = true;
            break;
        }
    }
    ahead.finish();
    cancelled = cancelled || (progress && !checked.cancelled && !progress({phase, total, total}));
    if (cancelled || checked.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (writeFailed && checked.problemCount == 0 && duplicateCount == 0)
        return failed(*writer->error());
    if (writer)
        replaced = writer->replaced();
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
    // One pass in one transaction: each row is checked and inserted as it is
    // read; any problem, failure or cancel rolls the whole import back.
    RegistryWriter writer(m_db);
    if (Status begun = writer.begin(actor, options.replace); !begun) {
        RegistryImportOutcome refused;
        refused.error = begun.error();
        return refused;
    }
    RegistryImportOutcome outcome = readFile(path, options, RegistryImportProgress::Phase::Writing, progress, &writer);
    if (!outcome.ok())
        return outcome; // the writer rolls back
    auto importId = writer.finish(QFileInfo(path).fileName(), outcome.sha256, outcome.rows);
    if (!importId) {
        RegistryImportOutcome failed;
        failed.error = importId.error();
        return failed;
    }
    outcome.importId = importId.value();
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
