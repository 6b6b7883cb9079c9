#pragma once

#include <QString>

#include <cstdio>

namespace homeward::console {

// Writes `text` as UTF-8 and flushes, so that messages reach a pipe in order.
void print(std::FILE *stream, const QString &text);

// QCommandLineParser starts its usage line with the program path as typed;
// the command's name reads better ("homeward import").
QString withUsageName(QString help, const QString &name);

} // namespace homeward::console
