#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

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

// The path of the first worksheet: workbook.xml's first <sheet>, through its relationship.
Result<QString> firstSheetPath(unzFile zip)
{
    QString relationId;
    {
        const QString name = QStringLiteral("xl/workbook.xml");
        auto entry = openEntry(zip, name, kMaxPartBytes);
        if (!entry)
            return entry.error();
        QXmlStreamReader xml(entry.value().get());
        while (!xml.atEnd() && relationId.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
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
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship") &&
            xml.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = xml.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    if (xml.hasError())
        return xmlError(name, xml, *entry.value());
    return Error{XlsxReader::tr("the workbook's first worksheet is not in the file")};
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

Result<XlsxReader::Outcome> XlsxReader::read(const QString &path, const RowHandler &onRow)
{
    if (!QFile::exists(path))
        return Error{tr("there is no file %1").arg(native(path))};
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip)
        return Error{tr("%1 is not an .xlsx workbook (it is not a zip file, or it is cut short)").arg(native(path))};
    const auto fail = [&](const Error &error) { return Error{tr("%1 cannot be read").arg(native(path)), error.text()}; };

    auto strings = sharedStrings(zip.get());
    if (!strings)
        return fail(strings.error());
    auto sheetPath = firstSheetPath(zip.get());
    if (!sheetPath)
        return fail(sheetPath.error());
    auto entry = openEntry(zip.get(), sheetPath.value(), kMaxSheetBytes);
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
        return fail(xmlError(sheetPath.value(), xml, *entry.value()));
    return outcome;
}

} // namespace homeward
