#include "RegistryWriter.h"

#include "AuditLog.h"
#include "Authorisation.h"
#include "RegistryRepository.h"
#include "Sql.h"

#include <QJsonObject>
#include <QStringEncoder>

namespace homeward {
namespace {

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

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

} // namespace

RegistryRow RegistryRow::from(const InterchangeRow &row)
{
    RegistryRow out;
    out.line = row.line;
    out.recordIdColumn = row.recordIdColumn;
    out.recordId = row.person.recordId;
    // In the order of kInsertColumns (the interchange columns).
    const QStringList texts = InterchangeCsv::fields(row);
    qsizetype length = 0;
    for (const QString &text : texts)
        length += text.size();
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    out.utf8.resize(encoder.requiredSpace(length));
    char *const start = out.utf8.data();
    char *end = start;
    for (int c = 0; c < kColumns; ++c) {
        const auto column = static_cast<InterchangeCsv::Column>(c);
        const bool nullable = column == InterchangeCsv::Column::BirthDate || column == InterchangeCsv::Column::Sex ||
                              column == InterchangeCsv::Column::Category;
        out.null[std::size_t(c)] = nullable && texts.at(c).isEmpty();
        end = encoder.appendToBuffer(end, texts.at(c));
        out.ends[std::size_t(c)] = int(end - start);
    }
    out.utf8.truncate(end - start);
    return out;
}

RegistryWriter::RegistryWriter(QSqlDatabase db) : m_db(std::move(db)) {}

RegistryWriter::~RegistryWriter()
{
    m_insert.reset();
    m_transaction.reset(); // rolls back when unfinished
    restoreCache();
}

QString RegistryWriter::alreadyStoredText(const QString &recordId)
{
    return tr("record_id: “%1” is already in the registry (import with replace to overwrite the stored record)")
        .arg(recordId);
}

void RegistryWriter::restoreCache()
{
    if (!m_previousCacheSize)
        return;
    (void)sql::run(m_db, QStringLiteral("PRAGMA cache_spill = ON"));
    (void)sql::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(*m_previousCacheSize));
    m_previousCacheSize.reset();
}

Status RegistryWriter::begin(const Actor &actor, bool replace)
{
    if (auto allowed = requirePermission(m_db, actor, Action::ImportRegistry); !allowed)
        return allowed.status();
    m_actor = actor;
    m_replace = replace;
    auto stored = RegistryRepository(m_db).storedRecordIds();
    if (!stored)
        return stored.status();
    m_stored = std::move(stored.value());

    const auto failed = [this](const QString &detail) {
        m_insert.reset();
        m_transaction.reset();
        restoreCache();
        return Status::failure(tr("The registry import could not be prepared"), detail);
    };
    if (isSqlite(m_db)) {
        // Before BEGIN, so that they are restored only after the rollback or commit (see the class comment).
        auto cacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
        if (!cacheSize)
            return failed(cacheSize.error().detail);
        m_previousCacheSize = cacheSize.value().toLongLong();
        for (const QString &pragma :
             {QStringLiteral("PRAGMA cache_spill = OFF"), QStringLiteral("PRAGMA cache_size = -1048576")})
            if (auto set = sql::run(m_db, pragma); !set)
                return failed(set.error().detail);
    }
    m_transaction = std::make_unique<WriteTransaction>(m_db);
    if (!m_transaction->began()) {
        Status began = m_transaction->status();
        m_transaction.reset();
        restoreCache();
        return began;
    }
    // The rows point at their registry_import row, which can only be written
    // at the end (it holds the counts and the file's SHA-256, and the import
    // log is never updated): its id is taken now (the transaction holds the
    // write lock, so no one else can take it) and the foreign keys are
    // checked at COMMIT.
    if (isSqlite(m_db)) {
        if (auto deferred = sql::run(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
            return failed(deferred.error().detail);
    }
    auto nextId = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM registry_import"));
    if (!nextId)
        return failed(nextId.error().detail);
    m_importId = nextId.value().toLongLong();
    m_now = sql::nowStamp();
    m_insert = std::make_unique<BulkStatement>(m_db);
    if (Status prepared = m_insert->prepare(insertStatement(replace)); !prepared)
        return failed(prepared.error().detail);
    return {};
}

RegistryWriter::Added RegistryWriter::add(const RegistryRow &row)
{
    if (m_stored.contains(row.recordId)) {
        if (!m_replace) {
            m_stopped = true;
            return Added::AlreadyStored;
        }
        ++m_replaced;
    }
    if (m_stopped || m_error || !m_insert)
        return Added::NotWritten;
    BulkStatement &insert = *m_insert;
    for (int c = 0; c < RegistryRow::kColumns; ++c) {
        if (row.null[std::size_t(c)])
            insert.bindNull(c);
        else
            insert.bindUtf8(c, QByteArrayView(row.utf8).sliced(row.begin(c), row.ends[std::size_t(c)] - row.begin(c)));
    }
    insert.bindInteger(RegistryRow::kColumns, m_importId);
    insert.bindText(RegistryRow::kColumns + 1, m_now);
    insert.bindText(RegistryRow::kColumns + 2, m_now);
    if (Status written = insert.exec(); !written) {
        m_error = Error{tr("Line %1 could not be written to the registry; nothing was imported").arg(row.line),
                        written.error().detail};
        m_stopped = true;
        return Added::Failed;
    }
    ++m_written;
    return Added::Written;
}

Result<qint64> RegistryWriter::finish(const QString &fileName, const QString &sha256, qint64 rows)
{
    if (!m_transaction || !m_insert)
        return Error{tr("The registry import was not begun")};
    if (m_error)
        return *m_error;
    if (m_stopped || m_written != rows)
        return Error{tr("The registry import was refused; nothing was imported")};
    m_insert.reset();
    const qint64 inserted = rows - m_replaced;
    auto logged = sql::run(m_db,
                           QStringLiteral("INSERT INTO registry_import (id, file_name, file_sha256, rows_read, "
                                          "rows_inserted, rows_replaced, imported_by, imported_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {m_importId, fileName, sha256, rows, inserted, m_replaced, m_actor.officialId, m_now});
    if (!logged)
        return Error{tr("The import could not be recorded"), logged.error().detail};
    const QJsonObject after{{QStringLiteral("file"), fileName},
                            {QStringLiteral("sha256"), sha256},
                            {QStringLiteral("rows"), rows},
                            {QStringLiteral("inserted"), inserted},
                            {QStringLiteral("replaced"), m_replaced}};
    if (Status audited = AuditLog::append(m_db, m_actor, QStringLiteral("import"), QStringLiteral("registry"),
                                          m_importId, {}, after);
        !audited)
        return audited.error();
    if (Status committed = m_transaction->commit(); !committed)
        return committed.error();
    m_transaction.reset();
    restoreCache();
    return m_importId;
}

} // namespace homeward
