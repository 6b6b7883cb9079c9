#pragma once

#include "report/QrCode.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace homeward {

// A printed document as a column of blocks, laid out on pages and then
// drawn with QPainter. Laid out first so that every page can say
// "page N of M"; tables break between rows only, with the header row
// repeated on every page; any other block moves whole to the next page when
// it does not fit, and a title or heading moves with what follows it.
class PrintDocument final {
public:
    struct Table {
        QList<qreal> widths;            // parts of the text width, one per column
        QStringList headers;            // empty: no header row
        QList<Qt::Alignment> alignment; // per column; left when missing
        QList<QStringList> rows;
        QSet<int> boldRows;
        bool grid = true;             // cell borders and a shaded header; false: a plain form of label/value pairs
        bool boldEvenColumns = false; // the labels of a form (columns 0, 2 …)
        qreal minRowHeightMm = 0;     // signature rows: room to sign
        int signatureColumn = -1;     // a line to sign on at the bottom of this column's cells
        bool keepTogether = false;    // short tables (signatures): whole on one page
    };
    struct Block {
        enum class Kind { Title, Heading, Text, Table, Seal, Spacer, PageBreak };
        Kind kind = Kind::Text;
        QString text;
        bool bold = false;
        QColor colour = Qt::black;
        Table table;
        QStringList sealLines; // beside the QR code
        report::QrMatrix qr;
        qreal heightMm = 0; // Spacer
    };
    // What every page shows besides its content.
    struct Frame {
        QString headerTitle;    // the exchange
        QString headerSubtitle; // the batch, or what the document is
        QString marking;        // "Contains personal data"
        QString footerLeft;     // the print time
        QString footerCentre;   // the version: the seal, or "not sealed"
        QString pageText;       // with %1 (page) and %2 (pages)
    };

    void setFrame(const Frame &frame) { m_frame = frame; }
    void add(const Block &block) { m_blocks << block; }
    void addTitle(const QString &text);
    void addHeading(const QString &text);
    void addText(const QString &text, bool bold = false, const QColor &colour = Qt::black);
    void addTable(const Table &table);
    void addSpacer(qreal heightMm);
    void addPageBreak();
    void addSeal(const QStringList &lines, const report::QrMatrix &qr);

    // Lays out and draws every page on `device` (its page size and margins
    // as set). Returns the number of pages, or 0 when painting could not begin.
    int print(QPagedPaintDevice &device) const;

private:
    Frame m_frame;
    QList<Block> m_blocks;
};

} // namespace homeward
