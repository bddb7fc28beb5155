#include "zoneitem.h"

#include "designscene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace portolan {

namespace {

QColor colour(const Rgba &rgba)
{
    return QColor(rgba.red, rgba.green, rgba.blue, rgba.alpha);
}

} // namespace

ZoneItem::ZoneItem(DesignScene *scene, const Zone &zone, int colourIndex)
    : m_scene(scene)
    , m_colours(ZonePalette::colours(colourIndex))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(-10);
    sync(zone);
}

void ZoneItem::setColourIndex(int index)
{
    const ZonePalette::Colours colours = ZonePalette::colours(index);
    if (colours.frame == m_colours.frame)
        return;
    m_colours = colours;
    update();
}

void ZoneItem::sync(const Zone &zone)
{
    prepareGeometryChange();
    m_id = zone.id;
    m_name = zone.name.isEmpty() ? zone.id : zone.name;
    QStringList subnets;
    for (const Subnet &subnet : zone.subnets)
        subnets.append(Zone::subnetText(subnet));
    m_subnets = subnets.join(QLatin1String(", "));
    m_size = zone.area.size();
    setPos(zone.area.topLeft());
    setToolTip(m_subnets.isEmpty() ? m_name : QStringLiteral("%1 — %2").arg(m_name, m_subnets));
    update();
}

QRectF ZoneItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

QPainterPath ZoneItem::shape() const
{
    // The title bar, the frame and the handle: the inside stays free for the canvas.
    QPainterPath path;
    path.addRect(QRectF(0, 0, m_size.width(), HeaderHeight));
    path.addRect(handleRect());
    QPainterPath inner;
    inner.addRect(QRectF(QPointF(0, 0), m_size));
    QPainterPath hole;
    hole.addRect(QRectF(QPointF(4, 4), m_size - QSizeF(8, 8)));
    return path.united(inner.subtracted(hole));
}

QRectF ZoneItem::handleRect() const
{
    return QRectF(m_size.width() - HandleSize, m_size.height() - HandleSize, HandleSize, HandleSize);
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(QPointF(0, 0), m_size);
    const bool selected = option->state & QStyle::State_Selected;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor frame = colour(m_colours.frame);
    QPen pen(selected ? QColor(0x1e, 0x88, 0xe5) : frame, selected ? 2.5 : 1.4);
    pen.setCosmetic(lod < 0.3);
    painter->setPen(pen);
    painter->setBrush(colour(m_colours.fill));
    painter->drawRoundedRect(rect, 8, 8);
    if (lod < 0.12)
        return;

    QColor header = colour(m_colours.band);
    if (selected)
        header.setAlpha(90);
    QPainterPath headerPath;
    headerPath.addRoundedRect(rect.adjusted(1, 1, -1, 0), 7, 7);
    QPainterPath clip;
    clip.addRect(QRectF(0, 0, m_size.width(), HeaderHeight));
    painter->setPen(Qt::NoPen);
    painter->setBrush(header);
    painter->drawPath(headerPath.intersected(clip));

    QFont font = painter->font();
    font.setPixelSize(lod < 0.4 ? 40 : 14);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(colour(m_colours.title));
    const QRectF textRect(10, 0, m_size.width() - 20, lod < 0.4 ? 48 : HeaderHeight);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(m_name, Qt::ElideRight, int(textRect.width())));
    if (lod >= 0.4 && !m_subnets.isEmpty()) {
        const int nameWidth = painter->fontMetrics().horizontalAdvance(m_name);
        font.setBold(false);
        font.setPixelSize(12);
        painter->setFont(font);
        painter->setPen(QColor(0x4a, 0x50, 0x58));
        const QRectF subnetRect(10 + nameWidth + 12, 0, m_size.width() - nameWidth - 42, HeaderHeight);
        painter->drawText(subnetRect, Qt::AlignLeft | Qt::AlignVCenter,
            painter->fontMetrics().elidedText(m_subnets, Qt::ElideRight, int(subnetRect.width())));
    }
    if (selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x1e, 0x88, 0xe5));
        painter->drawRect(handleRect().adjusted(3, 3, -1, -1));
    } else {
        painter->setPen(QPen(frame, 1.2));
        const QRectF h = handleRect();
        painter->drawLine(QPointF(h.right() - 3, h.top() + 3), QPointF(h.left() + 3, h.bottom() - 3));
        painter->drawLine(QPointF(h.right() - 3, h.top() + 8), QPointF(h.left() + 8, h.bottom() - 3));
    }
}

QVariant ZoneItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene)
        m_scene->zoneItemAboutToMove(this, value.toPointF() - pos());
    return QGraphicsItem::itemChange(change, value);
}

void ZoneItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A zone fixed in place (an old revision shown read-only) keeps its size too.
    if (event->button() == Qt::LeftButton && (flags() & ItemIsMovable)
        && handleRect().contains(event->pos())) {
        m_resizing = true;
        m_areaBeforeResize = area();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ZoneItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        prepareGeometryChange();
        m_size = QSizeF(std::max<qreal>(160, event->pos().x()), std::max<qreal>(100, event->pos().y()));
        update();
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void ZoneItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        m_resizing = false;
        if (area() != m_areaBeforeResize)
            m_scene->zoneResized(m_id, m_areaBeforeResize, area());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void ZoneItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(handleRect().contains(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace portolan
