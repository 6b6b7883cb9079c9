#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace homeward {

// The address of a shared PostgreSQL database:
//   postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]
// (postgres:// too; percent-escapes decoded; an IPv6 host in brackets; port 5432 by default).
// The password never travels in the address: libpq reads it from PGPASSWORD or ~/.pgpass
// (PGPASSFILE), so an address that carries one is refused.
class DatabaseUrl final {
    Q_DECLARE_TR_FUNCTIONS(homeward::DatabaseUrl)

public:
    enum class SslMode { Disable, Prefer, Require, VerifyCa, VerifyFull };

    static constexpr int kDefaultPort = 5432;

    // True when `text` names a database server (by its scheme) rather than a file.
    static bool isServerAddress(const QString &text);
    // `text` with any password in it replaced by "***", for messages about an address that may
    // be wrong (a parsed DatabaseUrl never holds one).
    static QString withoutPassword(const QString &text);
    // The parsed address, or an Error whose message names what is wrong.
    static Result<DatabaseUrl> parse(const QString &input);

    QString user() const { return m_user; }
    // A host name, an IPv4 or IPv6 address (without brackets), or a unix socket folder.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    // Absent when the address does not say: libpq then decides (PGSSLMODE, else "prefer").
    std::optional<SslMode> sslMode() const { return m_sslMode; }

    static QString sslModeName(SslMode mode);
    // The address written out in full (never with a password), for messages and settings.
    QString toString() const;

private:
    DatabaseUrl() = default;

    QString m_user;
    QString m_host;
    int m_port = kDefaultPort;
    QString m_database;
    std::optional<SslMode> m_sslMode;
};

} // namespace homeward
