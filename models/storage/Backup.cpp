#include "Backup.h"

#include "AuditLog.h"
#include "Migrations.h"
#include "ReadCheck.h"
#include "SealCheck.h"
#include "Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace homeward {
namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// The first schema with an audit trail.
constexpr int kAuditSchema = 2;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Removes a partial file and its manifest, if any.
void removeQuietly(const QString &path)
{
    if (!path.isEmpty() && QFileInfo::exists(path))
        QFile::remove(path);
}

} // namespace

namespace durable {

Status syncFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Status::failure(
            QCoreApplication::translate("homeward::Backup", "Cannot open %1 to write it to disk").arg(native(path)),
            QString::fromLocal8Bit(strerror(errno)));
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0)
        return Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot write %1 to disk").arg(native(path)),
                               QString::fromLocal8Bit(strerror(error)));
    return {};
}

Status syncFolder(const QString &folder)
{
    return syncFile(folder);
}

Status createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot create %1").arg(native(path)),
                               file.errorString());
    // Before any byte is written, so no one else can ever read the content.
    if (!file.setPermissions(kOwnerOnly)) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(path);
        return Status::failure(
            QCoreApplication::translate("homeward::Backup", "Cannot make %1 private to its owner").arg(native(path)), reason);
    }
    return {};
}

Status copyFile(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot read %1").arg(native(from)),
                               source.errorString());
    if (Status created = createPrivateFile(to); !created)
        return created;
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QFile::remove(to);
        return Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot write %1").arg(native(to)),
                               target.errorString());
    }
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        if (target.write(chunk) != chunk.size()) {
            const QString reason = target.errorString();
            target.close();
            QFile::remove(to);
            return Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot write %1").arg(native(to)), reason);
        }
    }
    if (source.error() != QFileDevice::NoError) {
        target.close();
        QFile::remove(to);
        return Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot read %1").arg(native(from)),
                               source.errorString());
    }
    if (!target.flush()) {
        const QString reason = target.errorString();
        target.close();
        QFile::remove(to);
        return Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot write %1").arg(native(to)), reason);
    }
    target.close();
    if (Status synced = syncFile(to); !synced) {
        QFile::remove(to);
        return synced;
    }
    return {};
}

QString partialName(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
        .filePath(QStringLiteral(".%1.%2.partial").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
}

} // namespace durable

FileConnection::FileConnection(const QString &path, Mode mode, int busyTimeoutMs)
    : m_name(QStringLiteral("homeward-file-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!QFileInfo(path).isFile()) // SQLite would create an empty file
        m_status = Status::failure(QCoreApplication::translate("homeward::Backup", "There is no file %1").arg(native(path)));
    else if (!m_db.open())
        m_status = Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot open %1").arg(native(path)),
                                   m_db.lastError().text());
}

FileConnection::~FileConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QJsonObject BackupManifest::toJson() const
{
    QJsonObject counts;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("homeward-backup-1")},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("program_version"), programVersion},
        {QStringLiteral("source"), sourceName},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("row_counts"), counts},
        {QStringLiteral("audit_head"), auditHead},
        {QStringLiteral("audit_rows"), auditRows},
        {QStringLiteral("sha256"), sha256},
    };
}

Result<BackupManifest> BackupManifest::fromJson(const QJsonObject &json)
{
    const auto missing = [](const char *key) {
        return Error{QCoreApplication::translate("homeward::Backup", "The manifest lacks \"%1\" or it is malformed")
                         .arg(QLatin1String(key))};
    };
    BackupManifest m;
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("homeward-backup-1"))
        return missing("format");
    m.createdAt = QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (!m.createdAt.isValid())
        return missing("created_at");
    m.createdAt = m.createdAt.toUTC();
    m.programVersion = json.value(QStringLiteral("program_version")).toString();
    m.sourceName = json.value(QStringLiteral("source")).toString();
    if (!json.value(QStringLiteral("schema_version")).isDouble())
        return missing("schema_version");
    m.schemaVersion = json.value(QStringLiteral("schema_version")).toInt();
    if (!json.value(QStringLiteral("row_counts")).isObject())
        return missing("row_counts");
    const QJsonObject counts = json.value(QStringLiteral("row_counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (!it.value().isDouble())
            return missing("row_counts");
        m.rowCounts.insert(it.key(), qint64(it.value().toDouble()));
    }
    if (!json.value(QStringLiteral("audit_head")).isString())
        return missing("audit_head");
    m.auditHead = json.value(QStringLiteral("audit_head")).toString();
    if (!json.value(QStringLiteral("audit_rows")).isDouble())
        return missing("audit_rows");
    m.auditRows = qint64(json.value(QStringLiteral("audit_rows")).toDouble());
    m.sha256 = json.value(QStringLiteral("sha256")).toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(m.sha256).hasMatch())
        return missing("sha256");
    return m;
}

QString BackupManifest::summary() const
{
    qint64 rows = 0;
    for (const qint64 count : rowCounts)
        rows += count;
    QStringList lines;
    lines << QCoreApplication::translate("homeward::Backup", "Taken: %1 UTC from %2 (Homeward %3)")
                 .arg(createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), sourceName, programVersion);
    lines << QCoreApplication::translate("homeward::Backup", "Schema version: %1").arg(schemaVersion);
    lines << QCoreApplication::translate("homeward::Backup", "Persons: %1, batches: %2, exchanges: %3, rows in all: %4")
                 .arg(rowCounts.value(QStringLiteral("person")))
                 .arg(rowCounts.value(QStringLiteral("batch")))
                 .arg(rowCounts.value(QStringLiteral("exchange")))
                 .arg(rows);
    lines << QCoreApplication::translate("homeward::Backup", "Audit trail: %1 row(s), head %2")
                 .arg(auditRows)
                 .arg(auditHead.isEmpty() ? QStringLiteral("-") : auditHead);
    lines << QCoreApplication::translate("homeward::Backup", "SHA-256: %1").arg(sha256);
    return lines.join(QLatin1Char('\n'));
}

QString Backup::manifestPath(const QString &backupPath)
{
    return backupPath + QStringLiteral(".manifest.json");
}

Result<QString> Backup::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1").arg(native(path)), file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{tr("Cannot read %1").arg(native(path)), file.errorString()};
    return QString::fromLatin1(hash.result().toHex());
}

Result<QMap<QString, qint64>> Backup::rowCounts(const QSqlDatabase &db)
{
    auto tables = sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                              "'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    if (tables.value().lastError().isValid()) // a table left out would be missing from the manifest
        return Error{tables.value().lastError().text()};
    QMap<QString, qint64> counts;
    for (const QString &name : names) {
        // A table name cannot be bound; it comes from sqlite_master and is quoted.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        auto count = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(quoted));
        if (!count)
            return count.error();
        counts.insert(name, count.value().toLongLong());
    }
    return counts;
}

namespace {

// What a backup file says about itself: integrity, schema, counts, audit
// head; with `checkChain` the audit chain and the seals too.
Result<BackupManifest> describe(const QString &path, bool checkChain)
{
    FileConnection copy(path, FileConnection::Mode::ReadOnly);
    if (!copy.status())
        return copy.status().error();
    const QSqlDatabase db = copy.db();
    auto integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Error{QCoreApplication::translate("homeward::Backup", "The integrity check of %1 could not run").arg(native(path)),
                     integrity.error().detail};
    QStringList problems;
    while (integrity.value().next())
        problems << integrity.value().value(0).toString();
    // A check that stopped on a read error did not run to its end: say so with the driver's text.
    if (Status read = sql::readToEnd(
            integrity.value(),
            QCoreApplication::translate("homeward::Backup", "The integrity check of %1 could not run").arg(native(path)));
        !read)
        return read.error();
    if (problems != QStringList{QStringLiteral("ok")})
        return Error{QCoreApplication::translate("homeward::Backup", "The integrity check of %1 failed").arg(native(path)),
                     problems.mid(0, 5).join(QStringLiteral("; "))};

    BackupManifest m;
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    m.schemaVersion = version.value();
    if (m.schemaVersion > Migrations::latestVersion())
        return Error{QCoreApplication::translate("homeward::Backup", "%1 was written by a newer version of Homeward (schema %2; "
                                                           "this program knows schema %3)")
                         .arg(native(path))
                         .arg(m.schemaVersion)
                         .arg(Migrations::latestVersion())};
    auto counts = Backup::rowCounts(db);
    if (!counts)
        return counts.error();
    m.rowCounts = counts.value();
    if (m.schemaVersion >= kAuditSchema) {
        auto head = AuditLog::headHash(db);
        auto rows = AuditLog::rowCount(db);
        if (!head)
            return head.error();
        if (!rows)
            return rows.error();
        m.auditHead = head.value();
        m.auditRows = rows.value();
        if (checkChain) {
            auto chain = AuditLog::verify(db);
            if (!chain)
                return chain.error();
            if (const auto &fault = chain.value())
                return Error{QCoreApplication::translate("homeward::Backup", "The audit trail in %1 is broken at row %2")
                                 .arg(native(path))
                                 .arg(fault->rowId),
                             fault->reason};
            auto seals = SealCheck::verify(db);
            if (!seals)
                return seals.error();
            if (!seals.value().isEmpty())
                return Error{QCoreApplication::translate("homeward::Backup", "A seal in %1 does not hold").arg(native(path)),
                             seals.value().constFirst().text()};
        }
    }
    return m;
}

Status writeManifest(const QString &path, const BackupManifest &manifest)
{
    if (Status created = durable::createPrivateFile(path); !created)
        return created;
    QFile file(path);
    const QByteArray json = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size() || !file.flush())
        return Status::failure(QCoreApplication::translate("homeward::Backup", "Cannot write %1").arg(native(path)),
                               file.errorString());
    file.close();
    return durable::syncFile(path);
}

} // namespace

Result<BackupManifest> Backup::create(const QSqlDatabase &live, const QString &target)
{
    const QFileInfo info(target);
    const QString finalPath = info.absoluteFilePath();
    const QString finalManifest = manifestPath(finalPath);
    if (info.exists())
        return Error{tr("%1 already exists; a backup never overwrites a file").arg(native(finalPath))};
    if (QFileInfo::exists(finalManifest))
        return Error{tr("%1 already exists; a backup never overwrites a file").arg(native(finalManifest))};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("Cannot create the folder %1").arg(native(info.absolutePath()))};

    const QString partial = durable::partialName(finalPath);
    const QString partialManifest = manifestPath(partial);
    // On every early return the partial files go.
    struct Cleanup {
        QStringList paths;
        ~Cleanup()
        {
            for (const QString &p : paths)
                removeQuietly(p);
        }
    } cleanup{{partial, partialManifest}};

    // VACUUM INTO accepts an empty file, which keeps the owner-only permissions set here.
    if (Status created = durable::createPrivateFile(partial); !created)
        return created.error();
    if (auto copied = sql::run(live, QStringLiteral("VACUUM INTO ?"), {partial}); !copied)
        return Error{tr("The backup copy could not be written"), copied.error().detail};
    if (Status synced = durable::syncFile(partial); !synced)
        return synced.error();

    auto described = describe(partial, false);
    if (!described)
        return Error{tr("The backup copy does not check out"), described.error().text()};
    BackupManifest manifest = described.value();
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.programVersion = QStringLiteral(HOMEWARD_VERSION);
    manifest.sourceName = QFileInfo(live.databaseName()).fileName();
    auto hash = sha256Of(partial);
    if (!hash)
        return hash.error();
    manifest.sha256 = hash.value();
    if (Status written = writeManifest(partialManifest, manifest); !written)
        return written.error();

    // QFile::rename never replaces: a file that appeared meanwhile is left alone.
    if (!QFile::rename(partial, finalPath))
        return Error{tr("Cannot give the backup its name %1").arg(native(finalPath))};
    cleanup.paths = {partialManifest};
    if (!QFile::rename(partialManifest, finalManifest)) {
        QFile::remove(finalPath);
        return Error{tr("Cannot give the manifest its name %1").arg(native(finalManifest))};
    }
    cleanup.paths.clear();
    if (Status synced = durable::syncFolder(info.absolutePath()); !synced)
        return synced.error();
    return manifest;
}

Result<BackupManifest> Backup::verify(const QString &backupPath)
{
    const QString path = QFileInfo(backupPath).absoluteFilePath();
    if (!QFileInfo(path).isFile())
        return Error{tr("There is no backup file %1").arg(native(path))};
    QFile manifestFile(manifestPath(path));
    if (!manifestFile.exists())
        return Error{tr("The backup %1 has no manifest (%2 is missing)").arg(native(path), native(manifestPath(path)))};
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error{tr("The manifest of %1 cannot be read").arg(native(path)), manifestFile.errorString()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("The manifest of %1 is not valid JSON").arg(native(path)), parseError.errorString()};
    auto manifest = BackupManifest::fromJson(document.object());
    if (!manifest)
        return Error{tr("The manifest of %1 is not usable").arg(native(path)), manifest.error().text()};

    // The hash first: it catches a changed, cut or swapped file before SQLite reads it.
    auto hash = sha256Of(path);
    if (!hash)
        return hash.error();
    if (hash.value() != manifest.value().sha256)
        return Error{tr("The backup %1 has been changed since it was taken: its SHA-256 does not match the manifest")
                         .arg(native(path)),
                     tr("file %1, manifest %2").arg(hash.value(), manifest.value().sha256)};

    auto described = describe(path, true);
    if (!described)
        return described.error();
    const BackupManifest &found = described.value();
    if (found.schemaVersion != manifest.value().schemaVersion || found.rowCounts != manifest.value().rowCounts ||
        found.auditHead != manifest.value().auditHead || found.auditRows != manifest.value().auditRows)
        return Error{tr("The backup %1 does not hold what its manifest says").arg(native(path))};
    return manifest;
}

} // namespace homeward
