#include "FormulaGuard.h"

namespace homeward::formula {
namespace {

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

bool looksLikeFormula(const QString &value)
{
    return !value.isEmpty() && isTrigger(value.front());
}

QString guard(const QString &value)
{
    return looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
}

QString unguard(const QString &value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && isTrigger(value.at(1)))
        return value.mid(1);
    return value;
}

} // namespace homeward::formula
