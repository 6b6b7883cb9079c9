#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace homeward {

// Which language the interface speaks. Ukrainian is the primary language,
// English the second. The stored choice (QSettings key kSettingKey) is
// "system" (also when nothing is stored), "uk" or "en"; --language takes
// "uk" or "en" and wins over the stored choice for that run.
class InterfaceLanguage final {
public:
    static inline const QString kSettingKey = QStringLiteral("language");
    static inline const QString kSystem = QStringLiteral("system");
    static inline const QString kUkrainian = QStringLiteral("uk");
    static inline const QString kEnglish = QStringLiteral("en");

    // What may be stored: "system", "uk", "en", in the order a settings dialog offers them.
    static QStringList choices();
    // What the interface can speak (and --language takes): "uk", "en".
    static QStringList languages();

    // The language for a stored choice: "uk" or "en" as stored; for "system"
    // or an empty value (nothing stored), Ukrainian when `systemLocale`
    // speaks Ukrainian, English when it speaks English, and Ukrainian for
    // any other language. Case and surrounding blanks are ignored. Empty
    // for a value that is no choice at all (the caller says so).
    static QString resolve(const QString &stored, const QLocale &systemLocale);

    // The locale for dates and numbers in `language`: the system's own when
    // it speaks that language (its country's formats), otherwise Ukrainian
    // (Ukraine) or English (United Kingdom).
    static QLocale formatLocale(const QString &language, const QLocale &systemLocale);

    // Loads Qt's own translation of `language` (standard buttons, file and
    // message dialogs: qtbase_<language>.qm from Qt's translations folder,
    // Debian package qt6-translations-l10n) into `translator`. False when
    // the file is missing or unreadable; English needs none and gives false.
    static bool loadQtTranslation(QTranslator &translator, const QString &language);
    // Qt's translations folder (QLibraryInfo::TranslationsPath).
    static QString qtTranslationsPath();
};

} // namespace homeward
