#include <QStringList>

namespace homeward {

// Schema 6: the registry of persons known to be held.
QStringList migration6Statements()
{
    return {};
}

} // namespace homeward
