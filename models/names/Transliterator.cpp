#include "names/Transliterator.h"

#include "names/NameNormaliser.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace homeward::names {

namespace {

icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

QString tr(const char *text)
{
    return QCoreApplication::translate("homeward::PassportTransliterator", text);
}

// One compiled system. ICU transliterators keep no per-call state in theory, but the ICU documentation
// does not promise concurrent use of one instance, so every call holds the mutex.
struct Compiled final {
    std::unique_ptr<icu::Transliterator> transliterator;
    Error error;
    QMutex mutex;
};

Compiled *load(const QString &resource, const char *id)
{
    auto *compiled = new Compiled;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        compiled->error = {tr("The transliteration rules cannot be read"),
                           resource + QStringLiteral(": ") + file.errorString()};
        return compiled;
    }
    const QString rules = QString::fromUtf8(file.readAll());
    UParseError parseError{};
    UErrorCode status = U_ZERO_ERROR;
    compiled->transliterator.reset(icu::Transliterator::createFromRules(icu::UnicodeString::fromUTF8(id), toIcu(rules),
                                                                        UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status) || !compiled->transliterator) {
        compiled->transliterator.reset();
        compiled->error = {tr("The transliteration rules are invalid"),
                           QStringLiteral("%1: %2, line %3, offset %4, near \"%5\"")
                               .arg(resource, QString::fromLatin1(u_errorName(status)))
                               .arg(parseError.line)
                               .arg(parseError.offset)
                               .arg(QString(reinterpret_cast<const QChar *>(parseError.preContext)))};
    }
    return compiled;
}

// Loaded once, on first use; function-local statics are initialised thread-safely. Never freed: the
// objects live as long as the program (ICU cleanup order at exit is not ours to manage).
Compiled &compiled(PassportTransliterator::System system)
{
    switch (system) {
    case PassportTransliterator::System::UkrainianPassport: {
        static Compiled *uk = load(QStringLiteral(":/names/uk-passport.txt"), "homeward-uk-passport");
        return *uk;
    }
    case PassportTransliterator::System::RussianIcao:
        break;
    }
    static Compiled *ru = load(QStringLiteral(":/names/ru-icao.txt"), "homeward-ru-icao");
    return *ru;
}

bool isLatinOrNeutral(QChar c)
{
    if (!c.isLetter())
        return true;
    return c.script() == QChar::Script_Latin;
}

} // namespace

Status PassportTransliterator::check(System system)
{
    const Compiled &c = compiled(system);
    return c.transliterator ? Status() : Status(c.error);
}

Result<QString> PassportTransliterator::transliterate(System system, const QString &name)
{
    Compiled &c = compiled(system);
    if (!c.transliterator)
        return c.error;
    icu::UnicodeString text = toIcu(normalise(name));
    {
        QMutexLocker lock(&c.mutex);
        c.transliterator->transliterate(text);
    }
    const QString latin = fromIcu(text);
    for (QChar ch : latin) {
        if (!isLatinOrNeutral(ch))
            return Error{tr("The name has a letter the transliteration system does not cover"),
                         name + QStringLiteral(" → ") + latin};
    }
    return latin;
}

QString PassportTransliterator::ukrainianPassport(const QString &name)
{
    Result<QString> latin = transliterate(System::UkrainianPassport, name);
    if (!latin) {
        qWarning("Ukrainian passport transliteration failed: %s", qUtf8Printable(latin.text()));
        return {};
    }
    return std::move(latin).value();
}

QString PassportTransliterator::russianIcao(const QString &name)
{
    Result<QString> latin = transliterate(System::RussianIcao, name);
    if (!latin) {
        qWarning("ICAO transliteration failed: %s", qUtf8Printable(latin.text()));
        return {};
    }
    return std::move(latin).value();
}

} // namespace homeward::names
