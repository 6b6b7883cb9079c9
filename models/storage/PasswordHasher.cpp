#include "PasswordHasher.h"

#include <sodium.h>

#include <algorithm>

namespace homeward {
namespace {

// Wipes a byte buffer when it goes out of scope, on every return path.
class WipedBytes final {
public:
    explicit WipedBytes(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    ~WipedBytes() { PasswordHasher::wipe(m_bytes); }
    WipedBytes(const WipedBytes &) = delete;
    WipedBytes &operator=(const WipedBytes &) = delete;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

bool PasswordHasher::ready()
{
    // sodium_init() is thread-safe and may be called again; once is enough.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

unsigned long long PasswordHasher::opsLimit()
{
    return std::max<unsigned long long>(kFloorOpsLimit, crypto_pwhash_OPSLIMIT_INTERACTIVE);
}

std::size_t PasswordHasher::memLimitBytes()
{
    return std::max<std::size_t>(kFloorMemLimitBytes, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

QByteArray PasswordHasher::passwordBytes(const QString &password)
{
    QString normalised = password.normalized(QString::NormalizationForm_C);
    QByteArray bytes = normalised.toUtf8();
    wipe(normalised);
    return bytes;
}

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!ready())
        return Error{tr("The password could not be protected"), QStringLiteral("sodium_init failed")};
    const WipedBytes bytes(passwordBytes(password));
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, bytes.bytes().constData(), static_cast<unsigned long long>(bytes.bytes().size()),
                              opsLimit(), memLimitBytes(), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{tr("The password could not be protected"),
                     QStringLiteral("crypto_pwhash_str_alg failed (out of memory?)")};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!ready() || storedHash.isEmpty())
        return false;
    const QByteArray hashBytes = storedHash.toLatin1(); // NUL-terminated, as libsodium needs
    const WipedBytes bytes(passwordBytes(password));
    return crypto_pwhash_str_verify(hashBytes.constData(), bytes.bytes().constData(),
                                    static_cast<unsigned long long>(bytes.bytes().size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    if (!ready())
        return false;
    // libsodium would accept an Argon2i hash of the same cost; only Argon2id is ours.
    if (!storedHash.startsWith(QLatin1String("$argon2id$")))
        return true;
    const QByteArray hashBytes = storedHash.toLatin1();
    // 1: other parameters; -1: not an Argon2id hash at all. Both mean: hash again.
    return crypto_pwhash_str_needs_rehash(hashBytes.constData(), opsLimit(), memLimitBytes()) != 0;
}

void PasswordHasher::wipe(QString &text)
{
    if (text.isEmpty())
        return;
    text.detach();
    sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void PasswordHasher::wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    bytes.detach();
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace homeward
