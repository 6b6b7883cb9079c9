#include "ListFormat.h"

#include <QStringList>

#include <array>

namespace homeward {
namespace {

// Windows-1251 bytes 0x80–0xFF (0 where the code page defines nothing).
constexpr std::array<char16_t, 64> kWindows1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0,      0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

// Bytes of Cyrillic text in Windows-1251: the letters А–я, the Ukrainian
// and Belarusian letters, and the punctuation that comes with them (№ « » ’
// dashes, no-break space).
bool cyrillicText1251(unsigned char c)
{
    if (c >= 0xC0)
        return true;
    switch (c) {
    case 0xA8:
    case 0xB8:
    case 0xAA:
    case 0xBA:
    case 0xAF:
    case 0xBF:
    case 0xB2:
    case 0xB3:
    case 0xA5:
    case 0xB4:
    case 0xA1:
    case 0xA2:
    case 0xB9:
    case 0xAB:
    case 0xBB:
    case 0x92:
    case 0x96:
    case 0x97:
    case 0xA0:
    case 0x93:
    case 0x94:
    case 0x91:
        return true;
    default:
        return false;
    }
}

// Bytes above 0x7F of which `cyrillic` are Windows-1251 Cyrillic text and `paired` stand next to another such
// byte: Windows-1251 Cyrillic when nearly all are letters and most stand in words.
bool windows1251Share(qint64 high, qint64 cyrillic, qint64 paired)
{
    return high > 0 && cyrillic * 10 >= high * 9 && paired * 3 >= high * 2;
}

// Length of the well-formed UTF-8 sequence at data[i] (1 for ASCII), 0 when
// it is not well-formed, -1 when it is cut by the end of the data.
int utf8Sequence(const unsigned char *data, qsizetype i, qsizetype size)
{
    const unsigned char c = data[i];
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= size)
            return -1;
        const unsigned char next = data[i + k];
        if (k == 1 ? (next < low || next > high) : (next < 0x80 || next > 0xBF))
            return 0;
    }
    return length;
}

} // namespace

QString ListProblem::text(const QString &fileName) const
{
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(reason);
}

QString ListFormats::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1251:
        return QStringLiteral("Windows-1251");
    }
    return {};
}

std::optional<TextEncoding> ListFormats::encodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (key == QLatin1String("windows1251") || key == QLatin1String("cp1251") || key == QLatin1String("1251") ||
        key == QLatin1String("win1251"))
        return TextEncoding::Windows1251;
    return std::nullopt;
}

QString ListFormats::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("comma");
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    return delimiter.isNull() ? tr("detect") : QString(delimiter);
}

std::optional<QChar> ListFormats::delimiterFromName(const QString &name)
{
    const QString key = name.toLower();
    if (key == QLatin1String(",") || key == QLatin1String("comma"))
        return QLatin1Char(',');
    if (key == QLatin1String(";") || key == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (key == QLatin1String("\t") || key == QLatin1String("\\t") || key == QLatin1String("tab"))
        return QLatin1Char('\t');
    if (key == QLatin1String("auto"))
        return QChar();
    return std::nullopt;
}

QString ListFormats::fromWindows1251(const char *bytes, qsizetype size, qsizetype *undefinedAt)
{
    if (undefinedAt)
        *undefinedAt = -1;
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            out[i] = QChar(char16_t(c));
        } else if (c >= 0xC0) {
            out[i] = QChar(char16_t(0x0410 + (c - 0xC0)));
        } else {
            const char16_t u = kWindows1251High[c - 0x80];
            if (u == 0 && undefinedAt && *undefinedAt < 0)
                *undefinedAt = i;
            out[i] = u == 0 ? QChar(QChar::ReplacementCharacter) : QChar(u);
        }
    }
    return text;
}

bool ListFormats::isUtf8Text(const char *bytes, qsizetype size, int minSequences)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes);
    int sequences = 0;
    for (qsizetype i = 0; i < size;) {
        const int length = utf8Sequence(data, i, size);
        if (length <= 0)
            return false;
        if (length > 1)
            ++sequences;
        i += length;
    }
    return sequences >= minSequences;
}

ListFormats::EncodingGuess ListFormats::guessEncoding(const QByteArray &sample)
{
    EncodingGuess guess;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        guess.byteOrderMarkLength = 3;
        return guess;
    }
    if (sample.startsWith("\xFF\xFE")) {
        guess.encoding = TextEncoding::Utf16LE;
        guess.byteOrderMarkLength = 2;
        return guess;
    }
    if (sample.startsWith("\xFE\xFF")) {
        guess.encoding = TextEncoding::Utf16BE;
        guess.byteOrderMarkLength = 2;
        return guess;
    }
    const auto *data = reinterpret_cast<const unsigned char *>(sample.constData());
    const qsizetype size = sample.size();
    qint64 line = 1;
    qint64 firstBadLine = 0;
    unsigned char firstBadByte = 0;
    qint64 utf8Line = 0; // a line of valid UTF-8 with several multi-byte characters
    qint64 highBytes = 0, cyrillicBytes = 0;
    qint64 pairedHighBytes = 0; // high bytes next to another: the letters of a word
    bool lineBad = false;
    int lineSequences = 0;
    const auto endLine = [&] {
        if (!lineBad && lineSequences >= 3 && utf8Line == 0)
            utf8Line = line;
        lineBad = false;
        lineSequences = 0;
        ++line;
    };
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = data[i];
        if (c == '\n') {
            endLine();
            ++i;
            continue;
        }
        if (c >= 0x80) {
            ++highBytes;
            if (cyrillicText1251(c))
                ++cyrillicBytes;
            if ((i > 0 && data[i - 1] >= 0x80) || (i + 1 < size && data[i + 1] >= 0x80))
                ++pairedHighBytes;
        }
        const int length = utf8Sequence(data, i, size);
        if (length < 0)
            break; // cut by the end of the sample
        if (length == 0) {
            if (firstBadLine == 0) {
                firstBadLine = line;
                firstBadByte = c;
            }
            lineBad = true;
            ++i;
            continue;
        }
        if (length > 1) {
            ++lineSequences;
            for (int k = 1; k < length; ++k)
                if (cyrillicText1251(data[i + k]))
                    ++cyrillicBytes;
            highBytes += length - 1;
            pairedHighBytes += length; // (the whole sequence; only the ratio for Windows-1251 matters)
        }
        i += length;
    }
    if (!lineBad && lineSequences >= 3 && utf8Line == 0)
        utf8Line = line;
    if (firstBadLine == 0)
        return guess; // UTF-8
    const QString byte = QString::number(firstBadByte, 16).toUpper();
    if (utf8Line > 0) {
        // Named at the line where the encoding changes.
        const QString reason =
            utf8Line < firstBadLine
                ? tr("the file mixes encodings: line %1 is UTF-8 but this line is not (byte 0x%2); save the list "
                     "again in one encoding")
                : tr("the file mixes encodings: this line is UTF-8 but line %1 is not (byte 0x%2); save the list "
                     "again in one encoding");
        guess.problem = ListProblem{qMax(utf8Line, firstBadLine), 1, QString(),
                                    reason.arg(qMin(utf8Line, firstBadLine)).arg(byte), ListProblemKind::Encoding};
        return guess;
    }
    // Windows-1251 Cyrillic: nearly all high bytes are letters, and most stand in words (next to another letter),
    // so a stray byte in ASCII text is not taken for a letter.
    if (windows1251Share(highBytes, cyrillicBytes, pairedHighBytes)) {
        guess.encoding = TextEncoding::Windows1251;
        return guess;
    }
    guess.problem = ListProblem{firstBadLine, 1, QString(),
                                tr("byte 0x%1 is neither UTF-8 nor Windows-1251 Cyrillic text; choose the file's "
                                   "encoding")
                                    .arg(byte),
                                ListProblemKind::Encoding};
    return guess;
}

bool ListFormats::looksLikeWindows1251(const char *bytes, qsizetype size)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes);
    qint64 high = 0, cyrillic = 0, paired = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] < 0x80)
            continue;
        ++high;
        if (cyrillicText1251(data[i]))
            ++cyrillic;
        if ((i > 0 && data[i - 1] >= 0x80) || (i + 1 < size && data[i + 1] >= 0x80))
            ++paired;
    }
    return windows1251Share(high, cyrillic, paired);
}

QString ListFormats::windows1251InUtf8Reason(unsigned char byte, bool beginsInUtf8)
{
    const QString hex = QString::number(byte, 16).toUpper();
    if (beginsInUtf8)
        return tr("the bytes are not UTF-8 (byte 0x%1): this line looks like Windows-1251 while the beginning of "
                  "the file is UTF-8, so the file mixes encodings; save the list again in one encoding")
            .arg(hex);
    return tr("the bytes are not UTF-8 (byte 0x%1): this line looks like Windows-1251 Cyrillic text; choose "
              "Windows-1251 as the file's encoding, or save the list again as UTF-8")
        .arg(hex);
}

bool ListFormats::beginsInUtf8(const QByteArray &sample, qint64 line)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return true;
    // Up to the start of `line`, or to the sample's last line break (the sample may cut a character).
    qsizetype end = 0;
    qint64 lines = 1;
    for (qsizetype i = 0; i < sample.size() && lines < line; ++i) {
        const char c = sample.at(i);
        // Line breaks as CsvReader counts them: LF, CRLF, or a lone CR.
        if (c == '\n' || (c == '\r' && (i + 1 >= sample.size() || sample.at(i + 1) != '\n'))) {
            end = i + 1;
            ++lines;
        }
    }
    return isUtf8Text(sample.constData(), end, 3);
}

QChar ListFormats::guessDelimiter(const QString &text)
{
    constexpr int kLines = 20;
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QChar best = QLatin1Char(',');
    int bestConsistent = 0;
    int bestFields = 1;
    for (const QChar candidate : candidates) {
        QList<int> counts;
        int fields = 1;
        bool quoted = false;
        bool complete = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < kLines; ++i) {
            const QChar c = text.at(i);
            complete = false;
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && c == candidate) {
                ++fields;
            } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                counts << fields;
                fields = 1;
                complete = true;
            }
        }
        if (!complete && counts.size() < kLines && (fields > 1 || counts.isEmpty()))
            counts << fields; // the last line (perhaps cut by the sample: counted only as a hint)
        if (counts.isEmpty() || counts.constFirst() <= 1)
            continue;
        const int consistent = int(counts.count(counts.constFirst()));
        if (consistent > bestConsistent || (consistent == bestConsistent && counts.constFirst() > bestFields)) {
            best = candidate;
            bestConsistent = consistent;
            bestFields = counts.constFirst();
        }
    }
    return best;
}

DecodingDevice::DecodingDevice(QIODevice *source, TextEncoding encoding, int skip)
    : m_source(source), m_bigEndian(encoding == TextEncoding::Utf16BE), m_skip(skip)
{
}

qint64 DecodingDevice::bytesAvailable() const
{
    return (m_out.size() - m_outPosition) + QIODevice::bytesAvailable();
}

void DecodingDevice::fail(const QString &reason)
{
    if (!m_problem)
        m_problem = ListProblem{m_line, 1, QString(), reason, ListProblemKind::Encoding};
    setErrorString(reason);
}

bool DecodingDevice::decodeMore()
{
    if (m_sourceDone || m_problem)
        return false;
    constexpr qint64 kChunk = qint64{64} * 1024;
    QByteArray raw = m_source->read(kChunk);
    if (raw.isEmpty()) {
        m_sourceDone = true;
        if (m_source->errorString().size() && !m_source->atEnd()) {
            fail(ListFormats::tr("the file could not be read: %1").arg(m_source->errorString()));
            return false;
        }
        if (m_pendingByte >= 0 || m_pendingHigh != 0)
            fail(ListFormats::tr("the file ends in the middle of a UTF-16 character"));
        return false;
    }
    m_sourceRead += raw.size();
    qsizetype start = 0;
    if (m_skip > 0) {
        start = qMin<qsizetype>(m_skip, raw.size());
        m_skip -= int(start);
    }
    QString text;
    text.reserve((raw.size() - start) / 2 + 1);
    const auto *data = reinterpret_cast<const unsigned char *>(raw.constData());
    for (qsizetype i = start; i < raw.size(); ++i) {
        if (m_pendingByte < 0) {
            m_pendingByte = data[i];
            continue;
        }
        const char16_t unit =
            m_bigEndian ? char16_t((m_pendingByte << 8) | data[i]) : char16_t((data[i] << 8) | m_pendingByte);
        m_pendingByte = -1;
        if (m_pendingHigh != 0) {
            if (!QChar::isLowSurrogate(unit)) {
                fail(ListFormats::tr("invalid UTF-16: a high surrogate without its pair"));
                break;
            }
            text.append(QChar(m_pendingHigh));
            text.append(QChar(unit));
            m_pendingHigh = 0;
            continue;
        }
        if (QChar::isHighSurrogate(unit)) {
            m_pendingHigh = unit;
            continue;
        }
        if (QChar::isLowSurrogate(unit)) {
            fail(ListFormats::tr("invalid UTF-16: a low surrogate without its pair"));
            break;
        }
        if (unit == 0) {
            fail(ListFormats::tr("a NUL character: the file is not text"));
            break;
        }
        if (unit == u'\n') {
            if (!m_lastWasCr)
                ++m_line;
            m_lastWasCr = false;
        } else if (unit == u'\r') {
            ++m_line;
            m_lastWasCr = true;
        } else {
            m_lastWasCr = false;
        }
        text.append(QChar(unit));
    }
    m_out.remove(0, m_outPosition);
    m_outPosition = 0;
    m_out.append(text.toUtf8());
    return !m_problem;
}

qint64 DecodingDevice::readData(char *data, qint64 maxSize)
{
    while (m_out.size() - m_outPosition < maxSize && decodeMore()) {
    }
    const qint64 available = m_out.size() - m_outPosition;
    if (available == 0)
        return m_problem ? -1 : 0;
    const qint64 n = qMin(available, maxSize);
    memcpy(data, m_out.constData() + m_outPosition, size_t(n));
    m_outPosition += n;
    return n;
}

qint64 DecodingDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace homeward
