#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace homeward {

// The SHA-256 of a file's bytes as imports record it (hex), read in pieces.
class FileHash final {
    Q_DECLARE_TR_FUNCTIONS(homeward::FileHash)

public:
    static Result<QString> sha256(const QString &path);
};

} // namespace homeward
