// A libFuzzer target for the CSV reading path: CsvReader over every
// delimiter and both byte encodings, ListFormats' encoding and delimiter
// guesses, and the detect-then-read pipeline ListReader uses (UTF-16 through
// DecodingDevice). Built and run by tests/fuzz/run.sh, never by CMake.
//
// The first input byte chooses how to read, the rest is the file:
//   bits 0-1  delimiter: ',' ';' '\t', or 3: detected (the pipeline mode)
//   bit  2    encoding: UTF-8 or Windows-1251 (ignored in the pipeline mode)
//   bits 3-4  maxRecordBytes: 16 MiB, 1, 17 or 300
//   bits 5-7  0: one QBuffer read; 1-7: also read again through a device
//             that hands out that many bytes a read, and compare.
//
// A broken invariant calls __builtin_trap(), which libFuzzer reports as a
// crash with the input that caused it.

#include "CsvReader.h"
#include "ListFormat.h"

#include <QBuffer>
#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>

using namespace homeward;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

// Hands out at most `step` bytes a read, like a slow pipe, so every token
// meets a chunk boundary of the reader somewhere.
class TrickleDevice final : public QIODevice {
public:
    TrickleDevice(const QByteArray &data, qint64 step) : m_data(data), m_step(step) {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_at});
        if (n > 0)
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

struct Reading {
    QList<CsvRecord> records;
    std::optional<CsvError> error;
    bool encodingError = false;
    bool atEnd = false;
    qint64 bytesRead = 0;
};

// The size a record's fields had in the file, as the reader counts them
// against maxRecordBytes: bytes for UTF-8, one byte a character for
// Windows-1251 (a line break inside quotes is one "\n" whatever it was).
qint64 recordSize(const CsvRecord &record, CsvReader::Options::Encoding encoding)
{
    qint64 size = 0;
    for (const QString &field : record.fields)
        size += encoding == CsvReader::Options::Encoding::Utf8 ? field.toUtf8().size() : field.size();
    return size;
}

// Reads every record and checks what must hold whatever the bytes.
Reading readAll(QIODevice &device, const CsvReader::Options &options)
{
    Reading reading;
    CsvReader reader(&device, options);
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        check(record.line >= 1);
        check(record.line > lastLine); // a record begins on a later line than the one before
        lastLine = record.line;
        check(!record.fields.isEmpty());
        check(!record.blank || (record.fields.size() == 1 && record.fields.constFirst().isEmpty()));
        check(recordSize(record, options.encoding) <= options.maxRecordBytes);
        for (const QString &field : record.fields)
            check(!field.contains(QLatin1Char('\r'))); // line breaks inside quotes are "\n"
        reading.records.append(record);
    }
    reading.error = reader.error();
    reading.encodingError = reader.encodingError();
    reading.atEnd = reader.atEnd();
    reading.bytesRead = reader.bytesRead();
    check(reading.atEnd != reading.error.has_value()); // it ends either at the end or on an error
    if (reading.error) {
        check(reading.error->line >= 1);
        check(reading.error->column >= 1);
        check(reading.error->line >= lastLine);
        check(!reading.error->reason.isEmpty());
    }
    // Calling on after the end or an error gives nothing more.
    check(!reader.next(record));
    return reading;
}

bool sameRecords(const QList<CsvRecord> &a, const QList<CsvRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].line != b[i].line || a[i].fields != b[i].fields || a[i].blank != b[i].blank)
            return false;
    return true;
}

void readBytes(const QByteArray &content, const CsvReader::Options &options, int trickle)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    check(buffer.open(QIODevice::ReadOnly));
    const Reading whole = readAll(buffer, options);
    if (whole.atEnd)
        check(whole.bytesRead == content.size()); // a clean end consumed every byte
    check(whole.bytesRead <= content.size());
    if (trickle == 0)
        return;
    // The same bytes a few at a time must read exactly the same.
    TrickleDevice device(content, trickle);
    check(device.open(QIODevice::ReadOnly));
    const Reading slow = readAll(device, options);
    check(sameRecords(whole.records, slow.records));
    check(whole.error == slow.error);
    check(whole.encodingError == slow.encodingError);
    // (After an error the count only tells how far a chunk reached.)
    check(whole.error || whole.bytesRead == slow.bytesRead);
}

// The encoding and delimiter guesses on any bytes, and the library calls
// around them.
void guesses(const QByteArray &content)
{
    const auto guess = ListFormats::guessEncoding(content);
    check(guess.byteOrderMarkLength >= 0 && guess.byteOrderMarkLength <= 3);
    check(guess.byteOrderMarkLength <= content.size());
    check(guess.encoding != TextEncoding::Auto);
    if (guess.problem) {
        check(guess.problem->line >= 1);
        check(guess.problem->column >= 1);
        check(!guess.problem->reason.isEmpty());
        check(guess.problem->kind == ListProblemKind::Encoding);
    }

    qsizetype undefinedAt = -2;
    const QString text1251 = ListFormats::fromWindows1251(content.constData(), content.size(), &undefinedAt);
    check(text1251.size() == content.size());
    check(undefinedAt == content.indexOf('\x98'));

    for (const QString &text : {QString::fromUtf8(content), text1251, QString::fromLatin1(content)}) {
        const QChar delimiter = ListFormats::guessDelimiter(text);
        check(delimiter == QLatin1Char(',') || delimiter == QLatin1Char(';') || delimiter == QLatin1Char('\t'));
    }
    (void)ListFormats::isUtf8Text(content.constData(), content.size(), 0);
    (void)ListFormats::isUtf8Text(content.constData(), content.size(), 3);

    // Names typed by an official or given on the command line.
    const QString name = QString::fromUtf8(content.left(32));
    if (const auto encoding = ListFormats::encodingFromName(name))
        check(ListFormats::encodingFromName(ListFormats::encodingName(*encoding)) == encoding);
    if (const auto delimiter = ListFormats::delimiterFromName(name); delimiter && !delimiter->isNull())
        check(ListFormats::delimiterFromName(QString(*delimiter)) == delimiter);
}

// As ListReader reads a CSV file: the encoding guessed from the bytes, the
// delimiter from the text, UTF-16 transcoded by DecodingDevice.
void pipeline(const QByteArray &content, qint64 maxRecordBytes, int trickle)
{
    const auto guess = ListFormats::guessEncoding(content);
    if (guess.problem)
        return;
    const int skip = guess.byteOrderMarkLength;
    QString text;
    if (guess.encoding == TextEncoding::Utf16LE || guess.encoding == TextEncoding::Utf16BE) {
        const QByteArray body = content.mid(skip, (content.size() - skip) & ~qsizetype(1));
        text.resize(body.size() / 2);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto a = static_cast<unsigned char>(body.at(2 * i));
            const auto b = static_cast<unsigned char>(body.at(2 * i + 1));
            text[i] = QChar(guess.encoding == TextEncoding::Utf16LE ? char16_t((b << 8) | a) : char16_t((a << 8) | b));
        }
    } else if (guess.encoding == TextEncoding::Windows1251) {
        text = ListFormats::fromWindows1251(content.constData(), content.size());
    } else {
        text = QString::fromUtf8(content.mid(skip));
    }
    CsvReader::Options options;
    options.delimiter = char(ListFormats::guessDelimiter(text).unicode());
    options.maxRecordBytes = maxRecordBytes;
    if (guess.encoding == TextEncoding::Windows1251)
        options.encoding = CsvReader::Options::Encoding::Windows1251;

    if (guess.encoding != TextEncoding::Utf16LE && guess.encoding != TextEncoding::Utf16BE) {
        readBytes(content, options, trickle);
        return;
    }
    // UTF-16, straight from the bytes and a few bytes a read: the same either way.
    std::optional<Reading> first;
    std::optional<ListProblem> firstProblem;
    for (int step : {0, trickle}) {
        QByteArray copy = content;
        QBuffer buffer(&copy);
        TrickleDevice slow(content, step);
        QIODevice *source = &buffer;
        if (step > 0)
            source = &slow;
        check(source->open(QIODevice::ReadOnly));
        DecodingDevice decoder(source, guess.encoding, skip);
        check(decoder.open(QIODevice::ReadOnly));
        const Reading reading = readAll(decoder, options);
        if (const auto &problem = decoder.problem()) {
            check(problem->line >= 1);
            check(problem->column >= 1);
            check(!problem->reason.isEmpty());
        } else {
            // What the decoder hands out is clean UTF-8 without NULs.
            check(!reading.encodingError);
        }
        check(decoder.sourceBytesRead() <= content.size());
        if (first) {
            check(sameRecords(first->records, reading.records));
            check(first->error == reading.error);
            check(firstProblem == decoder.problem());
        } else {
            first = reading;
            firstProblem = decoder.problem();
        }
        if (trickle == 0)
            break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    const QByteArray content(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    constexpr qint64 kMaxRecordBytes[] = {qint64{16} * 1024 * 1024, 1, 17, 300};
    const qint64 maxRecordBytes = kMaxRecordBytes[(selector >> 3) & 3];
    const int trickle = (selector >> 5) & 7;

    guesses(content);

    const int delimiterChoice = selector & 3;
    if (delimiterChoice == 3) {
        pipeline(content, maxRecordBytes, trickle);
        return 0;
    }
    constexpr char kDelimiters[] = {',', ';', '\t'};
    CsvReader::Options options;
    options.delimiter = kDelimiters[delimiterChoice];
    options.maxRecordBytes = maxRecordBytes;
    options.encoding = (selector & 4) ? CsvReader::Options::Encoding::Windows1251 : CsvReader::Options::Encoding::Utf8;
    readBytes(content, options, trickle);
    return 0;
}
