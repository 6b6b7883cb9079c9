#pragma once

#include <QString>
#include <QStringList>

namespace homeward::names {

// The table of Ukrainian and Russian given names and their patronymics
// (resources/names/given-names.txt), each variant mapped to one canonical
// name: Олександр, Александр, Oleksandr, Aleksandr → one id; the patronymics
// Олександрович, Александрович, Oleksandrovych … → the same id. Latin
// spellings are found through the comparison key of the Cyrillic forms.
// Loaded once, on first use, from the embedded resource; read-only and safe
// to use from several threads after that.
class GivenNames final {
public:
    enum class Sex { Male, Female };

    static const GivenNames &instance();

    // 0 when the name is not in the table. The lookup normalises case,
    // apostrophes and look-alike letters first.
    int givenNameId(const QString &name) const;
    // The given name the patronymic is formed from (Миколайович, Николаевич,
    // Mykolaivna → the id of Микола); 0 when unknown.
    int patronymicId(const QString &patronymic) const;
    // The canonical (Ukrainian) form of an id: "Олександр".
    QString canonical(int id) const;
    // Every variant of an id, Ukrainian first.
    QStringList variants(int id) const;
    Sex sex(int id) const;
    int maleCount() const;
    int femaleCount() const;

private:
    GivenNames();
    struct Data;
    const Data *m_data;
};

} // namespace homeward::names
