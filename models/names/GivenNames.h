#pragma once

#include "storage/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace homeward::names {

// The table of Ukrainian and Russian given names and their patronymics
// (resources/names/given-names.txt), each variant mapped to one canonical
// name: Олександр, Александр, Oleksandr, Aleksandr → one id; the patronymics
// Олександрович, Александрович, Oleksandrovych … → the same id. Latin
// spellings are found through the comparison key of the Cyrillic forms.
// Loaded once, on first use, from the embedded resource; read-only and safe
// to use from several threads after that.
//
// A lookup tries the exact spelling first (case-folded, ё read as е), then the
// spelling with look-alike letters repaired, then the comparison key. When
// the spelling or the key belongs to two canonical names, the answer is 0
// (unknown): never a wrong name.
class GivenNames final {
public:
    enum class Sex { Male, Female };

    // What a patronymic tells: the given name it is formed from and, where
    // the ending shows it, the sex of its bearer (Миколайович → Male).
    struct Patronymic final {
        int id = 0;
        std::optional<Sex> sex;
        bool operator==(const Patronymic &) const = default;
    };

    static const GivenNames &instance();

    // A table read from text in the format of given-names.txt (for tests and
    // checks of the data file). The error names the line.
    static Result<GivenNames> fromText(const QString &text);

    // Whether the embedded table loaded (an empty table answers 0 to every lookup).
    Status status() const;

    // 0 when the name is not in the table. The lookup normalises case,
    // apostrophes and look-alike letters first.
    int givenNameId(const QString &name) const;
    // The given name the patronymic is formed from (Миколайович, Николаевич,
    // Mykolaivna → the id of Микола); 0 when unknown.
    int patronymicId(const QString &patronymic) const;
    Patronymic patronymic(const QString &patronymic) const;

    // The same lookups for a caller that already holds the folded spelling
    // (foldCase(normalise(name)) with look-alike letters repaired) and the
    // comparison key of the name, as the field comparison does.
    int givenNameIdPrepared(const QString &folded, const QString &key) const;
    Patronymic patronymicPrepared(const QString &folded, const QString &key) const;

    // The canonical (Ukrainian) form of an id: "Олександр".
    QString canonical(int id) const;
    // Every variant of an id, Ukrainian first.
    QStringList variants(int id) const;
    // Every patronymic of a (male) id, Ukrainian first, masculine before feminine.
    QStringList patronymics(int id) const;
    Sex sex(int id) const;
    int maleCount() const;
    int femaleCount() const;
    // Ids run from 1 to count().
    int count() const;

private:
    GivenNames();
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace homeward::names
