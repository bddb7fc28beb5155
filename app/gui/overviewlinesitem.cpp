#include "overviewlinesitem.h"

#include "flowarrowitem.h"
#include "hostitem.h"
#include "linkitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <vector>

namespace portolan {

OverviewLinesItem::OverviewLinesItem(
    const QHash<QString, HostItem *> *hosts, const QList<LinkItem *> *links, const Arrows *arrows)
    : m_hosts(hosts)
    , m_links(links)
    , m_arrows(arrows)
{
    setZValue(-4); // where the arrows are, over the links
}

void OverviewLinesItem::invalidate()
{
    if (!m_gathered)
        return;
    prepareGeometryChange();
    m_gathered = false;
    m_catalogLines.clear();
    m_customLines.clear();
}

void OverviewLinesItem::gather() const
{
    if (m_gathered)
        return;
    m_gathered = true;
    m_catalogLines.reserve(m_arrows->size());
    // No larger than the items it draws for, so that the scene's bounds (fit to view, the scene
    // rect of a new design) are what they are without it.
    QRectF bounds;
    for (const FlowArrowItem *arrow : *m_arrows) {
        const QLineF line = arrow->lineWithoutHead();
        if (line.isNull())
            continue;
        (arrow->isCustom() ? m_customLines : m_catalogLines).append(line);
        bounds |= arrow->sceneBoundingRect();
    }
    for (const LinkItem *link : *m_links) {
        if (link)
            bounds |= link->sceneBoundingRect();
    }
    for (const HostItem *host : *m_hosts)
        bounds |= host->sceneBoundingRect();
    m_bounds = bounds;
}

QRectF OverviewLinesItem::boundingRect() const
{
    gather();
    return m_bounds;
}

namespace {

/// A line in device pixels, from its smaller end, so that two lines that land on the same pixels
/// (arrows both ways between two hosts, a link and its flows' arrows at this zoom) are drawn once.
struct Segment
{
    int x1, y1, x2, y2;
    auto operator<=>(const Segment &) const = default;
};

class Batch
{
public:
    explicit Batch(const QPainter *painter)
        : m_transform(painter->worldTransform())
        , m_device(0, 0, painter->device()->width(), painter->device()->height())
    { }

    void add(const QLineF &line)
    {
        const QPoint a = m_transform.map(line.p1()).toPoint();
        const QPoint b = m_transform.map(line.p2()).toPoint();
        if (std::max(a.x(), b.x()) < m_device.left() - 1 || std::min(a.x(), b.x()) > m_device.right() + 1
            || std::max(a.y(), b.y()) < m_device.top() - 1 || std::min(a.y(), b.y()) > m_device.bottom() + 1)
            return; // off the view
        if (std::pair(b.x(), b.y()) < std::pair(a.x(), a.y()))
            m_segments.push_back({b.x(), b.y(), a.x(), a.y()});
        else
            m_segments.push_back({a.x(), a.y(), b.x(), b.y()});
    }

    /// Draws the lines once each, one pixel wide (as the painter draws a thinner line), with the
    /// pen's colour and style, on a painter that draws in device pixels.
    void draw(QPainter *painter, QPen pen)
    {
        std::sort(m_segments.begin(), m_segments.end());
        m_segments.erase(std::unique(m_segments.begin(), m_segments.end()), m_segments.end());
        QList<QLine> lines;
        lines.reserve(qsizetype(m_segments.size()));
        for (const Segment &segment : m_segments)
            lines.append(QLine(segment.x1, segment.y1, segment.x2, segment.y2));
        pen.setWidth(0);
        painter->setPen(pen);
        painter->drawLines(lines);
        m_segments.clear();
    }

private:
    QTransform m_transform;
    QRect m_device;
    std::vector<Segment> m_segments;
};

} // namespace

void OverviewLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    gather();
    const QTransform transform = painter->worldTransform();
    Batch batch(painter);
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const LinkItem *link : *m_links) {
        if (link && link->drawnByOverview())
            batch.add(link->line());
    }
    batch.draw(painter, LinkItem::plainPen());
    for (const QLineF &line : std::as_const(m_catalogLines))
        batch.add(line);
    batch.draw(painter, FlowArrowItem::pen(false, false));
    for (const QLineF &line : std::as_const(m_customLines))
        batch.add(line);
    batch.draw(painter, FlowArrowItem::pen(true, false));
    if (option->levelOfDetailFromTransform(transform) < HostItem::FarOut) {
        // The cards over the lines, as blocks of their product's colour.
        QHash<QRgb, QList<QRect>> blocks;
        const QRect device(0, 0, painter->device()->width(), painter->device()->height());
        const QRectF card(-HostItem::Width / 2, -HostItem::Height / 2, HostItem::Width, HostItem::Height);
        for (const HostItem *host : *m_hosts) {
            if (!host->drawnByOverview())
                continue;
            const QRect block = transform.mapRect(card.translated(host->pos())).toRect();
            if (block.intersects(device))
                blocks[host->productColour().rgba()].append(
                    block.isEmpty() ? QRect(block.topLeft(), QSize(1, 1)) : block);
        }
        painter->setPen(Qt::NoPen);
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            painter->setBrush(QColor::fromRgba(it.key()));
            painter->drawRects(it.value());
        }
    }
    painter->restore();
}

} // namespace portolan
