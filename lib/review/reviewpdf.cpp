#include "reviewpdf.h"

#include "export/diagrampainter.h"
#include "reviewreport.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>

namespace portolan {

namespace {

constexpr qreal margin = 36;
constexpr qreal footerHeight = 22;
constexpr qreal padding = 3;

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor accent(0x1f, 0x3a, 0x5f);
const QColor muted(0x5a, 0x5a, 0x5a);
const QColor rule(0xc8, 0xcd, 0xd4);

struct Column
{
    QString title;
    qreal width; ///< fraction of the text width
};

/// One table cell: its text, and a fill when the cell stands out (a verdict).
struct Cell
{
    QString text;
    QColor fill = QColor();
    bool bold = false;
};

} // namespace

struct ReviewPdf::TextBlock
{
    QList<QGlyphRun> runs;
    qreal height = 0;
    bool overflows = false;
};

/** Lays the review out into pages of text and boxes, once; painting replays them. */
class ReviewLayout
{
public:
    explicit ReviewLayout(ReviewPdf *report)
        : m_report(report)
        , m_measure(1, 1, QImage::Format_RGB32)
    {
        m_measure.setDotsPerMeterX(2835);
        m_measure.setDotsPerMeterY(2835);
        m_width = report->m_pageSize.width() - 2 * margin;
        m_bottom = report->m_pageSize.height() - margin - footerHeight;
    }

    void newPage()
    {
        m_report->m_pages.append(QList<ReviewPdf::Item>());
        m_y = margin;
    }

    std::shared_ptr<const ReviewPdf::TextBlock> layout(const QString &text, const QFont &font, qreal width)
    {
        const QString key = text + QLatin1Char('\x1f') + QString::number(font.pointSizeF())
            + (font.bold() ? QLatin1Char('b') : QLatin1Char('r')) + QString::number(width);
        if (const auto found = m_blocks.constFind(key); found != m_blocks.cend())
            return *found;
        QString shown = text;
        for (QChar &c : shown) {
            if (c == QLatin1Char('\n'))
                c = QChar::LineSeparator;
        }
        QTextLayout layout(shown, font, &m_measure);
        QTextOption option(Qt::AlignLeft);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        const qreal leading = QFontMetricsF(font, &m_measure).leading();
        qreal height = -leading;
        qreal natural = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max<qreal>(0, width));
            height = std::ceil(height + leading);
            line.setPosition(QPointF(0, height));
            height += line.ascent() + line.descent();
            natural = std::max(natural, line.naturalTextWidth());
        }
        layout.endLayout();
        auto block = std::make_shared<ReviewPdf::TextBlock>();
        block->runs = layout.glyphRuns();
        block->height = std::max<qreal>(0, height);
        block->overflows = natural > width + 0.5;
        m_blocks.insert(key, block);
        return block;
    }

    void text(const QRectF &rect, const QString &content, const QFont &font, const QColor &colour = ink)
    {
        ReviewPdf::Item item;
        item.kind = ReviewPdf::Item::Text;
        item.rect = rect;
        item.colour = colour;
        item.block = layout(content, font, rect.width());
        m_report->m_pages.last().append(item);
    }

    void box(const QRectF &rect, const QColor &fill, const QColor &pen = QColor())
    {
        ReviewPdf::Item item;
        item.kind = ReviewPdf::Item::Box;
        item.rect = rect;
        item.fill = fill;
        item.colour = pen;
        m_report->m_pages.last().append(item);
    }

    void ensure(qreal height)
    {
        if (m_y + height > m_bottom)
            newPage();
    }

    void heading(const QString &title, qreal size, qreal keepWithNext = 60)
    {
        const QFont font = DiagramPainter::font(size, true);
        const qreal h = layout(title, font, m_width)->height;
        ensure(h + keepWithNext);
        text(QRectF(margin, m_y, m_width, h), title, font, accent);
        m_y += h + 4;
    }

    void paragraph(const QString &body, qreal size = 9, const QColor &colour = ink)
    {
        const QFont font = DiagramPainter::font(size);
        const qreal h = layout(body, font, m_width)->height;
        ensure(h);
        text(QRectF(margin, m_y, m_width, h), body, font, colour);
        m_y += h + 6;
    }

    void space(qreal height) { m_y += height; }

    /// A table whose header row repeats on every page it runs onto.
    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows, const QString &continued,
        qreal fontSize = 7.5)
    {
        const QFont headerFont = DiagramPainter::font(fontSize, true);
        const QFont cellFont = DiagramPainter::font(fontSize);
        const QFont boldFont = DiagramPainter::font(fontSize, true);
        QList<qreal> widths;
        for (const Column &column : columns)
            widths << column.width * m_width;
        const auto rowHeight = [&](const QList<Cell> &cells, bool header) {
            qreal h = 0;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const QFont &font = header ? headerFont : (cells.at(c).bold ? boldFont : cellFont);
                h = std::max(h, layout(cells.at(c).text, font, widths.at(c) - 2 * padding)->height);
            }
            return h + 2 * padding;
        };
        QList<Cell> titles;
        for (const Column &column : columns)
            titles << Cell {column.title};
        const qreal headerHeight = rowHeight(titles, true);
        const auto drawRow = [&](const QList<Cell> &cells, qreal h, bool header, const QColor &fill) {
            box(QRectF(margin, m_y, m_width, h), header ? accent : fill, rule);
            qreal x = margin;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (!header && cells.at(c).fill.isValid())
                    box(QRectF(x, m_y, widths.at(c), h), cells.at(c).fill, rule);
                const QFont &font = header ? headerFont : (cells.at(c).bold ? boldFont : cellFont);
                text(QRectF(x + padding, m_y + padding, widths.at(c) - 2 * padding, h - 2 * padding),
                    cells.at(c).text, font, header ? QColor(Qt::white) : ink);
                x += widths.at(c);
            }
            m_y += h;
        };
        const qreal first = rows.isEmpty() ? 0 : rowHeight(rows.front(), false);
        ensure(headerHeight + first);
        drawRow(titles, headerHeight, true, accent);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            // A row taller than a page is cut to the page; its cells clip.
            const qreal h = std::min(rowHeight(rows.at(r), false), m_bottom - margin - headerHeight - 20);
            if (m_y + h > m_bottom) {
                newPage();
                const QFont font = DiagramPainter::font(8, true);
                const qreal ch = layout(continued, font, m_width)->height;
                text(QRectF(margin, m_y, m_width, ch), continued, font, muted);
                m_y += ch + 3;
                drawRow(titles, headerHeight, true, accent);
            }
            drawRow(rows.at(r), h, false, r % 2 ? QColor(0xf2, 0xf4, 0xf7) : QColor(Qt::white));
        }
        m_y += 12;
    }

    /// Boxes to sign in: names, signatures, dates and the decision.
    void signOff()
    {
        const QFont label = DiagramPainter::font(8, true);
        const QFont body = DiagramPainter::font(8);
        const qreal rowHeight = 30;
        const QStringList roles = {ReviewPdf::tr("Reviewed by"), ReviewPdf::tr("Approved by (change board)"),
            ReviewPdf::tr("Implemented by")};
        const qreal total = 40 + roles.size() * rowHeight + 70;
        ensure(total);
        heading(ReviewPdf::tr("Sign-off"), 13, total);
        const QList<qreal> widths = {0.22 * m_width, 0.3 * m_width, 0.3 * m_width, 0.18 * m_width};
        const QStringList titles = {
            ReviewPdf::tr("Role"), ReviewPdf::tr("Name"), ReviewPdf::tr("Signature"), ReviewPdf::tr("Date")};
        qreal x = margin;
        box(QRectF(margin, m_y, m_width, 16), accent, rule);
        for (int c = 0; c < titles.size(); ++c) {
            text(QRectF(x + padding, m_y + padding, widths.at(c) - 2 * padding, 12), titles.at(c), label,
                Qt::white);
            x += widths.at(c);
        }
        m_y += 16;
        for (const QString &role : roles) {
            x = margin;
            for (int c = 0; c < widths.size(); ++c) {
                box(QRectF(x, m_y, widths.at(c), rowHeight), Qt::white, rule);
                if (c == 0)
                    text(QRectF(
                             x + padding, m_y + padding, widths.at(c) - 2 * padding, rowHeight - 2 * padding),
                        role, body);
                x += widths.at(c);
            }
            m_y += rowHeight;
        }
        m_y += 8;
        // The decision: three boxes to tick, then room for conditions.
        x = margin;
        text(QRectF(x, m_y + 1, 60, 12), ReviewPdf::tr("Decision:"), label);
        x += 64;
        for (const QString &choice :
            {ReviewPdf::tr("Approved"), ReviewPdf::tr("Approved with changes"), ReviewPdf::tr("Rejected")}) {
            box(QRectF(x, m_y + 1, 9, 9), Qt::white, ink);
            text(QRectF(x + 13, m_y, 150, 12), choice, body);
            x += 170;
        }
        m_y += 18;
        box(QRectF(margin, m_y, m_width, 40), Qt::white, rule);
        text(QRectF(margin + padding, m_y + padding, m_width - 2 * padding, 12),
            ReviewPdf::tr("Conditions and comments:"), body, muted);
        m_y += 48;
    }

    qreal y() const { return m_y; }

private:
    ReviewPdf *m_report;
    QImage m_measure;
    QHash<QString, std::shared_ptr<const ReviewPdf::TextBlock>> m_blocks;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_y = margin;
};

namespace {

QColor lighter(const QColor &colour)
{
    return QColor::fromRgbF(
        0.75 + 0.25 * colour.redF(), 0.75 + 0.25 * colour.greenF(), 0.75 + 0.25 * colour.blueF());
}

QString groupsText(const Design &design, const QList<TupleGroup> &groups, bool references, int limit = 12)
{
    QStringList lines;
    for (const TupleGroup &group : groups) {
        if (lines.size() == limit) {
            lines << ReviewPdf::tr("... and %n more", nullptr, int(groups.size() - limit));
            break;
        }
        QString line = ReviewReport::groupLine(design, group);
        if (references && !group.reference.isEmpty())
            line += QStringLiteral("\n    ") + group.reference;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QColor ReviewPdf::verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Required:
    case Verdict::Consistent:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::PartlyRequired:
        return QColor(0xe0, 0x8a, 0x00);
    case Verdict::NotRequired:
    case Verdict::Shadowed:
        return QColor(0x75, 0x75, 0x75);
    case Verdict::Forbidden:
    case Verdict::Conflicts:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::Unknown:
        return QColor(0x6a, 0x1b, 0x9a);
    }
    return QColor(Qt::gray);
}

ReviewPdf::ReviewPdf(const Design &design, const ReviewResult &result, const Options &options)
    : m_options(options)
{
    const bool audit = result.format != RequestFile::Format::ChangeRequest;
    const QString designName = design.name.isEmpty() ? tr("Untitled design") : design.name;
    const QString requestName = QFileInfo(result.fileName).fileName();
    m_title = audit ? tr("Firewall audit: %1 against %2").arg(requestName, designName)
                    : tr("Change request review: %1 against %2").arg(requestName, designName);
    const QSizeF portrait
        = QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4)
              .size(QPageSize::Point);
    m_pageSize = QSizeF(portrait.height(), portrait.width());

    ReviewLayout b(this);
    b.newPage();
    b.paragraph(audit ? tr("FIREWALL AUDIT") : tr("CHANGE REQUEST REVIEW"), 10, muted);
    b.heading(requestName, 20, 0);
    b.space(4);
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTime();
    b.table({{tr("Design"), 0.24}, {tr("Revision"), 0.16}, {tr("Request"), 0.26}, {tr("Date"), 0.12},
                {tr("Prepared with"), 0.22}},
        {{Cell {designName
              + (options.designFile.isEmpty() ? QString() : QLatin1Char('\n') + options.designFile)},
            Cell {options.revision.isEmpty() ? tr("- (design JSON)") : options.revision},
            Cell {tr("%1\n%2").arg(result.fileName, RequestFile::formatTitle(result.format))},
            Cell {date.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
            Cell {
                tr("Portolan %1: verdicts from the flows the product catalog derives; each cites its vendor "
                   "document.")
                    .arg(QStringLiteral(PORTOLAN_VERSION))}}},
        QString());

    // The summary: one cell per verdict, and what it means for the change.
    b.heading(tr("Summary"), 13);
    QList<Column> summaryColumns;
    QList<Cell> counts;
    for (const Verdict verdict : allVerdicts()) {
        summaryColumns << Column {verdictName(verdict), 0.1};
        const int count = result.count(verdict);
        counts << Cell {
            QString::number(count), count > 0 ? lighter(verdictColour(verdict)) : QColor(), count > 0};
    }
    summaryColumns << Column {tr("missing"), 0.2};
    counts << Cell {QString::number(result.missing.size()),
        result.missing.isEmpty() ? QColor() : lighter(QColor(0xc6, 0x28, 0x28)), !result.missing.isEmpty()};
    b.table(summaryColumns, {counts}, QString(), 9);
    b.paragraph(result.exitStatus() == 0
            ? tr("Every allow request is required by the design and nothing the design needs is missing.")
            : tr("Some requests are not required as they stand, or flows the design needs are missing: each "
                 "row "
                 "below says why."),
        9);
    if (result.complete)
        b.paragraph(
            tr("Reviewed as a firewall's whole rule set: the flows of the design that cross the zones it "
               "covers (%1) and that no rule allows are listed as missing.")
                .arg(result.zonesCovered.join(QStringLiteral(", "))),
            8.5, muted);
    for (const QString &note : result.notes)
        b.paragraph(note, 8.5, muted);
    b.paragraph(
        tr("Verdicts: required (the design derives every tuple it opens), partly-required (some, and "
           "opens more: the excess), not-required (none), forbidden (a block row or a one-way rule of the "
           "catalog forbids part of it), unknown (a side names no host of the design); for a block, "
           "conflicts (it would drop a flow the design needs) or consistent; shadowed: an earlier rule "
           "already decides everything it matches."),
        8, muted);

    // One row per request.
    b.space(4);
    b.heading(audit ? tr("Rules") : tr("Requests"), 15);
    const QList<Column> columns
        = {{tr("Id"), 0.09}, {tr("Requested"), 0.17}, {tr("Verdict"), 0.08}, {tr("Reasons"), 0.24},
            {tr("Flows of the design and their references"), 0.24}, {tr("Excess and forbidden"), 0.18}};
    QList<QList<Cell>> rows;
    for (const ReviewedRequest &reviewed : result.requests) {
        const RequestSpec &request = reviewed.request;
        QString requested = tr("%1 -> %2\n%3 %4, %5")
                                .arg(request.source, request.destination, request.protocol, request.ports,
                                    actionName(request.action));
        if (!request.comment.isEmpty())
            requested += QLatin1Char('\n') + tr("Comment: %1").arg(request.comment);
        for (const auto &[name, value] : request.columns)
            requested += QLatin1Char('\n') + tr("%1: %2").arg(name, value);
        if (!request.text.isEmpty())
            requested += QLatin1Char('\n') + request.text;
        QString excess;
        if (!reviewed.excess.isEmpty())
            excess = tr("Excess (%1 tuples):\n%2")
                         .arg(ReviewReport::number(reviewed.excessTuples),
                             groupsText(design, reviewed.excess, false, 6));
        if (!reviewed.forbidden.isEmpty()) {
            if (!excess.isEmpty())
                excess += QStringLiteral("\n");
            excess += tr("Forbidden:\n%1").arg(groupsText(design, reviewed.forbidden, true, 6));
        }
        rows << QList<Cell> {Cell {request.id}, Cell {requested},
            Cell {verdictName(reviewed.verdict), lighter(verdictColour(reviewed.verdict)), true},
            Cell {reviewed.message}, Cell {groupsText(design, reviewed.required, true)}, Cell {excess}};
    }
    if (rows.isEmpty())
        b.paragraph(tr("The file holds no request."));
    else
        b.table(columns, rows, audit ? tr("Rules (continued)") : tr("Requests (continued)"));

    // What a complete rule set misses.
    if (result.complete) {
        b.space(4);
        b.heading(tr("Missing flows"), 15);
        if (result.missing.isEmpty()) {
            b.paragraph(tr("Every flow of the design that crosses the covered zones is allowed."));
        } else {
            b.paragraph(tr("Flows of the design that no rule allows: the firewall drops them."), 8.5, muted);
            QList<QList<Cell>> missing;
            for (const TupleGroup &group : result.missing) {
                missing << QList<Cell> {Cell {ReviewReport::sideText(design, group.sources)},
                    Cell {ReviewReport::sideText(design, group.destinations)},
                    Cell {protocolName(group.protocol)},
                    Cell {group.protocol == Protocol::Icmp ? QString() : group.ports.toString()},
                    Cell {group.rule}, Cell {group.reference}};
            }
            b.table({{tr("Source"), 0.14}, {tr("Destination"), 0.14}, {tr("Protocol"), 0.07},
                        {tr("Ports"), 0.15}, {tr("Rule"), 0.18}, {tr("Reference"), 0.32}},
                missing, tr("Missing flows (continued)"));
        }
    }
    b.space(6);
    b.signOff();
}

ReviewPdf::~ReviewPdf() = default;

void ReviewPdf::paintPage(QPainter *painter, int index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (const Item &item : m_pages.at(index)) {
        if (item.kind == Item::Box) {
            painter->setPen(item.colour.isValid() ? QPen(item.colour, 0.5) : QPen(Qt::NoPen));
            painter->setBrush(item.fill.isValid() ? QBrush(item.fill) : QBrush(Qt::NoBrush));
            painter->drawRect(item.rect);
            continue;
        }
        painter->setPen(item.colour);
        const bool clip = item.block->overflows || item.block->height > item.rect.height() + 0.5;
        if (clip) {
            painter->save();
            painter->setClipRect(item.rect, Qt::IntersectClip);
        }
        for (const QGlyphRun &run : item.block->runs)
            painter->drawGlyphRun(item.rect.topLeft(), run);
        if (clip)
            painter->restore();
    }
    const QRectF footer(margin, m_pageSize.height() - margin - footerHeight + 8,
        m_pageSize.width() - 2 * margin, footerHeight - 8);
    painter->setPen(QPen(rule, 0.5));
    painter->drawLine(footer.topLeft(), footer.topRight());
    painter->setFont(DiagramPainter::font(7.5));
    painter->setPen(muted);
    QString left = m_title;
    if (!m_options.revision.isEmpty())
        left += tr(", design revision %1").arg(m_options.revision);
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
    painter->drawText(
        footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    painter->restore();
}

QImage ReviewPdf::renderPage(int index, qreal scale) const
{
    QImage image((m_pageSize * scale).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(2835);
    image.setDotsPerMeterY(2835);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(&painter, index);
    return image;
}

bool ReviewPdf::writePdf(QIODevice *device, QString *error) const
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(m_options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(72);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Portolan %1").arg(QStringLiteral(PORTOLAN_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("The PDF could not be started.");
        return false;
    }
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        paintPage(&painter, page);
    }
    painter.end();
    return true;
}

} // namespace portolan
