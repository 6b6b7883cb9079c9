#include "Database.h"

#include "DatabaseUrl.h"
#include "Dialect.h"
#include "Migrations.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStringList>
#include <QUuid>

namespace homeward {
Database::Database(QSqlDatabase db, QString path, QString connectionName)
    : m_db(std::move(db)), m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    sql::releaseFailed(m_db); // while the connection can still free them
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("homeward.sqlite"));
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{tr("The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)")};

    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        // The data is sensitive: a folder this program creates is the
        // owner's alone (0700), and so is a new database file (0600). The
        // file is created empty before SQLite opens it, so it is never
        // readable by others, and SQLite gives its -wal and -shm files the
        // main file's permissions.
        const QFileInfo info(path);
        if (!info.absoluteDir().exists()) {
            if (!QDir().mkpath(info.absolutePath()))
                return Error{tr("Cannot create the folder for the database"), info.absolutePath()};
            QFile::setPermissions(info.absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        if (!info.exists()) {
            QFile file(info.absoluteFilePath());
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error{tr("Cannot create the database file %1").arg(path), file.errorString()};
            if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                const QString reason = file.errorString();
                file.close();
                file.remove();
                return Error{tr("Cannot make the database file %1 private to its owner").arg(path), reason};
            }
        }
    }

    const QString name = QStringLiteral("homeward-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name), path, name));
    // Work on the object's own handle: a local copy would outlive the object
    // on an early return and keep Qt's connection "still in use".
    QSqlDatabase &db = database->m_db;
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return Error{tr("Cannot open the database %1").arg(path), db.lastError().text()};

    const QString pragmas[] = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString &pragma : pragmas) {
        auto done = sql::run(db, pragma);
        if (!done)
            return Error{tr("Cannot set up the database connection (%1)").arg(pragma), done.error().detail};
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openUnmigrated(const QString &path)
{
    if (DatabaseUrl::isServerAddress(path)) {
        auto url = DatabaseUrl::parse(path);
        if (!url)
            return url.error();
        return openServerUnmigrated(url.value());
    }
    return openConnection(path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (DatabaseUrl::isServerAddress(path)) {
        auto url = DatabaseUrl::parse(path);
        if (!url)
            return url.error();
        return openServer(url.value());
    }
    auto database = openConnection(path);
    if (!database)
        return database;
    if (Status migrated = Migrations::migrate(database.value()->connection()); !migrated)
        return migrated.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const DatabaseUrl &url)
{
    auto database = openServerUnmigrated(url);
    if (!database)
        return database;
    const QSqlDatabase db = database.value()->connection();
    auto version = Migrations::currentVersion(db);
    if (!version)
        return Error{tr("Cannot read the schema version of the shared database %1").arg(url.toString()),
                     version.error().detail};
    const int latest = Migrations::latestVersion();
    if (version.value() > latest)
        return Error{tr("The shared database %1 was set up by a newer version of Homeward (schema %2; this program "
                        "knows schema %3). Use a newer version of the program.")
                         .arg(url.toString())
                         .arg(version.value())
                         .arg(latest)};
    if (version.value() < latest)
        return Error{tr("The shared database %1 is at schema %2 and this program needs schema %3. The database's "
                        "owner upgrades it with: homeward migrate --database %4")
                         .arg(url.toString())
                         .arg(version.value())
                         .arg(latest)
                         .arg(QStringLiteral("postgresql://OWNER@%1:%2/%3")
                                  .arg(url.host())
                                  .arg(url.port())
                                  .arg(url.database()))};
    // The owner and superusers may rewrite the audit trail (or switch its triggers off): a
    // desk that could is refused, so that the trail's protection does not rest on trust.
    auto mayRewrite = sql::scalar(db, QStringLiteral("SELECT has_table_privilege('audit_log', 'UPDATE') "
                                                     "OR has_table_privilege('audit_log', 'DELETE') "
                                                     "OR has_table_privilege('audit_log', 'TRUNCATE') "
                                                     "OR (SELECT rolsuper FROM pg_catalog.pg_roles "
                                                     "WHERE rolname = current_user)"));
    if (!mayRewrite)
        return Error{tr("Cannot read the rights of %1 on the shared database %2").arg(url.user(), url.toString()),
                     mayRewrite.error().detail};
    if (mayRewrite.value().toBool())
        return Error{tr("The role %1 may change or delete the audit trail of the shared database %2 (it owns the "
                        "database or is a superuser). Homeward works there only as a desk's role, a member of %3 "
                        "that may add to the audit trail but not rewrite it. Sign in as such a role; README, "
                        "\"A shared database\", says how the administrator sets one up.")
                         .arg(url.user(), url.toString(), QLatin1String(Dialect::kDeskRole))};
    return database;
}

Result<int> Database::migrateServer(const DatabaseUrl &url)
{
    auto database = openServerUnmigrated(url);
    if (!database)
        return database.error();
    const QSqlDatabase db = database.value()->connection();
    if (Status migrated = Migrations::migrate(db); !migrated)
        return migrated.error();
    return Migrations::currentVersion(db);
}

Result<std::unique_ptr<Database>> Database::openServerUnmigrated(const DatabaseUrl &url)
{
    const QString driver = QStringLiteral("QPSQL");
    const QString missing = tr("The PostgreSQL driver for Qt is not installed: apt-get install libqt6sql6-psql");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{missing};

    const QString name = QStringLiteral("homeward-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(QSqlDatabase::addDatabase(driver, name), url.toString(), name));
    database->m_backend = Backend::Postgres;
    QSqlDatabase &db = database->m_db;
    // The plugin file is there but did not load (libpq missing, say).
    if (!db.isValid())
        return Error{missing, db.lastError().text()};

    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.database());
    db.setUserName(url.user());
    QStringList options{QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutS),
                        QStringLiteral("application_name=homeward")};
    // Without sslmode in the address, libpq's own choice stands (PGSSLMODE, else prefer).
    if (url.sslMode())
        options << QStringLiteral("sslmode=") + DatabaseUrl::sslModeName(*url.sslMode());
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        if (detail.contains(QLatin1String("no password supplied")))
            return Error{tr("The database server %1 asks for a password: set PGPASSWORD or put the password in "
                            "~/.pgpass")
                             .arg(url.toString()),
                         detail};
        return Error{tr("Cannot connect to the database server %1").arg(url.toString()), detail};
    }

    if (Status session = setUpServerSession(db); !session)
        return session.error();
    return database;
}

Status Database::setUpServerSession(const QSqlDatabase &db)
{
    // A writer waits for another's lock as long as on SQLite, then fails with an error. (SET
    // cannot be prepared, and every statement through sql::run is: set_config can.)
    auto timeout =
        sql::run(db, QStringLiteral("SELECT set_config('lock_timeout', ?, false)"), {QString::number(kBusyTimeoutMs)});
    if (!timeout)
        return Status::failure(tr("Cannot set up the database connection (%1)").arg(QStringLiteral("lock_timeout")),
                               timeout.error().detail);
    return {};
}

} // namespace homeward
