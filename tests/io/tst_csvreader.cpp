#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace homeward;

namespace {

const QString kUnterminated = QStringLiteral("unterminated quoted field: the quote that opens it is never closed");
const QString kAfterQuote = QStringLiteral(
    "text after the closing quote of a quoted field (a quote inside a quoted field must be doubled: \"\")");
const QString kQuoteInside = QStringLiteral(
    "a quote inside a field that does not begin with a quote (put the whole field in quotes and double the quote: "
    "\"\")");
const QString kNul = QStringLiteral("a NUL character: this is not a UTF-8 text file (perhaps UTF-16 or a binary file)");
const QString kUtf16 = QStringLiteral("the file is UTF-16 (it begins with a UTF-16 byte-order mark); save it as UTF-8");
QString invalidUtf8(const char *byte)
{
    return QStringLiteral("invalid UTF-8 (byte 0x%1); save the file as UTF-8").arg(QLatin1String(byte));
}

struct ReadResult {
    QList<QStringList> records;
    QList<qint64> lines;
    QList<bool> blank;
    std::optional<CsvError> error;
    qint64 bytesRead = 0;
};

ReadResult readAll(QIODevice &device, CsvReader::Options options = {})
{
    ReadResult result;
    CsvReader reader(&device, options);
    CsvRecord record;
    while (reader.next(record)) {
        result.records << record.fields;
        result.lines << record.line;
        result.blank << record.blank;
    }
    result.error = reader.error();
    result.bytesRead = reader.bytesRead();
    return result;
}

ReadResult readAll(const QByteArray &bytes, CsvReader::Options options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, options);
}

// A device that hands out at most a few bytes a read, like a slow pipe, so
// every token meets a chunk boundary somewhere.
class TrickleDevice final : public QIODevice {
public:
    explicit TrickleDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(step) {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_at});
        memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_at = 0;
};

} // namespace

class CsvReaderTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reads_data();
    void reads();
    void sameResultInTinyChunks_data() { reads_data(); }
    void sameResultInTinyChunks();
    void streamsALargeFileAcrossChunks();
    void tooLongRecordIsAnError();
    void writerQuotesOnlyWhatNeedsIt_data();
    void writerQuotesOnlyWhatNeedsIt();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void invalidBytesAreKept_data();
    void invalidBytesAreKept();
};

void CsvReaderTest::reads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<qint64>("errorLine"); // 0: no error
    QTest::addColumn<int>("errorColumn");
    QTest::addColumn<QString>("errorReason");

    using R = QList<QStringList>;
    using L = QList<qint64>;
    const auto ok = [](const char *name, const QByteArray &input, R records, L lines, char delimiter = ',') {
        QTest::newRow(name) << input << delimiter << records << lines << qint64(0) << 0 << QString();
    };
    const auto bad = [](const char *name, const QByteArray &input, R records, L lines, qint64 line, int column,
                        const QString &reason) {
        QTest::newRow(name) << input << ',' << records << lines << line << column << reason;
    };

    ok("LF", "a,b\nc,d\n", R{{"a", "b"}, {"c", "d"}}, L{1, 2});
    ok("CRLF", "a,b\r\nc,d\r\n", R{{"a", "b"}, {"c", "d"}}, L{1, 2});
    ok("mixed CRLF, LF and CR", "a\r\nb\nc\rd", R{{"a"}, {"b"}, {"c"}, {"d"}}, L{1, 2, 3, 4});
    ok("no line break at the end", "a,b\nc,d", R{{"a", "b"}, {"c", "d"}}, L{1, 2});
    ok("quoted delimiter", "\"a,b\",c\n", R{{"a,b", "c"}}, L{1});
    ok("doubled quotes", "\"say \"\"hi\"\"\",x\n", R{{"say \"hi\"", "x"}}, L{1});
    ok("embedded LF keeps the line count", "\"l1\nl2\",x\ny,z\n", R{{"l1\nl2", "x"}, {"y", "z"}}, L{1, 3});
    ok("embedded CRLF becomes LF", "\"l1\r\nl2\"\r\nnext\r\n", R{{"l1\nl2"}, {"next"}}, L{1, 3});
    ok("embedded empty lines", "\"a\n\n\nb\",c\nd\n", R{{"a\n\n\nb", "c"}, {"d"}}, L{1, 5});
    ok("empty fields", ",,\n", R{{"", "", ""}}, L{1});
    ok("delimiter at the very end", "a,", R{{"a", ""}}, L{1});
    ok("empty quoted field", "\"\",x", R{{"", "x"}}, L{1});
    ok("UTF-8 byte-order mark",
       "\xEF\xBB\xBF"
       "a,b\n",
       R{{"a", "b"}}, L{1});
    ok("byte-order mark only", "\xEF\xBB\xBF", R{}, L{});
    ok("empty file", "", R{}, L{});
    ok("trailing empty line", "a\n\n", R{{"a"}, {""}}, L{1, 2});
    ok("empty line in the middle", "a\n\nb\n", R{{"a"}, {""}, {"b"}}, L{1, 2, 3});
    ok("Cyrillic", "Коваленко,Олександр\n", R{{"Коваленко", "Олександр"}}, L{1});
    ok("semicolon delimiter", "a;b,c\n", R{{"a", "b,c"}}, L{1}, ';');
    ok("tab delimiter", "a\tb c\n", R{{"a", "b c"}}, L{1}, '\t');
    ok("lone CR line ends", "a\rb\r", R{{"a"}, {"b"}}, L{1, 2});
    ok("spaces are kept", " a , b \n", R{{" a ", " b "}}, L{1});

    bad("unterminated quote", "a,\"bc\nd\n", R{}, L{}, 1, 2, kUnterminated);
    bad("unterminated quote after good rows", "x\ny\n\"open\n", R{{"x"}, {"y"}}, L{1, 2}, 3, 1, kUnterminated);
    bad("text after the closing quote", "\"ab\"c,d\n", R{}, L{}, 1, 1, kAfterQuote);
    bad("text after a closing quote on a later line", "\"x\n\ny\",1\nz,\"q\"w\n", R{{"x\n\ny", "1"}}, L{1}, 4, 2,
        kAfterQuote);
    bad("quote inside an unquoted field", "ab\"c\",d\n", R{}, L{}, 1, 1, kQuoteInside);
    bad("quote inside the third field", "a,b,c\"d\n", R{}, L{}, 1, 3, kQuoteInside);
    bad("space before the opening quote", "a, \"b\"\n", R{}, L{}, 1, 2, kQuoteInside);
    bad("invalid UTF-8 byte", "ok\nab\xFF,c\n", R{{"ok"}}, L{1}, 2, 1, invalidUtf8("FF"));
    bad("invalid UTF-8 in the second line of a quoted field", "\"a\nb\xC3\",c\n", R{}, L{}, 2, 1, invalidUtf8("C3"));
    bad("Windows-1251 text", "x,\xCA\xEE\xE2\xE0\xEB\xE5\xED\xEA\xEE\n", R{}, L{}, 1, 2, invalidUtf8("CA"));
    bad("overlong UTF-8", "\xC0\xAF", R{}, L{}, 1, 1, invalidUtf8("C0"));
    bad("UTF-8 surrogate", "a,\xED\xA0\x80", R{}, L{}, 1, 2, invalidUtf8("ED"));
    bad("truncated UTF-8 sequence", "\xD0", R{}, L{}, 1, 1, invalidUtf8("D0"));
    bad("NUL byte", QByteArray("a\0b\n", 4), R{}, L{}, 1, 1, kNul);
    bad("UTF-16 LE byte-order mark",
        QByteArray("\xFF\xFE"
                   "a\0",
                   4),
        R{}, L{}, 1, 1, kUtf16);
    bad("UTF-16 BE byte-order mark", QByteArray("\xFE\xFF\0a", 4), R{}, L{}, 1, 1, kUtf16);
}

void CsvReaderTest::reads()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);
    QFETCH(qint64, errorLine);
    QFETCH(int, errorColumn);
    QFETCH(QString, errorReason);

    CsvReader::Options options;
    options.delimiter = delimiter;
    const ReadResult result = readAll(input, options);
    QCOMPARE(result.records, records);
    QCOMPARE(result.lines, lines);
    if (errorLine == 0) {
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->reason : QString()));
        QCOMPARE(result.bytesRead, qint64(input.size()));
    } else {
        QVERIFY(result.error);
        QCOMPARE(result.error->reason, errorReason);
        QCOMPARE(result.error->line, errorLine);
        QCOMPARE(result.error->column, errorColumn);
    }
    for (qsizetype i = 0; i < result.records.size(); ++i)
        QCOMPARE(result.blank.at(i), result.records.at(i) == QStringList{QString()});
}

void CsvReaderTest::sameResultInTinyChunks()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QList<QStringList>, records);
    QFETCH(qint64, errorLine);
    QFETCH(int, errorColumn);

    for (qint64 step : {1, 2, 3}) {
        TrickleDevice device(input, step);
        QVERIFY(device.open(QIODevice::ReadOnly));
        CsvReader::Options options;
        options.delimiter = delimiter;
        const ReadResult result = readAll(device, options);
        QCOMPARE(result.records, records);
        QCOMPARE(result.error.has_value(), errorLine != 0);
        if (result.error) {
            QCOMPARE(result.error->line, errorLine);
            QCOMPARE(result.error->column, errorColumn);
        }
    }
}

void CsvReaderTest::streamsALargeFileAcrossChunks()
{
    // About 10 MB: quoted fields with line breaks and quotes land on every chunk boundary somewhere.
    QByteArray input;
    constexpr int kRecords = 100000;
    for (int i = 0; i < kRecords; ++i)
        input += "R" + QByteArray::number(i) + ",\"Шевченко, \"\"Тарас\"\"\nрядок " + QByteArray::number(i) +
                 "\",1990-01-01," + QByteArray(i % 97, 'x') + "\r\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    CsvRecord record;
    int count = 0;
    while (reader.next(record)) {
        QCOMPARE(record.fields.size(), 4);
        QCOMPARE(record.line, qint64(count) * 2 + 1);
        if (record.fields.at(0) != QStringLiteral("R%1").arg(count))
            QFAIL(qPrintable(QStringLiteral("record %1 reads %2").arg(count).arg(record.fields.at(0))));
        if (record.fields.at(1) != QStringLiteral("Шевченко, \"Тарас\"\nрядок %1").arg(count))
            QFAIL(qPrintable(QStringLiteral("record %1 field 2 reads %2").arg(count).arg(record.fields.at(1))));
        QCOMPARE(record.fields.at(3).size(), count % 97);
        ++count;
    }
    QVERIFY(!reader.error());
    QVERIFY(reader.atEnd());
    QCOMPARE(count, kRecords);
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
}

void CsvReaderTest::tooLongRecordIsAnError()
{
    CsvReader::Options options;
    options.maxRecordBytes = 1000;
    const ReadResult fine = readAll("a," + QByteArray(900, 'b') + "\n", options);
    QVERIFY(!fine.error);
    const ReadResult result = readAll("ok\n\"" + QByteArray(5000, 'b'), options);
    QCOMPARE(result.records, QList<QStringList>{{"ok"}});
    QVERIFY(result.error);
    QCOMPARE(result.error->line, 2);
    QCOMPARE(result.error->column, 1);
    QCOMPARE(result.error->reason, QStringLiteral("the record is longer than 1000 bytes (a quote that never closes?)"));
}

void CsvReaderTest::writerQuotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("Коваленко") << QStringLiteral("Коваленко");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CRLF becomes LF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    // The interchange CSV keeps values as they are: no formula escaping here.
    QTest::newRow("formula-like") << QStringLiteral("=1+1") << QStringLiteral("=1+1");
    QTest::newRow("minus") << QStringLiteral("-123") << QStringLiteral("-123");
}

void CsvReaderTest::writerQuotesOnlyWhatNeedsIt()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::escaped(field), written);
}

void CsvReaderTest::writerRoundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("simple") << QStringList{"a", "b", "c"};
    QTest::newRow("tricky") << QStringList{"a,b", "\"", "line\nbreak", " padded ", "", "Мар'яна", "=SUM(A1)"};
    QTest::newRow("one empty field") << QStringList{"", "x"};
    QTest::newRow("only quotes") << QStringList{"\"\"\"", ",,,"};
}

void CsvReaderTest::writerRoundTrip()
{
    QFETCH(QStringList, fields);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRecord(fields));
    QVERIFY(writer.writeRecord(fields));
    buffer.close();
    QVERIFY(bytes.endsWith('\n') && !bytes.contains('\r'));
    const ReadResult result = readAll(bytes);
    QVERIFY(!result.error);
    QCOMPARE(result.records, (QList<QStringList>{fields, fields}));
}

void CsvReaderTest::invalidBytesAreKept_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("windows1251");
    QTest::addColumn<QByteArray>("kept"); // CsvReader::invalidBytes() after the error
    QTest::newRow("a stray byte") << QByteArray("ok\nab\xFF,c\n") << false << QByteArray("\xFF");
    QTest::newRow("from the bad byte to the end of the field")
        << QByteArray("x,\xD0\x9A\xCA\xEE\xE2,y\n") << false << QByteArray("\xCA\xEE\xE2");
    QTest::newRow("to the end of its line in a quoted field")
        << QByteArray("\"a\nb\xC3\xC4\nzz\",c\n") << false << QByteArray("\xC3\xC4");
    QTest::newRow("at most 64 bytes") << QByteArray(100, '\xE0') + "\n" << false
                                      << QByteArray(CsvReader::kInvalidBytesKept, '\xE0');
    QTest::newRow("no error") << QByteArray("a,b\n") << false << QByteArray();
    QTest::newRow("a NUL byte") << QByteArray("a\0b\n", 4) << false << QByteArray();
    QTest::newRow("a broken quote") << QByteArray("\"a\xFF") << false << QByteArray();
    QTest::newRow("Windows-1251: an undefined byte") << QByteArray("a\x98\n") << true << QByteArray();
}

void CsvReaderTest::invalidBytesAreKept()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, windows1251);
    QFETCH(QByteArray, kept);
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    if (windows1251)
        options.encoding = CsvReader::Options::Encoding::Windows1251;
    CsvReader reader(&buffer, options);
    CsvRecord record;
    while (reader.next(record)) {
    }
    QCOMPARE(reader.error().has_value(), input != "a,b\n");
    QCOMPARE(reader.invalidBytes(), kept);
}

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
