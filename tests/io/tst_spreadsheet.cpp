// Formula guarding, and the .xlsx writer and reader: what is written is read back cell for cell, and a damaged
// or foreign file is refused with a reason, never read as fewer rows.

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
    QTest::newRow("cyrillic") << QList<QStringList>{header, {QStringLiteral("R1"), QStringLiteral("Шевчук"),
                                                             QStringLiteral("ґ є ї і ʼ")}}
                              << QList<QStringList>{header, {QStringLiteral("R1"), QStringLiteral("Шевчук"),
                                                             QStringLiteral("ґ є ї і ʼ")}};
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

QTEST_GUILESS_MAIN(SpreadsheetTest)
#include "tst_spreadsheet.moc"
