#include "names/LookAlikes.h"

#include "names/NameNormaliser.h"

#include <QHash>

#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <memory>

namespace homeward::names {

namespace {

// The letters a replacement may be taken from: the Ukrainian and Russian alphabets, and basic Latin.
// Proposing a letter outside the alphabets officials type (e.g. Cyrillic һ for Latin h) would only move
// the problem.
const QString &cyrillicAlphabet()
{
    static const QString letters = QStringLiteral("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя"
                                                  "АБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ");
    return letters;
}

const QString &latinAlphabet()
{
    static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return letters;
}

struct SpoofCloser final {
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};

// Skeletons of the alphabets, computed once. uspoof_getSkeleton is a const operation on a configured
// checker and safe to call from several threads.
class Skeletons final {
public:
    Skeletons()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_checker.reset(uspoof_open(&status));
        if (U_FAILURE(status))
            m_checker.reset();
        for (QChar c : cyrillicAlphabet())
            m_cyrillic.insert(skeleton(c), c);
        for (QChar c : latinAlphabet())
            m_latin.insert(skeleton(c), c);
    }

    // The skeleton of one letter; empty when ICU is unavailable (then nothing is reported as repairable).
    QString skeleton(QChar letter) const
    {
        if (!m_checker)
            return {};
        const UChar source = letter.unicode();
        UChar buffer[16];
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = uspoof_getSkeleton(m_checker.get(), 0, &source, 1, buffer, 16, &status);
        if (U_FAILURE(status))
            return {};
        return QString(reinterpret_cast<const QChar *>(buffer), length);
    }

    QChar match(QChar letter, bool cyrillic) const
    {
        const QString key = skeleton(letter);
        if (key.isEmpty())
            return {};
        const QMultiHash<QString, QChar> &table = cyrillic ? m_cyrillic : m_latin;
        for (auto it = table.constFind(key); it != table.cend() && it.key() == key; ++it) {
            const QChar candidate = it.value();
            if (candidate != letter && candidate.isUpper() == letter.isUpper() &&
                candidate.isLower() == letter.isLower())
                return candidate;
        }
        return {};
    }

private:
    std::unique_ptr<USpoofChecker, SpoofCloser> m_checker;
    QMultiHash<QString, QChar> m_cyrillic;
    QMultiHash<QString, QChar> m_latin;
};

const Skeletons &skeletons()
{
    static const Skeletons instance;
    return instance;
}

enum class Script { Other, Latin, Cyrillic };

Script scriptOf(QChar c)
{
    if (!c.isLetter())
        return Script::Other;
    switch (c.script()) {
    case QChar::Script_Latin:
        return Script::Latin;
    case QChar::Script_Cyrillic:
        return Script::Cyrillic;
    default:
        return Script::Other;
    }
}

QString scriptName(QChar c)
{
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(c.unicode(), &status);
    if (U_FAILURE(status))
        return QStringLiteral("Unknown");
    return QString::fromLatin1(uscript_getName(code));
}

QString scriptName(Script script)
{
    return script == Script::Latin ? QStringLiteral("Latin") : QStringLiteral("Cyrillic");
}

// Letters, combining marks and apostrophes belong to a word; anything else (space, hyphen, dot) ends it.
bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark() || isApostrophe(c);
}

} // namespace

QChar lookAlikeIn(QChar letter, const QString &script)
{
    if (script == QLatin1String("Cyrillic"))
        return skeletons().match(letter, true);
    if (script == QLatin1String("Latin"))
        return skeletons().match(letter, false);
    return {};
}

LookAlikeReport findLookAlikes(const QString &name)
{
    LookAlikeReport report;
    report.repaired = name;

    qsizetype latinInName = 0;
    qsizetype cyrillicInName = 0;
    for (QChar c : name) {
        const Script s = scriptOf(c);
        latinInName += s == Script::Latin;
        cyrillicInName += s == Script::Cyrillic;
    }

    qsizetype start = 0;
    while (start < name.size()) {
        if (!isWordChar(name.at(start))) {
            ++start;
            continue;
        }
        qsizetype end = start;
        qsizetype latin = 0;
        qsizetype cyrillic = 0;
        qsizetype other = 0;
        for (; end < name.size() && isWordChar(name.at(end)); ++end) {
            const QChar c = name.at(end);
            const Script s = scriptOf(c);
            latin += s == Script::Latin;
            cyrillic += s == Script::Cyrillic;
            other += s == Script::Other && c.isLetter();
        }
        Script dominant = Script::Other;
        if (latin > cyrillic)
            dominant = Script::Latin;
        else if (cyrillic > latin)
            dominant = Script::Cyrillic;
        else if (latin > 0 || other > 0)
            dominant = latinInName > cyrillicInName ? Script::Latin : Script::Cyrillic;

        // A word entirely in a third script (e.g. Greek) is not ours to judge.
        if (dominant != Script::Other && (latin + cyrillic) > 0) {
            for (qsizetype i = start; i < end; ++i) {
                const QChar c = name.at(i);
                if (!c.isLetter() || scriptOf(c) == dominant)
                    continue;
                LookAlike letter;
                letter.position = static_cast<int>(i);
                letter.found = c;
                letter.foundScript = scriptName(c);
                letter.replacementScript = scriptName(dominant);
                letter.replacement = skeletons().match(c, dominant == Script::Cyrillic);
                if (!letter.replacement.isNull())
                    report.repaired[i] = letter.replacement;
                report.letters.append(letter);
            }
        }
        start = end;
    }

    report.canRepair = !report.letters.isEmpty();
    for (const LookAlike &letter : std::as_const(report.letters))
        report.canRepair = report.canRepair && !letter.replacement.isNull();
    return report;
}

bool mixesLatinAndCyrillic(const QString &text)
{
    bool latin = false;
    bool cyrillic = false;
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            latin = latin || c.isLetter();
        } else if (c.isLetter()) {
            const QChar::Script script = c.script();
            latin = latin || script == QChar::Script_Latin;
            cyrillic = cyrillic || script == QChar::Script_Cyrillic;
        }
        if (latin && cyrillic)
            return true;
    }
    return false;
}

} // namespace homeward::names
