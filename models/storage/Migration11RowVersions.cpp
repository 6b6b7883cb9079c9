#include "Migrations.h"

#include <QStringList>

namespace homeward {

// Schema 11: reserved; its statements come in their own commit.
QStringList migration11Statements()
{
    return {};
}

} // namespace homeward
