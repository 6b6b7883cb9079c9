#pragma once

#include "storage/Result.h"

#include <QBitArray>
#include <QByteArray>
#include <QCoreApplication>

namespace homeward::report {

// A QR code as a square of modules (true: dark), without the quiet zone.
class QrMatrix final {
public:
    QrMatrix() = default;
    QrMatrix(int size, QBitArray modules) : m_size(size), m_modules(std::move(modules)) {}

    int size() const { return m_size; }
    bool isNull() const { return m_size == 0; }
    bool dark(int x, int y) const { return m_modules.testBit(y * m_size + x); }

private:
    int m_size = 0;
    QBitArray m_modules;
};

class QrCode final {
    Q_DECLARE_TR_FUNCTIONS(homeward::report::QrCode)

public:
    // Encodes `data` (8-bit mode, error correction level M) with libqrencode.
    static Result<QrMatrix> encode(const QByteArray &data);
};

} // namespace homeward::report
