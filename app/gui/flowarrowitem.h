#pragma once

#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>

namespace portolan {

class HostItem;

/**
 * The derived flows from one host to another, drawn as an arrow with its head at the
 * destination. Flows both ways give two arrows side by side, so a one-way flow looks one-way.
 * An arrow of custom flows only (added by the designers, not from the catalog) is dashed.
 */
class FlowArrowItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    FlowArrowItem(HostItem *source, HostItem *destination, bool sideBySide, const QString &summary);

    HostItem *source() const { return m_source; }
    HostItem *destination() const { return m_destination; }
    void setHighlighted(bool highlighted);
    /// Every flow of the arrow is a custom flow: drawn dashed, in another colour.
    void setCustom(bool custom);
    bool isCustom() const { return m_custom; }
    void setEndpoints(HostItem *source, HostItem *destination);
    void setSideBySide(bool sideBySide);
    void updateGeometry();
    /// The line drawn when the head is left out (far out): from the source to the head's back.
    QLineF lineWithoutHead() const;
    /// The pen of an arrow's line.
    static QPen pen(bool custom, bool highlighted);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    HostItem *m_source;
    HostItem *m_destination;
    bool m_sideBySide;
    bool m_highlighted = false;
    bool m_custom = false;
    QLineF m_line;
    QPolygonF m_head;
};

} // namespace portolan
