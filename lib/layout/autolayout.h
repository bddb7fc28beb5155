#pragma once

#include "model/design.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <functional>
#include <optional>

namespace portolan {

/**
 * Automatic layout: where every zone frame and host card of a design goes. A pure function of the
 * design (no widgets, no shared state), so it can run on any thread; the canvas, the exported
 * diagrams (through Placement), Design > Arrange and `portolan-cli layout` all use it.
 *
 * - Each zone is a frame sized to its hosts, its hosts in a grid inside it (80 and 76 in from the
 *   frame's corner, steps of Placement::GridX by Placement::GridY, left to right then down).
 * - Hosts in no zone (or in a zone the design does not have) get an area of their own, laid out
 *   the same way but without a frame.
 * - Within a zone, hosts follow their links: each host is followed by the hosts it links to
 *   (breadth first, in design order), so linked hosts sit side by side or in the next row.
 * - Frames placed by the layout are packed in rows, tallest first, under everything that already
 *   has a place, with a gap between them: no two overlap, and none overlaps a zone or host whose
 *   place was kept.
 *
 * With Mode::KeepSet, a zone with an area keeps it and a host with coordinates keeps them (but for
 * the move down below). A host without coordinates in a zone with an area takes the first free
 * cell of that zone's grid (a cell no kept host card overlaps or comes within 8 of). When the area is too
 * short for its hosts it grows downwards if nothing lies there; else it takes more columns in the rows it has
 * if the room beside it is free; else it grows downwards and every zone starting at or below its old bottom
 * edge (with its hosts), and every kept card in no zone there, moves down as much, so no two frames come to
 * overlap. A zone without an area whose hosts all have coordinates... or some of them: its frame surrounds
 * those hosts, and its other hosts go in rows under them. With Mode::RedoAll every place is new.
 */
class AutoLayout
{
public:
    enum class Mode {
        KeepSet, ///< keep zone areas and host coordinates already set
        RedoAll, ///< give every zone and host a new place
    };

    /// Told how far the work is (`done` of `total` steps); returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    struct Result
    {
        QList<QPointF> hostCentres; ///< in design order
        QList<QRectF> zoneAreas; ///< in design order
    };

    /// Space between two frames the layout packs.
    static constexpr qreal FrameGap = 60;

    /// The places of every host and zone; empty when `progress` cancelled.
    static std::optional<Result> arrange(const Design &design, Mode mode, const Progress &progress = {});
    /// The design with the places of `result` set (every host has coordinates, every zone an area).
    static Design applied(const Design &design, const Result &result);
    /// True when a host has no coordinates or a zone no area: what KeepSet would place.
    static bool hasUnplaced(const Design &design);
};

} // namespace portolan
