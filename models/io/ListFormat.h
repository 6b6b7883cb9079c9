#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <optional>

namespace homeward {

// The text encodings a list may come in. Auto: detected from the bytes.
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1251 };

enum class ListFileKind { Csv, Xlsx };

// What the caller (the official, or a command-line option) chooses. Auto /
// a null delimiter: detected from the file.
struct ListFormat final {
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter; // null: detect among ',', ';' and '\t'
    bool operator==(const ListFormat &other) const = default;
};

// What a list file turned out to be.
struct DetectedFormat final {
    ListFileKind kind = ListFileKind::Csv;
    TextEncoding encoding = TextEncoding::Utf8; // Csv only
    bool byteOrderMark = false;                 // Csv only
    QChar delimiter = QLatin1Char(',');         // Csv only
    bool encodingDetected = false;              // false: the caller chose it
    bool delimiterDetected = false;
    bool operator==(const DetectedFormat &other) const = default;
};

// The kinds of problem a list can have, for the wizard's filter.
enum class ListProblemKind {
    File,      // the file cannot be read at all (missing, not a workbook, cut short)
    Encoding,  // bytes that are not text of the encoding, mixed encodings, NUL characters
    Structure, // CSV quoting, a row with the wrong number of fields, empty file, no rows
    Header,    // unknown, duplicate, or missing columns
    Value,     // a value that breaks a rule (date, enumeration, name, length …)
    Duplicate, // a row that repeats a person already in the batch or an earlier row
};

// One problem of a list: 1-based line (the CSV's physical line, or the
// sheet's row number) and column (the field's number in the row; 1 when the
// problem is not tied to one column), the offending value (may be empty),
// and the reason in translated words.
struct ListProblem final {
    qint64 line = 0;
    int column = 0;
    QString value;
    QString reason;
    ListProblemKind kind = ListProblemKind::Value;

    // "FILE:LINE:COLUMN: reason", the form every command prints.
    QString text(const QString &fileName) const;
    bool operator==(const ListProblem &other) const = default;
};

// Names and detection of encodings and delimiters.
class ListFormats final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ListFormats)

public:
    // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1251" ("auto" for Auto).
    static QString encodingName(TextEncoding encoding);
    // Accepts those names and common aliases, ignoring case: utf8, utf-16le,
    // utf16le, cp1251, windows-1251, 1251, auto. nullopt when unknown.
    static std::optional<TextEncoding> encodingFromName(const QString &name);
    // "comma", "semicolon", "tab" (translated) for display.
    static QString delimiterName(QChar delimiter);
    // Accepts ",", ";", "\t" (a real tab or the two characters), "tab",
    // "comma", "semicolon". nullopt when unknown.
    static std::optional<QChar> delimiterFromName(const QString &name);

    struct EncodingGuess {
        TextEncoding encoding = TextEncoding::Utf8;
        int byteOrderMarkLength = 0;
        // Set when the sample cannot be read in any supported encoding, or
        // mixes them: line (1-based, counted in the sample) and reason.
        std::optional<ListProblem> problem;
    };
    // Guesses the encoding from the first bytes of a file (a sample; the
    // last bytes may cut a character). A byte-order mark decides; else valid
    // UTF-8 is UTF-8; else bytes that look like Cyrillic text in
    // Windows-1251 are Windows-1251; a sample holding lines of valid UTF-8
    // Cyrillic and lines that are not UTF-8 is a mixed-encoding problem.
    static EncodingGuess guessEncoding(const QByteArray &sample);
    // True when `bytes` (a few dozen, from a byte that is not UTF-8 on) read
    // as Cyrillic text in Windows-1251, by guessEncoding's rule: nearly every
    // byte above 0x7F a Cyrillic letter or its punctuation, and most next to
    // another (the letters of a word), so a stray byte in Latin text is not.
    static bool looksLikeWindows1251(const char *bytes, qsizetype size);
    // The reason a UTF-8 list stops at bytes that look like Windows-1251
    // (looksLikeWindows1251), `byte` being the first of them: `beginsInUtf8`
    // when the lines before hold UTF-8 text (the file mixes encodings), else
    // they are plain ASCII (the file is likely Windows-1251 throughout).
    static QString windows1251InUtf8Reason(unsigned char byte, bool beginsInUtf8);
    // Whether a list's first bytes before line `line` (1-based; the whole
    // sample when the line lies beyond it) hold UTF-8 text: a UTF-8
    // byte-order mark, or at least three multi-byte characters (as in
    // guessEncoding, fewer may be Windows-1251 letters by chance).
    static bool beginsInUtf8(const QByteArray &sample, qint64 line);
    // Guesses the delimiter from decoded text (the first lines of a file),
    // respecting quotes: the candidate that splits the most lines into the
    // same number (more than one) of fields. Comma when none does.
    static QChar guessDelimiter(const QString &text);

    // Windows-1251 bytes as text. `undefinedAt` gets the index of the first
    // byte the code page leaves undefined (0x98), or -1.
    static QString fromWindows1251(const char *bytes, qsizetype size, qsizetype *undefinedAt = nullptr);
    // True when the bytes are valid UTF-8 holding at least `minSequences`
    // multi-byte characters: text of another encoding almost never is.
    static bool isUtf8Text(const char *bytes, qsizetype size, int minSequences);
};

// Reads a UTF-16 text file (little- or big-endian) and hands out UTF-8,
// streaming (a chunk at a time), for CsvReader to parse. An unpaired
// surrogate, a NUL character or a cut-off last character stops the reading
// with a problem naming the line: problem() tells it, and readData fails so
// that the reader on top stops too. Everything before is handed out.
class DecodingDevice final : public QIODevice {
public:
    // `source` is open for reading and not owned; `skip` bytes (the
    // byte-order mark) are skipped first.
    DecodingDevice(QIODevice *source, TextEncoding encoding, int skip = 0);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    const std::optional<ListProblem> &problem() const { return m_problem; }
    qint64 sourceBytesRead() const { return m_sourceRead; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool decodeMore(); // false at the end or on a problem
    void fail(const QString &reason);

    QIODevice *m_source;
    bool m_bigEndian;
    int m_skip;
    QByteArray m_out;
    qsizetype m_outPosition = 0;
    qint64 m_sourceRead = 0;
    qint64 m_line = 1;
    bool m_lastWasCr = false;
    bool m_sourceDone = false;
    int m_pendingByte = -1;     // the first byte of a code unit cut by a chunk
    char16_t m_pendingHigh = 0; // a high surrogate waiting for its pair
    std::optional<ListProblem> m_problem;
};

} // namespace homeward
