#pragma once

#include "layout/placement.h"
#include "model/host.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPixmap>

namespace portolan {

class DesignScene;
struct HostType;

/**
 * A host on the canvas: its type icon, name and address in a card centred on the host's
 * position. Zoomed out, it paints as a plain block in its product colour.
 */
class HostItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr qreal Width = Placement::HostWidth;
    static constexpr qreal Height = Placement::HostHeight;

    HostItem(DesignScene *scene, const Host &host, const HostType *type);

    QString id() const { return m_id; }
    void sync(const Host &host, const HostType *type);
    /// Shown while a matrix row or finding points at the host.
    void setHighlighted(bool highlighted);
    /// Below this zoom a card is a block of its product's colour, without icon or text.
    static constexpr qreal FarOut = 0.2;
    const QColor &productColour() const { return m_color; }
    /// While the canvas is condensed, a card neither selected nor highlighted is drawn far out
    /// by the scene's overview with the others.
    bool drawnByOverview() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    DesignScene *m_scene;
    QString m_id;
    QString m_name;
    QString m_address;
    QString m_iconName;
    QColor m_color;
    QPixmap m_icon;
    bool m_highlighted = false;
};

} // namespace portolan
