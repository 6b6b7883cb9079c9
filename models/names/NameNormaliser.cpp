#include "names/NameNormaliser.h"

namespace homeward::names {

bool isApostrophe(QChar c)
{
    switch (c.unicode()) {
    case u'\'':     // typewriter apostrophe
    case u'\u2019': // right single quotation mark (the stored form)
    case u'\u02BC': // modifier letter apostrophe
    case u'`':      // grave accent, typed on keyboards without ’
    case u'\u2018': // left single quotation mark, produced by "smart quotes"
    case u'\u2032': // prime
    case u'\u00B4': // acute accent
        return true;
    default:
        return false;
    }
}

static bool isHyphenVariant(QChar c)
{
    switch (c.unicode()) {
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash
        return true;
    default:
        return false;
    }
}

QString normalise(const QString &name)
{
    const QString nfc = name.normalized(QString::NormalizationForm_C).simplified();
    QString out;
    out.reserve(nfc.size());
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const QChar c = nfc.at(i);
        if (isApostrophe(c)) {
            out.append(QChar(kApostrophe));
        } else if (isHyphenVariant(c) && i > 0 && i + 1 < nfc.size() && nfc.at(i - 1).isLetter() &&
                   nfc.at(i + 1).isLetter()) {
            out.append(QLatin1Char('-'));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString foldCase(const QString &name)
{
    return name.toCaseFolded();
}

} // namespace homeward::names
