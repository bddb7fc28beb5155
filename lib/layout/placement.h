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
 * Hosts without coordinates and zones without an area go where the automatic layout puts them
 * when it keeps the places already set (AutoLayout::Mode::KeepSet): a host in a zone with an area
 * in a free cell of that zone's grid, a zone without an area as a frame around its hosts, packed
 * under the rest. A design whose every place is set costs no layout.
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
    /// The canvas area of every zone of the design, in design order.
    static QList<QRectF> zoneAreas(const Design &design);
    /// The host card around a centre.
    static QRectF hostRect(const QPointF &centre);
};

} // namespace portolan
