#include "names/ComparisonKey.h"

#include "names/NameNormaliser.h"

#include <QHash>
#include <QStringList>

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

const QHash<QChar, QString> &cyrillicMap()
{
    static const QHash<QChar, QString> map = [] {
        QHash<QChar, QString> m;
        const auto add = [&m](const char16_t *letter, const char *latin) {
            m.insert(QChar(letter[0]), QString::fromLatin1(latin));
        };
        add(u"а", "a");
        add(u"б", "b");
        add(u"в", "v");
        add(u"г", "g");
        add(u"ґ", "g");
        add(u"д", "d");
        add(u"е", "e");
        add(u"є", "ye");
        add(u"ё", "e");
        add(u"ж", "zh");
        add(u"з", "z");
        add(u"и", "i");
        add(u"і", "i");
        add(u"ї", "yi");
        add(u"й", "y");
        add(u"к", "k");
        add(u"л", "l");
        add(u"м", "m");
        add(u"н", "n");
        add(u"о", "o");
        add(u"п", "p");
        add(u"р", "r");
        add(u"с", "s");
        add(u"т", "t");
        add(u"у", "u");
        add(u"ф", "f");
        add(u"х", "kh");
        add(u"ц", "ts");
        add(u"ч", "ch");
        add(u"ш", "sh");
        add(u"щ", "shch");
        add(u"ъ", "");
        add(u"ы", "y");
        add(u"ь", "");
        add(u"э", "e");
        add(u"ю", "yu");
        add(u"я", "ya");
        // Latin letters whose diacritic makes another sound in Ukrainian Latin spellings.
        add(u"č", "ch");
        add(u"š", "sh");
        add(u"ž", "zh");
        add(u"ł", "l");
        return m;
    }();
    return map;
}

// Step 2: a lowercase Latin spelling of the letters only.
QString toLatin(const QString &folded)
{
    QString latin;
    latin.reserve(folded.size() * 2);
    const QHash<QChar, QString> &map = cyrillicMap();
    for (QChar c : folded) {
        if (!c.isLetter())
            continue; // spaces, hyphens, apostrophes, digits, combining marks
        const auto it = map.constFind(c);
        if (it != map.cend()) {
            latin += it.value();
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

struct Spelling final {
    const char *latin;
    const char *unit;
};

// Step 3, longest spellings first.
constexpr Spelling kSpellings[] = {
    {"shch", "sh"}, {"sch", "sh"}, {"tch", "ch"}, {"sh", "sh"}, {"ch", "ch"}, {"zh", "zh"},
    {"kh", "x"},    {"gh", "g"},   {"ts", "c"},   {"tc", "c"},  {"tz", "c"},  {"ph", "f"},
    {"h", "g"},     {"x", "ks"},   {"y", "i"},    {"j", "i"},   {"w", "v"},   {"q", "k"},
};

QStringList toUnits(const QString &latin)
{
    QStringList units;
    qsizetype i = 0;
    while (i < latin.size()) {
        bool matched = false;
        for (const Spelling &spelling : kSpellings) {
            const QLatin1StringView text(spelling.latin);
            if (QStringView(latin).mid(i).startsWith(text)) {
                const QString unit = QString::fromLatin1(spelling.unit);
                if (unit == QLatin1String("ks")) {
                    units << QStringLiteral("k") << QStringLiteral("s");
                } else {
                    units << unit;
                }
                i += text.size();
                matched = true;
                break;
            }
        }
        if (!matched) {
            units << QString(latin.at(i));
            ++i;
        }
    }
    return units;
}

void collapseRepeats(QStringList &units)
{
    units.erase(std::unique(units.begin(), units.end()), units.end());
}

void dropEBeforeI(QStringList &units)
{
    QStringList kept;
    kept.reserve(units.size());
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (units.at(i) == QLatin1String("e") && i + 1 < units.size() && units.at(i + 1) == QLatin1String("i"))
            continue;
        kept << units.at(i);
    }
    units = std::move(kept);
}

} // namespace

QString comparisonKey(const QString &name)
{
    const QString folded = foldCase(normalise(name));
    QStringList units = toUnits(toLatin(folded));
    collapseRepeats(units);
    dropEBeforeI(units);
    collapseRepeats(units);
    QString key = units.join(QString());
    if (key.endsWith(QLatin1String("skaia")) || key.endsWith(QLatin1String("ckaia")))
        key.chop(2);
    return key;
}

} // namespace homeward::names
