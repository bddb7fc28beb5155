#include "linkitem.h"

#include "designscene.h"
#include "hostitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace portolan {

LinkItem::LinkItem(HostItem *a, HostItem *b, const QString &meaning)
    : m_a(a)
    , m_b(b)
{
    setFlags(ItemIsSelectable);
    setZValue(-5);
    setMeaning(meaning);
    updateGeometry();
}

void LinkItem::setMeaning(const QString &meaning)
{
    setToolTip(meaning);
}

void LinkItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

void LinkItem::updateGeometry()
{
    prepareGeometryChange();
    m_line = QLineF(m_a->pos(), m_b->pos());
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-4, -4, 4, 4);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

bool LinkItem::drawnByOverview() const
{
    const auto *designScene = static_cast<const DesignScene *>(scene());
    return designScene && designScene->condensed() && !isSelected() && !m_dimmed;
}

QPen LinkItem::plainPen()
{
    QPen pen(QColor(0x8a, 0x93, 0xa0), 1.6);
    pen.setCosmetic(true);
    return pen;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (drawnByOverview())
        return;
    const bool selected = option->state & QStyle::State_Selected;
    if (!selected && !m_dimmed) {
        painter->setPen(plainPen());
        painter->drawLine(m_line);
        return;
    }
    QColor color = selected ? QColor(0x1e, 0x88, 0xe5) : QColor(0xc4, 0xc9, 0xd0);
    QPen pen(color, selected ? 3 : 1.6);
    pen.setCosmetic(!selected);
    if (!selected)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(m_line);
}

} // namespace portolan
