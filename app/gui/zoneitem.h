#pragma once

#include "layout/zonepalette.h"
#include "model/zone.h"

#include <QGraphicsItem>

namespace portolan {

class DesignScene;

/**
 * A zone: a labelled area of the canvas. It is picked and moved by its title bar (its members
 * move with it) and resized by the handle in its lower right corner; clicks elsewhere inside go
 * through to the canvas, so a rubber band can start inside a zone.
 */
class ZoneItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr qreal HeaderHeight = ZonePalette::BandHeight;
    static constexpr qreal HandleSize = 14;

    /// `colourIndex`: the zone's index in the design, which picks its palette colours.
    ZoneItem(DesignScene *scene, const Zone &zone, int colourIndex);

    QString id() const { return m_id; }
    void sync(const Zone &zone);
    void setColourIndex(int index);
    QRectF area() const { return QRectF(pos(), m_size); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF handleRect() const;

    DesignScene *m_scene;
    QString m_id;
    QString m_name;
    QString m_subnets;
    QSizeF m_size;
    ZonePalette::Colours m_colours;
    bool m_resizing = false;
    QRectF m_areaBeforeResize;
};

} // namespace portolan
