#include <QStringList>

namespace homeward {

// Schema 5: the batch state machine (transitions, seals, completion).
QStringList migration5Statements()
{
    return {};
}

} // namespace homeward
