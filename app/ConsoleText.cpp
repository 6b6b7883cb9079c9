#include "ConsoleText.h"

#include <QCoreApplication>
#include <QStringList>

namespace homeward::console {

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString withUsageName(QString help, const QString &name)
{
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = help.left(help.indexOf(QLatin1Char('\n'))).indexOf(program);
    if (!program.isEmpty() && at >= 0)
        help.replace(at, program.size(), name);
    return help;
}

} // namespace homeward::console
