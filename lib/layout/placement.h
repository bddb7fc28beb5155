#pragma once

#include "model/design.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace portolan {

/**
 * Where the canvas and the exported diagram draw each host: a host with coordinates at its
 * position, a host without at the place this class gives it. One rule for both, so the diagram
 * shows the design as the canvas does.
 *
 * A host without coordinates in a zone that has a canvas area goes in a grid inside that area,
 * in design order, left to right and top to bottom. Any other host without coordinates goes in
 * rows of ten under the lowest zone area.
 */
class Placement
{
public:
    /// The host card's size on the canvas and in the diagram; a host's position is its centre.
    static constexpr qreal HostWidth = 128;
    static constexpr qreal HostHeight = 72;
    /// The grid step between hosts placed without coordinates.
    static constexpr qreal GridX = 150;
    static constexpr qreal GridY = 100;

    /// The centre of every host of the design, in design order.
    static QList<QPointF> hostCentres(const Design &design);
    /// The host card around a centre.
    static QRectF hostRect(const QPointF &centre);
};

} // namespace portolan
