#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace homeward {

// Writes RFC 4180 CSV in UTF-8 (no byte-order mark) to any QIODevice.
// A field is quoted when it holds the delimiter, a quote, CR or LF, or
// begins or ends with a space (so no reader trims it); quotes are doubled.
// Records end with LF: every reader this program meets (its own, Python's
// csv module, LibreOffice, Excel) accepts LF, and LF keeps the files
// diff-friendly; a line break inside a field is written as LF too.
//
// Values are written as they are. Cells that begin with = + - @ are NOT
// escaped here: the interchange CSV is a data format read by programs, and
// changing a value ("-" before a service number) would break the round trip.
// Exports meant to be opened in a spreadsheet (XLSX and the export command)
// escape such cells themselves.
class CsvWriter final {
    Q_DECLARE_TR_FUNCTIONS(homeward::CsvWriter)

public:
    // The device must be open for writing; it is not owned.
    explicit CsvWriter(QIODevice *device, char delimiter = ',');

    // Writes one record. False when the device refused the bytes; then
    // errorString() says why and further writes are ignored.
    bool writeRecord(const QStringList &fields);
    bool ok() const { return m_ok; }
    QString errorString() const { return m_errorString; }

    // The field as it appears in the file (quoted when needed).
    static QString escaped(const QString &field, QChar delimiter = QLatin1Char(','));

private:
    QIODevice *m_device;
    QChar m_delimiter;
    bool m_ok = true;
    QString m_errorString;
};

} // namespace homeward
