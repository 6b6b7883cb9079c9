#include "InterchangeCsv.h"

#include "FormulaGuard.h"
#include "ValueChecks.h"

#include "CsvReader.h"
#include "CsvWriter.h"

#include "domain/Validation.h"

#include <QHash>
#include <QIODevice>

#include <array>

namespace homeward {
namespace {

using Column = InterchangeCsv::Column;

using values::quoted;

using values::cleaned;
using values::controlCharacter;
using values::parseDate;

// Collects problems, keeping the first kMaxProblemsKept.
class Problems final {
public:
    explicit Problems(InterchangeCsv::Outcome &outcome) : m_outcome(outcome) {}
    void add(qint64 line, int column, QString reason)
    {
        ++m_outcome.problemCount;
        if (m_outcome.problems.size() < InterchangeCsv::kMaxProblemsKept)
            m_outcome.problems.append({line, column, std::move(reason)});
    }

private:
    InterchangeCsv::Outcome &m_outcome;
};

} // namespace

QString InterchangeProblem::text(const QString &fileName) const
{
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(reason);
}

const QStringList &InterchangeCsv::columnNames()
{
    static const QStringList names = {
        QStringLiteral("record_id"),
        QStringLiteral("surname"),
        QStringLiteral("given_name"),
        QStringLiteral("patronymic"),
        QStringLiteral("birth_date"),
        QStringLiteral("sex"),
        QStringLiteral("category"),
        QStringLiteral("rank"),
        QStringLiteral("unit"),
        QStringLiteral("service_number"),
        QStringLiteral("document_number"),
        QStringLiteral("birth_place"),
        QStringLiteral("region"),
        QStringLiteral("notes"),
    };
    return names;
}

QString InterchangeCsv::columnName(Column column)
{
    return columnNames().at(static_cast<int>(column));
}

InterchangeCsv::Outcome InterchangeCsv::read(QIODevice &device, const InterchangeRules &rules, const RowHandler &onRow,
                                             const Progress &progress)
{
    Outcome outcome;
    Problems problems(outcome);
    CsvReader reader(&device);
    CsvRecord record;
    const auto csvFailed = [&] {
        if (const auto &error = reader.error()) {
            problems.add(error->line, error->column, error->reason);
            return true;
        }
        return false;
    };

    // The header: the first record.
    if (!reader.next(record)) {
        if (!csvFailed())
            problems.add(1, 1, tr("the file is empty: it has no header row"));
        return outcome;
    }
    const qint64 headerLine = record.line;
    if (record.blank) {
        problems.add(
            headerLine, 1,
            tr("the first line is empty; it must be the header row (%1)").arg(columnNames().join(QLatin1Char(','))));
        return outcome;
    }
    // Position in the record of each interchange column; -1 when absent.
    std::array<int, kColumnCount> positionOf;
    positionOf.fill(-1);
    const int fieldCount = int(record.fields.size());
    for (int i = 0; i < fieldCount; ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
        const int known = int(columnNames().indexOf(name));
        if (known < 0) {
            problems.add(headerLine, i + 1,
                         name.isEmpty()
                             ? tr("column %1 has no name in the header").arg(i + 1)
                             : tr("unknown column %1 (the interchange columns are: %2)")
                                   .arg(quoted(record.fields.at(i).trimmed()), columnNames().join(QLatin1Char(','))));
            continue;
        }
        if (positionOf[known] >= 0) {
            problems.add(headerLine, i + 1,
                         tr("the column %1 appears twice (also column %2)").arg(name).arg(positionOf[known] + 1));
            continue;
        }
        positionOf[known] = i;
    }
    for (const Column required : {Column::RecordId, Column::Surname, Column::GivenName}) {
        if (positionOf[int(required)] < 0)
            problems.add(headerLine, 1,
                         tr("the required column %1 is missing from the header").arg(columnName(required)));
    }
    if (outcome.problemCount > 0)
        return outcome;

    // The rows.
    QHash<QString, qint64> lineOfRecordId;
    qint64 rowsSeen = 0;
    while (reader.next(record)) {
        if (record.blank)
            continue;
        ++rowsSeen;
        if (progress && rowsSeen % 4096 == 0 && !progress(reader.bytesRead())) {
            outcome.cancelled = true;
            return outcome;
        }
        const qint64 line = record.line;
        const int count = int(record.fields.size());
        if (count != fieldCount) {
            problems.add(line, count > fieldCount ? fieldCount + 1 : count + 1,
                         tr("wrong number of fields: %1 in this row, %2 in the header").arg(count).arg(fieldCount));
            continue;
        }

        InterchangeRow row;
        row.line = line;
        row.recordIdColumn = positionOf[int(Column::RecordId)] + 1;
        Person &person = row.person;
        const qint64 before = outcome.problemCount;
        for (int c = 0; c < kColumnCount; ++c) {
            const int position = positionOf[c];
            if (position < 0)
                continue;
            const Column column = static_cast<Column>(c);
            const int columnNumber = position + 1;
            const QString name = columnNames().at(c);
            const QString &raw = record.fields.at(position);
            const bool notes = column == Column::Notes;
            // An export guards a value that looks like a formula with an apostrophe (formula::guard); take it off.
            const QString value = notes ? formula::unguard(raw.trimmed()) : cleaned(formula::unguard(raw));

            if (const auto control = controlCharacter(value, notes)) {
                problems.add(line, columnNumber,
                             tr("%1: control character U+%2 at position %3 is not allowed")
                                 .arg(name)
                                 .arg(quint32(control->first), 4, 16, QLatin1Char('0'))
                                 .arg(control->second));
                continue;
            }
            const int limit = column == Column::RecordId ? kMaxRecordIdLength
                              : notes                    ? kMaxNotesLength
                                                         : kMaxTextLength;
            if (value.size() > limit) {
                problems.add(line, columnNumber,
                             tr("%1: too long (%2 characters, at most %3)").arg(name).arg(value.size()).arg(limit));
                continue;
            }

            switch (column) {
            case Column::BirthDate: {
                const auto date = parseDate(value);
                if (!date) {
                    problems.add(line, columnNumber,
                                 tr("birth_date: %1 is not a valid date (write YYYY-MM-DD or DD.MM.YYYY; "
                                    "YYYY or YYYY-MM when only partly known)")
                                     .arg(quoted(value)));
                } else if (rules.today.isValid() && !date->isNull() && date->earliest() > rules.today) {
                    problems.add(line, columnNumber, tr("birth_date: %1 is in the future").arg(quoted(value)));
                } else {
                    person.birthDate = *date;
                }
                break;
            }
            case Column::Sex: {
                if (value.isEmpty())
                    break;
                if (const auto sex = sexFromCode(value.toUpper())) {
                    person.sex = *sex;
                    row.sexKnown = true;
                } else {
                    problems.add(line, columnNumber, tr("sex: %1 is not M or F").arg(quoted(value)));
                }
                break;
            }
            case Column::Category: {
                if (value.isEmpty())
                    break;
                if (const auto category = categoryFromCode(value.toLower())) {
                    person.category = *category;
                    row.categoryKnown = true;
                } else {
                    problems.add(line, columnNumber,
                                 tr("category: %1 is not serviceman or civilian").arg(quoted(value)));
                }
                break;
            }
            default: {
                if (column == Column::RecordId && value.contains(QLatin1Char(' '))) {
                    problems.add(line, columnNumber, tr("record_id: %1 contains a space").arg(quoted(value)));
                    break;
                }
                if (rules.strictNames && values::isNameColumn(column) && !value.isEmpty()) {
                    if (const auto problem = text::nameProblem(value)) {
                        problems.add(line, columnNumber, QStringLiteral("%1: %2").arg(name, *problem));
                        break;
                    }
                }
                *values::textMember(person, column) = value;
                break;
            }
            }
        }
        for (const Column required : {Column::RecordId, Column::Surname, Column::GivenName}) {
            const int position = positionOf[int(required)];
            if (record.fields.at(position).trimmed().isEmpty())
                problems.add(line, position + 1, tr("%1: required, but empty").arg(columnName(required)));
        }
        if (!person.recordId.isEmpty()) {
            const auto it = lineOfRecordId.constFind(person.recordId);
            if (it != lineOfRecordId.constEnd())
                problems.add(line, positionOf[int(Column::RecordId)] + 1,
                             tr("record_id: %1 is already used on line %2").arg(quoted(person.recordId)).arg(*it));
            else
                lineOfRecordId.insert(person.recordId, line);
        }
        if (outcome.problemCount != before)
            continue;
        ++outcome.rows;
        if (onRow && !onRow(row)) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    if (csvFailed())
        return outcome;
    if (rowsSeen == 0)
        problems.add(headerLine + 1, 1, tr("the file has a header but no rows"));
    return outcome;
}

QStringList InterchangeCsv::fields(const InterchangeRow &row)
{
    const Person &p = row.person;
    return {p.recordId,
            p.surname,
            p.givenName,
            p.patronymic,
            p.birthDate.toIso(),
            row.sexKnown ? toCode(p.sex) : QString(),
            row.categoryKnown ? toCode(p.category) : QString(),
            p.rank,
            p.unit,
            p.serviceNumber,
            p.documentNumber,
            p.birthPlace,
            p.region,
            p.notes};
}

bool InterchangeCsv::write(QIODevice &device, const QList<InterchangeRow> &rows, QString *errorString)
{
    CsvWriter writer(&device);
    writer.writeRecord(columnNames());
    for (const InterchangeRow &row : rows) {
        if (!writer.writeRecord(fields(row)))
            break;
    }
    if (!writer.ok() && errorString)
        *errorString = writer.errorString();
    return writer.ok();
}

names::MatchRecord InterchangeCsv::toMatchRecord(const InterchangeRow &row)
{
    return toMatchRecord(row.person, row.sexKnown);
}

names::MatchRecord InterchangeCsv::toMatchRecord(const Person &person, bool sexKnown)
{
    names::MatchRecord record;
    record.recordId = person.recordId;
    record.surname = person.surname;
    record.givenName = person.givenName;
    record.patronymic = person.patronymic;
    record.birthDate = person.birthDate;
    record.sex = sexKnown ? toCode(person.sex).at(0) : QChar();
    record.serviceNumber = person.serviceNumber;
    record.documentNumber = person.documentNumber;
    record.birthPlace = person.birthPlace;
    return record;
}

} // namespace homeward
