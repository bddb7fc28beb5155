#include "comparemarkitem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace portolan {

namespace {
constexpr qreal BadgeSize = 22;
constexpr qreal Margin = 6;
constexpr qreal CustomFlowOffset = 14; ///< how far a custom flow's arrow runs beside its hosts' line
constexpr qreal ArrowHead = 12;

/// The line moved sideways (to the right, seen from p1 to p2) and cut short at both ends so that its
/// head stays outside the destination's card.
QLineF besideLine(const QLineF &line)
{
    if (line.length() < 1)
        return line;
    const QLineF normal = line.normalVector().unitVector();
    const QPointF shift = (normal.p2() - normal.p1()) * -CustomFlowOffset;
    const QLineF beside = line.translated(shift);
    const qreal cut = std::min<qreal>(70, beside.length() / 3); // about half a card
    const QPointF direction = beside.unitVector().p2() - beside.unitVector().p1();
    return QLineF(beside.p1() + direction * cut, beside.p2() - direction * cut);
}
} // namespace

CompareMarkItem::CompareMarkItem(
    Subject subject, Mark mark, const QString &id, const QRectF &rect, const QString &label)
    : m_subject(subject)
    , m_mark(mark)
    , m_id(id)
    , m_rect(rect)
    , m_label(label)
{
    if (isGhost()) {
        // A ghost can be picked from the Changes dock and shows where the old design had it.
        setFlags(ItemIsSelectable);
        setToolTip(label);
    } else {
        setAcceptedMouseButtons(Qt::NoButton);
    }
    setZValue(subject == Subject::Zone ? -50 : 20);
}

CompareMarkItem::CompareMarkItem(Mark mark, const QString &id, const QLineF &line)
    : m_subject(Subject::Link)
    , m_mark(mark)
    , m_id(id)
    , m_line(line)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-4);
}

CompareMarkItem::CompareMarkItem(Mark mark, const QString &id, const QLineF &line, const QString &label)
    : m_subject(Subject::CustomFlow)
    , m_mark(mark)
    , m_id(id)
    , m_line(besideLine(line))
    , m_label(label)
{
    setToolTip(label);
    setZValue(-3);
}

QColor CompareMarkItem::colour(Mark mark)
{
    // Blue, orange and vermillion of the Okabe-Ito palette.
    switch (mark) {
    case Mark::Added:
        return QColor(0x00, 0x72, 0xb2);
    case Mark::Changed:
        return QColor(0xe6, 0x9f, 0x00);
    case Mark::Removed:
        return QColor(0xd5, 0x5e, 0x00);
    }
    return Qt::black;
}

QPen CompareMarkItem::outlinePen(qreal width) const
{
    QPen pen(colour(m_mark), width);
    pen.setStyle(m_mark == Mark::Added ? Qt::SolidLine
            : m_mark == Mark::Changed  ? Qt::DashLine
                                       : Qt::DotLine);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QPointF CompareMarkItem::badgeCentre() const
{
    if (m_subject == Subject::Link)
        return m_line.center();
    if (m_subject == Subject::CustomFlow)
        return m_line.pointAt(0.35); // off the centre, where a link's badge sits
    const QRectF outline = m_rect.adjusted(-Margin, -Margin, Margin, Margin);
    return outline.topRight();
}

QRectF CompareMarkItem::boundingRect() const
{
    const qreal half = BadgeSize / 2 + 3;
    const QRectF badge(badgeCentre() - QPointF(half, half), QSizeF(2 * half, 2 * half));
    if (isLine()) {
        const qreal reach = m_subject == Subject::CustomFlow ? ArrowHead : 6;
        return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-reach, -reach, reach, reach) | badge;
    }
    QRectF area = m_rect.adjusted(-Margin - 3, -Margin - 3, Margin + 3, Margin + 3);
    if (isGhost() && m_subject == Subject::Host)
        area.setBottom(area.bottom() + 20); // the "removed" caption
    return area | badge;
}

QPainterPath CompareMarkItem::shape() const
{
    QPainterPath path;
    if (isLine()) {
        path.moveTo(m_line.p1());
        path.lineTo(m_line.p2());
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        path = stroker.createStroke(path);
    } else if (isGhost() && m_subject == Subject::Host) {
        path.addRect(m_rect);
    } else {
        // Outlines only: what lies inside stays reachable.
        path.addRect(m_rect.adjusted(-Margin - 2, -Margin - 2, Margin + 2, Margin + 2));
        QPainterPath inner;
        inner.addRect(m_rect.adjusted(-Margin + 2, -Margin + 2, Margin - 2, Margin - 2));
        path = path.subtracted(inner);
    }
    const qreal half = BadgeSize / 2;
    path.addEllipse(badgeCentre(), half, half);
    return path;
}

void CompareMarkItem::paintBadge(QPainter *painter, Mark mark, const QPointF &centre, qreal size)
{
    painter->save();
    const qreal half = size / 2;
    QPainterPath shape;
    switch (mark) {
    case Mark::Added:
        shape.addRect(QRectF(centre.x() - half, centre.y() - half, size, size));
        break;
    case Mark::Changed:
        shape.moveTo(centre.x(), centre.y() - half * 1.2);
        shape.lineTo(centre.x() + half * 1.2, centre.y());
        shape.lineTo(centre.x(), centre.y() + half * 1.2);
        shape.lineTo(centre.x() - half * 1.2, centre.y());
        shape.closeSubpath();
        break;
    case Mark::Removed:
        shape.addEllipse(centre, half, half);
        break;
    }
    painter->setPen(QPen(Qt::white, std::max<qreal>(1, size / 12)));
    painter->setBrush(colour(mark));
    painter->drawPath(shape);
    // The symbol as strokes, so that it needs no font and prints as drawn.
    QPen symbol(Qt::white, std::max<qreal>(1.5, size / 7), Qt::SolidLine, Qt::RoundCap);
    painter->setPen(symbol);
    const qreal arm = half * 0.5;
    if (mark == Mark::Added) {
        painter->drawLine(QLineF(centre.x() - arm, centre.y(), centre.x() + arm, centre.y()));
        painter->drawLine(QLineF(centre.x(), centre.y() - arm, centre.x(), centre.y() + arm));
    } else if (mark == Mark::Removed) {
        painter->drawLine(QLineF(centre.x() - arm, centre.y(), centre.x() + arm, centre.y()));
    } else {
        QPainterPath wave(QPointF(centre.x() - arm, centre.y() + arm * 0.2));
        wave.cubicTo(QPointF(centre.x() - arm * 0.4, centre.y() - arm * 0.7),
            QPointF(centre.x() + arm * 0.4, centre.y() + arm * 0.7),
            QPointF(centre.x() + arm, centre.y() - arm * 0.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(wave);
    }
    painter->restore();
}

void CompareMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const QColor colour = CompareMarkItem::colour(m_mark);
    painter->setRenderHint(QPainter::Antialiasing);
    if (isLine()) {
        QPen pen = outlinePen(4);
        pen.setCosmetic(false);
        painter->setPen(pen);
        painter->drawLine(m_line);
        if (m_subject == Subject::CustomFlow && m_line.length() > ArrowHead) {
            // The head at the destination: a custom flow goes one way.
            const QLineF back = QLineF(m_line.p2(), m_line.p1()).unitVector();
            const QPointF along = (back.p2() - back.p1()) * ArrowHead;
            const QPointF across(-along.y() / 2, along.x() / 2);
            const QPolygonF head({m_line.p2(), m_line.p2() + along + across, m_line.p2() + along - across});
            painter->setPen(QPen(colour, 1.5));
            painter->setBrush(colour);
            painter->drawPolygon(head);
        }
    } else if (isGhost()) {
        // Where the old design had it: hatched, dotted, with its name.
        QColor fill = colour;
        fill.setAlpha(m_subject == Subject::Zone ? 18 : 30);
        painter->setBrush(fill);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(m_rect, 6, 6);
        QBrush hatch(colour, Qt::BDiagPattern);
        painter->setBrush(hatch);
        painter->setOpacity(m_subject == Subject::Zone ? 0.25 : 0.5);
        painter->drawRoundedRect(m_rect, 6, 6);
        painter->setOpacity(1);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(outlinePen(selected ? 4 : 2.5));
        painter->drawRoundedRect(m_rect, 6, 6);
        QFont font = painter->font();
        font.setPixelSize(14);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(QColor(0x33, 0x33, 0x33));
        if (m_subject == Subject::Host) {
            painter->drawText(m_rect.adjusted(6, 4, -6, -4), Qt::AlignCenter | Qt::TextWordWrap,
                painter->fontMetrics().elidedText(m_label, Qt::ElideRight, int(m_rect.width() - 12) * 2));
            font.setBold(false);
            font.setPixelSize(12);
            painter->setFont(font);
            painter->setPen(colour.darker(130));
            painter->drawText(QRectF(m_rect.left(), m_rect.bottom() + 2, m_rect.width(), 18), Qt::AlignCenter,
                QCoreApplication::translate("CompareMarkItem", "removed"));
        } else {
            painter->drawText(m_rect.adjusted(10, 6, -10, -6), Qt::AlignLeft | Qt::AlignTop, m_label);
        }
    } else {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(outlinePen(3.5));
        const QRectF outline = m_rect.adjusted(-Margin, -Margin, Margin, Margin);
        painter->drawRoundedRect(outline, 9, 9);
    }
    paintBadge(painter, m_mark, badgeCentre(), BadgeSize);
}

} // namespace portolan
