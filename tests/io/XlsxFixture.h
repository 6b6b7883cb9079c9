#pragma once

// Workbooks for the reader's tests, built part by part (minizip), so a test
// controls exactly what a spreadsheet program would write: the styles, the
// date system, where the parts are. And workbooks with real date cells
// written by libxlsxwriter, as an official's spreadsheet program would.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <variant>

namespace homeward::testing {

struct ZipPart {
    QString name;
    QByteArray content;
};

// Writes `parts` as a zip at `path`; false when it could not.
inline bool writeZip(const QString &path, const QList<ZipPart> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const ZipPart &part : parts) {
        ok = ok && zipOpenNewFileInZip64(zip, part.name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                                         Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, part.content.constData(), unsigned(part.content.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// How a hand-built workbook is put together.
struct WorkbookShape {
    QByteArray styles;                                    // xl/styles.xml's content; empty: no styles part
    QString stylesPath = QStringLiteral("xl/styles.xml"); // where the styles part is
    bool stylesRelationship = true;                       // workbook.xml.rels names the styles part
    bool date1904 = false;
};

// A styles part: `formats` (numFmtId → formatCode) and the numFmtId of each cell style (cellXfs), style 0 first.
// A cellStyleXfs with a date format comes first, as a trap: cells index cellXfs only.
inline QByteArray stylesXml(const QList<std::pair<int, QString>> &formats, const QList<int> &cellXfs)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    if (!formats.isEmpty()) {
        xml += "<numFmts count=\"" + QByteArray::number(formats.size()) + "\">";
        for (const auto &[id, code] : formats)
            xml += "<numFmt numFmtId=\"" + QByteArray::number(id) + "\" formatCode=\"" + code.toHtmlEscaped().toUtf8() +
                   "\"/>";
        xml += "</numFmts>";
    }
    xml +=
        "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<cellStyleXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\"/><xf numFmtId=\"14\" fontId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"" +
        QByteArray::number(cellXfs.size()) + "\">";
    for (const int id : cellXfs)
        xml += "<xf numFmtId=\"" + QByteArray::number(id) + "\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>";
    xml += "</cellXfs></styleSheet>";
    return xml;
}

// One cell of a hand-built sheet: text (an inline string), or a number with a cell style.
struct NumberCell {
    QByteArray value;
    int style = 0;
};
using Cell = std::variant<QString, NumberCell>;

// A one-sheet workbook of `rows` (row 1 first; cells from column A) shaped as `shape` says.
inline bool writeWorkbook(const QString &path, const QList<QList<Cell>> &rows, const WorkbookShape &shape = {})
{
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QByteArray rowNumber = QByteArray::number(r + 1);
        sheet += "<row r=\"" + rowNumber + "\">";
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QByteArray ref = QByteArray(1, char('A' + c)) + rowNumber;
            const Cell &cell = rows.at(r).at(c);
            if (const auto *text = std::get_if<QString>(&cell)) {
                if (!text->isEmpty())
                    sheet += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text->toHtmlEscaped().toUtf8() +
                             "</t></is></c>";
            } else {
                const auto &number = std::get<NumberCell>(cell);
                sheet += "<c r=\"" + ref + "\" s=\"" + QByteArray::number(number.style) + "\"><v>" + number.value +
                         "</v></c>";
            }
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";

    const QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                                QByteArray(shape.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") +
                                "<sheets><sheet name=\"Аркуш1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    QByteArray relationships = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                               "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                               "<Relationship Id=\"rId1\" "
                               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                               "Target=\"worksheets/sheet1.xml\"/>";
    if (!shape.styles.isEmpty() && shape.stylesRelationship)
        relationships += "<Relationship Id=\"rId2\" "
                         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                         "Target=\"" +
                         // Relative to xl/ (as spreadsheet programs write it) or absolute.
                         (shape.stylesPath.startsWith(QLatin1String("xl/")) ? shape.stylesPath.mid(3).toUtf8()
                                                                            : "/" + shape.stylesPath.toUtf8()) +
                         "\"/>";
    relationships += "</Relationships>";

    QList<ZipPart> parts{{QStringLiteral("xl/workbook.xml"), workbook},
                         {QStringLiteral("xl/_rels/workbook.xml.rels"), relationships},
                         {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    if (!shape.styles.isEmpty())
        parts.append({shape.stylesPath, shape.styles});
    return writeZip(path, parts);
}

// One cell of a workbook written by libxlsxwriter: text, or a number in a number format ("" for general; a
// built-in format given as its id, e.g. "14"; else a format code).
struct WrittenCell {
    QString text;
    double number = 0;
    QString format; // only for a number
    bool isNumber = false;
};
inline WrittenCell text(const QString &value)
{
    return WrittenCell{value, 0, QString(), false};
}
inline WrittenCell number(double value, const QString &format = QString())
{
    return WrittenCell{QString(), value, format, true};
}

// A one-sheet workbook of `rows` as libxlsxwriter writes it; false when it could not.
inline bool writeWithLibxlsxwriter(const QString &path, const QList<QList<WrittenCell>> &rows)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    bool ok = sheet != nullptr;
    for (qsizetype r = 0; ok && r < rows.size(); ++r) {
        for (qsizetype c = 0; ok && c < rows.at(r).size(); ++c) {
            const WrittenCell &cell = rows.at(r).at(c);
            if (!cell.isNumber) {
                ok = worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cell.text.toUtf8().constData(),
                                            nullptr) == LXW_NO_ERROR;
                continue;
            }
            lxw_format *format = nullptr;
            if (!cell.format.isEmpty()) {
                format = workbook_add_format(workbook);
                bool builtIn = false;
                const int id = cell.format.toInt(&builtIn);
                if (builtIn)
                    format_set_num_format_index(format, uint8_t(id));
                else
                    format_set_num_format(format, cell.format.toUtf8().constData());
            }
            ok = worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), cell.number, format) == LXW_NO_ERROR;
        }
    }
    return workbook_close(workbook) == LXW_NO_ERROR && ok;
}

} // namespace homeward::testing
