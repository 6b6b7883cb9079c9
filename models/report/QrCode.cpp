#include "QrCode.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace homeward::report {

Result<QrMatrix> QrCode::encode(const QByteArray &data)
{
    if (data.isEmpty())
        return Error{tr("There is nothing to put in the QR code")};
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return Error{tr("The QR code could not be made"), QString::fromLocal8Bit(std::strerror(errno))};
    const int size = code->width;
    QBitArray modules(qsizetype(size) * size);
    for (qsizetype i = 0; i < qsizetype(size) * size; ++i)
        modules.setBit(i, (code->data[i] & 1) != 0); // bit 0: dark module
    return QrMatrix(size, modules);
}

} // namespace homeward::report
