#include "ListReader.h"

#include "CsvReader.h"
#include "FormulaGuard.h"
#include "ValueChecks.h"
#include "XlsxReader.h"

#include "domain/Validation.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <memory>

namespace homeward {
namespace {

using Column = InterchangeCsv::Column;
constexpr int kColumnCount = InterchangeCsv::kColumnCount;
constexpr qint64 kProgressEvery = 4096;

using values::quoted;

// Keeps the first kMaxProblemsKept problems, counts them all.
class Problems final {
public:
    explicit Problems(ListOutcome &outcome) : m_outcome(outcome) {}
    void add(ListProblem problem)
    {
        ++m_outcome.problemCount;
        if (m_outcome.problems.size() < ListReader::kMaxProblemsKept)
            m_outcome.problems.append(std::move(problem));
    }
    void add(qint64 line, int column, const QString &value, const QString &reason, ListProblemKind kind)
    {
        add(ListProblem{line, column, value, reason, kind});
    }

private:
    ListOutcome &m_outcome;
};

// A raw record and whether its line held nothing at all.
using RawHandler = std::function<bool(const ListRecord &record, bool blank)>;

// Reads the raw records of a CSV file: detects (or takes) the encoding and
// the delimiter, then streams. Problems of the bytes and of the quoting go
// to `problems`; false when the handler or the progress stopped the reading.
bool readCsv(QFile &file, const ListFormat &format, ListOutcome &outcome, Problems &problems,
             const RawHandler &onRecord, const ListReader::Progress &progress)
{
    const QByteArray sample = file.peek(ListReader::kSampleBytes);
    DetectedFormat &detected = outcome.format;
    detected.kind = ListFileKind::Csv;
    int skip = 0;
    if (format.encoding == TextEncoding::Auto) {
        const auto guess = ListFormats::guessEncoding(sample);
        if (guess.problem) {
            problems.add(*guess.problem);
            return true;
        }
        detected.encoding = guess.encoding;
        detected.encodingDetected = true;
        skip = guess.byteOrderMarkLength;
    } else {
        detected.encoding = format.encoding;
        if ((format.encoding == TextEncoding::Utf16LE && sample.startsWith("\xFF\xFE")) ||
            (format.encoding == TextEncoding::Utf16BE && sample.startsWith("\xFE\xFF")))
            skip = 2;
        else if (format.encoding == TextEncoding::Utf8 && sample.startsWith("\xEF\xBB\xBF"))
            skip = 3;
    }
    detected.byteOrderMark = skip > 0;

    // The sample as text, for the delimiter.
    QString text;
    switch (detected.encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const QByteArray body = sample.mid(skip, (sample.size() - skip) & ~qsizetype(1));
        text.resize(body.size() / 2);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto a = static_cast<unsigned char>(body.at(2 * i));
            const auto b = static_cast<unsigned char>(body.at(2 * i + 1));
            text[i] =
                QChar(detected.encoding == TextEncoding::Utf16LE ? char16_t((b << 8) | a) : char16_t((a << 8) | b));
        }
        break;
    }
    case TextEncoding::Windows1251:
        text = ListFormats::fromWindows1251(sample.constData(), sample.size());
        break;
    default:
        text = QString::fromUtf8(sample.mid(skip));
        break;
    }
    if (format.delimiter.isNull()) {
        detected.delimiter = ListFormats::guessDelimiter(text);
        detected.delimiterDetected = true;
    } else {
        detected.delimiter = format.delimiter;
    }

    CsvReader::Options options;
    options.delimiter = char(detected.delimiter.unicode());
    std::unique_ptr<DecodingDevice> decoder;
    QIODevice *device = &file;
    if (detected.encoding == TextEncoding::Utf16LE || detected.encoding == TextEncoding::Utf16BE) {
        decoder = std::make_unique<DecodingDevice>(&file, detected.encoding, skip);
        if (!decoder->open(QIODevice::ReadOnly)) {
            problems.add(1, 1, QString(), ListReader::tr("the file could not be read"), ListProblemKind::File);
            return true;
        }
        device = decoder.get();
    } else if (detected.encoding == TextEncoding::Windows1251) {
        options.encoding = CsvReader::Options::Encoding::Windows1251;
    }
    CsvReader reader(device, options);
    CsvRecord record;
    ListRecord row;
    const qint64 total = file.size();
    qint64 records = 0;
    while (reader.next(record)) {
        ++records;
        if (progress && records % kProgressEvery == 0 &&
            !progress({decoder ? decoder->sourceBytesRead() : reader.bytesRead(), total, records})) {
            outcome.cancelled = true;
            return false;
        }
        row.line = record.line;
        row.cells = std::move(record.fields);
        if (!onRecord(row, record.blank))
            return false;
    }
    if (decoder && decoder->problem()) {
        problems.add(*decoder->problem());
    } else if (const auto &error = reader.error()) {
        QString reason = error->reason;
        // Bytes that are not UTF-8 but Windows-1251 text (often far past the sample the encoding was detected
        // from: a line added by another program): say so, rather than only that they are not UTF-8.
        const QByteArray &invalid = reader.invalidBytes();
        if (detected.encoding == TextEncoding::Utf8 && !invalid.isEmpty() &&
            ListFormats::looksLikeWindows1251(invalid.constData(), invalid.size()))
            reason = ListFormats::windows1251InUtf8Reason(static_cast<unsigned char>(invalid.at(0)),
                                                          ListFormats::beginsInUtf8(sample, error->line));
        problems.add(error->line, error->column, QString(), reason,
                     reader.encodingError() ? ListProblemKind::Encoding : ListProblemKind::Structure);
    }
    if (progress && !progress({total, total, records})) {
        outcome.cancelled = true;
        return false;
    }
    return true;
}

bool readRaw(const QString &path, const ListFormat &format, ListOutcome &outcome, Problems &problems,
             const RawHandler &onRecord, const ListReader::Progress &progress)
{
    if (!QFileInfo(path).isFile()) {
        problems.add(1, 1, QString(), ListReader::tr("there is no file %1").arg(path), ListProblemKind::File);
        return true;
    }
    if (ListReader::isXlsx(path)) {
        outcome.format = DetectedFormat{};
        outcome.format.kind = ListFileKind::Xlsx;
        ListRecord row;
        bool stopped = false;
        const auto read = XlsxReader::read(path, [&](qint64 rowNumber, const QStringList &cells) {
            if (progress && rowNumber % kProgressEvery == 0 && !progress({0, 0, rowNumber})) {
                outcome.cancelled = true;
                stopped = true;
                return false;
            }
            row.line = rowNumber;
            row.cells = cells;
            if (!onRecord(row, false)) {
                stopped = true;
                return false;
            }
            return true;
        });
        if (!read) {
            const Error &error = read.error();
            problems.add(1, 1, QString(), error.detail.isEmpty() ? error.message : error.detail, ListProblemKind::File);
        }
        return !stopped;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.add(1, 1, QString(), ListReader::tr("the file could not be opened: %1").arg(file.errorString()),
                     ListProblemKind::File);
        return true;
    }
    return readCsv(file, format, outcome, problems, onRecord, progress);
}

// Lower case, letters only (spaces, dots and apostrophes out): "Чол." → "чол".
QString letters(const QString &value)
{
    QString out;
    for (const QChar c : value.toLower())
        if (c.isLetter())
            out += c;
    return out;
}

} // namespace

bool ListReader::isXlsx(const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(4) == QByteArray("PK\x03\x04", 4);
}

std::optional<Sex> ListReader::parseSex(const QString &value)
{
    static const QHash<QString, Sex> table = [] {
        QHash<QString, Sex> t;
        for (const char *male : {"m", "male", "man", "ч", "чол", "чоловік", "чоловіча", "чоловічий", "м", "муж",
                                 "мужской", "мужчина", "мужск"})
            t.insert(QString::fromUtf8(male), Sex::Male);
        for (const char *female :
             {"f", "female", "woman", "ж", "жін", "жінка", "жіноча", "жіночий", "жен", "женский", "женщина", "женск"})
            t.insert(QString::fromUtf8(female), Sex::Female);
        return t;
    }();
    const auto it = table.constFind(letters(value));
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Category> ListReader::parseCategory(const QString &value)
{
    static const QHash<QString, Category> table = [] {
        QHash<QString, Category> t;
        for (const char *serviceman :
             {"serviceman", "servicewoman", "servicemember", "military", "soldier", "pow", "військовослужбовець",
              "військовослужбовиця", "військовий", "військова", "військовополонений", "військовополонена",
              "военнослужащий", "военнослужащая", "военный", "военная", "военнопленный", "военнопленная"})
            t.insert(QString::fromUtf8(serviceman), Category::Serviceman);
        for (const char *civilian : {"civilian", "civil", "цивільний", "цивільна", "цивільнаособа", "гражданский",
                                     "гражданская", "гражданскоелицо", "мирныйжитель", "мирнийжитель"})
            t.insert(QString::fromUtf8(civilian), Category::Civilian);
        return t;
    }();
    const auto it = table.constFind(letters(value));
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<PartialDate> ListReader::parseDate(const QString &value, bool spreadsheet)
{
    if (spreadsheet && !value.isEmpty()) {
        // A day number of the 1900 date system (day 1 = 1900-01-01, with
        // the system's phantom 29 February 1900, so counted from 1899-12-30).
        // Numbers up to 9999 are years: day numbers that small are dates
        // before 1928, and a year alone is far more likely.
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && number > 9999 && number < 2958466)
            return PartialDate::fromDate(QDate(1899, 12, 30).addDays(qint64(number)));
    }
    return values::parseDate(value);
}

ListPreview ListReader::preview(const QString &path, const ListFormat &format, int rows)
{
    ListPreview preview;
    bool header = true;
    const ListOutcome outcome = readRecords(path, format, [&](const ListRecord &record) {
        if (header) {
            header = false;
            preview.headerLine = record.line;
            preview.headers = record.cells;
            return rows > 0;
        }
        preview.rows << record;
        return preview.rows.size() < rows;
    });
    preview.format = outcome.format;
    preview.guessed = HeaderMapping::guessed(preview.headers);
    if (!outcome.problems.isEmpty())
        preview.problem = outcome.problems.constFirst();
    else if (header)
        preview.problem =
            ListProblem{1, 1, QString(), tr("the file is empty: it has no header row"), ListProblemKind::Structure};
    return preview;
}

ListOutcome ListReader::readRecords(const QString &path, const ListFormat &format, const RecordHandler &onRecord,
                                    const Progress &progress)
{
    ListOutcome outcome;
    Problems problems(outcome);
    readRaw(
        path, format, outcome, problems,
        [&](const ListRecord &record, bool blank) {
            if (blank)
                return true;
            ++outcome.rows;
            return !onRecord || onRecord(record);
        },
        progress);
    return outcome;
}

ListOutcome ListReader::read(const QString &path, const ListOptions &options, const RowHandler &onRow,
                             const Progress &progress)
{
    ListOutcome outcome;
    Problems problems(outcome);
    bool headerSeen = false;
    bool headerOk = false;
    std::array<int, kColumnCount> positionOf;
    positionOf.fill(-1);
    int fieldCount = 0;
    QStringList names; // per column: the header as written, for messages
    QHash<QString, qint64> lineOfRecordId;
    qint64 rowsSeen = 0;
    bool spreadsheet = false;
    const bool batch = options.target == ListTarget::Batch;

    const auto onRecord = [&](const ListRecord &record, bool blank) -> bool {
        if (!headerSeen) {
            headerSeen = true;
            outcome.headerLine = record.line;
            spreadsheet = outcome.format.kind == ListFileKind::Xlsx;
            if (blank) {
                problems.add(record.line, 1, QString(), tr("the first line is empty; it must be the header row"),
                             ListProblemKind::Structure);
                return false;
            }
            fieldCount = int(record.cells.size());
            HeaderMapping mapping = options.mapping.value_or(HeaderMapping::guessed(record.cells));
            if (mapping.columnCount() != fieldCount) {
                problems.add(record.line, 1, QString(),
                             tr("the column mapping is for %1 columns but the header has %2")
                                 .arg(mapping.columnCount())
                                 .arg(fieldCount),
                             ListProblemKind::Header);
                outcome.mapping = mapping;
                return false;
            }
            outcome.mapping = mapping;
            for (ListProblem &problem : mapping.problems(
                     record.line, HeaderMapping::requiredFields(options.target, options.defaultCategory.has_value())))
                problems.add(std::move(problem));
            if (outcome.problemCount > 0)
                return false;
            for (int c = 0; c < fieldCount; ++c) {
                names << record.cells.at(c).trimmed();
                if (const auto field = mapping.field(c))
                    positionOf[int(*field)] = c;
            }
            headerOk = true;
            return true;
        }
        if (blank)
            return true;
        // Spreadsheets save rows they once formatted as ";;;;": nothing in them to lose.
        if (std::all_of(record.cells.cbegin(), record.cells.cend(),
                        [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            return true;
        ++rowsSeen;
        const qint64 line = record.line;
        const int count = int(record.cells.size());
        if (count > fieldCount) {
            // XLSX rows end at their last non-empty cell, so only more cells than the header can be wrong there.
            problems.add(
                line, fieldCount + 1, record.cells.at(fieldCount),
                spreadsheet ? tr("a value beyond the last column of the header")
                            : tr("wrong number of fields: %1 in this row, %2 in the header").arg(count).arg(fieldCount),
                ListProblemKind::Structure);
            return true;
        }
        if (count < fieldCount && !spreadsheet) {
            problems.add(line, count + 1, QString(),
                         tr("wrong number of fields: %1 in this row, %2 in the header").arg(count).arg(fieldCount),
                         ListProblemKind::Structure);
            return true;
        }

        ListRow row;
        row.line = line;
        Person &person = row.person;
        const qint64 before = outcome.problemCount;
        const auto add = [&](int column, const QString &value, const QString &reason) {
            problems.add(line, column, value, reason, ListProblemKind::Value);
        };
        for (int c = 0; c < kColumnCount; ++c) {
            const int position = positionOf[c];
            if (position < 0)
                continue;
            const Column column = static_cast<Column>(c);
            const int columnNumber = position + 1;
            const QString name = names.at(position).isEmpty() ? InterchangeCsv::columnName(column) : names.at(position);
            const QString raw = record.cells.value(position);
            const bool notes = column == Column::Notes;
            const QString value = notes ? formula::unguard(raw.trimmed()) : values::cleaned(formula::unguard(raw));

            if (const auto control = values::controlCharacter(value, notes)) {
                add(columnNumber, raw,
                    tr("%1: control character U+%2 at position %3 is not allowed")
                        .arg(name)
                        .arg(quint32(control->first), 4, 16, QLatin1Char('0'))
                        .arg(control->second));
                continue;
            }
            const int limit = column == Column::RecordId ? InterchangeCsv::kMaxRecordIdLength
                              : notes                    ? InterchangeCsv::kMaxNotesLength
                                                         : InterchangeCsv::kMaxTextLength;
            if (value.size() > limit) {
                add(columnNumber, raw,
                    tr("%1: too long (%2 characters, at most %3)").arg(name).arg(value.size()).arg(limit));
                continue;
            }
            switch (column) {
            case Column::BirthDate: {
                const auto date = parseDate(value, spreadsheet);
                if (!date) {
                    add(columnNumber, raw,
                        tr("%1: %2 is not a valid date (write YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; YYYY or MM.YYYY "
                           "when only partly known)")
                            .arg(name, quoted(value)));
                } else if (options.today.isValid() && !date->isNull() && date->earliest() > options.today) {
                    add(columnNumber, raw, tr("%1: %2 is in the future").arg(name, quoted(value)));
                } else {
                    person.birthDate = *date;
                }
                break;
            }
            case Column::Sex: {
                if (value.isEmpty())
                    break;
                if (const auto sex = parseSex(value)) {
                    person.sex = *sex;
                    row.sexKnown = true;
                } else {
                    add(columnNumber, raw, tr("%1: %2 is not a sex (M or F; Ч or Ж; М or Ж)").arg(name, quoted(value)));
                }
                break;
            }
            case Column::Category: {
                if (value.isEmpty())
                    break;
                if (const auto category = parseCategory(value)) {
                    person.category = *category;
                    row.categoryKnown = true;
                } else {
                    add(columnNumber, raw,
                        tr("%1: %2 is not a category (serviceman or civilian; військовослужбовець or цивільний; "
                           "военнослужащий or гражданский)")
                            .arg(name, quoted(value)));
                }
                break;
            }
            default: {
                if (column == Column::RecordId && value.contains(QLatin1Char(' '))) {
                    add(columnNumber, raw, tr("%1: %2 contains a space").arg(name, quoted(value)));
                    break;
                }
                if (options.strictNames && values::isNameColumn(column) && !value.isEmpty()) {
                    if (const auto problem = text::nameProblem(value)) {
                        add(columnNumber, raw, QStringLiteral("%1: %2").arg(name, *problem));
                        break;
                    }
                }
                *values::textMember(person, column) = value;
                break;
            }
            }
        }
        // Required values.
        QList<Column> required{Column::Surname, Column::GivenName};
        if (positionOf[int(Column::RecordId)] >= 0)
            required << Column::RecordId;
        if (batch)
            required << Column::Sex;
        for (const Column column : required) {
            const int position = positionOf[int(column)];
            if (position >= 0 && record.cells.value(position).trimmed().isEmpty())
                add(position + 1, QString(),
                    tr("%1: required, but empty")
                        .arg(names.at(position).isEmpty() ? InterchangeCsv::columnName(column) : names.at(position)));
        }
        if (!row.categoryKnown && options.defaultCategory) {
            person.category = *options.defaultCategory;
            row.categoryKnown = true;
        }
        if (batch && !row.categoryKnown) {
            const int position = positionOf[int(Column::Category)];
            if (position >= 0 && record.cells.value(position).trimmed().isEmpty())
                add(position + 1, QString(), tr("%1: required, but empty").arg(names.at(position)));
        }
        // The record id: the mapped column's, or made from the line.
        if (positionOf[int(Column::RecordId)] >= 0) {
            row.recordIdColumn = positionOf[int(Column::RecordId)] + 1;
        } else {
            person.recordId = QStringLiteral("line-%1").arg(line);
            row.recordIdMade = true;
        }
        if (!person.recordId.isEmpty()) {
            const auto it = lineOfRecordId.constFind(person.recordId);
            if (it != lineOfRecordId.constEnd())
                problems.add(line, row.recordIdColumn, person.recordId,
                             tr("%1: %2 is already used on line %3")
                                 .arg(names.value(row.recordIdColumn - 1), quoted(person.recordId))
                                 .arg(*it),
                             ListProblemKind::Duplicate);
            else
                lineOfRecordId.insert(person.recordId, line);
        }
        if (outcome.problemCount != before)
            return true;
        ++outcome.rows;
        if (onRow && !onRow(row)) {
            outcome.cancelled = true;
            return false;
        }
        return true;
    };

    readRaw(path, options.format, outcome, problems, onRecord, progress);
    if (outcome.cancelled)
        return outcome;
    if (!headerSeen && outcome.problemCount == 0)
        problems.add(1, 1, QString(), tr("the file is empty: it has no header row"), ListProblemKind::Structure);
    else if (headerOk && rowsSeen == 0 && outcome.problemCount == 0)
        problems.add(outcome.headerLine + 1, 1, QString(), tr("the file has a header but no rows"),
                     ListProblemKind::Structure);
    return outcome;
}

} // namespace homeward
