#include "InterfaceLanguage.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace homeward {

QStringList InterfaceLanguage::choices()
{
    return {kSystem, kUkrainian, kEnglish};
}

QStringList InterfaceLanguage::languages()
{
    return {kUkrainian, kEnglish};
}

QString InterfaceLanguage::resolve(const QString &stored, const QLocale &systemLocale)
{
    QString choice = stored.trimmed().toLower();
    if (languages().contains(choice))
        return choice;
    if (!choice.isEmpty() && choice != kSystem)
        return {};
    // Any language but English gets the primary language.
    return systemLocale.language() == QLocale::English ? kEnglish : kUkrainian;
}

QLocale InterfaceLanguage::formatLocale(const QString &language, const QLocale &systemLocale)
{
    const QLocale::Language wanted = language == kEnglish ? QLocale::English : QLocale::Ukrainian;
    if (systemLocale.language() == wanted)
        return QLocale(systemLocale.language(), systemLocale.script(), systemLocale.territory());
    return wanted == QLocale::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                      : QLocale(QLocale::Ukrainian, QLocale::Ukraine);
}

QString InterfaceLanguage::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

bool InterfaceLanguage::loadQtTranslation(QTranslator &translator, const QString &language)
{
    if (language == kEnglish || !languages().contains(language))
        return false; // Qt's source texts are English
    return translator.load(QStringLiteral("qtbase_%1").arg(language), qtTranslationsPath());
}

} // namespace homeward
