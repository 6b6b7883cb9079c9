#include "names/ComparisonKey.h"

#include "names/NameNormaliser.h"


#include <algorithm>

namespace homeward::names {

// How the key is made:
// 1. Normalise, fold case.
// 2. Cyrillic → a Latin spelling shared by Ukrainian and Russian:
//      а a   б b   в v   г g   ґ g   д d   е e   є ye  ё e   ж zh  з z   и i   і i   ї yi  й y
//      к k   л l   м m   н n   о o   п p   р r   с s   т t   у u   ф f   х kh  ц ts  ч ch  ш sh
//      щ shch  ы y   э e   ю yu  я ya  ь ъ and apostrophes: nothing
//    (г → g, not h, so that з+г and к+г do not turn into zh and kh.)
//    Latin letters with diacritics: č → ch, š → sh, ž → zh, ł → l, other marks dropped.
// 3. The Latin text is cut into sounds, longest spelling first, each written as one unit:
//      shch sch → sh      sh → sh     tch ch → ch     zh → zh     kh → x     gh h g → g
//      ts tc tz c → c     x → ks      y j i → i       w v → v     ph f → f   q → k
//    Everything else is its own letter.
// 4. Repeated units collapse (Запоріжжя zh zh → zh; Олексій i i → i; Ковальський -skii → -ski, so -ський,
//    -ский, -skyi, -skiy, -sky all end in "ski").
// 5. e before i is dropped (Сергей → sergi like Сергій; Корнейчук like Корнійчук), and units collapse again.
// 6. The Russian feminine adjective ending -ская / -цкая meets the Ukrainian -ська / -цька: final "skaia" → "ska".

namespace {

// Step 2 table: the Cyrillic letters а (U+0430) … я (U+044F) and ѐ … џ (U+0450 … U+045F).
const char *cyrillicLatin(char16_t c)
{
    static constexpr const char *kLower[] = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",   // а … п
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", // р … я
    };
    if (c >= 0x0430 && c <= 0x044F)
        return kLower[c - 0x0430];
    switch (c) {
    case u'ґ': return "g";
    case u'є': return "ye";
    case u'ё': return "e";
    case u'і': return "i";
    case u'ї': return "yi";
    // Latin letters whose diacritic makes another sound in Ukrainian Latin spellings.
    case u'č': return "ch";
    case u'š': return "sh";
    case u'ž': return "zh";
    case u'ł': return "l";
    default: return nullptr;
    }
}

// Step 2: a lowercase Latin spelling of the letters only.
QString toLatin(const QString &folded)
{
    QString latin;
    latin.reserve(folded.size() * 2);
    for (QChar c : folded) {
        if (!c.isLetter())
            continue; // spaces, hyphens, apostrophes, digits, combining marks
        if (const char *mapped = cyrillicLatin(c.unicode())) {
            latin += QLatin1StringView(mapped);
            continue;
        }
        if (c.script() == QChar::Script_Latin && c.unicode() > 0x7F) {
            // Other Latin letters with diacritics: the base letter (é → e, ü → u).
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            for (QChar b : base) {
                if (b.isLetter())
                    latin += b;
            }
            continue;
        }
        latin += c; // basic Latin, or a letter of another script kept as it is
    }
    return latin;
}

// Step 3 writes each sound as one UTF-16 unit, so that steps 4 and 5 work
// letter by letter; the three two-letter sounds get private-use stand-ins
// (never letters, so never in toLatin's output) and are spelled out at the end.
constexpr char16_t kSh = 0xE001;
constexpr char16_t kCh = 0xE002;
constexpr char16_t kZh = 0xE003;

// Step 3, longest spellings first:
//   shch sch sh → sh   tch ch → ch   zh → zh   kh → x   gh h → g   ts tc tz → c   ph → f
//   x → k s   y j → i   w → v   q → k
QString toUnits(const QString &latin)
{
    QString units;
    units.reserve(latin.size());
    const char16_t *p = reinterpret_cast<const char16_t *>(latin.utf16());
    const qsizetype n = latin.size();
    const auto at = [p, n](qsizetype k) { return k < n ? p[k] : char16_t(0); };
    for (qsizetype i = 0; i < n;) {
        const char16_t c = p[i];
        const char16_t next = at(i + 1);
        switch (c) {
        case u's':
            if (next == u'h' && at(i + 2) == u'c' && at(i + 3) == u'h') {
                units += QChar(kSh), i += 4;
                continue;
            }
            if (next == u'c' && at(i + 2) == u'h') {
                units += QChar(kSh), i += 3;
                continue;
            }
            if (next == u'h') {
                units += QChar(kSh), i += 2;
                continue;
            }
            break;
        case u't':
            if (next == u'c' && at(i + 2) == u'h') {
                units += QChar(kCh), i += 3;
                continue;
            }
            if (next == u's' || next == u'c' || next == u'z') {
                units += u'c', i += 2;
                continue;
            }
            break;
        case u'c':
            if (next == u'h') {
                units += QChar(kCh), i += 2;
                continue;
            }
            break;
        case u'z':
            if (next == u'h') {
                units += QChar(kZh), i += 2;
                continue;
            }
            break;
        case u'k':
            if (next == u'h') {
                units += u'x', i += 2;
                continue;
            }
            break;
        case u'g':
            if (next == u'h') {
                units += u'g', i += 2;
                continue;
            }
            break;
        case u'p':
            if (next == u'h') {
                units += u'f', i += 2;
                continue;
            }
            break;
        case u'h': units += u'g', ++i; continue;
        case u'x': units += u'k', units += u's', ++i; continue;
        case u'y':
        case u'j': units += u'i', ++i; continue;
        case u'w': units += u'v', ++i; continue;
        case u'q': units += u'k', ++i; continue;
        default: break;
        }
        units += QChar(c), ++i;
    }
    return units;
}

void collapseRepeats(QString &units)
{
    units.erase(std::unique(units.begin(), units.end()), units.end());
}

void dropEBeforeI(QString &units)
{
    qsizetype kept = 0;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (units.at(i) == u'e' && i + 1 < units.size() && units.at(i + 1) == u'i')
            continue;
        units[kept++] = units.at(i);
    }
    units.truncate(kept);
}

QString spellOut(const QString &units)
{
    QString key;
    key.reserve(units.size() + 4);
    for (QChar unit : units) {
        switch (unit.unicode()) {
        case kSh: key += QLatin1StringView("sh"); break;
        case kCh: key += QLatin1StringView("ch"); break;
        case kZh: key += QLatin1StringView("zh"); break;
        default: key += unit; break;
        }
    }
    return key;
}

} // namespace

QString comparisonKey(const QString &name)
{
    const QString folded = foldCase(normalise(name));
    QString units = toUnits(toLatin(folded));
    collapseRepeats(units);
    dropEBeforeI(units);
    collapseRepeats(units);
    QString key = spellOut(units);
    if (key.endsWith(QLatin1String("skaia")) || key.endsWith(QLatin1String("ckaia")))
        key.chop(2);
    return key;
}

} // namespace homeward::names
