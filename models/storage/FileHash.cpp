#include "FileHash.h"

#include <QByteArray>
#include <QFile>

namespace homeward {

QString Sha256::hex()
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&m_state, reinterpret_cast<unsigned char *>(digest.data()));
    return QString::fromLatin1(digest.toHex());
}

Result<QString> FileHash::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 could not be opened").arg(path), file.errorString()};
    Sha256 hash;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return Error{tr("The file %1 could not be read").arg(path), file.errorString()};
        if (got == 0)
            break;
        hash.addData(buffer.constData(), got);
    }
    return hash.hex();
}

} // namespace homeward
