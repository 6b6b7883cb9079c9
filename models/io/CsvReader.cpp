#include "CsvReader.h"

#include "ListFormat.h"

#include <QIODevice>

namespace homeward {
namespace {

constexpr qint64 kChunkBytes = qint64{64} * 1024;

// The offset of the first byte that is not well-formed UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF included), or of the
// first NUL byte; -1 when the text is clean. `nul` tells which was found.
qsizetype firstBadByte(const QByteArray &bytes, bool &nul)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    nul = false;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (c == 0) {
                nul = true;
                return i;
            }
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        i += length;
    }
    return -1;
}

} // namespace

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Options()) {}

CsvReader::CsvReader(QIODevice *device, Options options) : m_device(device), m_options(options) {}

bool CsvReader::fill()
{
    if (m_deviceDone)
        return false;
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + kChunkBytes);
    qint64 got = m_device->read(m_buffer.data() + before, kChunkBytes);
    // A pipe may have nothing yet without being at its end.
    while (got == 0 && m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(30000))
        got = m_device->read(m_buffer.data() + before, kChunkBytes);
    if (got < 0) {
        m_buffer.resize(before);
        m_deviceDone = true;
        fail(m_line, 1, tr("the file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    m_buffer.resize(before + got);
    if (got == 0) {
        m_deviceDone = true;
        return false;
    }
    return true;
}

bool CsvReader::peek(char &byte)
{
    if (m_position >= m_buffer.size() && !fill())
        return false;
    byte = m_buffer.at(m_position);
    return true;
}

void CsvReader::take()
{
    ++m_position;
    ++m_consumed;
}

bool CsvReader::fail(qint64 line, int column, QString reason)
{
    if (!m_error)
        m_error = CsvError{line, column, std::move(reason)};
    m_finished = true;
    return false;
}

bool CsvReader::finishField(CsvRecord &record, QByteArray &bytes, qint64 line, int column)
{
    if (m_options.encoding == Options::Encoding::Windows1251) {
        const auto lineAt = [&](qsizetype index) { return line + bytes.left(index).count('\n'); };
        if (const qsizetype nulAt = bytes.indexOf('\0'); nulAt >= 0) {
            m_encodingError = true;
            return fail(lineAt(nulAt), column, tr("a NUL character: this is not a text file"));
        }
        qsizetype undefinedAt = -1;
        QString text = ListFormats::fromWindows1251(bytes.constData(), bytes.size(), &undefinedAt);
        if (undefinedAt >= 0) {
            m_encodingError = true;
            return fail(lineAt(undefinedAt), column,
                        tr("byte 0x%1 is not a character of Windows-1251")
                            .arg(QString::number(static_cast<unsigned char>(bytes.at(undefinedAt)), 16).toUpper()));
        }
        if (ListFormats::isUtf8Text(bytes.constData(), bytes.size(), 3)) {
            m_encodingError = true;
            return fail(line, column,
                        tr("this field is UTF-8 but the file is Windows-1251: the file mixes encodings; save the "
                           "list again in one encoding"));
        }
        record.fields.append(std::move(text));
        bytes.clear();
        return true;
    }
    bool nul = false;
    const qsizetype bad = firstBadByte(bytes, nul);
    if (bad >= 0) {
        // Line breaks inside a quoted field are stored as one "\n" each, so counting them gives the physical line.
        const qint64 badLine = line + bytes.left(bad).count('\n');
        m_encodingError = true;
        if (nul)
            return fail(badLine, column,
                        tr("a NUL character: this is not a UTF-8 text file (perhaps UTF-16 or a binary file)"));
        const qsizetype lineEnd = bytes.indexOf('\n', bad);
        m_invalidBytes = bytes.mid(bad, qMin(lineEnd < 0 ? bytes.size() - bad : lineEnd - bad, kInvalidBytesKept));
        return fail(badLine, column,
                    tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                        .arg(QString::number(static_cast<unsigned char>(bytes.at(bad)), 16).toUpper()));
    }
    record.fields.append(QString::fromUtf8(bytes));
    bytes.clear();
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_finished)
        return false;
    char c = 0;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() - m_position < 3 && fill()) {
        }
        if (m_error)
            return false;
        const QByteArray head = m_buffer.mid(m_position, 3);
        if (m_options.encoding != Options::Encoding::Utf8) {
            // Windows-1251 has no byte-order mark.
        } else if (head.startsWith("\xEF\xBB\xBF")) {
            m_position += 3;
            m_consumed += 3;
        } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
            m_encodingError = true;
            return fail(1, 1, tr("the file is UTF-16 (it begins with a UTF-16 byte-order mark); save it as UTF-8"));
        }
    }
    if (!peek(c)) {
        m_finished = true;
        return false;
    }

    record.line = m_line;
    record.fields.clear();
    record.blank = false;
    const qint64 recordStart = m_consumed;
    const char delimiter = m_options.delimiter;
    const auto tooLong = [&] { return m_consumed - recordStart > m_options.maxRecordBytes; };
    const auto failTooLong = [&](int column) {
        return fail(
            record.line, column,
            tr("the record is longer than %1 bytes (a quote that never closes?)").arg(m_options.maxRecordBytes));
    };
    // Consumes a line break whose first byte (CR or LF) is next.
    const auto takeLineBreak = [&] {
        char first = 0;
        peek(first);
        take();
        char second = 0;
        if (first == '\r' && peek(second) && second == '\n')
            take();
        ++m_line;
    };

    if (c == '\r' || c == '\n') {
        takeLineBreak();
        record.fields.append(QString());
        record.blank = true;
        return !m_error;
    }

    QByteArray bytes;
    int column = 1;
    while (true) {
        const qint64 fieldLine = m_line;
        bool endOfRecord = false;
        if (peek(c) && c == '"') {
            take();
            while (true) {
                if (m_position >= m_buffer.size() && !fill()) {
                    if (m_error)
                        return false;
                    return fail(fieldLine, column,
                                tr("unterminated quoted field: the quote that opens it is never closed"));
                }
                // Copy the run of ordinary bytes at once.
                const char *data = m_buffer.constData();
                const qsizetype end = m_buffer.size();
                qsizetype i = m_position;
                while (i < end && data[i] != '"' && data[i] != '\r' && data[i] != '\n')
                    ++i;
                bytes.append(data + m_position, i - m_position);
                m_consumed += i - m_position;
                m_position = i;
                if (tooLong())
                    return failTooLong(column);
                if (i == end)
                    continue;
                if (data[i] == '"') {
                    take();
                    if (peek(c) && c == '"') {
                        take();
                        bytes.append('"');
                        continue;
                    }
                    break; // the closing quote
                }
                takeLineBreak();
                bytes.append('\n');
            }
            if (m_error)
                return false;
            if (!peek(c)) {
                endOfRecord = true;
            } else if (c == delimiter) {
                take();
            } else if (c == '\r' || c == '\n') {
                takeLineBreak();
                endOfRecord = true;
            } else {
                return fail(m_line, column,
                            tr("text after the closing quote of a quoted field (a quote inside a quoted field "
                               "must be doubled: \"\")"));
            }
        } else {
            while (true) {
                if (m_position >= m_buffer.size() && !fill()) {
                    if (m_error)
                        return false;
                    endOfRecord = true;
                    break;
                }
                const char *data = m_buffer.constData();
                const qsizetype end = m_buffer.size();
                qsizetype i = m_position;
                while (i < end && data[i] != delimiter && data[i] != '\r' && data[i] != '\n' && data[i] != '"')
                    ++i;
                bytes.append(data + m_position, i - m_position);
                m_consumed += i - m_position;
                m_position = i;
                if (tooLong())
                    return failTooLong(column);
                if (i == end)
                    continue;
                if (data[i] == '"')
                    return fail(m_line, column,
                                tr("a quote inside a field that does not begin with a quote (put the whole field "
                                   "in quotes and double the quote: \"\")"));
                if (data[i] == delimiter) {
                    take();
                } else {
                    takeLineBreak();
                    endOfRecord = true;
                }
                break;
            }
        }
        if (!finishField(record, bytes, fieldLine, column))
            return false;
        if (endOfRecord)
            return true;
        ++column;
        // A delimiter at the very end of the input still ends with an empty last field.
        if (!peek(c)) {
            if (m_error)
                return false;
            record.fields.append(QString());
            return true;
        }
    }
}

} // namespace homeward
