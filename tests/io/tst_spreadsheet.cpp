// Formula guarding, and the .xlsx writer and reader: what is written is read back cell for cell, a date cell
// comes as its date and every other number as written, and a damaged or foreign file is refused with a reason,
// never read as fewer rows.

#include "XlsxFixture.h"

#include "io/FormulaGuard.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

class SpreadsheetTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void guard_data();
    void guard();
    void columnIndex_data();
    void columnIndex();
    void roundTrip_data();
    void roundTrip();
    void manyRows();
    void tooManyRowsRefused();
    void badFilesRefused_data();
    void badFilesRefused();
    void cancelStops();
    void dateFormats_data();
    void dateFormats();
    void dayNumbers_data();
    void dayNumbers();
    void dateCells_data();
    void dateCells();
    void datesWrittenByLibxlsxwriter_data();
    void datesWrittenByLibxlsxwriter();
    void brokenStylesRefused();

private:
    QString writeSheet(const QList<QStringList> &rows);
    QList<QStringList> readSheet(const QString &path, QString *error = nullptr);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void SpreadsheetTest::guard_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("plain") << QStringLiteral("Коваленко") << QStringLiteral("Коваленко");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
    QTest::newRow("plus") << QStringLiteral("+380501234567") << QStringLiteral("'+380501234567");
    QTest::newRow("minus") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("apostrophe name") << QStringLiteral("'Ім'я") << QStringLiteral("'Ім'я");
}

void SpreadsheetTest::guard()
{
    QFETCH(QString, value);
    QFETCH(QString, guarded);
    QCOMPARE(formula::guard(value), guarded);
    QCOMPARE(formula::unguard(formula::guard(value)), value);
    QCOMPARE(formula::looksLikeFormula(formula::guard(value)), false);
}

void SpreadsheetTest::columnIndex_data()
{
    QTest::addColumn<QString>("letters");
    QTest::addColumn<int>("index");
    QTest::newRow("A") << QStringLiteral("A") << 0;
    QTest::newRow("Z") << QStringLiteral("Z") << 25;
    QTest::newRow("AA") << QStringLiteral("AA") << 26;
    QTest::newRow("XFD") << QStringLiteral("XFD") << 16383;
    QTest::newRow("XFE") << QStringLiteral("XFE") << -1;
    QTest::newRow("lower") << QStringLiteral("a") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("digit") << QStringLiteral("A1") << -1;
}

void SpreadsheetTest::columnIndex()
{
    QFETCH(QString, letters);
    QFETCH(int, index);
    QCOMPARE(XlsxReader::columnIndex(letters), index);
}

QString SpreadsheetTest::writeSheet(const QList<QStringList> &rows)
{
    const QString path = m_dir.filePath(QStringLiteral("sheet%1.xlsx").arg(++m_files));
    XlsxWriter writer(path, QStringLiteral("Аркуш"));
    for (int i = 0; i < rows.size(); ++i) {
        const bool written = i == 0 ? writer.writeHeader(rows.at(i)) : writer.writeRow(rows.at(i));
        if (!written)
            qWarning() << writer.errorString();
    }
    if (!writer.close())
        qWarning() << writer.errorString();
    return path;
}

QList<QStringList> SpreadsheetTest::readSheet(const QString &path, QString *error)
{
    QList<QStringList> rows;
    auto read = XlsxReader::read(path, [&](qint64, const QStringList &cells) {
        rows << cells;
        return true;
    });
    if (error)
        *error = read ? QString() : read.text();
    return rows;
}

void SpreadsheetTest::roundTrip_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<QStringList>>("expected");
    const QStringList header{QStringLiteral("record_id"), QStringLiteral("surname"), QStringLiteral("notes")};
    QTest::newRow("cyrillic")
        << QList<QStringList>{header, {QStringLiteral("R1"), QStringLiteral("Шевчук"), QStringLiteral("ґ є ї і ʼ")}}
        << QList<QStringList>{header, {QStringLiteral("R1"), QStringLiteral("Шевчук"), QStringLiteral("ґ є ї і ʼ")}};
    QTest::newRow("gaps keep columns")
        << QList<QStringList>{header, {QStringLiteral("R2"), QString(), QStringLiteral("примітка")}}
        << QList<QStringList>{header, {QStringLiteral("R2"), QString(), QStringLiteral("примітка")}};
    QTest::newRow("trailing empty cells dropped")
        << QList<QStringList>{header, {QStringLiteral("R3"), QString(), QString()}}
        << QList<QStringList>{header, {QStringLiteral("R3")}};
    QTest::newRow("formula text stays text")
        << QList<QStringList>{header, {QStringLiteral("R4"), QStringLiteral("=1+1"), QStringLiteral("@x")}}
        << QList<QStringList>{header, {QStringLiteral("R4"), QStringLiteral("=1+1"), QStringLiteral("@x")}};
    QTest::newRow("xml specials and line breaks")
        << QList<QStringList>{header, {QStringLiteral("R5"), QStringLiteral("<&>\"'"), QStringLiteral("a\nb")}}
        << QList<QStringList>{header, {QStringLiteral("R5"), QStringLiteral("<&>\"'"), QStringLiteral("a\nb")}};
    QTest::newRow("number-looking text")
        << QList<QStringList>{header, {QStringLiteral("007"), QStringLiteral("1e5"), QStringLiteral("1990-01-02")}}
        << QList<QStringList>{header, {QStringLiteral("007"), QStringLiteral("1e5"), QStringLiteral("1990-01-02")}};
}

void SpreadsheetTest::roundTrip()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<QStringList>, expected);
    QString error;
    const QList<QStringList> read = readSheet(writeSheet(rows), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read, expected);
}

void SpreadsheetTest::manyRows()
{
    QList<QStringList> rows{{QStringLiteral("n"), QStringLiteral("name")}};
    for (int i = 1; i <= 20000; ++i)
        rows << QStringList{QString::number(i), QStringLiteral("Прізвище%1").arg(i)};
    const QString path = writeSheet(rows);
    qint64 lastRow = 0;
    qint64 count = 0;
    auto read = XlsxReader::read(path, [&](qint64 rowNumber, const QStringList &cells) {
        ++count;
        lastRow = rowNumber;
        return cells.size() == 2;
    });
    QVERIFY2(read.ok(), qPrintable(read.text()));
    QCOMPARE(read.value().rows, 20001);
    QCOMPARE(read.value().cancelled, false);
    QCOMPARE(lastRow, 20001);
}

void SpreadsheetTest::tooManyRowsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("limit.xlsx"));
    XlsxWriter writer(path, QStringLiteral("x"));
    QVERIFY(writer.writeHeader({QStringLiteral("a")}));
    // The writer counts rows without writing cells for empty ones, so the limit is cheap to reach.
    for (qint64 i = 1; i < XlsxWriter::kMaxRows; ++i)
        QVERIFY(writer.writeRow({}));
    QVERIFY(!writer.writeRow({QStringLiteral("one too many")}));
    QVERIFY(writer.errorString().contains(QString::number(XlsxWriter::kMaxRows)));
}

void SpreadsheetTest::badFilesRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("cutTo"); // -1: the content as given; else a valid workbook cut to this many bytes
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << QByteArray() << -1 << QStringLiteral("not an .xlsx workbook");
    QTest::newRow("not a zip") << QByteArray("record_id,surname\nR1,X\n") << -1
                               << QStringLiteral("not an .xlsx workbook");
    QTest::newRow("truncated") << QByteArray() << 400 << QStringLiteral("not an .xlsx workbook");
}

void SpreadsheetTest::badFilesRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(int, cutTo);
    QFETCH(QString, reason);
    if (cutTo >= 0) {
        QFile whole(writeSheet({{QStringLiteral("a")}, {QStringLiteral("b")}}));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        content = whole.readAll().left(cutTo);
    }
    const QString path = m_dir.filePath(QStringLiteral("bad%1.xlsx").arg(++m_files));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    int rows = 0;
    auto read = XlsxReader::read(path, [&](qint64, const QStringList &) { return ++rows, true; });
    QVERIFY(!read.ok());
    QVERIFY2(read.text().contains(reason), qPrintable(read.text()));
    QCOMPARE(rows, 0);
}

void SpreadsheetTest::cancelStops()
{
    const QString path = writeSheet({{QStringLiteral("a")}, {QStringLiteral("1")}, {QStringLiteral("2")}});
    int calls = 0;
    auto read = XlsxReader::read(path, [&](qint64, const QStringList &) { return ++calls < 2; });
    QVERIFY(read.ok());
    QVERIFY(read.value().cancelled);
    QCOMPARE(calls, 2);
}

void SpreadsheetTest::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code"); // empty: the built-in format `id`
    QTest::addColumn<bool>("date");
    QTest::newRow("built-in 14 (short date)") << 14 << QString() << true;
    QTest::newRow("built-in 15 (d-mmm-yy)") << 15 << QString() << true;
    QTest::newRow("built-in 17 (mmm-yy)") << 17 << QString() << true;
    QTest::newRow("built-in 22 (date and time)") << 22 << QString() << true;
    QTest::newRow("built-in 31 (East Asian date)") << 31 << QString() << true;
    QTest::newRow("built-in 0 (general)") << 0 << QString() << false;
    QTest::newRow("built-in 2 (0.00)") << 2 << QString() << false;
    QTest::newRow("built-in 13 (fraction)") << 13 << QString() << false;
    QTest::newRow("built-in 18 (h:mm AM/PM)") << 18 << QString() << false;
    QTest::newRow("built-in 20 (h:mm)") << 20 << QString() << false;
    QTest::newRow("built-in 21 (h:mm:ss)") << 21 << QString() << false;
    QTest::newRow("built-in 45 (mm:ss)") << 45 << QString() << false;
    QTest::newRow("built-in 46 ([h]:mm:ss)") << 46 << QString() << false;
    QTest::newRow("built-in 49 (text)") << 49 << QString() << false;
    QTest::newRow("dd.mm.yyyy") << 164 << QStringLiteral("dd.mm.yyyy") << true;
    QTest::newRow("upper case") << 164 << QStringLiteral("DD.MM.YYYY") << true;
    QTest::newRow("locale in brackets") << 164 << QStringLiteral("[$-422]dd.mm.yyyy") << true;
    QTest::newRow("with quoted text") << 164 << QStringLiteral("d mmmm yyyy\" р.\"") << true;
    QTest::newRow("date and time") << 164 << QStringLiteral("dd.mm.yyyy hh:mm") << true;
    QTest::newRow("month name only") << 164 << QStringLiteral("mmmm") << true;
    QTest::newRow("year only") << 164 << QStringLiteral("yyyy") << true;
    QTest::newRow("time") << 164 << QStringLiteral("hh:mm") << false;
    QTest::newRow("time with seconds") << 164 << QStringLiteral("h:mm:ss") << false;
    QTest::newRow("minutes and seconds") << 164 << QStringLiteral("mm:ss.0") << false;
    QTest::newRow("elapsed hours") << 164 << QStringLiteral("[h]:mm") << false;
    QTest::newRow("elapsed minutes") << 164 << QStringLiteral("[mm]:ss") << false;
    QTest::newRow("time AM/PM") << 164 << QStringLiteral("h:mm AM/PM") << false;
    QTest::newRow("number") << 164 << QStringLiteral("#,##0.00") << false;
    QTest::newRow("general") << 164 << QStringLiteral("General") << false;
    QTest::newRow("colour and currency") << 164 << QStringLiteral("[Red][$₴-422]#,##0") << false;
    QTest::newRow("d only in quotes") << 164 << QStringLiteral("0 \"днів\"") << false;
    QTest::newRow("d only in quotes, Latin") << 164 << QStringLiteral("0 \"days\"") << false;
    QTest::newRow("escaped d") << 164 << QStringLiteral("0\\d") << false;
    QTest::newRow("date only in the negative section") << 164 << QStringLiteral("0;dd.mm.yyyy") << false;
}

void SpreadsheetTest::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormat(id, code), date);
}

void SpreadsheetTest::dayNumbers_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("date"); // ISO; empty: no date
    QTest::newRow("1990-01-01") << 32874.0 << false << QStringLiteral("1990-01-01");
    QTest::newRow("day 1") << 1.0 << false << QStringLiteral("1900-01-01");
    QTest::newRow("28 February 1900") << 59.0 << false << QStringLiteral("1900-02-28");
    QTest::newRow("phantom 29 February 1900") << 60.0 << false << QString();
    QTest::newRow("1 March 1900") << 61.0 << false << QStringLiteral("1900-03-01");
    QTest::newRow("day 0") << 0.0 << false << QString();
    QTest::newRow("negative") << -1.0 << false << QString();
    QTest::newRow("evening drops the time") << 32874.99 << false << QStringLiteral("1990-01-01");
    QTest::newRow("a hair before midnight is midnight") << 32874.9999999999 << false << QStringLiteral("1990-01-02");
    QTest::newRow("9999-12-31") << 2958465.0 << false << QStringLiteral("9999-12-31");
    QTest::newRow("after 9999") << 2958466.0 << false << QString();
    QTest::newRow("1904: day 0") << 0.0 << true << QStringLiteral("1904-01-01");
    QTest::newRow("1904: 1990-01-01") << 31412.0 << true << QStringLiteral("1990-01-01");
    QTest::newRow("1904: 1900 has no phantom day") << 1.5 << true << QStringLiteral("1904-01-02");
}

void SpreadsheetTest::dayNumbers()
{
    QFETCH(double, number);
    QFETCH(bool, date1904);
    QFETCH(QString, date);
    QCOMPARE(XlsxReader::dateOfDayNumber(number, date1904).toString(Qt::ISODate), date);
}

void SpreadsheetTest::dateCells_data()
{
    QTest::addColumn<QByteArray>("styles"); // empty: the workbook has no styles part
    QTest::addColumn<QString>("stylesPath");
    QTest::addColumn<bool>("relationship"); // workbook.xml.rels names the styles part
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");

    using testing::stylesXml;
    const QString usual = QStringLiteral("xl/styles.xml");
    const QByteArray builtIn = stylesXml({}, {0, 14, 2, 22});
    const QByteArray custom = stylesXml({{164, QStringLiteral("dd.mm.yyyy")},
                                         {165, QStringLiteral("[$-422]dd.mm.yyyy")},
                                         {166, QStringLiteral("hh:mm")},
                                         {167, QStringLiteral("dd.mm.yyyy hh:mm")},
                                         {168, QStringLiteral("[h]:mm:ss")}},
                                        {0, 164, 165, 166, 167, 168});
    QTest::newRow("built-in 14") << builtIn << usual << true << false << QByteArray("32874") << 1 << "1990-01-01";
    QTest::newRow("built-in 22, date and time")
        << builtIn << usual << true << false << QByteArray("32874.75") << 3 << "1990-01-01";
    QTest::newRow("general") << builtIn << usual << true << false << QByteArray("32874") << 0 << "32874";
    QTest::newRow("built-in 0.00") << builtIn << usual << true << false << QByteArray("32874") << 2 << "32874";
    QTest::newRow("custom dd.mm.yyyy") << custom << usual << true << false << QByteArray("32874") << 1 << "1990-01-01";
    QTest::newRow("custom with a locale")
        << custom << usual << true << false << QByteArray("36526") << 2 << "2000-01-01";
    QTest::newRow("custom time only") << custom << usual << true << false << QByteArray("0.75") << 3 << "0.75";
    QTest::newRow("custom time of a day number")
        << custom << usual << true << false << QByteArray("32874.75") << 3 << "32874.75";
    QTest::newRow("custom date and time")
        << custom << usual << true << false << QByteArray("32874.5") << 4 << "1990-01-01";
    QTest::newRow("custom elapsed time") << custom << usual << true << false << QByteArray("1.5") << 5 << "1.5";
    QTest::newRow("1904 date system") << builtIn << usual << true << true << QByteArray("31412") << 1 << "1990-01-01";
    QTest::newRow("phantom 29 February 1900 stays a number")
        << builtIn << usual << true << false << QByteArray("60") << 1 << "60";
    QTest::newRow("negative stays a number") << builtIn << usual << true << false << QByteArray("-5") << 1 << "-5";
    QTest::newRow("no styles part") << QByteArray() << usual << false << false << QByteArray("32874") << 1 << "32874";
    QTest::newRow("styles in the usual place, no relationship")
        << builtIn << usual << false << false << QByteArray("32874") << 1 << "1990-01-01";
    QTest::newRow("styles elsewhere, named by the relationship")
        << builtIn << QStringLiteral("xl/other/look.xml") << true << false << QByteArray("32874") << 1 << "1990-01-01";
    QTest::newRow("styles elsewhere, no relationship")
        << builtIn << QStringLiteral("xl/other/look.xml") << false << false << QByteArray("32874") << 1 << "32874";
    QTest::newRow("built-in id redefined as a number") << stylesXml({{14, QStringLiteral("0.00")}}, {0, 14}) << usual
                                                       << true << false << QByteArray("32874") << 1 << "32874";
    QTest::newRow("style beyond the list") << builtIn << usual << true << false << QByteArray("32874") << 9 << "32874";
    QTest::newRow("cell style xf is not a cell format")
        << stylesXml({}, {0, 0}) << usual << true << false << QByteArray("32874") << 1 << "32874";
}

void SpreadsheetTest::dateCells()
{
    QFETCH(QByteArray, styles);
    QFETCH(QString, stylesPath);
    QFETCH(bool, relationship);
    QFETCH(bool, date1904);
    QFETCH(QByteArray, value);
    QFETCH(int, style);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("dates%1.xlsx").arg(++m_files));
    testing::WorkbookShape shape;
    shape.styles = styles;
    shape.stylesPath = stylesPath;
    shape.stylesRelationship = relationship;
    shape.date1904 = date1904;
    QVERIFY(testing::writeWorkbook(
        path,
        {{QStringLiteral("name"), QStringLiteral("born"), QStringLiteral("note")},
         {QStringLiteral("Коваленко"), testing::NumberCell{value, style}, QStringLiteral("32874")}},
        shape));
    QString error;
    const QList<QStringList> rows = readSheet(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    // The text cell beside it is never taken for a date.
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("Коваленко"), expected, QStringLiteral("32874")}));
}

void SpreadsheetTest::datesWrittenByLibxlsxwriter_data()
{
    QTest::addColumn<QString>("format"); // a built-in id, a format code, or empty (general)
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("built-in 14") << QStringLiteral("14") << 32874.0 << QStringLiteral("1990-01-01");
    QTest::newRow("dd.mm.yyyy") << QStringLiteral("dd.mm.yyyy") << 32874.0 << QStringLiteral("1990-01-01");
    QTest::newRow("[$-422]dd.mm.yyyy") << QStringLiteral("[$-422]dd.mm.yyyy") << 27120.0
                                       << QStringLiteral("1974-04-01");
    QTest::newRow("date and time") << QStringLiteral("dd.mm.yyyy hh:mm") << 32874.5 << QStringLiteral("1990-01-01");
    QTest::newRow("time only") << QStringLiteral("hh:mm") << 0.75 << QStringLiteral("0.75");
    QTest::newRow("general") << QString() << 32874.0 << QStringLiteral("32874");
    QTest::newRow("number") << QStringLiteral("0.00") << 32874.0 << QStringLiteral("32874");
}

void SpreadsheetTest::datesWrittenByLibxlsxwriter()
{
    QFETCH(QString, format);
    QFETCH(double, number);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("written%1.xlsx").arg(++m_files));
    QVERIFY(testing::writeWithLibxlsxwriter(
        path, {{testing::text(QStringLiteral("born"))}, {testing::number(number, format)}}));
    QString error;
    const QList<QStringList> rows = readSheet(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, (QList<QStringList>{{QStringLiteral("born")}, {expected}}));
}

void SpreadsheetTest::brokenStylesRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("badstyles.xlsx"));
    testing::WorkbookShape shape;
    shape.styles = "<styleSheet><cellXfs><xf numFmtId=\"14\"></cellXfs>";
    QVERIFY(testing::writeWorkbook(path, {{QStringLiteral("a")}, {testing::NumberCell{"32874", 0}}}, shape));
    QString error;
    const QList<QStringList> rows = readSheet(path, &error);
    QVERIFY2(error.contains(QLatin1String("xl/styles.xml is not well-formed XML")), qPrintable(error));
    QVERIFY(rows.isEmpty()); // refused before any row: a date never read as a number
}

QTEST_GUILESS_MAIN(SpreadsheetTest)
#include "tst_spreadsheet.moc"
