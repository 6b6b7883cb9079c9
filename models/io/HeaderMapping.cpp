#include "HeaderMapping.h"

#include <QHash>

namespace homeward {
namespace {

using Column = InterchangeCsv::Column;

// Header names as comparable() leaves them, by field. The interchange names
// themselves ("given_name" → "givenname") are among them.
const QHash<QString, Column> &knownHeaders()
{
    static const QHash<QString, Column> table = [] {
        QHash<QString, Column> t;
        const auto add = [&t](Column column, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(HeaderMapping::comparable(QString::fromUtf8(name)), column);
        };
        add(Column::RecordId, {"record_id",
                               "id",
                               "№",
                               "№ п/п",
                               "№п/п",
                               "п/п",
                               "номер",
                               "номер п/п",
                               "no",
                               "nr",
                               "num",
                               "number",
                               "row",
                               "row number",
                               "порядковий номер",
                               "порядковый номер",
                               "ідентифікатор",
                               "идентификатор",
                               "код",
                               "code"});
        add(Column::Surname, {"surname", "last name", "family name", "прізвище", "фамилия", "прізвище (surname)"});
        add(Column::GivenName, {"given_name", "given name", "first name", "forename", "name", "ім'я", "имя"});
        add(Column::Patronymic,
            {"patronymic", "middle name", "father's name", "по батькові", "отчество", "по-батькові"});
        add(Column::BirthDate, {"birth_date", "date of birth", "dob", "birthday", "born", "дата народження",
                                "дата рождения", "д.н.", "д/н", "дата нар.", "дата рожд.", "народився", "народилася"});
        add(Column::Sex, {"sex", "gender", "стать", "пол"});
        add(Column::Category, {"category", "категорія", "категория", "категорія особи", "категория лица"});
        add(Column::Rank, {"rank", "military rank", "звання", "звание", "військове звання", "воинское звание"});
        add(Column::Unit, {"unit", "military unit", "частина", "військова частина", "в/ч", "часть", "воинская часть",
                           "підрозділ", "подразделение"});
        add(Column::ServiceNumber, {"service_number", "service number", "service no", "особистий номер", "личный номер",
                                    "жетон", "номер жетона", "табельний номер", "табельный номер"});
        add(Column::DocumentNumber,
            {"document_number", "document number", "document", "документ", "номер документа", "паспорт", "passport",
             "passport number", "номер паспорта", "документ, що посвідчує особу", "документ, удостоверяющий личность"});
        add(Column::BirthPlace, {"birth_place", "place of birth", "місце народження", "место рождения"});
        add(Column::Region, {"region", "oblast", "область", "регіон", "регион"});
        add(Column::Notes, {"notes", "note", "comment", "comments", "remarks", "примітки", "примітка", "примечание",
                            "примечания", "коментар", "комментарий"});
        return t;
    }();
    return table;
}

} // namespace

QString HeaderMapping::comparable(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header.toLower()) {
        if (c == QChar(0x0451)) // ё
            out += QChar(0x0435);
        else if (c == QChar(0x02BC) || c == QChar(0x02B9) || c == QChar(0x02BB)) // modifier apostrophes are letters
            continue;
        else if (c.isLetterOrNumber() || c == QChar(0x2116)) // № counts
            out += c;
    }
    return out;
}

std::optional<ListField> HeaderMapping::guess(const QString &header)
{
    const QString key = comparable(header);
    if (key.isEmpty())
        return header.trimmed() == QLatin1String("#") ? std::optional<ListField>(Column::RecordId) : std::nullopt;
    const auto it = knownHeaders().constFind(key);
    if (it == knownHeaders().constEnd())
        return std::nullopt;
    return *it;
}

HeaderMapping HeaderMapping::guessed(const QStringList &headers)
{
    HeaderMapping mapping;
    mapping.m_headers = headers;
    for (const QString &header : headers) {
        const auto field = guess(header);
        mapping.m_states << (field ? State::Mapped : State::Unmapped);
        mapping.m_fields << field.value_or(Column::Notes);
    }
    return mapping;
}

std::optional<ListField> HeaderMapping::field(int column) const
{
    if (column < 0 || column >= m_states.size() || m_states.at(column) != State::Mapped)
        return std::nullopt;
    return m_fields.at(column);
}

bool HeaderMapping::isIgnored(int column) const
{
    return column >= 0 && column < m_states.size() && m_states.at(column) == State::Ignored;
}

int HeaderMapping::columnOf(ListField field) const
{
    for (int c = 0; c < m_states.size(); ++c)
        if (m_states.at(c) == State::Mapped && m_fields.at(c) == field)
            return c;
    return -1;
}

void HeaderMapping::set(int column, ListField field)
{
    if (column < 0 || column >= m_states.size())
        return;
    m_states[column] = State::Mapped;
    m_fields[column] = field;
}

void HeaderMapping::ignore(int column)
{
    if (column >= 0 && column < m_states.size())
        m_states[column] = State::Ignored;
}

void HeaderMapping::unset(int column)
{
    if (column >= 0 && column < m_states.size())
        m_states[column] = State::Unmapped;
}

QList<ListProblem> HeaderMapping::problems(qint64 headerLine, const QList<ListField> &required) const
{
    QList<ListProblem> out;
    for (int c = 0; c < m_states.size(); ++c) {
        const QString header = m_headers.at(c).trimmed();
        if (m_states.at(c) == State::Unmapped) {
            out << ListProblem{
                headerLine, c + 1, header,
                header.isEmpty() ? tr("column %1 has no name and is not mapped to a field").arg(c + 1)
                                 : tr("unknown column “%1”: map it to a field or leave it out explicitly").arg(header),
                ListProblemKind::Header};
            continue;
        }
        if (m_states.at(c) != State::Mapped)
            continue;
        const int first = columnOf(m_fields.at(c));
        if (first != c)
            out << ListProblem{headerLine, c + 1, header,
                               tr("column “%1” and column %2 (“%3”) are both mapped to %4")
                                   .arg(header)
                                   .arg(first + 1)
                                   .arg(m_headers.at(first).trimmed(), InterchangeCsv::columnName(m_fields.at(c))),
                               ListProblemKind::Header};
    }
    for (const ListField field : required) {
        if (columnOf(field) < 0)
            out << ListProblem{
                headerLine, 1, QString(),
                tr("the required column %1 (%2) is missing").arg(InterchangeCsv::columnName(field), fieldLabel(field)),
                ListProblemKind::Header};
    }
    return out;
}

QList<ListField> HeaderMapping::requiredFields(ListTarget target, bool defaultCategory)
{
    QList<ListField> fields{Column::Surname, Column::GivenName};
    if (target == ListTarget::Batch) {
        fields << Column::Sex;
        if (!defaultCategory)
            fields << Column::Category;
    }
    return fields;
}

QString HeaderMapping::fieldLabel(ListField field)
{
    switch (field) {
    case Column::RecordId:
        return tr("Record id");
    case Column::Surname:
        return tr("Surname");
    case Column::GivenName:
        return tr("Given name");
    case Column::Patronymic:
        return tr("Patronymic");
    case Column::BirthDate:
        return tr("Date of birth");
    case Column::Sex:
        return tr("Sex");
    case Column::Category:
        return tr("Category");
    case Column::Rank:
        return tr("Rank");
    case Column::Unit:
        return tr("Unit");
    case Column::ServiceNumber:
        return tr("Service number");
    case Column::DocumentNumber:
        return tr("Document number");
    case Column::BirthPlace:
        return tr("Place of birth");
    case Column::Region:
        return tr("Region");
    case Column::Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace homeward
