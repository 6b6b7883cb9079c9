#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace homeward {

// Where a CSV file breaks its rules: 1-based line (physical line of the
// file) and column (the field's number in its record), and what is wrong in
// translated words.
struct CsvError final {
    qint64 line = 0;
    int column = 0;
    QString reason;
    bool operator==(const CsvError &other) const = default;
};

// One record (row) of a CSV file.
struct CsvRecord final {
    qint64 line = 0;    // the physical line the record begins on (1-based)
    QStringList fields; // at least one; an empty line gives one empty field
    bool blank = false; // the line held nothing at all (not even a delimiter or quotes)
};

// A streaming RFC 4180 reader over any QIODevice: reads in chunks, never the
// whole file at once, so a 100 MB file costs only the current record in
// memory.
//  - Quoted fields may hold the delimiter, doubled quotes ("") and line
//    breaks; a line break inside a quoted field is returned as "\n" whatever
//    the file used (CRLF, LF or CR).
//  - Records end with CRLF, LF or a lone CR, mixed freely; the last record
//    needs no line break.
//  - The bytes are UTF-8, with or without a byte-order mark. Invalid UTF-8,
//    a NUL character and a UTF-16 byte-order mark are errors naming the line.
//  - The parser works on the bytes of an ASCII-compatible encoding and
//    decodes each field on its own: UTF-8 (default) or Windows-1251
//    (Options::encoding). UTF-16 is transcoded first (ListFormat.h's
//    DecodingDevice).
// The first error ends the reading: after a broken quote nothing that
// follows can be trusted to be where it seems.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(homeward::CsvReader)

public:
    struct Options {
        char delimiter = ',';
        // A record longer than this (bytes) is an error rather than a way to
        // run out of memory on a quote that never closes.
        qint64 maxRecordBytes = qint64{16} * 1024 * 1024;
        // The bytes' encoding. Windows-1251: every field is decoded by that
        // code page; a NUL, the undefined byte 0x98, or a field that is
        // valid UTF-8 Cyrillic (the file mixes encodings) is an error. No
        // byte-order mark is looked for.
        enum class Encoding { Utf8, Windows1251 };
        Encoding encoding = Encoding::Utf8;
    };

    // The device must be open for reading; it is not owned.
    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, Options options);

    // Reads the next record into `record`. False at the end of the input or
    // on an error: error() tells which.
    bool next(CsvRecord &record);

    const std::optional<CsvError> &error() const { return m_error; }
    // True when error() is about the bytes' encoding (invalid or mixed
    // encodings, NUL characters, a byte-order mark of another encoding).
    bool encodingError() const { return m_error && m_encodingError; }
    // For an invalid-UTF-8 error: the bytes from the first one that is not
    // UTF-8 to the end of its field or line, at most kInvalidBytesKept, for a
    // caller to tell what they are (text of another encoding, or damage).
    // Empty for any other error.
    const QByteArray &invalidBytes() const { return m_invalidBytes; }
    static constexpr qsizetype kInvalidBytesKept = 64;
    bool atEnd() const { return m_finished && !m_error; }
    // Bytes consumed so far (for progress bars).
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();           // reads the next chunk; false at the end of the device
    bool peek(char &byte); // the next byte without consuming it
    void take();           // consumes the byte peek() gave
    bool fail(qint64 line, int column, QString reason);
    bool finishField(CsvRecord &record, QByteArray &bytes, qint64 line, int column);

    QIODevice *m_device;
    Options m_options;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_finished = false;
    bool m_deviceDone = false;
    std::optional<CsvError> m_error;
    bool m_encodingError = false;
    QByteArray m_invalidBytes;
};

} // namespace homeward
