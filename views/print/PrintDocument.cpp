#include "PrintDocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>

namespace homeward {
namespace {

// DejaVu Sans covers Cyrillic and Latin alike (fonts-dejavu-core).
const QString kFamily = QStringLiteral("DejaVu Sans");
constexpr qreal kHuge = 1.0e7;

QFont font(qreal points, bool bold = false)
{
    QFont f(kFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    // No ligatures ("fi" as one glyph): the text copied or extracted from the PDF stays the text printed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Where one piece of a block goes: a whole block, or rows first…last of a table.
struct Placed {
    int block = 0;
    int first = 0;
    int last = -1;
    qreal y = 0;
};

class Layout final {
public:
    Layout(const PrintDocument::Frame &frame, const QList<PrintDocument::Block> &blocks, QPaintDevice &device)
        : m_frame(frame), m_blocks(blocks), m_device(device), m_dpi(device.logicalDpiY()), m_body(font(8)),
          m_bold(font(8, true)), m_small(font(7)), m_smallBold(font(7, true)), m_title(font(13, true)),
          m_heading(font(9.5, true))
    {
        m_width = device.width();
        m_height = device.height();
        m_pad = mm(1.0);
        const qreal headerLine = QFontMetricsF(m_smallBold, &m_device).lineSpacing();
        m_top = 2 * headerLine + mm(4);
        m_bottom = m_height - (QFontMetricsF(m_small, &m_device).lineSpacing() + mm(4));
    }

    qreal mm(qreal value) const { return value * m_dpi / 25.4; }

    // Splits the blocks into pages.
    void paginate()
    {
        m_pages = {{}};
        qreal y = m_top;
        const auto newPage = [&] {
            m_pages.append(QList<Placed>());
            y = m_top;
        };
        for (int b = 0; b < m_blocks.size(); ++b) {
            const PrintDocument::Block &block = m_blocks.at(b);
            if (block.kind == PrintDocument::Block::Kind::PageBreak) {
                if (!m_pages.constLast().isEmpty())
                    newPage();
                continue;
            }
            if (block.kind != PrintDocument::Block::Kind::Table) {
                const qreal h = blockHeight(block);
                const bool heading = block.kind == PrintDocument::Block::Kind::Title ||
                                     block.kind == PrintDocument::Block::Kind::Heading;
                // A title or heading never stands alone at the foot of a page.
                const qreal withNext = heading && b + 1 < m_blocks.size() ? h + firstPieceHeight(b + 1) : h;
                if (y + withNext > m_bottom && !m_pages.constLast().isEmpty())
                    newPage();
                m_pages.last().append(Placed{b, 0, -1, y});
                y += h;
                continue;
            }
            const PrintDocument::Table &table = block.table;
            const QList<qreal> widths = columnWidths(table);
            const qreal header = headerHeight(table, widths);
            if (table.keepTogether && y + firstPieceHeight(b) > m_bottom && !m_pages.constLast().isEmpty())
                newPage();
            int row = 0;
            while (row < table.rows.size() || (row == 0 && table.rows.isEmpty())) {
                // A table starts on a new page when not even its header and first row fit.
                const qreal first = table.rows.isEmpty() ? 0 : rowHeight(table, widths, row);
                if (y + header + first > m_bottom && !m_pages.constLast().isEmpty())
                    newPage();
                Placed piece{b, row, row - 1, y};
                y += header;
                while (row < table.rows.size()) {
                    const qreal h = rowHeight(table, widths, row);
                    // Never split a row; a row taller than a page goes on a page of its own.
                    if (y + h > m_bottom && piece.last >= piece.first)
                        break;
                    y += h;
                    piece.last = row++;
                }
                m_pages.last().append(piece);
                if (table.rows.isEmpty())
                    break;
                if (row < table.rows.size())
                    newPage();
            }
            y += mm(1.5);
        }
    }

    int pageCount() const { return int(m_pages.size()); }

    // What must fit for block `b` to start on the current page: a whole
    // block, a table's header and first row, or a whole keep-together table.
    qreal firstPieceHeight(int b) const
    {
        const PrintDocument::Block &block = m_blocks.at(b);
        if (block.kind != PrintDocument::Block::Kind::Table)
            return blockHeight(block);
        const PrintDocument::Table &table = block.table;
        const QList<qreal> widths = columnWidths(table);
        qreal h = headerHeight(table, widths);
        const int rows = table.keepTogether ? int(table.rows.size()) : std::min<int>(1, int(table.rows.size()));
        for (int row = 0; row < rows; ++row)
            h += rowHeight(table, widths, row);
        return h;
    }

    void draw(QPainter &painter, QPagedPaintDevice &device) const
    {
        for (int page = 0; page < m_pages.size(); ++page) {
            if (page > 0)
                device.newPage();
            drawFrame(painter, page);
            for (const Placed &piece : m_pages.at(page))
                drawPiece(painter, piece);
        }
    }

private:
    QList<qreal> columnWidths(const PrintDocument::Table &table) const
    {
        qreal sum = 0;
        for (qreal w : table.widths)
            sum += w;
        QList<qreal> result;
        for (qreal w : table.widths)
            result << (sum > 0 ? m_width * w / sum : 0);
        return result;
    }

    const QFont &cellFont(const PrintDocument::Table &table, int row, int column) const
    {
        if (row < 0)
            return m_smallBold;
        if (table.boldRows.contains(row) || (table.boldEvenColumns && column % 2 == 0))
            return m_bold;
        return m_body;
    }

    // The font for `text` in `width`, sized for the device: smaller (down to
    // kMinimumScale of its size) when one word is wider than the cell, as
    // "народження" in a narrow date column, so that a word is broken only
    // when even the smaller font cannot hold it.
    QFont fittedFont(const QFont &f, qreal width, const QString &text) const
    {
        static constexpr qreal kMinimumScale = 0.75;
        QFont fitted(f, &m_device);
        const QFontMetricsF metrics(fitted, &m_device);
        qreal widest = 0;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        if (widest <= width || width <= 0 || fitted.pointSizeF() <= 0)
            return fitted;
        // A little under the exact ratio: advances do not scale exactly with the size.
        const qreal scale = std::max(kMinimumScale, width / widest * 0.97);
        fitted.setPointSizeF(fitted.pointSizeF() * scale);
        return fitted;
    }

    // Lays `text` out in `width`: at word boundaries, and inside a word only
    // when the word alone is wider than the cell even in a smaller font (a
    // long place name), so no text is ever clipped. Measuring and drawing
    // share it, so they agree.
    qreal layoutText(QTextLayout &layout, const QFont &f, qreal width, const QString &text,
                     Qt::Alignment align = Qt::AlignLeft) const
    {
        QString lines = text;
        lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
        layout.setText(lines);
        const QFont fitted = fittedFont(f, width, text);
        layout.setFont(fitted);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        const qreal leading = QFontMetricsF(fitted, &m_device).leading();
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max<qreal>(width, 1));
            height += leading;
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        return text.isEmpty() ? QFontMetricsF(f, &m_device).height() : height;
    }

    qreal textHeight(const QFont &f, qreal width, const QString &text) const
    {
        QTextLayout layout(QString(), f, &m_device);
        return layoutText(layout, f, width, text);
    }

    void drawText(QPainter &painter, const QFont &f, const QRectF &rect, const QString &text,
                  Qt::Alignment align = Qt::AlignLeft) const
    {
        if (text.isEmpty())
            return;
        QTextLayout layout(QString(), f, &m_device);
        layoutText(layout, f, rect.width(), text, align);
        layout.draw(&painter, rect.topLeft());
    }

    qreal headerHeight(const PrintDocument::Table &table, const QList<qreal> &widths) const
    {
        if (table.headers.isEmpty())
            return 0;
        qreal h = 0;
        for (int c = 0; c < table.headers.size() && c < widths.size(); ++c)
            h = std::max(h, textHeight(m_smallBold, widths.at(c) - 2 * m_pad, table.headers.at(c)));
        return h + 2 * m_pad;
    }

    qreal rowHeight(const PrintDocument::Table &table, const QList<qreal> &widths, int row) const
    {
        auto &cache = m_rowHeights[&table];
        if (cache.isEmpty())
            cache.fill(-1, table.rows.size());
        if (cache.at(row) >= 0)
            return cache.at(row);
        const QStringList &cells = table.rows.at(row);
        qreal h = 0;
        for (int c = 0; c < cells.size() && c < widths.size(); ++c)
            h = std::max(h, textHeight(cellFont(table, row, c), widths.at(c) - 2 * m_pad, cells.at(c)));
        h = std::max(h + 2 * m_pad, mm(table.minRowHeightMm));
        cache[row] = h;
        return h;
    }

    qreal qrSide() const { return mm(32); }

    qreal blockHeight(const PrintDocument::Block &block) const
    {
        using Kind = PrintDocument::Block::Kind;
        switch (block.kind) {
        case Kind::Title:
            return textHeight(m_title, m_width, block.text) + mm(2);
        case Kind::Heading:
            return textHeight(m_heading, m_width, block.text) + mm(3);
        case Kind::Text:
            return textHeight(block.bold ? m_bold : m_body, m_width, block.text) + mm(1.5);
        case Kind::Spacer:
            return mm(block.heightMm);
        case Kind::Seal: {
            const qreal text = textHeight(m_body, m_width - qrSide() - mm(4), block.sealLines.join(QLatin1Char('\n')));
            return std::max(text, block.qr.isNull() ? 0 : qrSide()) + mm(3);
        }
        case Kind::Table:
        case Kind::PageBreak:
            return 0;
        }
        return 0;
    }

    void drawFrame(QPainter &painter, int page) const
    {
        painter.setPen(Qt::black);
        const QFontMetricsF small(m_smallBold, &m_device);
        const qreal line = small.lineSpacing();
        painter.setFont(m_smallBold);
        const QRectF first(0, 0, m_width, line);
        painter.setPen(QColor(0xb7, 0x1c, 0x1c));
        painter.drawText(first, Qt::AlignRight | Qt::AlignVCenter, m_frame.marking);
        const qreal markingWidth = small.horizontalAdvance(m_frame.marking) + mm(4);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, m_width - markingWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                         small.elidedText(m_frame.headerTitle, Qt::ElideRight, m_width - markingWidth));
        painter.setFont(m_small);
        painter.drawText(QRectF(0, line, m_width, line), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(m_small, &m_device).elidedText(m_frame.headerSubtitle, Qt::ElideRight, m_width));
        painter.setPen(QPen(Qt::black, mm(0.2)));
        painter.drawLine(QPointF(0, 2 * line + mm(1)), QPointF(m_width, 2 * line + mm(1)));

        const qreal footerTop = m_bottom + mm(2);
        painter.drawLine(QPointF(0, footerTop), QPointF(m_width, footerTop));
        const QRectF footer(0, footerTop + mm(1), m_width, QFontMetricsF(m_small, &m_device).lineSpacing());
        painter.setFont(m_small);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_frame.footerLeft);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, m_frame.footerCentre);
        painter.setFont(m_smallBold);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_frame.pageText.arg(page + 1).arg(m_pages.size()));
    }

    void drawPiece(QPainter &painter, const Placed &piece) const
    {
        using Kind = PrintDocument::Block::Kind;
        const PrintDocument::Block &block = m_blocks.at(piece.block);
        painter.setPen(block.colour);
        switch (block.kind) {
        case Kind::Title:
            drawText(painter, m_title, QRectF(0, piece.y, m_width, kHuge), block.text);
            return;
        case Kind::Heading:
            drawText(painter, m_heading, QRectF(0, piece.y + mm(1.5), m_width, kHuge), block.text);
            return;
        case Kind::Text:
            drawText(painter, block.bold ? m_bold : m_body, QRectF(0, piece.y, m_width, kHuge), block.text);
            return;
        case Kind::Seal:
            drawSeal(painter, block, piece.y);
            return;
        case Kind::Table:
            drawTable(painter, block.table, piece);
            return;
        case Kind::Spacer:
        case Kind::PageBreak:
            return;
        }
    }

    void drawSeal(QPainter &painter, const PrintDocument::Block &block, qreal y) const
    {
        qreal textLeft = 0;
        if (!block.qr.isNull()) {
            const int quiet = 2;
            const int modules = block.qr.size() + 2 * quiet;
            const qreal unit = qrSide() / modules;
            painter.save();
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            for (int row = 0; row < block.qr.size(); ++row)
                for (int column = 0; column < block.qr.size(); ++column)
                    if (block.qr.dark(column, row))
                        // A hair wider than a module, so no seam shows between neighbours.
                        painter.drawRect(
                            QRectF((column + quiet) * unit, y + (row + quiet) * unit, unit * 1.02, unit * 1.02));
            painter.restore();
            textLeft = qrSide() + mm(4);
        }
        painter.setPen(Qt::black);
        drawText(painter, m_body, QRectF(textLeft, y + mm(1), m_width - textLeft, kHuge),
                 block.sealLines.join(QLatin1Char('\n')));
    }

    void drawTable(QPainter &painter, const PrintDocument::Table &table, const Placed &piece) const
    {
        const QList<qreal> widths = columnWidths(table);
        const QPen gridPen(QColor(0x60, 0x60, 0x60), mm(0.15));
        qreal y = piece.y;
        const auto drawRow = [&](const QStringList &cells, int row, qreal h) {
            qreal x = 0;
            if (row < 0 && table.grid) {
                painter.fillRect(QRectF(0, y, m_width, h), QColor(0xe8, 0xe8, 0xe8));
            }
            for (int c = 0; c < widths.size(); ++c) {
                const QRectF cell(x, y, widths.at(c), h);
                if (table.grid) {
                    painter.setPen(gridPen);
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(cell);
                }
                if (c == table.signatureColumn && row >= 0) {
                    painter.setPen(QPen(Qt::black, mm(0.2)));
                    painter.drawLine(QPointF(x + mm(3), y + h - mm(3)),
                                     QPointF(x + widths.at(c) - mm(3), y + h - mm(3)));
                }
                painter.setPen(Qt::black);
                const Qt::Alignment align = c < table.alignment.size() ? table.alignment.at(c) : Qt::AlignLeft;
                if (c < cells.size())
                    drawText(painter, cellFont(table, row, c), cell.adjusted(m_pad, m_pad, -m_pad, -m_pad), cells.at(c),
                             align);
                x += widths.at(c);
            }
            y += h;
        };
        const qreal header = headerHeight(table, widths);
        if (header > 0)
            drawRow(table.headers, -1, header);
        for (int row = piece.first; row <= piece.last; ++row)
            drawRow(table.rows.at(row), row, rowHeight(table, widths, row));
    }

    const PrintDocument::Frame &m_frame;
    const QList<PrintDocument::Block> &m_blocks;
    QPaintDevice &m_device;
    qreal m_dpi;
    QFont m_body, m_bold, m_small, m_smallBold, m_title, m_heading;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_pad = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    QList<QList<Placed>> m_pages;
    mutable QHash<const PrintDocument::Table *, QList<qreal>> m_rowHeights;
};

} // namespace

void PrintDocument::addTitle(const QString &text)
{
    Block block;
    block.kind = Block::Kind::Title;
    block.text = text;
    m_blocks << block;
}

void PrintDocument::addHeading(const QString &text)
{
    Block block;
    block.kind = Block::Kind::Heading;
    block.text = text;
    m_blocks << block;
}

void PrintDocument::addText(const QString &text, bool bold, const QColor &colour)
{
    Block block;
    block.kind = Block::Kind::Text;
    block.text = text;
    block.bold = bold;
    block.colour = colour;
    m_blocks << block;
}

void PrintDocument::addTable(const Table &table)
{
    Block block;
    block.kind = Block::Kind::Table;
    block.table = table;
    m_blocks << block;
}

void PrintDocument::addSpacer(qreal heightMm)
{
    Block block;
    block.kind = Block::Kind::Spacer;
    block.heightMm = heightMm;
    m_blocks << block;
}

void PrintDocument::addPageBreak()
{
    Block block;
    block.kind = Block::Kind::PageBreak;
    m_blocks << block;
}

void PrintDocument::addSeal(const QStringList &lines, const report::QrMatrix &qr)
{
    Block block;
    block.kind = Block::Kind::Seal;
    block.sealLines = lines;
    block.qr = qr;
    m_blocks << block;
}

int PrintDocument::print(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    Layout layout(m_frame, m_blocks, device);
    layout.paginate();
    layout.draw(painter, device);
    const int pages = layout.pageCount();
    if (!painter.end())
        return 0;
    return pages;
}

} // namespace homeward
