// The general list reader: encodings and delimiters detected or chosen, header names in three languages mapped
// to the interchange fields, values checked; every broken input ends in the exact problem expected.

#include "io/HeaderMapping.h"
#include "io/ListFormat.h"
#include "io/ListReader.h"
#include "io/XlsxWriter.h"

#include "ListFiles.h"
#include "XlsxFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
using namespace homeward::testing;

Q_DECLARE_METATYPE(homeward::TextEncoding)
Q_DECLARE_METATYPE(homeward::ListTarget)

namespace {

const QDate kToday(2026, 11, 26);

} // namespace

class ListReaderTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void brokenInputs_data();
    void brokenInputs();
    void brokenXlsx_data();
    void brokenXlsx();
    void sameListInEveryFormat_data();
    void sameListInEveryFormat();
    void chosenFormatOverridesDetection();
    void headerNamesAreGuessed_data();
    void headerNamesAreGuessed();
    void mappingOverride();
    void valuesInThreeLanguages_data();
    void valuesInThreeLanguages();
    void xlsxDayNumbersInADateColumn();
    void xlsxDateCells_data();
    void xlsxDateCells();
    void recordIdsAreMadeFromTheLine();
    void previewShowsTheFirstRows();
    void oneBadRowAtTheEndOfAHundredThousand();
    void encodingChangesPastTheSample_data();
    void encodingChangesPastTheSample();
    void cancelStopsTheReading();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString writeXlsx(const QString &name, const QList<QStringList> &rows);
    static ListOptions options(ListTarget target = ListTarget::Batch);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void ListReaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString ListReaderTest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name));
    writeListFile(path, bytes);
    return path;
}

QString ListReaderTest::writeXlsx(const QString &name, const QList<QStringList> &rows)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name));
    writeListXlsx(path, rows);
    return path;
}

ListOptions ListReaderTest::options(ListTarget target)
{
    ListOptions options;
    options.target = target;
    options.today = kToday;
    return options;
}

void ListReaderTest::brokenInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<ListTarget>("target");
    QTest::addColumn<QStringList>("expected"); // every problem, "LINE:COLUMN: reason"

    const QByteArray header = goodHeader().toUtf8();
    const auto row = [](const char *text) { return QByteArray(text) + '\n'; };
    const auto batch = ListTarget::Batch;
    const auto detect = TextEncoding::Auto;
    const QString dateHint = QStringLiteral(
        " is not a valid date (write YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; YYYY or MM.YYYY when only partly known)");

    QTest::newRow("empty file") << QByteArray() << detect << batch
                                << QStringList{"1:1: the file is empty: it has no header row"};
    QTest::newRow("header only") << header << detect << batch << QStringList{"2:1: the file has a header but no rows"};
    QTest::newRow("header only, blank lines after")
        << header + "\n\n"
        << detect << batch << QStringList{"2:1: the file has a header but no rows"};
    QTest::newRow("header and rows of empty cells") << header + row(",,,,") + row(" , ,,,") << detect << batch
                                                    << QStringList{"2:1: the file has a header but no rows"};
    QTest::newRow("blank first line") << "\n" + header + row("Коваленко,Іван,1990-01-01,M,civilian") << detect << batch
                                      << QStringList{"1:1: the first line is empty; it must be the header row"};
    QTest::newRow("unterminated quote")
        << header + row("Коваленко,\"Іван,1990-01-01,M,civilian") << detect << batch
        << QStringList{"2:2: unterminated quoted field: the quote that opens it is never closed"};
    QTest::newRow("text after closing quote")
        << header + row("\"Коваленко\"x,Іван,1990-01-01,M,civilian") << detect << batch
        << QStringList{"2:1: text after the closing quote of a quoted field (a quote inside a quoted field must be "
                       "doubled: \"\")"};
    QTest::newRow("quote inside a field")
        << header + row("Кова\"ленко,Іван,1990-01-01,M,civilian") << detect << batch
        << QStringList{"2:1: a quote inside a field that does not begin with a quote (put the whole field in quotes "
                       "and double the quote: \"\")"};
    QTest::newRow("too few fields") << header + row("Коваленко,Іван,1990-01-01,M") << detect << batch
                                    << QStringList{"2:5: wrong number of fields: 4 in this row, 5 in the header"};
    QTest::newRow("too many fields") << header + row("Коваленко,Іван,1990-01-01,M,civilian") +
                                            row("Шевчук,Ганна,1975-03-08,F,civilian,extra")
                                     << detect << batch
                                     << QStringList{"3:6: wrong number of fields: 6 in this row, 5 in the header"};
    QTest::newRow("stray byte in ASCII text")
        << QByteArray("Surname,First name,DOB,Sex,Category\n") + row("Kovalenko,Ivan,1990-01-01,M,civilian") +
               row("Shevchuk,Hanna\xFF,1975-03-08,F,civilian")
        << detect << batch
        << QStringList{"3:1: byte 0xFF is neither UTF-8 nor Windows-1251 Cyrillic text; choose the file's encoding"};
    QTest::newRow("invalid UTF-8 when UTF-8 is chosen")
        << QByteArray("Surname,First name,DOB,Sex,Category\n") + row("Kovalenko,Ivan,1990-01-01,M,civilian") +
               row("Shevchuk,Hanna\xFF,1975-03-08,F,civilian")
        << TextEncoding::Utf8 << batch << QStringList{"3:2: invalid UTF-8 (byte 0xFF); save the file as UTF-8"};
    QTest::newRow("a Windows-1251 line when UTF-8 is chosen")
        << header + row("Коваленко,Іван,1990-01-01,M,civilian") +
               cp1251(QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\n"))
        << TextEncoding::Utf8 << batch
        << QStringList{"3:1: the bytes are not UTF-8 (byte 0xD8): this line looks like Windows-1251 while the "
                       "beginning of the file is UTF-8, so the file mixes encodings; save the list again in one "
                       "encoding"};
    QTest::newRow("a Windows-1251 file when UTF-8 is chosen")
        << cp1251(goodHeader() + QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\n")) << TextEncoding::Utf8 << batch
        << QStringList{"1:1: the bytes are not UTF-8 (byte 0xCF): this line looks like Windows-1251 Cyrillic text; "
                       "choose Windows-1251 as the file's encoding, or save the list again as UTF-8"};
    QTest::newRow("mixed encodings in the first lines")
        << header + row("Коваленко,Іван,1990-01-01,M,civilian") +
               cp1251(QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\n"))
        << detect << batch
        << QStringList{"3:1: the file mixes encodings: line 1 is UTF-8 but this line is not (byte 0xD8); save the "
                       "list again in one encoding"};
    QTest::newRow("Windows-1251 then a UTF-8 line")
        << cp1251(goodHeader() + QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\n")) +
               row("Коваленко,Іван,1990-01-01,M,civilian")
        << detect << batch
        << QStringList{"3:1: the file mixes encodings: this line is UTF-8 but line 1 is not (byte 0xCF); save the "
                       "list again in one encoding"};
    QTest::newRow("NUL byte") << header + "Коваленко,Іван,1990-01-01,M,civ" + QByteArray(1, '\0') + "ilian\n"
                              << detect << batch
                              << QStringList{"2:5: a NUL character: this is not a UTF-8 text file (perhaps UTF-16 or "
                                             "a binary file)"};
    QTest::newRow("NUL byte in Windows-1251")
        << cp1251(goodHeader()) + cp1251(QStringLiteral("Шевчук,Ганна")) + QByteArray("\0,1975-03-08,F,civilian\n", 24)
        << TextEncoding::Windows1251 << batch << QStringList{"2:2: a NUL character: this is not a text file"};
    QTest::newRow("undefined Windows-1251 byte")
        << cp1251(goodHeader()) + cp1251(QStringLiteral("Шевчук,Ганна")) + "\x98,1975-03-08,F,civilian\n"
        << TextEncoding::Windows1251 << batch << QStringList{"2:2: byte 0x98 is not a character of Windows-1251"};
    QTest::newRow("a 1 MB line") << header + "Коваленко," + QByteArray(1024 * 1024, 'a') + ",1990-01-01,M,civilian\n"
                                 << detect << batch
                                 << QStringList{"2:2: Ім'я: too long (1048576 characters, at most 200)"};
    QTest::newRow("unknown header")
        << QByteArray("Прізвище,Ім'я,Прізвисько,Стать,Категорія\n") + row("Коваленко,Іван,Коваль,M,civilian") << detect
        << batch << QStringList{"1:3: unknown column “Прізвисько”: map it to a field or leave it out explicitly"};
    QTest::newRow("header without a name")
        << QByteArray("Прізвище,Ім'я,,Стать,Категорія\n") + row("Коваленко,Іван,x,M,civilian") << detect << batch
        << QStringList{"1:3: column 3 has no name and is not mapped to a field"};
    QTest::newRow("duplicate header")
        << QByteArray("Прізвище,Фамилия,Ім'я,Стать,Категорія\n") + row("Коваленко,Коваленко,Іван,M,civilian") << detect
        << batch << QStringList{"1:2: column “Фамилия” and column 1 (“Прізвище”) are both mapped to surname"};
    QTest::newRow("missing required column")
        << QByteArray("Прізвище,Ім'я,Стать\n") + row("Коваленко,Іван,M") << detect << batch
        << QStringList{"1:1: the required column category (Category) is missing"};
    QTest::newRow("missing surname column, registry")
        << QByteArray("Ім'я,Стать\n") + row("Іван,M") << detect << ListTarget::Registry
        << QStringList{"1:1: the required column surname (Surname) is missing"};
    QTest::newRow("31.02.1990") << header + row("Коваленко,Іван,31.02.1990,M,civilian") << detect << batch
                                << QStringList{"2:3: Дата народження: “31.02.1990”" + dateHint};
    QTest::newRow("1990-13-01") << header + row("Коваленко,Іван,1990-13-01,M,civilian") << detect << batch
                                << QStringList{"2:3: Дата народження: “1990-13-01”" + dateHint};
    QTest::newRow("DD/MM/YYYY is not a form") << header + row("Коваленко,Іван,17/05/1990,M,civilian") << detect << batch
                                              << QStringList{"2:3: Дата народження: “17/05/1990”" + dateHint};
    QTest::newRow("future date") << header + row("Коваленко,Іван,01.01.2027,M,civilian") << detect << batch
                                 << QStringList{"2:3: Дата народження: “01.01.2027” is in the future"};
    QTest::newRow("bad sex") << header + row("Коваленко,Іван,1990-01-01,X,civilian") << detect << batch
                             << QStringList{"2:4: Стать: “X” is not a sex (M or F; Ч or Ж; М or Ж)"};
    QTest::newRow("bad category")
        << header + row("Коваленко,Іван,1990-01-01,M,pilot") << detect << batch
        << QStringList{"2:5: Категорія: “pilot” is not a category (serviceman or civilian; військовослужбовець or "
                       "цивільний; военнослужащий or гражданский)"};
    QTest::newRow("empty sex in a batch") << header + row("Коваленко,Іван,1990-01-01,,civilian") << detect << batch
                                          << QStringList{"2:4: Стать: required, but empty"};
    QTest::newRow("empty surname") << header + row(",Іван,1990-01-01,M,civilian") << detect << batch
                                   << QStringList{"2:1: Прізвище: required, but empty"};
    QTest::newRow("look-alike Latin letters")
        << header + row("Кoвaленкo,Іван,1990-01-01,M,civilian") << detect << batch
        << QStringList{"2:1: Прізвище: The name mixes Cyrillic and Latin letters: Latin “o” at position 2"};
    QTest::newRow("formula in a name") << header + row("\"=HYPERLINK(\"\"http://x\"\")\",Іван,1990-01-01,M,civilian")
                                       << detect << batch
                                       << QStringList{
                                              "2:1: Прізвище: Character “=” at position 1 is not allowed in a name"};
    QTest::newRow("control character") << header + row("Коваленко,Ів\x07ан,1990-01-01,M,civilian") << detect << batch
                                       << QStringList{"2:2: Ім'я: control character U+0007 at position 3 is not "
                                                      "allowed"};
    QTest::newRow("too long") << header + "Коваленко," + QByteArray(201, 'x') + ",1990-01-01,M,civilian\n"
                              << detect << batch << QStringList{"2:2: Ім'я: too long (201 characters, at most 200)"};
    QTest::newRow("repeated row number") << QByteArray("№,Прізвище,Ім'я,Стать,Категорія\n") +
                                                row("1,Коваленко,Іван,M,civilian") + row("1,Шевчук,Ганна,F,civilian")
                                         << detect << batch << QStringList{"3:1: №: “1” is already used on line 2"};
    QTest::newRow("row number with a space")
        << QByteArray("№,Прізвище,Ім'я,Стать,Категорія\n") + row("1 a,Коваленко,Іван,M,civilian") << detect << batch
        << QStringList{"2:1: №: “1 a” contains a space"};
    QTest::newRow("UTF-16 byte-order mark, UTF-8 chosen")
        << utf16(goodHeader(), false) << TextEncoding::Utf8 << batch
        << QStringList{"1:1: the file is UTF-16 (it begins with a UTF-16 byte-order mark); save it as UTF-8"};
    QTest::newRow("UTF-16LE cut in a character")
        << utf16(goodHeader() + QStringLiteral("Коваленко,Іван,1990-01-01,M,civilian\n"), false) + "\x41" << detect
        << batch << QStringList{"3:1: the file ends in the middle of a UTF-16 character"};
    QTest::newRow("UTF-16BE unpaired surrogate")
        << utf16(goodHeader() + QStringLiteral("Коваленко,Іван"), true) + QByteArray("\xD8\x00\x00\x41", 4) << detect
        << batch << QStringList{"2:1: invalid UTF-16: a high surrogate without its pair"};
    QTest::newRow("UTF-32 byte-order mark") << QByteArray("\xFF\xFE\x00\x00P\x00\x00\x00", 8) << detect << batch
                                            << QStringList{"1:1: a NUL character: the file is not text"};
    QTest::newRow("several problems, all reported")
        << header + row("Коваленко,Іван,31.02.1990,X,civilian") + row("Шевчук,Ганна,1975-03-08,F,pilot") << detect
        << batch
        << QStringList{"2:3: Дата народження: “31.02.1990”" + dateHint,
                       "2:4: Стать: “X” is not a sex (M or F; Ч or Ж; М or Ж)",
                       "3:5: Категорія: “pilot” is not a category (serviceman or civilian; військовослужбовець or "
                       "цивільний; военнослужащий or гражданский)"};
}

void ListReaderTest::brokenInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(ListTarget, target);
    QFETCH(QStringList, expected);
    const QString path = write(QStringLiteral("broken.csv"), bytes);
    ListOptions chosen = options(target);
    chosen.format.encoding = encoding;
    qint64 handed = 0;
    const ListOutcome outcome = ListReader::read(path, chosen, [&](const ListRow &) { return ++handed, true; });
    QStringList problems;
    for (const ListProblem &problem : outcome.problems)
        problems << problem.text(QString()).mid(1);
    QCOMPARE(problems, expected);
    QCOMPARE(outcome.problemCount, qint64(expected.size()));
    QVERIFY(!outcome.ok());
    QCOMPARE(handed, outcome.rows);
}

void ListReaderTest::brokenXlsx_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a zip") << "not a zip"
                               << "is not an .xlsx workbook (it is not a zip file, or it is cut short)";
    QTest::newRow("truncated") << "truncated"
                               << "is not an .xlsx workbook (it is not a zip file, or it is cut short)";
    QTest::newRow("formula in a name") << "formula"
                                       << "2:1: Прізвище: Character “=” at position 1 is not allowed in a name";
    QTest::newRow("value beyond the header") << "beyond"
                                             << "2:6: a value beyond the last column of the header";
    QTest::newRow("serial number in a name column") << "future"
                                                    << "2:3: Дата народження: “2958000” is in the future";
}

void ListReaderTest::brokenXlsx()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QStringList header{"Прізвище", "Ім'я", "Дата народження", "Стать", "Категорія"};
    QString path;
    if (kind == QLatin1String("not a zip")) {
        path = write(QStringLiteral("list.xlsx"), goodHeader().toUtf8() + "Коваленко,Іван,1990-01-01,M,civilian\n");
    } else if (kind == QLatin1String("truncated")) {
        const QString whole =
            writeXlsx(QStringLiteral("whole.xlsx"), {header, {"Коваленко", "Іван", "1990-01-01", "M", "civilian"}});
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        path = write(QStringLiteral("cut.xlsx"), file.readAll().left(1500));
    } else if (kind == QLatin1String("formula")) {
        path = writeXlsx(QStringLiteral("formula.xlsx"), {header, {"=1+1", "Іван", "1990-01-01", "M", "civilian"}});
    } else if (kind == QLatin1String("beyond")) {
        path = writeXlsx(QStringLiteral("beyond.xlsx"),
                         {header, {"Коваленко", "Іван", "1990-01-01", "M", "civilian", "extra"}});
    } else {
        path = writeXlsx(QStringLiteral("future.xlsx"), {header, {"Коваленко", "Іван", "2958000", "M", "civilian"}});
    }
    const ListOutcome outcome = ListReader::read(path, options(), {});
    QCOMPARE(outcome.problemCount, 1);
    QVERIFY2(outcome.problems.constFirst().text(QString()).contains(expected),
             qPrintable(outcome.problems.constFirst().text(QString())));
    QCOMPARE(outcome.format.kind, ListFileKind::Xlsx);
}

void ListReaderTest::sameListInEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::newRow("Windows-1251, semicolon, CRLF")
        << "list.csv" << cp1251(listText(QLatin1Char(';'), QStringLiteral("\r\n"))) << TextEncoding::Windows1251
        << QChar(QLatin1Char(';')) << false;
    QTest::newRow("UTF-16LE, tab") << "list.txt" << utf16(listText(QLatin1Char('\t'), QStringLiteral("\r\n")), false)
                                   << TextEncoding::Utf16LE << QChar(QLatin1Char('\t')) << true;
    QTest::newRow("UTF-16BE, semicolon") << "list.csv" << utf16(listText(QLatin1Char(';'), QStringLiteral("\n")), true)
                                         << TextEncoding::Utf16BE << QChar(QLatin1Char(';')) << true;
    QTest::newRow("UTF-8 with BOM, comma")
        << "list.csv" << QByteArray("\xEF\xBB\xBF") + listText(QLatin1Char(','), QStringLiteral("\n")).toUtf8()
        << TextEncoding::Utf8 << QChar(QLatin1Char(',')) << true;
    QTest::newRow("UTF-8, semicolon") << "list.csv" << listText(QLatin1Char(';'), QStringLiteral("\n")).toUtf8()
                                      << TextEncoding::Utf8 << QChar(QLatin1Char(';')) << false;
    QTest::newRow("XLSX") << "list.xlsx" << QByteArray() << TextEncoding::Utf8 << QChar(QLatin1Char(',')) << false;
}

void ListReaderTest::sameListInEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(bool, byteOrderMark);
    QString path;
    if (name.endsWith(QLatin1String(".xlsx"))) {
        QList<QStringList> rows{kHeader};
        rows += kRows;
        path = writeXlsx(name, rows);
    } else {
        path = write(name, bytes);
    }
    QList<ListRow> rows;
    const ListOutcome outcome =
        ListReader::read(path, options(), [&](const ListRow &row) { return rows << row, true; });
    QVERIFY2(outcome.ok(),
             qPrintable(outcome.problems.isEmpty() ? QString() : outcome.problems.constFirst().text(path)));
    if (outcome.format.kind == ListFileKind::Csv) {
        QCOMPARE(outcome.format.encoding, encoding);
        QCOMPARE(outcome.format.delimiter, delimiter);
        QCOMPARE(outcome.format.byteOrderMark, byteOrderMark);
        QVERIFY(outcome.format.encodingDetected);
        QVERIFY(outcome.format.delimiterDetected);
    }
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).line, 2);
    QCOMPARE(rows.at(0).person.recordId, QStringLiteral("1"));
    QCOMPARE(rows.at(0).person.surname, QStringLiteral("Коваленко"));
    QCOMPARE(rows.at(0).person.givenName, QStringLiteral("Олександр"));
    QCOMPARE(rows.at(0).person.birthDate.toIso(), QStringLiteral("1990-05-17"));
    QCOMPARE(rows.at(0).person.sex, Sex::Male);
    QCOMPARE(rows.at(0).person.category, Category::Serviceman);
    QCOMPARE(rows.at(1).person.patronymic, QStringLiteral("Михайлівна"));
    QCOMPARE(rows.at(1).person.sex, Sex::Female);
    QCOMPARE(rows.at(1).person.category, Category::Civilian);
    QCOMPARE(rows.at(2).person.birthDate.toIso(), QStringLiteral("2001-02-01"));
    QCOMPARE(rows.at(2).person.category, Category::Serviceman);
    for (const ListRow &row : rows)
        QVERIFY(row.sexKnown && row.categoryKnown);
}

void ListReaderTest::chosenFormatOverridesDetection()
{
    // Semicolons inside quoted values, and more of them than commas: detection must respect the quotes.
    const QString text = QStringLiteral("Прізвище,Ім'я,Стать,Категорія,Примітки\n"
                                        "Коваленко,Іван,M,civilian,\"a;b;c;d;e\"\n"
                                        "Шевчук,Ганна,F,civilian,\"f;g\"\n");
    const QString path = write(QStringLiteral("quoted.csv"), text.toUtf8());
    ListOptions detected = options();
    ListOutcome outcome = ListReader::read(path, detected, {});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.format.delimiter, QLatin1Char(','));
    QCOMPARE(outcome.rows, 2);

    // Chosen: Windows-1251 read as such although the bytes are UTF-8 would mangle, so UTF-8 is chosen for a
    // Windows-1251 file and the problem names the line.
    const QString cp = write(QStringLiteral("cp.csv"), cp1251(text));
    ListOptions chosen = options();
    chosen.format.encoding = TextEncoding::Utf8;
    outcome = ListReader::read(cp, chosen, {});
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problems.constFirst().kind, ListProblemKind::Encoding);
    QCOMPARE(outcome.problems.constFirst().line, 1);
    QVERIFY(!outcome.format.encodingDetected);

    chosen.format.encoding = TextEncoding::Windows1251;
    chosen.format.delimiter = QLatin1Char(';');
    outcome = ListReader::read(cp, chosen, {});
    // With semicolons chosen the header is one column per semicolon-separated part: one unknown column.
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.format.delimiter, QLatin1Char(';'));
    QVERIFY(!outcome.format.delimiterDetected);
    QCOMPARE(outcome.problems.constFirst().kind, ListProblemKind::Header);
}

void ListReaderTest::headerNamesAreGuessed_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: none
    const auto add = [](const char *header, int field) { QTest::newRow(header) << QString::fromUtf8(header) << field; };
    using C = InterchangeCsv::Column;
    add("Прізвище", int(C::Surname));
    add("  ФАМИЛИЯ ", int(C::Surname));
    add("Surname", int(C::Surname));
    add("Last name", int(C::Surname));
    add("last_name", int(C::Surname));
    add("Ім'я", int(C::GivenName));
    add("Імʼя", int(C::GivenName));
    add("Ім’я", int(C::GivenName));
    add("Имя", int(C::GivenName));
    add("First name", int(C::GivenName));
    add("given_name", int(C::GivenName));
    add("По батькові", int(C::Patronymic));
    add("Отчество", int(C::Patronymic));
    add("Дата народження", int(C::BirthDate));
    add("Дата рождения", int(C::BirthDate));
    add("DOB", int(C::BirthDate));
    add("Date of birth:", int(C::BirthDate));
    add("Стать", int(C::Sex));
    add("Пол", int(C::Sex));
    add("Sex", int(C::Sex));
    add("Gender", int(C::Sex));
    add("Категорія", int(C::Category));
    add("Категория", int(C::Category));
    add("Звання", int(C::Rank));
    add("Звание", int(C::Rank));
    add("Rank", int(C::Rank));
    add("№", int(C::RecordId));
    add("№ п/п", int(C::RecordId));
    add("Номер", int(C::RecordId));
    add("#", int(C::RecordId));
    add("record_id", int(C::RecordId));
    add("Особистий номер", int(C::ServiceNumber));
    add("Личный номер", int(C::ServiceNumber));
    add("Місце народження", int(C::BirthPlace));
    add("Область", int(C::Region));
    add("Примітки", int(C::Notes));
    add("Військова частина", int(C::Unit));
    add("Паспорт", int(C::DocumentNumber));
    add("Прізвисько", -1);
    add("", -1);
}

void ListReaderTest::headerNamesAreGuessed()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    const auto guessed = HeaderMapping::guess(header);
    QCOMPARE(guessed ? int(*guessed) : -1, field);
}

void ListReaderTest::mappingOverride()
{
    const QString path = write(QStringLiteral("override.csv"), QByteArray("Прізвище,Кличка,Ім'я,Стать,Вид\n"
                                                                          "Коваленко,Коваль,Іван,M,civilian\n"));
    const ListPreview preview = ListReader::preview(path, {});
    QVERIFY(!preview.problem);
    HeaderMapping mapping = preview.guessed;
    QCOMPARE(mapping.problems(1, HeaderMapping::requiredFields(ListTarget::Batch)).size(), 3);
    mapping.ignore(1);
    mapping.set(4, InterchangeCsv::Column::Category);
    QVERIFY(mapping.isIgnored(1));
    QCOMPARE(mapping.problems(1, HeaderMapping::requiredFields(ListTarget::Batch)), QList<ListProblem>());

    ListOptions chosen = options();
    chosen.mapping = mapping;
    QList<ListRow> rows;
    ListOutcome outcome = ListReader::read(path, chosen, [&](const ListRow &row) { return rows << row, true; });
    QVERIFY(outcome.ok());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().person.category, Category::Civilian);
    QCOMPARE(outcome.mapping, mapping);

    // Two columns mapped to one field.
    mapping.set(1, InterchangeCsv::Column::Surname);
    chosen.mapping = mapping;
    outcome = ListReader::read(path, chosen, {});
    QCOMPARE(outcome.problemCount, 1);
    QCOMPARE(outcome.problems.constFirst().text(QStringLiteral("f")),
             QStringLiteral("f:1:2: column “Кличка” and column 1 (“Прізвище”) are both mapped to surname"));

    // A mapping made for another file.
    HeaderMapping narrow = HeaderMapping::guessed({QStringLiteral("Прізвище")});
    chosen.mapping = narrow;
    outcome = ListReader::read(path, chosen, {});
    QCOMPARE(outcome.problems.constFirst().reason,
             QStringLiteral("the column mapping is for 1 columns but the header has 5"));

    // A default category stands in for the missing column.
    HeaderMapping noCategory = preview.guessed;
    noCategory.ignore(1);
    noCategory.ignore(4);
    chosen.mapping = noCategory;
    chosen.defaultCategory = Category::Serviceman;
    rows.clear();
    outcome = ListReader::read(path, chosen, [&](const ListRow &row) { return rows << row, true; });
    QVERIFY(outcome.ok());
    QCOMPARE(rows.constFirst().person.category, Category::Serviceman);
}

void ListReaderTest::valuesInThreeLanguages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // code, ISO date, or "" for refused
    const auto add = [](const char *kind, const char *value, const char *expected) {
        QTest::addRow("%s %s", kind, value)
            << QString::fromLatin1(kind) << QString::fromUtf8(value) << QString::fromLatin1(expected);
    };
    add("sex", "M", "M");
    add("sex", "m", "M");
    add("sex", "F", "F");
    add("sex", "Ч", "M");
    add("sex", "чол.", "M");
    add("sex", "чоловіча", "M");
    add("sex", "М", "M"); // Cyrillic
    add("sex", "муж", "M");
    add("sex", "Мужской", "M");
    add("sex", "Ж", "F");
    add("sex", "жін.", "F");
    add("sex", "жіноча", "F");
    add("sex", "женский", "F");
    add("sex", "female", "F");
    add("sex", "X", "");
    add("sex", "MF", "");
    add("category", "serviceman", "serviceman");
    add("category", "Військовослужбовець", "serviceman");
    add("category", "військовослужбовиця", "serviceman");
    add("category", "военнослужащий", "serviceman");
    add("category", "civilian", "civilian");
    add("category", "цивільний", "civilian");
    add("category", "Цивільна особа", "civilian");
    add("category", "гражданский", "civilian");
    add("category", "гражданское лицо", "civilian");
    add("category", "pilot", "");
    add("date", "1990-05-17", "1990-05-17");
    add("date", "17.05.1990", "1990-05-17");
    add("date", "7.5.1990", "1990-05-07");
    add("date", "1990", "1990");
    add("date", "05.1990", "1990-05");
    add("date", "31.02.1990", "");
    add("date", "1990-13-01", "");
    add("date", "17/05/1990", "");
    add("date", "32874", "");
    add("xlsx date", "32874", "1990-01-01");
    add("xlsx date", "32874.5", "1990-01-01");
    add("xlsx date", "1990", "1990");
    add("xlsx date", "17.05.1990", "1990-05-17");
}

void ListReaderTest::valuesInThreeLanguages()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QString got;
    if (kind == QLatin1String("sex")) {
        if (const auto sex = ListReader::parseSex(value))
            got = toCode(*sex);
    } else if (kind == QLatin1String("category")) {
        if (const auto category = ListReader::parseCategory(value))
            got = toCode(*category);
    } else {
        if (const auto date = ListReader::parseDate(value, kind == QLatin1String("xlsx date")))
            got = date->toIso();
    }
    QCOMPARE(got, expected);
}

void ListReaderTest::xlsxDayNumbersInADateColumn()
{
    const QString path = writeXlsx(QStringLiteral("dates.xlsx"),
                                   {{"Фамилия", "Имя", "Дата рождения", "Пол", "Категория", "Личный номер"},
                                    {"Коваленко", "Иван", "32874", "М", "военнослужащий", "40000"}});
    QList<ListRow> rows;
    const ListOutcome outcome =
        ListReader::read(path, options(), [&](const ListRow &row) { return rows << row, true; });
    QVERIFY(outcome.ok());
    QCOMPARE(rows.constFirst().person.birthDate.toIso(), QStringLiteral("1990-01-01"));
    QCOMPARE(rows.constFirst().person.serviceNumber, QStringLiteral("40000")); // not a date column: as written
    QCOMPARE(rows.constFirst().person.sex, Sex::Male);
}

void ListReaderTest::xlsxDateCells_data()
{
    QTest::addColumn<QByteArray>("styles");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("style");
    QTest::addColumn<bool>("inSurname");    // the cell stands in the surname column (the date column then empty)
    QTest::addColumn<QString>("birthDate"); // ISO, when the row is valid
    QTest::addColumn<QString>("problem");   // "LINE:COLUMN: reason", when it is not

    // Styles: 0 general, 1 built-in 14, 2 dd.mm.yyyy, 3 [$-422]dd.mm.yyyy, 4 hh:mm, 5 dd.mm.yyyy hh:mm.
    const QByteArray styles = testing::stylesXml({{164, QStringLiteral("dd.mm.yyyy")},
                                                  {165, QStringLiteral("[$-422]dd.mm.yyyy")},
                                                  {166, QStringLiteral("hh:mm")},
                                                  {167, QStringLiteral("dd.mm.yyyy hh:mm")}},
                                                 {0, 14, 164, 165, 166, 167});
    const QString dateHint = QStringLiteral(
        " is not a valid date (write YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; YYYY or MM.YYYY when only partly known)");
    QTest::newRow("built-in 14") << styles << false << QByteArray("32874") << 1 << false << "1990-01-01"
                                 << "";
    QTest::newRow("custom dd.mm.yyyy") << styles << false << QByteArray("32874") << 2 << false << "1990-01-01"
                                       << "";
    QTest::newRow("custom [$-422]dd.mm.yyyy") << styles << false << QByteArray("27120") << 3 << false << "1974-04-01"
                                              << "";
    QTest::newRow("1904 date system") << styles << true << QByteArray("31412") << 1 << false << "1990-01-01"
                                      << "";
    QTest::newRow("date and time") << styles << false << QByteArray("32874.75") << 5 << false << "1990-01-01"
                                   << "";
    // A date cell is a date whatever its number: no guessing that small numbers are years.
    QTest::newRow("date cell before 1928") << styles << false << QByteArray("9000") << 1 << false << "1924-08-21"
                                           << "";
    QTest::newRow("time only is no date") << styles << false << QByteArray("0.75") << 4 << false << ""
                                          << "2:3: Дата народження: “0.75”" + dateHint;
    // A general cell: the old reading, a day number above 9999, a year below.
    QTest::newRow("general day number") << styles << false << QByteArray("32874") << 0 << false << "1990-01-01"
                                        << "";
    QTest::newRow("general year") << styles << false << QByteArray("1990") << 0 << false << "1990"
                                  << "";
    QTest::newRow("no styles: general") << QByteArray() << false << QByteArray("32874") << 1 << false << "1990-01-01"
                                        << "";
    QTest::newRow("date cell in the future") << styles << false << QByteArray("46388") << 2 << false << ""
                                             << "2:3: Дата народження: “2027-01-01” is in the future";
    QTest::newRow("date cell in the surname column")
        << styles << false << QByteArray("32874") << 2 << true << ""
        << "2:1: Прізвище: Character “1” at position 1 is not allowed in a name";
}

void ListReaderTest::xlsxDateCells()
{
    QFETCH(QByteArray, styles);
    QFETCH(bool, date1904);
    QFETCH(QByteArray, value);
    QFETCH(int, style);
    QFETCH(bool, inSurname);
    QFETCH(QString, birthDate);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(QStringLiteral("%1-dates.xlsx").arg(++m_files));
    testing::WorkbookShape shape;
    shape.styles = styles;
    shape.date1904 = date1904;
    const testing::NumberCell cell{value, style};
    QVERIFY(
        testing::writeWorkbook(path,
                               {{QStringLiteral("Прізвище"), QStringLiteral("Ім'я"), QStringLiteral("Дата народження"),
                                 QStringLiteral("Стать"), QStringLiteral("Категорія")},
                                {inSurname ? testing::Cell(cell) : testing::Cell(QStringLiteral("Коваленко")),
                                 QStringLiteral("Іван"), inSurname ? testing::Cell(QString()) : testing::Cell(cell),
                                 QStringLiteral("Ч"), QStringLiteral("цивільний")}},
                               shape));
    QList<ListRow> rows;
    const ListOutcome outcome =
        ListReader::read(path, options(), [&](const ListRow &row) { return rows << row, true; });
    QStringList problems;
    for (const ListProblem &p : outcome.problems)
        problems << p.text(QString()).mid(1);
    if (problem.isEmpty()) {
        QVERIFY2(outcome.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().person.birthDate.toIso(), birthDate);
        QCOMPARE(rows.constFirst().person.surname, QStringLiteral("Коваленко"));
    } else {
        QCOMPARE(problems, QStringList{problem});
        QVERIFY(rows.isEmpty());
    }
}

void ListReaderTest::recordIdsAreMadeFromTheLine()
{
    const QString path = write(QStringLiteral("noid.csv"), QByteArray("Прізвище;Ім'я;Стать;Категорія\r\n"
                                                                      "Коваленко;Іван;M;civilian\r\n"
                                                                      "\r\n"
                                                                      "Шевчук;Ганна;F;civilian\r\n"));
    QList<ListRow> rows;
    const ListOutcome outcome =
        ListReader::read(path, options(), [&](const ListRow &row) { return rows << row, true; });
    QVERIFY(outcome.ok());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).person.recordId, QStringLiteral("line-2"));
    QCOMPARE(rows.at(1).person.recordId, QStringLiteral("line-4"));
    QVERIFY(rows.at(1).recordIdMade);
}

void ListReaderTest::previewShowsTheFirstRows()
{
    const QString path =
        write(QStringLiteral("preview.csv"), cp1251(listText(QLatin1Char(';'), QStringLiteral("\r\n"))));
    const ListPreview preview = ListReader::preview(path, {}, 2);
    QVERIFY(!preview.problem);
    QCOMPARE(preview.format.encoding, TextEncoding::Windows1251);
    QCOMPARE(preview.format.delimiter, QLatin1Char(';'));
    QCOMPARE(preview.headers, kHeader);
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.rows.at(1).cells, kRows.at(1));
    QCOMPARE(preview.guessed.field(1), std::optional<ListField>(InterchangeCsv::Column::Surname));

    // The same file read as UTF-8: the preview names the problem.
    const ListPreview wrong = ListReader::preview(path, {TextEncoding::Utf8, QChar()}, 2);
    QVERIFY(wrong.problem);
    QCOMPARE(wrong.problem->kind, ListProblemKind::Encoding);
}

void ListReaderTest::oneBadRowAtTheEndOfAHundredThousand()
{
    QByteArray bytes = goodHeader().toUtf8();
    bytes.reserve(6 * 1024 * 1024);
    for (int i = 0; i < 100000; ++i)
        bytes += "Коваленко,Іван,1990-01-01,M,civilian\n";
    bytes += "Шевчук,Ганна,31.02.1990,F,civilian\n";
    const QString path = write(QStringLiteral("big.csv"), bytes);
    qint64 progressCalls = 0;
    const ListOutcome outcome = ListReader::read(path, options(), {}, [&](const ListProgress &progress) {
        ++progressCalls;
        return progress.bytesDone <= progress.bytesTotal;
    });
    QCOMPARE(outcome.rows, 100000);
    QCOMPARE(outcome.problemCount, 1);
    QCOMPARE(outcome.problems.constFirst().line, 100002);
    QVERIFY(progressCalls >= 24);
}

void ListReaderTest::encodingChangesPastTheSample_data()
{
    QTest::addColumn<QByteArray>("head");   // the first bytes, repeated rows follow to past 100 KB
    QTest::addColumn<QByteArray>("row");    // the row repeated
    QTest::addColumn<QByteArray>("tail");   // the last lines
    QTest::addColumn<int>("linesIntoTail"); // the problem's line, counted from the tail's first (0)
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("goodTailRows"); // rows of the tail before the broken one

    const QByteArray header = goodHeader().toUtf8();
    const QByteArray utf8Row = "Коваленко,Іван,1990-01-01,M,civilian\n";
    const QByteArray latinHeader = "Surname,First name,DOB,Sex,Category\n";
    const QByteArray latinRow = "Kovalenko,Ivan,1990-01-01,M,civilian\n";
    const QString mixed = QStringLiteral(
        "the bytes are not UTF-8 (byte 0x%1): this line looks like Windows-1251 while the beginning of the file is "
        "UTF-8, so the file mixes encodings; save the list again in one encoding");
    const QString likely1251 = QStringLiteral(
        "the bytes are not UTF-8 (byte 0x%1): this line looks like Windows-1251 Cyrillic text; choose Windows-1251 "
        "as the file's encoding, or save the list again as UTF-8");

    QTest::newRow("a Windows-1251 line at the end")
        << header << utf8Row << cp1251(QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\n")) << 0 << 1
        << mixed.arg(QLatin1String("D8")) << 0;
    QTest::newRow("a Windows-1251 name in the second column")
        << header << utf8Row
        << QByteArray("Шевчук,Ганна,1975-03-08,F,civilian\nШевчук,") + cp1251(QStringLiteral("Ганна")) +
               ",1975-03-08,F,civilian\nКоваленко,Іван,1990-01-01,M,civilian\n"
        << 1 << 2 << mixed.arg(QLatin1String("C3")) << 1;
    QTest::newRow("in the second line of a quoted field")
        << header << utf8Row
        << QByteArray("Шевчук,Ганна,1975-03-08,F,\"civilian\n") + cp1251(QStringLiteral("цивільна")) + "\"\n"
        << 1 << 5 << mixed.arg(QLatin1String("F6")) << 0;
    QTest::newRow("CRLF lines") << header << QByteArray("Коваленко,Іван,1990-01-01,M,civilian\r\n")
                                << cp1251(QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\r\n")) << 0 << 1
                                << mixed.arg(QLatin1String("D8")) << 0;
    QTest::newRow("a UTF-8 byte-order mark, then Latin text")
        << QByteArray("\xEF\xBB\xBF") + latinHeader << latinRow
        << cp1251(QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\n")) << 0 << 1 << mixed.arg(QLatin1String("D8"))
        << 0;
    QTest::newRow("Latin text, then Windows-1251")
        << latinHeader << latinRow << cp1251(QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\n")) << 0 << 1
        << likely1251.arg(QLatin1String("D8")) << 0;
    // Damage is no other encoding: said as before.
    QTest::newRow("a stray byte in Latin text")
        << header << utf8Row << QByteArray("Shevchuk,Hanna\xFF,1975-03-08,F,civilian\n") << 0 << 2
        << QStringLiteral("invalid UTF-8 (byte 0xFF); save the file as UTF-8") << 0;
    QTest::newRow("a stray Cyrillic letter in Latin text")
        << header << utf8Row << QByteArray("Shevchuk,Hann\xE0,1975-03-08,F,civilian\n") << 0 << 2
        << QStringLiteral("invalid UTF-8 (byte 0xE0); save the file as UTF-8") << 0;
    QTest::newRow("a cut UTF-8 character")
        << header << utf8Row << QByteArray("Шевчук,Ганн\xD0,1975-03-08,F,civilian\n") << 0 << 2
        << QStringLiteral("invalid UTF-8 (byte 0xD0); save the file as UTF-8") << 0;
}

void ListReaderTest::encodingChangesPastTheSample()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, row);
    QFETCH(QByteArray, tail);
    QFETCH(int, linesIntoTail);
    QFETCH(int, column);
    QFETCH(QString, reason);
    QFETCH(int, goodTailRows);
    QByteArray bytes = head;
    qint64 rows = 0;
    while (bytes.size() < 100 * 1024) {
        bytes += row;
        ++rows;
    }
    QVERIFY(bytes.size() > 1.5 * ListReader::kSampleBytes);
    const qint64 tailLine = 1 + rows + 1;
    bytes += tail;
    const QString path = write(QStringLiteral("late.csv"), bytes);
    qint64 handed = 0;
    const ListOutcome outcome = ListReader::read(path, options(), [&](const ListRow &) { return ++handed, true; });
    QCOMPARE(outcome.format.encoding, TextEncoding::Utf8);
    QVERIFY(outcome.format.encodingDetected);
    QCOMPARE(outcome.problemCount, 1);
    const ListProblem &problem = outcome.problems.constFirst();
    QCOMPARE(problem.reason, reason);
    QCOMPARE(problem.line, tailLine + linesIntoTail);
    QCOMPARE(problem.column, column);
    QCOMPARE(problem.kind, ListProblemKind::Encoding);
    // Every row before the broken one was read.
    QCOMPARE(handed, rows + goodTailRows);
}

void ListReaderTest::cancelStopsTheReading()
{
    QByteArray bytes = goodHeader().toUtf8();
    for (int i = 0; i < 10000; ++i)
        bytes += "Коваленко,Іван,1990-01-01,M,civilian\n";
    const QString path = write(QStringLiteral("cancel.csv"), bytes);
    qint64 rows = 0;
    const ListOutcome outcome = ListReader::read(path, options(), [&](const ListRow &) { return ++rows < 10; });
    QVERIFY(outcome.cancelled);
    QCOMPARE(rows, 10);
    const ListOutcome byProgress = ListReader::read(path, options(), {}, [](const ListProgress &) { return false; });
    QVERIFY(byProgress.cancelled);
    QVERIFY(!byProgress.ok());
}

QTEST_GUILESS_MAIN(ListReaderTest)
#include "tst_listreader.moc"
