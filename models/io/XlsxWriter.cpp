#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace homeward {

XlsxWriter::XlsxWriter(const QString &path, const QString &sheetName)
{
    // Temporary files beside the target: the data is sensitive and the
    // target's folder is where the official chose to put it anyway.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(folder.constData());
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_workbook) {
        fail(tr("cannot create the spreadsheet %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.left(31).toUtf8().constData());
    m_bold = workbook_add_format(m_workbook);
    if (!m_sheet || !m_bold) {
        fail(tr("cannot create a worksheet in %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    format_set_bold(m_bold);
}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook)
        workbook_close(m_workbook);
}

bool XlsxWriter::fail(const QString &reason)
{
    if (m_ok) {
        m_ok = false;
        m_errorString = reason;
    }
    return false;
}

bool XlsxWriter::writeHeader(const QStringList &names)
{
    // In constant-memory mode the widths must be set before the first row.
    if (m_ok && m_row == 0 && !names.isEmpty())
        worksheet_set_column(m_sheet, 0, lxw_col_t(names.size() - 1), 18, nullptr);
    if (!write(names, m_bold))
        return false;
    m_columns = int(names.size());
    worksheet_freeze_panes(m_sheet, 1, 0);
    return true;
}

bool XlsxWriter::writeRow(const QStringList &fields)
{
    return write(fields, nullptr);
}

bool XlsxWriter::write(const QStringList &fields, lxw_format *format)
{
    if (!m_ok)
        return false;
    if (m_row >= kMaxRows)
        return fail(tr("a worksheet holds at most %1 rows").arg(kMaxRows));
    for (int c = 0; c < fields.size(); ++c) {
        if (fields.at(c).isEmpty())
            continue;
        const QByteArray text = fields.at(c).toUtf8();
        const lxw_error error = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c), text.constData(), format);
        if (error != LXW_NO_ERROR)
            return fail(tr("row %1, column %2: %3").arg(m_row + 1).arg(c + 1).arg(QString::fromUtf8(lxw_strerror(error))));
    }
    ++m_row;
    return true;
}

bool XlsxWriter::close()
{
    if (!m_workbook)
        return m_ok;
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR)
        return fail(tr("writing the spreadsheet failed: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    return m_ok;
}

} // namespace homeward
