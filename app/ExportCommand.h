#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace homeward {

// `homeward export --database PATH (--batch ID | --registry) --format csv|xlsx --out FILE`:
// a batch's list or the registry in the interchange columns (storage/Export).
class ExportCommand final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ExportCommand)

public:
    static int run(const QStringList &arguments, const QString &globalDatabase);
};

} // namespace homeward
