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

// PostgreSQL: the rows wait here until the import's registry_import row exists (see begin()).
const QString kPendingTable = QStringLiteral("registry_person_pending");

// Portable upsert (SQLite 3.24+, PostgreSQL 9.5+); created_at stays.
QString upsertClause();

QString insertStatement(const QString &table, bool replace)
{
    QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(table, kInsertColumns);
    if (replace)
        statement += upsertClause();
    return statement;
}

QString upsertClause()
{
    return QStringLiteral(
        " ON CONFLICT (record_id) DO UPDATE SET surname = excluded.surname, given_name = excluded.given_name, "
        "patronymic = excluded.patronymic, birth_date = excluded.birth_date, sex = excluded.sex, "
        "category = excluded.category, rank = excluded.rank, unit = excluded.unit, "
        "service_number = excluded.service_number, document_number = excluded.document_number, "
        "birth_place = excluded.birth_place, region = excluded.region, notes = excluded.notes, "
        "import_id = excluded.import_id, updated_at = excluded.updated_at");
}

// PostgreSQL: the rows of a chunk as one JSON array of arrays (the interchange columns in order, null for NULL),
// inserted into the pending table in the array's order. One parameter instead of one per value: it halves the
// program's own work for an import (QSqlQuery would bind and quote 17,000 values a chunk), and the server parses
// it faster too.
QString chunkStatement()
{
    QStringList values;
    for (int c = 0; c < RegistryRow::kColumns; ++c)
        values << QStringLiteral("r.value->>%1").arg(c);
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3, 0, n.at, n.at FROM (SELECT CAST(? AS text) AS at) n, "
                          "json_array_elements(CAST(? AS json)) WITH ORDINALITY AS r ORDER BY r.ordinality")
        .arg(kPendingTable, kInsertColumns, values.join(QStringLiteral(", ")));
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
    // PostgreSQL frees a prepared statement only outside a failed transaction: roll back first there.
    if (m_pending)
        m_transaction.reset();
    m_insert.reset();
    m_chunkInsert.reset();
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
    // Read inside the write transaction: an import another desk committed before it is seen.
    auto stored = RegistryRepository(m_db).storedRecordIds();
    if (!stored) {
        (void)failed(QString()); // rolls back; the registry's own message says more
        return stored.status();
    }
    m_stored = std::move(stored.value());
    QString table = QStringLiteral("registry_person");
    if (isSqlite(m_db)) {
        if (auto deferred = sql::run(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
            return failed(deferred.error().detail);
        auto nextId = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM registry_import"));
        if (!nextId)
            return failed(nextId.error().detail);
        m_importId = nextId.value().toLongLong();
    } else {
        // Dropped at the commit, and with the transaction on a rollback. (DDL: never prepared.)
        auto pending = sql::exec(m_db, QStringLiteral("CREATE TEMPORARY TABLE %1 (LIKE registry_person INCLUDING "
                                                      "DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES "
                                                      "INCLUDING IDENTITY) ON COMMIT DROP")
                                           .arg(kPendingTable));
        if (!pending)
            return failed(pending.error().detail);
        table = kPendingTable;
        m_importId = 0; // not known yet: finish() writes the real one
        m_pending = true;
    }
    m_now = sql::nowStamp();
    m_insert = std::make_unique<BulkStatement>(m_db);
    if (Status prepared = m_insert->prepare(insertStatement(table, replace && !m_pending)); !prepared)
        return failed(prepared.error().detail);
    if (m_pending) {
        m_chunkInsert = std::make_unique<BulkStatement>(m_db);
        if (Status prepared = m_chunkInsert->prepare(chunkStatement()); !prepared)
            return failed(prepared.error().detail);
        m_chunk.reserve(kChunkRows);
    }
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
    if (m_pending) {
        m_chunk.push_back(row);
        if (m_chunk.size() == std::size_t(kChunkRows) && !writeChunk())
            return Added::Failed;
        ++m_written;
        return Added::Written;
    }
    if (!writeRow(row))
        return Added::Failed;
    ++m_written;
    return Added::Written;
}

void RegistryWriter::bindRow(BulkStatement &insert, const RegistryRow &row, int first) const
{
    for (int c = 0; c < RegistryRow::kColumns; ++c) {
        if (row.null[std::size_t(c)])
            insert.bindNull(first + c);
        else
            insert.bindUtf8(first + c,
                            QByteArrayView(row.utf8).sliced(row.begin(c), row.ends[std::size_t(c)] - row.begin(c)));
    }
    insert.bindInteger(first + RegistryRow::kColumns, m_importId);
    insert.bindText(first + RegistryRow::kColumns + 1, m_now);
    insert.bindText(first + RegistryRow::kColumns + 2, m_now);
}

bool RegistryWriter::writeRow(const RegistryRow &row)
{
    bindRow(*m_insert, row, 0);
    if (Status written = m_insert->exec(); !written) {
        m_error = Error{tr("Line %1 could not be written to the registry; nothing was imported").arg(row.line),
                        written.error().detail};
        m_stopped = true;
        return false;
    }
    return true;
}

QByteArray RegistryWriter::chunkJson() const
{
    QByteArray json;
    json.reserve(qsizetype(m_chunk.size()) * 200);
    json += '[';
    for (std::size_t r = 0; r < m_chunk.size(); ++r) {
        const RegistryRow &row = m_chunk[r];
        json += r == 0 ? "[" : ",[";
        for (int c = 0; c < RegistryRow::kColumns; ++c) {
            if (c > 0)
                json += ',';
            if (row.null[std::size_t(c)]) {
                json += "null";
                continue;
            }
            json += '"';
            // UTF-8 passes as it is; only the quote, the backslash and control characters are escaped.
            for (const char ch :
                 QByteArrayView(row.utf8).sliced(row.begin(c), row.ends[std::size_t(c)] - row.begin(c))) {
                const auto byte = static_cast<unsigned char>(ch);
                if (ch == '"' || ch == '\\') {
                    json += '\\';
                    json += ch;
                } else if (byte < 0x20) {
                    json += "\\u00";
                    json += "0123456789abcdef"[byte >> 4];
                    json += "0123456789abcdef"[byte & 0xf];
                } else {
                    json += ch;
                }
            }
            json += '"';
        }
        json += ']';
    }
    json += ']';
    return json;
}

bool RegistryWriter::writeChunk()
{
    if (m_chunk.empty())
        return true;
    const auto fail = [this](const Error &error) {
        m_error = error;
        m_stopped = true;
        m_chunk.clear();
        return false;
    };
    if (m_chunk.size() < std::size_t(kChunkRows)) {
        // The rest at the end: one by one.
        for (const RegistryRow &row : m_chunk)
            if (!writeRow(row))
                return fail(*m_error);
        m_chunk.clear();
        return true;
    }
    // A savepoint, so that when the server refuses the chunk its rows can be written again one by one to name
    // the line it refused (the transaction is lost anyway: the import rolls back).
    if (auto saved = sql::exec(m_db, QStringLiteral("SAVEPOINT registry_chunk")); !saved)
        return fail(
            Error{tr("Line %1 could not be written to the registry; nothing was imported").arg(m_chunk.front().line),
                  saved.error().detail});
    const QByteArray json = chunkJson(); // alive until exec()
    m_chunkInsert->bindText(0, m_now);
    m_chunkInsert->bindUtf8(1, json);
    if (Status written = m_chunkInsert->exec(); !written) {
        const Error chunkError{tr("Lines %1 to %2 could not be written to the registry; nothing was imported")
                                   .arg(m_chunk.front().line)
                                   .arg(m_chunk.back().line),
                               written.error().detail};
        if (!sql::exec(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT registry_chunk")))
            return fail(chunkError);
        for (const RegistryRow &row : m_chunk)
            if (!writeRow(row))
                return fail(*m_error);
        return fail(chunkError);
    }
    if (auto released = sql::exec(m_db, QStringLiteral("RELEASE SAVEPOINT registry_chunk")); !released)
        return fail(
            Error{tr("Line %1 could not be written to the registry; nothing was imported").arg(m_chunk.back().line),
                  released.error().detail});
    m_chunk.clear();
    return true;
}

Result<qint64> RegistryWriter::finish(const QString &fileName, const QString &sha256, qint64 rows)
{
    if (!m_transaction || !m_insert)
        return Error{tr("The registry import was not begun")};
    if (m_error)
        return *m_error;
    if (m_stopped || m_written != rows)
        return Error{tr("The registry import was refused; nothing was imported")};
    if (m_pending && !writeChunk())
        return *m_error;
    m_insert.reset();
    m_chunkInsert.reset();
    const qint64 inserted = rows - m_replaced;
    if (!m_pending) {
        auto logged = sql::run(m_db,
                               QStringLiteral("INSERT INTO registry_import (id, file_name, file_sha256, rows_read, "
                                              "rows_inserted, rows_replaced, imported_by, imported_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {m_importId, fileName, sha256, rows, inserted, m_replaced, m_actor.officialId, m_now});
        if (!logged)
            return Error{tr("The import could not be recorded"), logged.error().detail};
    } else {
        auto logged = sql::insertReturningId(m_db,
                                             QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, "
                                                            "rows_read, rows_inserted, rows_replaced, imported_by, "
                                                            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                             {fileName, sha256, rows, inserted, m_replaced, m_actor.officialId, m_now});
        if (!logged)
            return Error{tr("The import could not be recorded"), logged.error().detail};
        m_importId = logged.value();
        // The waiting rows, in the order they were read, now pointing at their import.
        QString columns = kInsertColumns;
        columns.replace(QLatin1String("import_id"), QString::number(m_importId)); // a number, never user text
        QString move = QStringLiteral("INSERT INTO registry_person (%1) SELECT %2 FROM %3 ORDER BY id")
                           .arg(kInsertColumns, columns, kPendingTable);
        if (m_replace)
            move += upsertClause();
        if (auto moved = sql::run(m_db, move); !moved)
            return Error{tr("The registry import could not be written; nothing was imported"), moved.error().detail};
    }
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
