#include "Dialect.h"

#include <QStringList>

namespace homeward {

// Schema 11: reserved; its statements come in their own commit.
QStringList postgresMigration11Statements()
{
    return {};
}

} // namespace homeward
