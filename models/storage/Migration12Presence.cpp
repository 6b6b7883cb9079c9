#include "Migrations.h"

#include <QStringList>

namespace homeward {

// Schema 12: reserved; its statements come in their own commit.
QStringList migration12Statements()
{
    return {};
}

} // namespace homeward
