#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

#include <cstdio>

namespace homeward::console {

// Writes `text` as UTF-8 and flushes, so that messages reach a pipe in order.
void print(std::FILE *stream, const QString &text);

// QCommandLineParser starts its usage line with the program path as typed;
// the command's name reads better ("homeward import").
QString withUsageName(QString help, const QString &name);

// Parses a command's `arguments` (those after its name). -1 when the command
// goes on; otherwise the exit code: --help printed (0), or the parser's error
// and the usage printed to stderr (CommandLine::kExitUsage).
int parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &name);
// Prints `text` as an error and the command's usage; returns CommandLine::kExitUsage.
int usageError(const QCommandLineParser &parser, const QString &name, const QString &text);

} // namespace homeward::console
