#include "FileHash.h"

#include <QCryptographicHash>
#include <QFile>

namespace homeward {

Result<QString> FileHash::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 could not be opened").arg(path), file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{tr("The file %1 could not be read").arg(path), file.errorString()};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace homeward
