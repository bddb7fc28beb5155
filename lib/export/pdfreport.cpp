#include "pdfreport.h"

#include <algorithm>

#include "catalog/catalogtext.h"
#include "changereview.h"
#include "diagrampainter.h"
#include "flowmatrix.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>

namespace portolan {

namespace {

constexpr qreal margin = 36; // half an inch
constexpr qreal footerHeight = 22;
constexpr qreal cellPadding = 3;

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor accent(0x1f, 0x3a, 0x5f);
const QColor muted(0x5a, 0x5a, 0x5a);

struct Column
{
    QString title;
    qreal width; ///< fraction of the text width
};

/// What a laid-out text depends on: the fonts all come from DiagramPainter::font().
struct BlockKey
{
    QString text;
    qreal pointSize;
    bool bold;
    qreal width;

    friend bool operator==(const BlockKey &, const BlockKey &) = default;
};

size_t qHash(const BlockKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.pointSize, key.bold, key.width);
}

} // namespace

struct PdfReport::TextBlock
{
    QList<QGlyphRun> runs; ///< positioned from the top left of the item's rectangle
    qreal height = 0;
    bool overflows = false; ///< a word wider than the rectangle: clipped, as QPainter::drawText() does
};

/** Lays the report out into pages of drawing items. */
class ReportBuilder
{
public:
    ReportBuilder(PdfReport *report)
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
        m_report->m_pages.append(QList<PdfReport::Item>());
        m_y = margin;
    }

    /**
     * The text laid out as QPainter::drawText() lays out Qt::AlignLeft | Qt::AlignTop |
     * Qt::TextWordWrap (lines on whole points, the font's leading between them), once per
     * distinct text, font and width: a report of thousands of rows repeats most of its cells,
     * and the paint pass draws the glyphs without laying the text out again.
     */
    std::shared_ptr<const PdfReport::TextBlock> layout(const QString &text, const QFont &font, qreal width)
    {
        const BlockKey key {text, font.pointSizeF(), font.bold(), width};
        if (const auto found = m_blocks.constFind(key); found != m_blocks.cend())
            return *found;
        QString shown = text;
        for (QChar &c : shown) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QChar::LineSeparator;
        }
        QTextLayout layout(shown, font, &m_measure);
        QTextOption option(Qt::AlignLeft);
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
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
        auto block = std::make_shared<PdfReport::TextBlock>();
        block->runs = layout.glyphRuns();
        block->height = height;
        block->overflows = natural > width;
        m_blocks.insert(key, block);
        return block;
    }

    qreal textHeight(const QString &text, const QFont &font, qreal width)
    {
        return layout(text, font, width)->height;
    }

    void add(const PdfReport::Item &item) { m_report->m_pages.last().append(item); }

    /// Text at the top left of rect, wrapped at word boundaries.
    void text(const QRectF &rect, const QString &text, const QFont &font, const QColor &colour = ink)
    {
        PdfReport::Item item;
        item.kind = PdfReport::Item::Text;
        item.rect = rect;
        item.text = text;
        item.font = font;
        item.colour = colour;
        item.flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        item.block = layout(text, font, rect.width());
        add(item);
    }

    void box(const QRectF &rect, const QColor &fill, const QColor &pen = QColor())
    {
        PdfReport::Item item;
        item.kind = PdfReport::Item::Box;
        item.rect = rect;
        item.fill = fill;
        item.colour = pen;
        add(item);
    }

    void ensure(qreal height)
    {
        if (m_y + height > m_bottom)
            newPage();
    }

    void heading(const QString &title, qreal size, qreal keepWithNext = 60)
    {
        const QFont font = DiagramPainter::font(size, true);
        const qreal h = textHeight(title, font, m_width);
        ensure(h + keepWithNext);
        text(QRectF(margin, m_y, m_width, h), title, font, accent);
        m_y += h + 4;
    }

    void paragraph(const QString &body, qreal size = 9, const QColor &colour = ink)
    {
        const QFont font = DiagramPainter::font(size);
        const qreal h = textHeight(body, font, m_width);
        ensure(h);
        text(QRectF(margin, m_y, m_width, h), body, font, colour);
        m_y += h + 6;
    }

    void space(qreal height) { m_y += height; }

    /// A table whose header row repeats at the top of every page it runs onto.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, const QString &continued)
    {
        const QFont headerFont = DiagramPainter::font(7.5, true);
        const QFont cellFont = DiagramPainter::font(7.5);
        QList<qreal> widths;
        for (const Column &column : columns)
            widths << column.width * m_width;
        const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
            qreal h = 0;
            for (qsizetype c = 0; c < cells.size(); ++c)
                h = std::max(h, textHeight(cells.at(c), font, widths.at(c) - 2 * cellPadding));
            return h + 2 * cellPadding;
        };
        QStringList titles;
        for (const Column &column : columns)
            titles << column.title;
        const qreal headerHeight = rowHeight(titles, headerFont);
        const auto drawRow = [&](const QStringList &cells, const QFont &font, qreal h, const QColor &fill,
                                 const QColor &colour) {
            box(QRectF(margin, m_y, m_width, h), fill, QColor(0xc8, 0xcd, 0xd4));
            qreal x = margin;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                text(QRectF(x + cellPadding, m_y + cellPadding, widths.at(c) - 2 * cellPadding,
                         h - 2 * cellPadding),
                    cells.at(c), font, colour);
                x += widths.at(c);
            }
            m_y += h;
        };
        const qreal firstRow = rows.isEmpty() ? 0 : rowHeight(rows.front(), cellFont);
        ensure(headerHeight + firstRow);
        drawRow(titles, headerFont, headerHeight, accent, Qt::white);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const qreal h = rowHeight(rows.at(r), cellFont);
            if (m_y + h > m_bottom) {
                newPage();
                const QFont font = DiagramPainter::font(8, true);
                const qreal ch = textHeight(continued, font, m_width);
                text(QRectF(margin, m_y, m_width, ch), continued, font, muted);
                m_y += ch + 3;
                drawRow(titles, headerFont, headerHeight, accent, Qt::white);
            }
            drawRow(rows.at(r), cellFont, h, r % 2 ? QColor(0xf2, 0xf4, 0xf7) : QColor(Qt::white), ink);
        }
        m_y += 12;
    }

    void diagram(qreal height)
    {
        PdfReport::Item item;
        item.kind = PdfReport::Item::Diagram;
        item.rect = QRectF(margin, m_y, m_width, std::min(height, m_bottom - m_y));
        add(item);
        box(item.rect, QColor(), QColor(0xc8, 0xcd, 0xd4));
        m_y += item.rect.height() + 8;
    }

    qreal y() const { return m_y; }
    qreal bottom() const { return m_bottom; }
    qreal width() const { return m_width; }

private:
    PdfReport *m_report;
    QImage m_measure;
    QHash<BlockKey, std::shared_ptr<const PdfReport::TextBlock>> m_blocks;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_y = margin;
};

namespace {

QString hostCell(const Design &design, int index, const QString &anyText)
{
    if (index == Flow::AnySource)
        return anyText;
    const Host &host = design.hosts().at(index);
    return host.displayName() + QLatin1Char('\n')
        + (host.address.isNull() ? PdfReport::tr("(no address)") : host.address.toString());
}

QString portsText(const PortSet &ports)
{
    return ports.toString().replace(QLatin1Char(','), QStringLiteral(", "));
}

/// A row of the flow tables: allowed flows, and block rows from any host outside the zone.
QStringList flowCells(const Design &design, const Flow &flow)
{
    const bool block = flow.source == Flow::AnySource;
    const QString notes = CatalogText::notes(flow.rule, flow.notes);
    return {block ? PdfReport::tr("any host outside the zone") : hostCell(design, flow.source, QString()),
        hostCell(design, flow.destination, QString()), protocolName(flow.protocol), portsText(flow.ports),
        flow.sourcePorts.toString(), CatalogText::service(flow.rule, flow.service),
        flow.rule + QLatin1Char('\n') + flow.reference,
        block || flow.crossesZones ? notes
                                   : (notes + PdfReport::tr(" (Does not cross a firewall.)")).trimmed()};
}

QList<Column> flowColumns()
{
    return {{PdfReport::tr("Source"), 0.13}, {PdfReport::tr("Destination"), 0.13},
        {PdfReport::tr("Protocol"), 0.06}, {PdfReport::tr("Ports"), 0.09},
        {PdfReport::tr("Source ports"), 0.06}, {PdfReport::tr("Service"), 0.16},
        {PdfReport::tr("Rule and reference"), 0.21}, {PdfReport::tr("Notes"), 0.16}};
}

/// The design's name, or what stands for it when it has none.
QString designTitle(const Design &design)
{
    return design.name.isEmpty() ? PdfReport::tr("Untitled design") : design.name;
}

QString hostList(const Design &design, const QList<int> &hosts)
{
    QStringList names;
    for (const int host : hosts)
        names << design.hosts().at(host).displayName();
    return names.join(QStringLiteral(", "));
}

} // namespace

PdfReport::PdfReport(const ExportOptions &options, const QString &title)
    : m_options(options)
    , m_title(title)
{
    const QSizeF portrait = QPageSize(pageSizeId()).size(QPageSize::Point);
    m_pageSize = QSizeF(portrait.height(), portrait.width());
}

PdfReport::PdfReport(const ExportInput &input)
    : PdfReport(input.options, tr("Firewall flow report: %1").arg(designTitle(input.design)))
{
    const Design &design = input.design;
    const Derivation &derivation = input.derivation;
    m_diagram = std::make_shared<DiagramPainter>(design);

    ReportBuilder b(this);
    b.newPage();

    // Title block.
    b.paragraph(tr("FIREWALL FLOW REPORT"), 10, muted);
    b.heading(designTitle(design), 22, 0);
    b.space(6);
    const QDateTime date = m_options.date.isValid() ? m_options.date : QDateTime::currentDateTime();
    b.table({{tr("Design"), 0.22}, {tr("Revision"), 0.12}, {tr("Date"), 0.16}, {tr("Author"), 0.2},
                {tr("Prepared with"), 0.3}},
        {{designTitle(design), m_options.revision.isEmpty() ? tr("-") : m_options.revision,
            date.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            m_options.author.isEmpty() ? tr("-") : m_options.author,
            tr("Portolan %1: flows derived from the product catalog; each cites its vendor document.")
                .arg(QStringLiteral(PORTOLAN_VERSION))}},
        QString());

    int allowed = 0, crossing = 0, blocks = 0;
    for (const Flow &flow : derivation.flows) {
        if (flow.action == Action::Block) {
            ++blocks;
        } else {
            ++allowed;
            crossing += flow.crossesZones ? 1 : 0;
        }
    }
    b.heading(tr("Summary"), 13);
    b.table({{tr("Zones"), 0.1}, {tr("Hosts"), 0.1}, {tr("Links"), 0.1}, {tr("Allowed flows"), 0.16},
                {tr("Crossing a firewall"), 0.16}, {tr("Block rows"), 0.12},
                {tr("Errors / warnings / security notes"), 0.26}},
        {{QString::number(design.zones().size()), QString::number(design.hosts().size()),
            QString::number(design.links().size()), QString::number(allowed), QString::number(crossing),
            QString::number(blocks),
            tr("%1 / %2 / %3")
                .arg(derivation.count(Severity::Error))
                .arg(derivation.count(Severity::Warning))
                .arg(std::count_if(derivation.findings.cbegin(), derivation.findings.cend(),
                    [](const Finding &finding) { return finding.isSecurityNote(); }))}},
        QString());

    const QList<FlowMatrix::Group> groups = FlowMatrix::groups(design, derivation);
    b.heading(tr("Firewalls (zone pairs)"), 13);
    QList<QStringList> contents;
    for (const FlowMatrix::Group &group : groups) {
        if (group.anySource)
            continue;
        const bool within = group.sourceZone == group.destinationZone;
        contents << QStringList {FlowMatrix::pairTitle(design, group),
            within ? tr("within one zone: no firewall") : tr("firewall between the zones"),
            QString::number(group.flows.size())};
    }
    b.table({{tr("Zone pair"), 0.5}, {tr("Crossing"), 0.35}, {tr("Flows"), 0.15}}, contents,
        tr("Firewalls (continued)"));

    // The diagram on a page of its own.
    b.newPage();
    b.heading(tr("Diagram"), 15, 200);
    b.diagram(b.bottom() - b.y());

    // One table per zone pair.
    const QList<Column> columns = flowColumns();
    b.newPage();
    b.heading(tr("Firewall matrix by zone pair"), 15);
    b.paragraph(tr("One table per zone pair: the firewall between the source zone and the destination zone. "
                   "Every flow "
                   "is directional; replies of an allowed connection are not listed. Tables marked \"within "
                   "one zone\" "
                   "cross no firewall and are given for completeness."),
        8.5, muted);
    // Laying out the tables is the first half of the work writePdf() reports, by flows laid out.
    const qint64 flowCount = std::max<qsizetype>(1, derivation.flows.size());
    qint64 laidOut = 0;
    const auto advance = [this, &laidOut, flowCount](qsizetype rows) {
        laidOut += rows;
        m_cancelled = !m_options.advance(std::min(laidOut, flowCount), 2 * flowCount);
        return !m_cancelled;
    };
    for (const FlowMatrix::Group &group : groups) {
        if (group.anySource)
            continue;
        const bool within = group.sourceZone == group.destinationZone;
        const QString title = FlowMatrix::pairTitle(design, group);
        b.heading(within ? tr("%1 (within one zone: no firewall)").arg(title) : title, 11.5);
        QList<QStringList> rows;
        for (const int index : group.flows)
            rows << flowCells(design, derivation.flows.at(index));
        b.table(columns, rows, tr("%1 (continued)").arg(title));
        if (!advance(rows.size()))
            return;
    }

    // Block recommendations.
    b.space(6);
    b.heading(tr("Block recommendations"), 15);
    b.paragraph(
        tr("The vendors advise blocking these ports from every host outside the destination's zone. Place "
           "each block after the allowed flows above, which are its exceptions."),
        8.5, muted);
    bool anyBlock = false;
    for (const FlowMatrix::Group &group : groups) {
        if (!group.anySource)
            continue;
        anyBlock = true;
        const QString title = FlowMatrix::pairTitle(design, group);
        b.heading(title, 11.5);
        QList<QStringList> rows;
        for (const int index : group.flows)
            rows << flowCells(design, derivation.flows.at(index));
        b.table(columns, rows, tr("%1 (continued)").arg(title));
        if (!advance(rows.size()))
            return;
    }
    if (!anyBlock)
        b.paragraph(tr("The catalog recommends no block for this design."));

    // Security notes, then the findings.
    const QList<Column> findingColumns
        = {{tr("Severity"), 0.09}, {tr("Hosts"), 0.2}, {tr("Message"), 0.53}, {tr("Rule"), 0.18}};
    QList<QStringList> notes;
    QList<QStringList> findings;
    for (const Finding &finding : derivation.findings) {
        const QStringList row {severityName(finding.severity), hostList(design, finding.hosts),
            CatalogText::message(finding.rule, finding.text(design)), finding.rule};
        (finding.isSecurityNote() ? notes : findings) << row;
    }
    b.space(6);
    b.heading(tr("Security notes"), 15);
    b.paragraph(
        tr("Protocol versions, clear-text services and weak options the catalog points out for these hosts."),
        8.5, muted);
    if (notes.isEmpty())
        b.paragraph(tr("No security note."));
    else
        b.table(findingColumns, notes, tr("Security notes (continued)"));
    b.space(6);
    b.heading(tr("Findings"), 15);
    b.paragraph(
        tr("Errors must be resolved before the matrix is applied; warnings deserve a decision."), 8.5, muted);
    if (findings.isEmpty())
        b.paragraph(tr("No error and no warning."));
    else
        b.table(findingColumns, findings, tr("Findings (continued)"));
}

PdfReport::~PdfReport() = default;

namespace {

/// The fields of a changed flow that differ, one line each, as they were (after false) or are.
QString changedFields(
    const Design &before, const Flow &old, const Design &after, const Flow &now, bool showAfter)
{
    const Design &design = showAfter ? after : before;
    const Flow &flow = showAfter ? now : old;
    const auto zoneOf = [](const Design &d, int host) {
        return host == Flow::AnySource ? QString() : d.hosts().at(host).zone;
    };
    QStringList lines;
    if (old.ports != now.ports)
        lines << PdfReport::tr("Ports: %1").arg(portsText(flow.ports));
    if (old.sourcePorts != now.sourcePorts)
        lines << PdfReport::tr("Source ports: %1")
                     .arg(flow.sourcePorts.isEmpty() ? PdfReport::tr("any") : flow.sourcePorts.toString());
    if (old.service != now.service)
        lines << PdfReport::tr("Service: %1").arg(CatalogText::service(flow.rule, flow.service));
    if (zoneOf(before, old.source) != zoneOf(after, now.source)
        || zoneOf(before, old.destination) != zoneOf(after, now.destination)) {
        FlowMatrix::Group pair;
        pair.anySource = flow.source == Flow::AnySource;
        pair.sourceZone = zoneOf(design, flow.source);
        pair.destinationZone = zoneOf(design, flow.destination);
        lines << PdfReport::tr("Zones: %1").arg(FlowMatrix::pairTitle(design, pair));
    }
    if (old.reference != now.reference)
        lines << PdfReport::tr("Reference: %1").arg(flow.reference);
    if (old.notes != now.notes)
        lines << PdfReport::tr("Notes: %1")
                     .arg(flow.notes.isEmpty() ? PdfReport::tr("(none)")
                                               : CatalogText::notes(flow.rule, flow.notes));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::unique_ptr<PdfReport> PdfReport::designChanges(
    const ChangeReview &review, const ChangeReportInfo &info, const ExportOptions &options)
{
    const ChangeSet &set = review.changes;
    const Design &before = set.before;
    const Design &after = set.after;
    const QString beforeLabel = info.before.isEmpty() ? designTitle(before) : info.before;
    const QString afterLabel = info.after.isEmpty() ? designTitle(after) : info.after;
    const QString title
        = tr("Design change review: %1 \u2192 %2").arg(designTitle(before), designTitle(after));
    std::unique_ptr<PdfReport> report(new PdfReport(options, title));
    ReportBuilder b(report.get());
    b.newPage();

    b.paragraph(tr("DESIGN CHANGE REVIEW"), 10, muted);
    b.heading(tr("%1 \u2192 %2").arg(designTitle(before), designTitle(after)), 22, 0);
    b.space(6);
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTime();
    b.table({{tr("Before"), 0.3}, {tr("After"), 0.3}, {tr("Date"), 0.15}, {tr("Prepared with"), 0.25}},
        {{beforeLabel, afterLabel, date.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            tr("Portolan %1: flows derived from the product catalog; each cites its vendor document.")
                .arg(QStringLiteral(PORTOLAN_VERSION))}},
        QString());
    int rulesAdded = 0;
    int rulesRemoved = 0;
    for (const ChangeReview::Firewall &firewall : review.firewalls) {
        rulesAdded += firewall.count(true);
        rulesRemoved += firewall.count(false);
    }
    b.table({{tr("Design changes"), 0.14}, {tr("Flows added"), 0.12}, {tr("Flows removed"), 0.12},
                {tr("Flows changed"), 0.12}, {tr("Findings added"), 0.12}, {tr("Findings removed"), 0.12},
                {tr("Firewalls"), 0.1}, {tr("Rules added / removed"), 0.16}},
        {{QString::number(set.designChanges.size()), QString::number(set.added.size()),
            QString::number(set.removed.size()), QString::number(set.changed.size()),
            QString::number(set.findingsAdded.size()), QString::number(set.findingsRemoved.size()),
            QString::number(review.firewalls.size()), tr("%1 / %2").arg(rulesAdded).arg(rulesRemoved)}},
        QString());

    // Sign-off: the decisions recorded, or room for one on paper.
    b.heading(tr("Sign-off"), 13);
    if (info.signOffs.isEmpty()) {
        b.paragraph(tr("No decision is recorded for this change. Reviewer, date, verdict (approve or reject) "
                       "and comment:"));
        b.table({{tr("Reviewer"), 0.25}, {tr("Date"), 0.15}, {tr("Verdict"), 0.15}, {tr("Comment"), 0.45}},
            {{QStringLiteral("\n\n"), QString(), QString(), QString()}}, QString());
    } else {
        QList<QStringList> rows;
        for (const SignOff &signOff : info.signOffs) {
            rows << QStringList {signOff.verdict.toUpper(), signOff.reviewer,
                signOff.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), signOff.base,
                signOff.revision, signOff.comment};
        }
        b.table({{tr("Verdict"), 0.1}, {tr("Reviewer"), 0.16}, {tr("Time"), 0.12}, {tr("Base"), 0.12},
                    {tr("Revision"), 0.12}, {tr("Comment"), 0.38}},
            rows, tr("Sign-off (continued)"));
    }

    // The design changes, each with what it causes.
    b.heading(tr("Design changes"), 15);
    b.paragraph(
        tr("What changed in the design, and what each change causes. A change causes a flow or finding "
           "change when, without it, the rule engine would not make that change; a flow can have "
           "several causes, and a removed link that splits a redundant system causes flows between "
           "hosts it never touched."),
        8.5, muted);
    if (set.designChanges.isEmpty()) {
        b.paragraph(tr("The two designs are the same (hosts may have moved on the canvas)."));
    } else {
        QList<QStringList> rows;
        for (int c = 0; c < set.designChanges.size(); ++c) {
            int flowsAdded = 0, flowsRemoved = 0, flowsChanged = 0, findings = 0, rules = 0;
            for (const FlowChange &change : set.added)
                flowsAdded += change.because.contains(c);
            for (const FlowChange &change : set.removed)
                flowsRemoved += change.because.contains(c);
            for (const FlowChange &change : set.changed)
                flowsChanged += change.because.contains(c);
            for (const QList<FindingChange> *list : {&set.findingsAdded, &set.findingsRemoved}) {
                for (const FindingChange &change : *list)
                    findings += change.because.contains(c);
            }
            for (const ChangeReview::Firewall &firewall : review.firewalls) {
                for (const ChangeReview::RuleChange &rule : firewall.rules)
                    rules += rule.because.contains(c);
            }
            rows << QStringList {QString::number(c), set.designChanges.at(c).kindName(),
                set.designChanges.at(c).describe(),
                tr("+%1 / \u2212%2 / ~%3").arg(flowsAdded).arg(flowsRemoved).arg(flowsChanged),
                QString::number(findings), QString::number(rules)};
        }
        b.table({{tr("#"), 0.04}, {tr("Kind"), 0.12}, {tr("Change"), 0.48},
                    {tr("Flows + / \u2212 / ~"), 0.14}, {tr("Findings"), 0.1}, {tr("Rules"), 0.12}},
            rows, tr("Design changes (continued)"));
    }

    const auto causes = [&set](const QList<int> &because) {
        QStringList lines;
        for (const int index : because)
            lines << tr("[%1] %2").arg(index).arg(set.designChanges.at(index).describe());
        return lines.isEmpty() ? tr("(no design change)") : lines.join(QLatin1Char('\n'));
    };

    // Firewalls whose rules change.
    b.space(6);
    b.heading(tr("Firewalls"), 15);
    b.paragraph(tr("Rules added and removed per zone pair, grouped as the nftables, iptables and ASA exports "
                   "write them; a rule whose hosts or ports change is removed and added again."),
        8.5, muted);
    if (review.firewalls.isEmpty())
        b.paragraph(tr("No firewall rule changes."));
    for (const ChangeReview::Firewall &firewall : review.firewalls) {
        const QString name = review.firewallTitle(firewall);
        b.heading(
            tr("%1: %2 added, %3 removed").arg(name).arg(firewall.count(true)).arg(firewall.count(false)),
            11.5);
        QList<QStringList> rows;
        for (const ChangeReview::RuleChange &rule : firewall.rules) {
            rows << QStringList {rule.added ? tr("Added") : tr("Removed"), rule.description,
                tr("%1 %2").arg(protocolName(rule.protocol), portsText(rule.ports)).trimmed(),
                causes(rule.because)};
        }
        b.table({{tr("Rule"), 0.08}, {tr("Hosts, service, catalog rule"), 0.46},
                    {tr("Protocol and ports"), 0.12}, {tr("Because"), 0.34}},
            rows, tr("%1 (continued)").arg(name));
    }

    // Flow changes by zone pair, in the order the pairs first appear.
    b.space(6);
    b.heading(tr("Flow changes by zone pair"), 15);
    b.paragraph(
        tr("A flow is the same in both designs when its source, destination, protocol, action and "
           "catalog rule agree; it changed when its ports, service, notes, reference, or the zones or "
           "addresses of its hosts differ."),
        8.5, muted);
    QStringList pairs;
    QHash<QString, QList<QStringList>> rowsByPair;
    const auto pairOf = [](const Design &design, const Flow &flow) {
        FlowMatrix::Group group;
        group.anySource = flow.source == Flow::AnySource;
        group.sourceZone = group.anySource ? QString() : design.hosts().at(flow.source).zone;
        group.destinationZone = design.hosts().at(flow.destination).zone;
        return FlowMatrix::pairTitle(design, group);
    };
    const auto addRow = [&](const QString &pair, const QStringList &row) {
        if (!pairs.contains(pair))
            pairs.append(pair);
        rowsByPair[pair].append(row);
    };
    const auto flowRow = [&](const QString &kind, const Design &design, const Flow &flow,
                             const QString &ports, const QList<int> &because) {
        const bool block = flow.source == Flow::AnySource;
        return QStringList {kind,
            block ? tr("any host outside the zone") : hostCell(design, flow.source, QString()),
            hostCell(design, flow.destination, QString()), protocolName(flow.protocol), ports, flow.service,
            flow.rule, causes(because)};
    };
    for (const FlowChange &change : set.added)
        addRow(pairOf(after, change.after),
            flowRow(tr("Added"), after, change.after, portsText(change.after.ports), change.because));
    for (const FlowChange &change : set.removed)
        addRow(pairOf(before, change.before),
            flowRow(tr("Removed"), before, change.before, portsText(change.before.ports), change.because));
    for (const FlowChange &change : set.changed) {
        QStringList row = flowRow(tr("Changed"), after, change.after, QString(), change.because);
        row[4] = changedFields(before, change.before, after, change.after, false)
            + QStringLiteral("\n\u2192 ") + changedFields(before, change.before, after, change.after, true);
        addRow(pairOf(after, change.after), row);
    }
    if (pairs.isEmpty())
        b.paragraph(tr("No flow changed."));
    const QList<Column> flowColumnsWithCauses
        = {{tr("Change"), 0.07}, {tr("Source"), 0.12}, {tr("Destination"), 0.12}, {tr("Protocol"), 0.06},
            {tr("Ports"), 0.15}, {tr("Service"), 0.14}, {tr("Rule"), 0.1}, {tr("Because"), 0.24}};
    for (const QString &pair : std::as_const(pairs)) {
        b.heading(pair, 11.5);
        b.table(flowColumnsWithCauses, rowsByPair.value(pair), tr("%1 (continued)").arg(pair));
    }

    // Findings.
    b.space(6);
    b.heading(tr("Findings added and removed"), 15);
    QList<QStringList> findingRows;
    for (const FindingChange &change : set.findingsAdded)
        findingRows << QStringList {tr("Added"), severityName(change.finding.severity),
            hostList(after, change.finding.hosts), change.finding.message, causes(change.because)};
    for (const FindingChange &change : set.findingsRemoved)
        findingRows << QStringList {tr("Removed"), severityName(change.finding.severity),
            hostList(before, change.finding.hosts), change.finding.message, causes(change.because)};
    if (findingRows.isEmpty())
        b.paragraph(tr("No finding changed."));
    else
        b.table({{tr("Change"), 0.07}, {tr("Severity"), 0.07}, {tr("Hosts"), 0.16}, {tr("Message"), 0.42},
                    {tr("Because"), 0.28}},
            findingRows, tr("Findings added and removed (continued)"));
    return report;
}

std::unique_ptr<PdfReport> PdfReport::fromBlocks(
    const ExportOptions &options, const QString &title, const QList<Block> &blocks)
{
    std::unique_ptr<PdfReport> report(new PdfReport(options, title));
    ReportBuilder b(report.get());
    b.newPage();
    for (const Block &block : blocks) {
        switch (block.kind) {
        case Block::Heading:
            b.heading(block.text, block.size);
            break;
        case Block::Paragraph:
            b.paragraph(block.text, block.size, block.muted ? muted : ink);
            break;
        case Block::Table: {
            QList<Column> columns;
            for (const auto &column : block.columns)
                columns.append({column.first, column.second});
            b.table(columns, block.rows, block.continued);
            break;
        }
        case Block::PageBreak:
            b.newPage();
            break;
        }
    }
    return report;
}

QPageSize::PageSizeId PdfReport::pageSizeId() const
{
    return m_options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4;
}

void PdfReport::paintPage(QPainter *painter, int index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (const Item &item : m_pages.at(index)) {
        switch (item.kind) {
        case Item::Text:
            painter->setPen(item.colour);
            if (item.block->overflows) {
                painter->save();
                painter->setClipRect(item.rect, Qt::IntersectClip);
            }
            for (const QGlyphRun &run : item.block->runs)
                painter->drawGlyphRun(item.rect.topLeft(), run);
            if (item.block->overflows)
                painter->restore();
            break;
        case Item::Box:
            painter->setPen(item.colour.isValid() ? QPen(item.colour, 0.5) : QPen(Qt::NoPen));
            painter->setBrush(item.fill.isValid() ? QBrush(item.fill) : QBrush(Qt::NoBrush));
            painter->drawRect(item.rect);
            break;
        case Item::Line:
            painter->setPen(QPen(item.colour, 0.5));
            painter->drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case Item::Diagram:
            m_diagram->paint(painter, item.rect.adjusted(4, 4, -4, -4));
            break;
        }
    }
    // Footer.
    const QRectF footer(margin, m_pageSize.height() - margin - footerHeight + 8,
        m_pageSize.width() - 2 * margin, footerHeight - 8);
    painter->setPen(QPen(QColor(0xc8, 0xcd, 0xd4), 0.5));
    painter->drawLine(footer.topLeft(), footer.topRight());
    painter->setFont(DiagramPainter::font(7.5));
    painter->setPen(muted);
    QString left = m_title;
    if (!m_options.revision.isEmpty())
        left += tr(", revision %1").arg(m_options.revision);
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
    painter->drawText(
        footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    painter->restore();
}

QImage PdfReport::renderPage(int index, qreal scale) const
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

bool PdfReport::writePdf(QIODevice *device, QString *error) const
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(pageSizeId()));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(72);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Portolan %1").arg(QStringLiteral(PORTOLAN_VERSION)));
    if (m_cancelled) {
        *error = tr("The export was cancelled.");
        return false;
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("The PDF could not be started.");
        return false;
    }
    // The second half of the work: the pages, after the layout of the first half.
    for (int page = 0; page < pageCount(); ++page) {
        if (!m_options.advance(pageCount() + page, 2 * pageCount())) {
            painter.end();
            *error = tr("The export was cancelled.");
            return false;
        }
        if (page > 0)
            writer.newPage();
        paintPage(&painter, page);
    }
    painter.end();
    m_options.advance(2 * pageCount(), 2 * pageCount());
    return true;
}

} // namespace portolan
