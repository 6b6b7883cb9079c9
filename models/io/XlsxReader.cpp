#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <memory>

namespace homeward {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The workbook's small parts (the sheet list and its relationships) are refused beyond this size.
constexpr qint64 kMaxPartBytes = qint64{64} * 1024 * 1024;

struct ZipCloser {
    void operator()(void *zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

// One zip entry as a sequential QIODevice, so QXmlStreamReader reads it as
// it is unpacked. A damaged entry ends in an error (errorString()), never in
// a silently short read: the CRC is checked when the entry is fully read.
class ZipEntry final : public QIODevice {
public:
    ZipEntry(unzFile zip, qint64 limit) : m_zip(zip), m_limit(limit) {}
    ~ZipEntry() override
    {
        if (!m_finished)
            unzCloseCurrentFile(m_zip);
    }

    bool openEntry()
    {
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return false;
        return QIODevice::open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool failed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_finished || failed())
            return failed() ? -1 : 0;
        if (maxSize <= 0)
            return 0;
        const int chunk = int(qMin<qint64>(maxSize, 1 << 20));
        const int got = unzReadCurrentFile(m_zip, data, unsigned(chunk));
        if (got < 0) {
            m_problem = XlsxReader::tr("the file is damaged or cut short (zip error %1)").arg(got);
            return -1;
        }
        if (got == 0) {
            m_finished = true;
            if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR)
                m_problem = XlsxReader::tr("the file is damaged (a checksum does not match)");
            return failed() ? -1 : 0;
        }
        m_total += got;
        if (m_total > m_limit) {
            m_problem = XlsxReader::tr("the worksheet unpacks to more than %1 MB").arg(m_limit / (qint64{1024} * 1024));
            return -1;
        }
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    qint64 m_limit;
    qint64 m_total = 0;
    bool m_finished = false;
    QString m_problem;
};

// Opens entry `name` of the zip; an error names the entry.
Result<std::unique_ptr<ZipEntry>> openEntry(unzFile zip, const QString &name, qint64 limit)
{
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) != UNZ_OK)
        return Error{XlsxReader::tr("it is not a workbook: %1 is missing").arg(name)};
    auto entry = std::make_unique<ZipEntry>(zip, limit);
    if (!entry->openEntry())
        return Error{XlsxReader::tr("%1 in the file cannot be unpacked").arg(name)};
    return entry;
}

Error xmlError(const QString &entry, const QXmlStreamReader &xml, const ZipEntry &device)
{
    if (device.failed())
        return Error{device.problem()};
    return Error{XlsxReader::tr("%1 is not well-formed XML (line %2, column %3): %4")
                     .arg(entry)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString())};
}

// The text of the current element and its descendants' <t> elements (a rich-text string has several runs).
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == QLatin1String("t")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            } else if (xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement(); // phonetic hints are not part of the value
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

Result<QStringList> sharedStrings(unzFile zip)
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) != UNZ_OK)
        return QStringList(); // a workbook without shared strings (e.g. only inline strings)
    auto entry = openEntry(zip, name, XlsxReader::kMaxSheetBytes);
    if (!entry)
        return entry.error();
    QStringList strings;
    QXmlStreamReader xml(entry.value().get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings << stringItem(xml);
    }
    if (xml.hasError() || entry.value()->failed())
        return xmlError(name, xml, *entry.value());
    return strings;
}

// What the workbook part and its relationships say: where the first
// worksheet and the styles are, and the date system.
struct WorkbookParts {
    QString sheetPath;
    QString stylesPath; // empty: the workbook has no styles
    bool date1904 = false;
};

// A relationship's target as a path in the zip: relative to xl/ (the workbook's folder) unless absolute.
QString partPath(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

// workbook.xml's first <sheet> and <workbookPr date1904>, and their relationships.
Result<WorkbookParts> workbookParts(unzFile zip)
{
    WorkbookParts parts;
    QString relationId;
    {
        const QString name = QStringLiteral("xl/workbook.xml");
        auto entry = openEntry(zip, name, kMaxPartBytes);
        if (!entry)
            return entry.error();
        QXmlStreamReader xml(entry.value().get());
        // <workbookPr> comes before <sheets> (the schema's order), so reading stops at the first sheet.
        while (!xml.atEnd() && relationId.isEmpty()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                parts.date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
            } else if (xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute &attribute : xml.attributes())
                    if (attribute.name() == QLatin1String("id"))
                        relationId = attribute.value().toString();
            }
        }
        if (xml.hasError() && relationId.isEmpty())
            return xmlError(name, xml, *entry.value());
        if (relationId.isEmpty())
            return Error{XlsxReader::tr("the workbook has no worksheet")};
    }
    const QString name = QStringLiteral("xl/_rels/workbook.xml.rels");
    auto entry = openEntry(zip, name, kMaxPartBytes);
    if (!entry)
        return entry.error();
    QXmlStreamReader xml(entry.value().get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const auto attributes = xml.attributes();
        const QString target = attributes.value(QLatin1String("Target")).toString();
        if (attributes.value(QLatin1String("Id")) == relationId)
            parts.sheetPath = partPath(target);
        else if (parts.stylesPath.isEmpty() &&
                 attributes.value(QLatin1String("Type")).endsWith(QLatin1String("/styles")))
            parts.stylesPath = partPath(target);
    }
    if (xml.hasError())
        return xmlError(name, xml, *entry.value());
    if (parts.sheetPath.isEmpty())
        return Error{XlsxReader::tr("the workbook's first worksheet is not in the file")};
    // Without a relationship, the styles part's usual place.
    if (parts.stylesPath.isEmpty())
        parts.stylesPath = QStringLiteral("xl/styles.xml");
    if (unzLocateFile(zip, parts.stylesPath.toUtf8().constData(), 1) != UNZ_OK)
        parts.stylesPath.clear();
    return parts;
}

// Per cell style (the index a cell's s attribute gives): whether its number format is a date's.
Result<QList<bool>> dateStyles(unzFile zip, const QString &stylesPath)
{
    if (stylesPath.isEmpty())
        return QList<bool>();
    auto entry = openEntry(zip, stylesPath, kMaxPartBytes);
    if (!entry)
        return entry.error();
    QHash<int, QString> codes; // the workbook's own formats (ids from 164, or a built-in id redefined)
    QList<int> formatOfStyle;
    QXmlStreamReader xml(entry.value().get());
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            bool ok = false;
            const int id = attributes.value(QLatin1String("numFmtId")).toInt(&ok);
            if (ok)
                codes.insert(id, attributes.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            // (Not the xf of <cellStyleXfs>: a cell's s indexes <cellXfs>.)
            bool ok = false;
            const int id = attributes.value(QLatin1String("numFmtId")).toInt(&ok);
            formatOfStyle << (ok ? id : 0);
        }
    }
    if (xml.hasError() || entry.value()->failed())
        return xmlError(stylesPath, xml, *entry.value());
    QList<bool> isDate;
    isDate.reserve(formatOfStyle.size());
    for (const int id : std::as_const(formatOfStyle)) {
        const auto code = codes.constFind(id);
        isDate << (code != codes.constEnd() ? XlsxReader::isDateFormat(-1, *code) : XlsxReader::isDateFormat(id, {}));
    }
    return isDate;
}

} // namespace

int XlsxReader::columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int index = 0;
    for (QChar c : letters) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return -1;
        index = index * 26 + (c.unicode() - 'A' + 1);
    }
    return index - 1 < kMaxColumns ? index - 1 : -1;
}

bool XlsxReader::isDateFormat(int numFmtId, QStringView code)
{
    if (code.isEmpty()) {
        // The built-in formats (ECMA-376 18.8.30); ids whose meaning differs by locale (times in Chinese, dates in
        // Japanese) are left out: a number there comes as written.
        return (numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 31) ||
               (numFmtId >= 34 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 54) || numFmtId == 57 ||
               numFmtId == 58;
    }
    // The first section (positive numbers) decides; quoted text, [colours, locales, elapsed hours], escaped
    // characters and the fill/padding characters after * and _ are not parts of a date.
    bool day = false, month = false, year = false, time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = QChar::toLower(code.at(i).unicode());
        if (c == u';') {
            break;
        } else if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                break;
            const QStringView inside = code.mid(i + 1, end - i - 1);
            // [h], [mm], [ss]: elapsed time.
            if (!inside.isEmpty() &&
                (inside.at(0).toLower() == u'h' || inside.at(0).toLower() == u'm' || inside.at(0).toLower() == u's'))
                time = true;
            i = end;
        } else if (c == u'\\' || c == u'*' || c == u'_') {
            ++i;
        } else if (c == u'd') {
            day = true;
        } else if (c == u'y') {
            year = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    // "m" next to hours or seconds is minutes: a month only when no time part is there.
    return day || year || (month && !time);
}

QDate XlsxReader::dateOfDayNumber(double number, bool date1904)
{
    if (!std::isfinite(number) || number < 0 || number >= 2958466)
        return {};
    // To the millisecond first, as a spreadsheet shows it: 0.99999999 of a day is the next day.
    constexpr qint64 kDay = qint64{24} * 60 * 60 * 1000;
    const qint64 days = qint64(std::llround(number * double(kDay))) / kDay;
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 1 || days == 60)
        return {}; // day 0 ("1900-01-00") and the phantom 29 February 1900
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

Result<XlsxReader::Outcome> XlsxReader::read(const QString &path, const RowHandler &onRow)
{
    if (!QFile::exists(path))
        return Error{tr("there is no file %1").arg(native(path))};
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip)
        return Error{tr("%1 is not an .xlsx workbook (it is not a zip file, or it is cut short)").arg(native(path))};
    const auto fail = [&](const Error &error) {
        return Error{tr("%1 cannot be read").arg(native(path)), error.text()};
    };

    auto strings = sharedStrings(zip.get());
    if (!strings)
        return fail(strings.error());
    auto parts = workbookParts(zip.get());
    if (!parts)
        return fail(parts.error());
    const auto styles = dateStyles(zip.get(), parts.value().stylesPath);
    if (!styles)
        return fail(styles.error());
    const QList<bool> &isDateStyle = styles.value();
    const bool date1904 = parts.value().date1904;
    const QString &sheetPath = parts.value().sheetPath;
    auto entry = openEntry(zip.get(), sheetPath, kMaxSheetBytes);
    if (!entry)
        return fail(entry.error());

    Outcome outcome;
    QXmlStreamReader xml(entry.value().get());
    qint64 rowNumber = 0;
    QStringList cells;
    const auto cellError = [&](const QString &reason) {
        return fail(Error{tr("row %1: %2").arg(rowNumber).arg(reason)});
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != QLatin1String("row"))
            continue;
        const qint64 previous = rowNumber;
        const auto r = xml.attributes().value(QLatin1String("r"));
        rowNumber = r.isEmpty() ? previous + 1 : r.toLongLong();
        if (rowNumber <= previous)
            return fail(Error{tr("row number %1 after row %2: the rows are out of order").arg(r).arg(previous)});
        cells.clear();
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("c")) {
                xml.skipCurrentElement();
                continue;
            }
            const auto attributes = xml.attributes();
            const QString type = attributes.value(QLatin1String("t")).toString();
            int column = int(cells.size());
            if (const auto ref = attributes.value(QLatin1String("r")); !ref.isEmpty()) {
                qsizetype letters = 0;
                while (letters < ref.size() && ref.at(letters).isLetter())
                    ++letters;
                column = columnIndex(ref.left(letters));
                if (column < 0 || ref.mid(letters).toLongLong() != rowNumber)
                    return cellError(tr("the cell reference %1 does not parse").arg(ref));
                if (column < cells.size())
                    return cellError(tr("the cell %1 comes twice or out of order").arg(ref));
            }
            QString value;
            bool isIndex = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    isIndex = type == QLatin1String("s");
                } else if (xml.name() == QLatin1String("is")) {
                    value = stringItem(xml);
                } else {
                    xml.skipCurrentElement(); // <f> formulas: the cached <v> is the value
                }
            }
            if (isIndex) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.value().size())
                    return cellError(tr("a cell names shared string %1, which the file does not have").arg(value));
                value = strings.value().at(index);
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("d")) {
                // An ISO 8601 date (and time) cell: the date.
                if (const QDate date = QDate::fromString(value.left(10), Qt::ISODate); date.isValid())
                    value = date.toString(Qt::ISODate);
            } else if ((type.isEmpty() || type == QLatin1String("n")) && !value.isEmpty() && !isDateStyle.isEmpty()) {
                bool ok = false;
                const int style = attributes.value(QLatin1String("s")).toInt(&ok);
                if (ok && style >= 0 && style < isDateStyle.size() && isDateStyle.at(style)) {
                    // A day number that is no date (negative, the phantom 29 February 1900) stays as written.
                    const double number = value.toDouble(&ok);
                    if (const QDate date = ok ? dateOfDayNumber(number, date1904) : QDate(); date.isValid())
                        value = date.toString(Qt::ISODate);
                }
            }
            while (cells.size() < column)
                cells << QString();
            cells << value;
        }
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        if (xml.hasError())
            break;
        if (cells.isEmpty())
            continue;
        ++outcome.rows;
        if (onRow && !onRow(rowNumber, cells)) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    if (xml.hasError() || entry.value()->failed())
        return fail(xmlError(sheetPath, xml, *entry.value()));
    return outcome;
}

} // namespace homeward
