#include "Export.h"

#include "Backup.h"
#include "PersonRepository.h"
#include "Sql.h"

#include "domain/Enums.h"
#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"
#include "io/InterchangeCsv.h"
#include "io/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <cerrno>
#include <cstring>

#include <cstdio>
#include <memory>

namespace homeward {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// One destination for rows, CSV or XLSX, written to a temporary file.
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual bool write(const QStringList &fields) = 0;
    virtual bool finish() = 0;
    virtual QString errorString() const = 0;
};

class CsvSink final : public RowSink {
public:
    explicit CsvSink(const QString &path) : m_file(path), m_writer(&m_file)
    {
        // The file exists already (created owner-only); open it without truncating its permissions away.
        m_open = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    bool opened() const { return m_open; }
    bool write(const QStringList &fields) override { return m_writer.writeRecord(fields); }
    bool finish() override
    {
        if (!m_writer.ok())
            return false;
        if (!m_file.flush())
            return false;
        m_file.close();
        return m_file.error() == QFileDevice::NoError;
    }
    QString errorString() const override
    {
        return m_writer.ok() ? m_file.errorString() : m_writer.errorString();
    }

private:
    QFile m_file;
    CsvWriter m_writer;
    bool m_open = false;
};

class XlsxSink final : public RowSink {
public:
    XlsxSink(const QString &path, const QString &sheet) : m_writer(path, sheet) {}
    bool write(const QStringList &fields) override
    {
        if (m_header) {
            m_header = false;
            return m_writer.writeHeader(fields);
        }
        return m_writer.writeRow(fields);
    }
    bool finish() override { return m_writer.close(); }
    QString errorString() const override { return m_writer.errorString(); }

private:
    XlsxWriter m_writer;
    bool m_header = true;
};

// Runs `fill` against a sink on a private temporary file and puts the file in
// place of `path` once complete; removes the temporary file on any failure.
Result<ExportSummary> writeAtomically(const QString &path, ExportFormat format, const QString &sheet,
                                      const std::function<Result<ExportSummary>(RowSink &)> &fill)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isDir())
        return Error{Export::tr("%1 is a folder; give the path of the file to write").arg(native(target))};
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return Error{Export::tr("the folder %1 does not exist").arg(native(QFileInfo(target).absolutePath()))};
    const QString partial = durable::partialName(target);
    if (Status created = durable::createPrivateFile(partial); !created)
        return Error{Export::tr("cannot write in the folder of %1").arg(native(target)), created.error().message};
    struct Cleanup {
        QString path;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep)
                QFile::remove(path);
        }
    } cleanup{partial};

    std::unique_ptr<RowSink> sink;
    if (format == ExportFormat::Csv) {
        auto csv = std::make_unique<CsvSink>(partial);
        if (!csv->opened())
            return Error{Export::tr("cannot write %1").arg(native(target)), csv->errorString()};
        sink = std::move(csv);
    } else {
        sink = std::make_unique<XlsxSink>(partial, sheet);
    }
    auto filled = fill(*sink);
    if (!filled)
        return filled.error();
    if (!sink->finish())
        return Error{Export::tr("writing %1 failed").arg(native(target)), sink->errorString()};
    if (Status synced = durable::syncFile(partial); !synced)
        return Error{Export::tr("writing %1 failed").arg(native(target)), synced.error().message};
    // rename(2) replaces the target in one step: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        return Error{Export::tr("cannot put the export in place at %1").arg(native(target)),
                     QString::fromLocal8Bit(std::strerror(errno))};
    cleanup.keep = true;
    // The export is complete and in place; a failed sync of the folder entry only weakens its survival of a
    // power cut in the next seconds, which does not make the export wrong.
    (void)durable::syncFolder(QFileInfo(target).absolutePath());
    return filled;
}

QStringList guarded(QStringList fields, qint64 &count)
{
    for (QString &field : fields) {
        if (formula::looksLikeFormula(field)) {
            field = formula::guard(field);
            ++count;
        }
    }
    return fields;
}

Error writeFailed(const RowSink &sink)
{
    return Error{Export::tr("writing the export failed"), sink.errorString()};
}

Error cancelled()
{
    return Error{Export::tr("The export was cancelled; no file was written")};
}

} // namespace

std::optional<ExportFormat> Export::formatFromCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (lower == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

Result<ExportSummary> Export::batch(const QSqlDatabase &db, qint64 batchId, ExportFormat format, const QString &path,
                                    const Progress &progress)
{
    auto exists = sql::scalar(db, QStringLiteral("SELECT count(*) FROM batch WHERE id = ?"), {batchId});
    if (!exists)
        return Error{tr("Reading the batch failed"), exists.error().detail};
    if (exists.value().toLongLong() == 0)
        return Error{tr("There is no batch with number %1").arg(batchId)};

    return writeAtomically(path, format, tr("Batch %1").arg(batchId), [&](RowSink &sink) -> Result<ExportSummary> {
        ExportSummary summary;
        if (!sink.write(InterchangeCsv::columnNames()))
            return writeFailed(sink);
        PersonRepository persons(db, nullptr);
        constexpr int kPage = 1000;
        int after = 0;
        for (;;) {
            auto page = persons.pageInBatch(batchId, after, kPage);
            if (!page)
                return Error{tr("Reading the batch's list failed"), page.error().detail};
            for (const ListedPerson &listed : page.value()) {
                after = listed.position;
                if (listed.status == MemberStatus::Withdrawn) {
                    ++summary.withdrawnLeftOut;
                    continue;
                }
                InterchangeRow row;
                row.person = listed.person;
                row.sexKnown = true;
                row.categoryKnown = true;
                if (row.person.recordId.isEmpty()) {
                    row.person.recordId = QStringLiteral("person-%1").arg(listed.person.id);
                    ++summary.recordIdsFilled;
                }
                if (!sink.write(guarded(InterchangeCsv::fields(row), summary.guardedCells)))
                    return writeFailed(sink);
                ++summary.rows;
            }
            if (progress && !progress(summary.rows))
                return cancelled();
            if (page.value().size() < kPage)
                break;
        }
        return summary;
    });
}

Result<ExportSummary> Export::registry(const QSqlDatabase &db, ExportFormat format, const QString &path,
                                       const Progress &progress)
{
    if (format == ExportFormat::Xlsx) {
        auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM registry_person"));
        if (!count)
            return Error{tr("Reading the registry failed"), count.error().detail};
        if (count.value().toLongLong() + 1 > XlsxWriter::kMaxRows)
            return Error{tr("The registry has %1 persons; a spreadsheet worksheet holds at most %2. "
                            "Export it as CSV instead.")
                             .arg(count.value().toLongLong())
                             .arg(XlsxWriter::kMaxRows - 1)};
    }
    return writeAtomically(path, format, tr("Registry"), [&](RowSink &sink) -> Result<ExportSummary> {
        ExportSummary summary;
        if (!sink.write(InterchangeCsv::columnNames()))
            return writeFailed(sink);
        // The columns in the order of the format; NULL (unknown sex, category or date) is an empty cell.
        QStringList columns;
        for (const QString &name : InterchangeCsv::columnNames())
            columns << QStringLiteral("COALESCE(%1, '')").arg(name);
        auto query = sql::run(db, QStringLiteral("SELECT %1 FROM registry_person ORDER BY id").arg(columns.join(", ")));
        if (!query)
            return Error{tr("Reading the registry failed"), query.error().detail};
        QSqlQuery &q = query.value();
        const int n = int(columns.size());
        QStringList fields;
        fields.reserve(n);
        while (q.next()) {
            fields.clear();
            for (int c = 0; c < n; ++c)
                fields << q.value(c).toString();
            if (!sink.write(guarded(fields, summary.guardedCells)))
                return writeFailed(sink);
            ++summary.rows;
            if (progress && summary.rows % 10000 == 0 && !progress(summary.rows))
                return cancelled();
        }
        if (q.lastError().isValid())
            return Error{tr("Reading the registry failed"), q.lastError().text()};
        if (progress && !progress(summary.rows))
            return cancelled();
        return summary;
    });
}

} // namespace homeward
