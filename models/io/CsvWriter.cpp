#include "CsvWriter.h"

#include <QIODevice>

namespace homeward {

CsvWriter::CsvWriter(QIODevice *device, char delimiter) : m_device(device), m_delimiter(QLatin1Char(delimiter)) {}

QString CsvWriter::escaped(const QString &field, QChar delimiter)
{
    bool quote = !field.isEmpty() && (field.front() == QLatin1Char(' ') || field.back() == QLatin1Char(' '));
    for (const QChar c : field) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString text = field;
    // One line-break convention inside fields as between records.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_ok)
        return false;
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += escaped(fields.at(i), m_delimiter);
    }
    line += QLatin1Char('\n');
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_ok = false;
        m_errorString = m_device->errorString();
        if (m_errorString.isEmpty())
            m_errorString = tr("the data could not be written");
        return false;
    }
    return true;
}

} // namespace homeward
