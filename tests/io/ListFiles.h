#pragma once

// The list files the suites read and import: one list of three persons in the words an official's spreadsheet
// would use, written in the encodings, delimiters and line ends such a list arrives in, or as an XLSX workbook.

#include "io/XlsxWriter.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace homeward::testing {

// `text` in Windows-1251: ASCII, the Cyrillic letters of Ukrainian and Russian, ’ and №.
inline QByteArray cp1251(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out += char(u);
        else if (u >= 0x410 && u <= 0x44F)
            out += char(0xC0 + (u - 0x410));
        else if (u == 0x406)
            out += char(0xB2);
        else if (u == 0x456)
            out += char(0xB3);
        else if (u == 0x407)
            out += char(0xAF);
        else if (u == 0x457)
            out += char(0xBF);
        else if (u == 0x404)
            out += char(0xAA);
        else if (u == 0x454)
            out += char(0xBA);
        else if (u == 0x2019)
            out += char(0x92);
        else if (u == 0x2116)
            out += char(0xB9);
        else
            qFatal("no Windows-1251 byte for U+%04X", unsigned(u));
    }
    return out;
}

// `text` in UTF-16 with its byte-order mark.
inline QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (bigEndian) {
            out += char(u >> 8);
            out += char(u & 0xFF);
        } else {
            out += char(u & 0xFF);
            out += char(u >> 8);
        }
    }
    return out;
}

// One list, three persons, in the words an official's spreadsheet would use.
inline const QStringList kHeader = {
    QStringLiteral("№"),           QStringLiteral("Прізвище"),        QStringLiteral("Ім'я"),
    QStringLiteral("По батькові"), QStringLiteral("Дата народження"), QStringLiteral("Стать"),
    QStringLiteral("Категорія")};
inline const QList<QStringList> kRows = {
    {"1", "Коваленко", "Олександр", "Петрович", "17.05.1990", "Ч", "військовослужбовець"},
    {"2", "Шевчук", "Ганна", "Михайлівна", "1975-03-08", "Ж", "цивільна"},
    {"3", "Гнатюк", "Тарас", "Богданович", "1.2.2001", "чол.", "Військовослужбовець"},
};

// The header and `rows` as delimited text, every line ended by `lineEnd`.
inline QString listText(QChar delimiter, const QString &lineEnd, const QList<QStringList> &rows = kRows)
{
    QStringList lines{kHeader.join(delimiter)};
    for (const QStringList &row : rows)
        lines << row.join(delimiter);
    return lines.join(lineEnd) + lineEnd;
}

// The header line of a list without numbers: the five columns a person needs.
inline QString goodHeader()
{
    return QStringLiteral("Прізвище,Ім'я,Дата народження,Стать,Категорія\n");
}

// Writes `bytes` to `path`; a suite cannot go on without its file.
inline void writeListFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Writes `rows` (the first one the header) to `path` as an XLSX workbook of one sheet.
inline void writeListXlsx(const QString &path, const QList<QStringList> &rows)
{
    XlsxWriter writer(path, QStringLiteral("Список"));
    writer.writeHeader(rows.constFirst());
    for (qsizetype i = 1; i < rows.size(); ++i)
        writer.writeRow(rows.at(i));
    if (!writer.close())
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(writer.errorString()));
}

} // namespace homeward::testing
