#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace homeward {

// `homeward import`: for now the plain registry import.
//   homeward import --database PATH --registry FILE --user NAME [--replace]
// (--registry is a switch; FILE may stand anywhere after "import"). Signs
// the official in (HOMEWARD_PASSWORD or a prompt), imports every row in one
// transaction or none; every invalid row is printed as FILE:LINE:COLUMN:
// reason. The other forms (--batch, --counterpart, --encoding, --delimiter)
// answer that they are not available yet.
class ImportCommand final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ImportCommand)

public:
    static int run(const QStringList &arguments, const QString &globalDatabase);
};

} // namespace homeward
