#include "reviewarrowitem.h"

#include "hostitem.h"

#include <QPainter>
#include <QtMath>

namespace portolan {

namespace {

constexpr qreal headLength = 12;
constexpr qreal headWidth = 6;

} // namespace

ReviewArrowItem::ReviewArrowItem(const QPointF &from, const QPointF &to, Kind kind, const QString &label)
    : m_kind(kind)
{
    setZValue(50);
    setToolTip(label);
    setAcceptedMouseButtons(Qt::NoButton);
    // From edge to edge of the two host cards, shifted aside so both directions stay apart.
    QLineF line(from, to);
    const qreal length = line.length();
    if (length < 1)
        return;
    const QPointF unit = (to - from) / length;
    const QPointF normal(-unit.y(), unit.x());
    const qreal inset = std::min(length / 3, std::max<qreal>(HostItem::Width, HostItem::Height) / 2);
    const QPointF shift = normal * (kind == Kind::Required ? 4 : (kind == Kind::Excess ? 9 : -9));
    m_line = QLineF(from + unit * inset + shift, to - unit * inset + shift);
    const QPointF tip = m_line.p2();
    const QPointF back = tip - unit * headLength;
    m_head = QPolygonF({tip, back + normal * headWidth, back - normal * headWidth});
}

QColor ReviewArrowItem::colour(Kind kind)
{
    switch (kind) {
    case Kind::Required:
        return QColor(0x2e, 0x7d, 0x32);
    case Kind::Excess:
        return QColor(0xe0, 0x8a, 0x00);
    case Kind::Forbidden:
        return QColor(0xc6, 0x28, 0x28);
    case Kind::Missing:
        return QColor(0x6a, 0x1b, 0x9a);
    }
    return QColor(Qt::black);
}

QRectF ReviewArrowItem::boundingRect() const
{
    return (QRectF(m_line.p1(), m_line.p2()).normalized() | m_head.boundingRect()).adjusted(-4, -4, 4, 4);
}

void ReviewArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_line.isNull())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour(m_kind), 2.5);
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    pen.setStyle(styles[int(m_kind)]);
    pen.setCosmetic(false);
    painter->setPen(pen);
    painter->drawLine(m_line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour(m_kind));
    painter->drawPolygon(m_head);
}

} // namespace portolan
