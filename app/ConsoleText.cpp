#include "ConsoleText.h"

#include "CommandLine.h"

#include <QCommandLineParser>

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

int parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &name)
{
    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments))
        return usageError(parser, name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, withUsageName(parser.helpText(), name));
        return CommandLine::kExitOk;
    }
    return -1;
}

int usageError(const QCommandLineParser &parser, const QString &name, const QString &text)
{
    CommandLine::printError(text);
    print(stderr, QStringLiteral("\n") + withUsageName(parser.helpText(), name));
    return CommandLine::kExitUsage;
}

} // namespace homeward::console
