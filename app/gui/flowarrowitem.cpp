#include "flowarrowitem.h"

#include "hostitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace portolan {

FlowArrowItem::FlowArrowItem(HostItem *source, HostItem *destination, bool sideBySide, const QString &summary)
    : m_source(source)
    , m_destination(destination)
    , m_sideBySide(sideBySide)
{
    setZValue(-4);
    setToolTip(summary);
    updateGeometry();
}

void FlowArrowItem::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    setZValue(highlighted ? 5 : -4);
    update();
}

void FlowArrowItem::setCustom(bool custom)
{
    m_custom = custom;
    update();
}

void FlowArrowItem::setEndpoints(HostItem *source, HostItem *destination)
{
    m_source = source;
    m_destination = destination;
    updateGeometry();
}

void FlowArrowItem::setSideBySide(bool sideBySide)
{
    m_sideBySide = sideBySide;
    updateGeometry();
}

void FlowArrowItem::updateGeometry()
{
    prepareGeometryChange();
    m_line = QLineF();
    m_head.clear();
    if (!m_source || !m_destination)
        return;
    QPointF p1 = m_source->pos();
    QPointF p2 = m_destination->pos();
    const QPointF d = p2 - p1;
    const qreal length = std::hypot(d.x(), d.y());
    if (length < 1)
        return;
    if (m_sideBySide) {
        // Keep to the right of the direction of travel, as traffic does.
        const QPointF normal(-d.y() / length, d.x() / length);
        p1 += normal * 7;
        p2 += normal * 7;
    }
    const qreal hw = HostItem::Width / 2 + 4;
    const qreal hh = HostItem::Height / 2 + 4;
    const qreal s
        = std::min(d.x() == 0 ? 1e9 : hw / std::abs(d.x()), d.y() == 0 ? 1e9 : hh / std::abs(d.y()));
    if (s >= 0.5)
        return; // the cards overlap
    const QPointF start = p1 + d * s;
    const QPointF end = p2 - d * s;
    m_line = QLineF(start, end);
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const qreal headLength = 12;
    const qreal headWidth = 5.5;
    m_head << end << end - unit * headLength + normal * headWidth
           << end - unit * headLength - normal * headWidth;
}

QRectF FlowArrowItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-10, -10, 10, 10);
}

QLineF FlowArrowItem::lineWithoutHead() const
{
    if (m_line.isNull())
        return QLineF();
    return QLineF(m_line.p1(), m_head.size() == 3 ? (m_head.at(1) + m_head.at(2)) / 2 : m_line.p2());
}

QPen FlowArrowItem::pen(bool custom, bool highlighted)
{
    const QColor normal = custom ? QColor(0x8a, 0x4b, 0xaf, 220) : QColor(0x1f, 0x6f, 0xb2, 190);
    QPen pen(highlighted ? QColor(0xff, 0x8c, 0x00) : normal, highlighted ? 3.5 : 1.6);
    if (custom)
        pen.setStyle(Qt::DashLine);
    return pen;
}

void FlowArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_line.isNull())
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPen pen = FlowArrowItem::pen(m_custom, m_highlighted);
    painter->setPen(pen);
    painter->drawLine(lineWithoutHead());
    if (lod < 0.25 && !m_highlighted)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen.color());
    painter->drawPolygon(m_head);
}

} // namespace portolan
