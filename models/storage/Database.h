#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace homeward {

class DatabaseUrl;

// One open connection, set up the same way every time: foreign keys on,
// WAL journal, synchronous FULL, a busy timeout, and the schema migrated to
// the latest version. The connection is removed when the object goes.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(homeward::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite file at `path`; ":memory:" gives an in-memory
    // database; migrates it to the latest schema. A server address (postgresql://…, see
    // DatabaseUrl) opens the shared database there as a desk (openServer).
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // Opens without migrating (tests of the migrations, and commands that only read). A server
    // address connects without the desk checks.
    static Result<std::unique_ptr<Database>> openUnmigrated(const QString &path);

    // Connects to the PostgreSQL server at `url` through Qt's QPSQL driver. No password is
    // given to the driver: libpq reads it from PGPASSWORD or ~/.pgpass (PGPASSFILE) itself.
    // The schema is neither created nor migrated.
    static Result<std::unique_ptr<Database>> openServerUnmigrated(const DatabaseUrl &url);
    // The shared database at `url` for a desk's work: the schema must be this program's (a desk
    // never migrates: its role may not change the schema; the owner runs migrateServer), and
    // the role signed in must be one that cannot rewrite the audit trail (not the owner, not a
    // superuser), or the server's protections would rest on trust.
    static Result<std::unique_ptr<Database>> openServer(const DatabaseUrl &url);
    // Brings the shared database at `url` to the latest schema and grants the desks their
    // rights (`homeward migrate`): run as the database's owner. The schema version it left.
    static Result<int> migrateServer(const DatabaseUrl &url);
    // The settings every server session of a desk starts with (lock_timeout); for a connection
    // opened again after it was lost (ServerConnection).
    static Status setUpServerSession(const QSqlDatabase &db);

    enum class Backend { Sqlite, Postgres };
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Postgres; }

    QSqlDatabase connection() const { return m_db; }
    // The SQLite file, or the server's address (without a password).
    QString path() const { return m_path; }

    // Milliseconds a writer waits for another's lock before giving up.
    static constexpr int kBusyTimeoutMs = 5000;
    // Seconds to wait for a database server to answer before giving up.
    static constexpr int kConnectTimeoutS = 10;

    // The default database file: AppDataLocation/homeward.sqlite.
    static QString defaultPath();

private:
    Database(QSqlDatabase db, QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openConnection(const QString &path);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    Backend m_backend = Backend::Sqlite;
};

} // namespace homeward
