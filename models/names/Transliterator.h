#pragma once

#include "storage/Result.h"

#include <QString>

namespace homeward::names {

// Latin spellings of Cyrillic names by the two passport systems, as ICU rule-based transliterators built
// once from the rule files shipped as resources (:/names/uk-passport.txt, :/names/ru-icao.txt).
// Thread-safe. Input is normalised first (NFC, one apostrophe form, white space).
class PassportTransliterator final {
public:
    enum class System {
        UkrainianPassport, // Cabinet of Ministers of Ukraine resolution No. 55 (2010)
        RussianIcao,       // ICAO Doc 9303
    };

    // The Latin spelling, or an error when the rules cannot be loaded or a letter is not covered by the
    // system (the result would still hold a non-Latin letter).
    static Result<QString> transliterate(System system, const QString &name);

    // Convenience forms: the Latin spelling, or an empty string and a qWarning on error.
    static QString ukrainianPassport(const QString &name);
    static QString russianIcao(const QString &name);

    // Whether the rules of `system` load and compile (for start-up checks and tests).
    static Status check(System system);
};

} // namespace homeward::names
