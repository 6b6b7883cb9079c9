#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace homeward {

// Argon2id password hashes through libsodium, in its self-describing string
// form ("$argon2id$v=19$m=…,t=…,p=…$salt$hash"), so the cost travels with
// every hash and can be raised later. Passwords are taken as NFC-normalised
// UTF-8, so the same letters typed on another keyboard layout still match.
// No password is kept: every copy made here is wiped after use.
class PasswordHasher final {
    Q_DECLARE_TR_FUNCTIONS(homeward::PasswordHasher)

public:
    // OWASP's floor for Argon2id: 19 MiB of memory, 2 passes.
    static constexpr unsigned long long kFloorOpsLimit = 2;
    static constexpr std::size_t kFloorMemLimitBytes = std::size_t(19) * 1024 * 1024;

    // The cost used for new hashes: the floor or libsodium's "interactive"
    // level, whichever is higher.
    static unsigned long long opsLimit();
    static std::size_t memLimitBytes();

    static Result<QString> hash(const QString &password);
    // False for a wrong password and for a malformed hash alike.
    static bool verify(const QString &storedHash, const QString &password);
    // True when `storedHash` was made with a cost other than today's (or
    // another algorithm): the next successful login hashes the password again.
    static bool needsRehash(const QString &storedHash);

    // Overwrites the characters in place (use on local copies of passwords).
    static void wipe(QString &text);
    static void wipe(QByteArray &bytes);

private:
    static bool ready();
    static QByteArray passwordBytes(const QString &password);
};

} // namespace homeward
