#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace homeward {

// Writes one worksheet of text cells to an .xlsx file (libxlsxwriter, in its
// constant-memory mode: a row goes to a temporary file as soon as it is
// written, so a million rows do not fill the memory). Every cell is a text
// cell, never a number or a formula; the first row is the header (bold,
// frozen). The file is complete only after close() succeeds.
class XlsxWriter final {
    Q_DECLARE_TR_FUNCTIONS(homeward::XlsxWriter)

public:
    // The most rows a worksheet holds, the header included.
    static constexpr qint64 kMaxRows = 1048576;

    XlsxWriter(const QString &path, const QString &sheetName);
    ~XlsxWriter(); // closes the workbook if close() was not called; the file is then incomplete
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    bool writeHeader(const QStringList &names);
    // False when the row could not be written (errorString() says why); later writes are ignored.
    bool writeRow(const QStringList &fields);
    // Writes the file. False with errorString() when it could not.
    bool close();

    bool ok() const { return m_ok; }
    QString errorString() const { return m_errorString; }

private:
    bool write(const QStringList &fields, lxw_format *format);
    bool fail(const QString &reason);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    qint64 m_row = 0;
    int m_columns = 0;
    bool m_ok = true;
    QString m_errorString;
};

} // namespace homeward
