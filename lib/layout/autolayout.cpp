#include "autolayout.h"

#include "placement.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace portolan {

namespace {

// A host card's centre sits this far in from its frame's top-left corner in the first cell; the
// top leaves room for the zone's title band.
constexpr qreal CellLeft = 80;
constexpr qreal CellTop = 76;
// Space between the last card and the frame's right and bottom edges.
constexpr qreal FrameMargin = 16;
// The least space between a new card and a card that keeps its place.
constexpr qreal CardGap = 8;

constexpr qreal GridX = Placement::GridX;
constexpr qreal GridY = Placement::GridY;
constexpr qreal HalfWidth = Placement::HostWidth / 2;
constexpr qreal HalfHeight = Placement::HostHeight / 2;

/// The frame width that holds `columns` columns of cards, and the height for `rows` rows.
qreal frameWidth(int columns)
{
    return CellLeft + (columns - 1) * GridX + HalfWidth + FrameMargin;
}

qreal frameHeight(int rows)
{
    return CellTop + (rows - 1) * GridY + HalfHeight + FrameMargin;
}

/// What the layout is doing; cancelled() once the caller's progress says stop.
class Run
{
public:
    Run(const AutoLayout::Progress &progress, int total)
        : m_progress(progress)
        , m_total(std::max(1, total))
    { }

    /// Counts `steps` done; false when the caller cancels. Tells the caller every 1024 steps.
    bool advance(int steps)
    {
        m_done += steps;
        if (!m_progress || m_cancelled)
            return !m_cancelled;
        if (m_done / 1024 != m_told / 1024 || m_done >= m_total) {
            m_told = m_done;
            m_cancelled = !m_progress(std::min(m_done, m_total), m_total);
        }
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    const AutoLayout::Progress &m_progress;
    int m_total;
    int m_done = 0;
    int m_told = 0;
    bool m_cancelled = false;
};

/// The hosts of one group, reordered so that each is followed by the hosts it links to in the
/// same group: breadth first from each host not yet reached, in design order.
class LinkOrder
{
public:
    explicit LinkOrder(const Design &design)
        : m_neighbours(design.hosts().size())
        , m_stamp(design.hosts().size(), -1)
    {
        for (const Link &link : design.links()) {
            const int a = design.hostIndex(link.a);
            const int b = design.hostIndex(link.b);
            if (a < 0 || b < 0 || a == b)
                continue;
            m_neighbours[a].push_back(b);
            m_neighbours[b].push_back(a);
        }
        for (std::vector<int> &list : m_neighbours)
            std::sort(list.begin(), list.end());
    }

    QList<int> order(const QList<int> &group)
    {
        // Stamps: group number = in the group, not reached; -2 - group number = reached.
        const int member = ++m_group;
        const int reached = -2 - member;
        for (int host : group)
            m_stamp[host] = member;
        QList<int> ordered;
        ordered.reserve(group.size());
        for (int start : group) {
            if (m_stamp[start] != member)
                continue;
            m_stamp[start] = reached;
            qsizetype next = ordered.size();
            ordered.append(start);
            while (next < ordered.size()) {
                const int host = ordered.at(next++);
                for (int neighbour : m_neighbours[host]) {
                    if (m_stamp[neighbour] == member) {
                        m_stamp[neighbour] = reached;
                        ordered.append(neighbour);
                    }
                }
            }
        }
        return ordered;
    }

private:
    std::vector<std::vector<int>> m_neighbours;
    std::vector<int> m_stamp;
    int m_group = 0;
};

/// A frame the layout places: a zone without an area (or the hosts in no zone), sized to hold its
/// hosts in a grid close to square.
struct Frame
{
    int zone = -1; ///< index of the zone, -1 for the hosts in no zone
    QList<int> hosts; ///< in the order they fill the grid
    int columns = 1;
    QRectF rect;
};

qint64 cellKey(int column, int row)
{
    return (qint64(row) << 32) | quint32(column);
}

} // namespace

bool AutoLayout::hasUnplaced(const Design &design)
{
    for (const Host &host : design.hosts()) {
        if (!host.hasPosition)
            return true;
    }
    for (const Zone &zone : design.zones()) {
        if (zone.area.isEmpty())
            return true;
    }
    return false;
}

std::optional<AutoLayout::Result> AutoLayout::arrange(
    const Design &design, Mode mode, const Progress &progress)
{
    const QList<Host> &hosts = design.hosts();
    const QList<Zone> &zones = design.zones();
    const bool keep = mode == Mode::KeepSet;
    Run run(progress, int(hosts.size() + zones.size()));

    Result result;
    result.hostCentres.resize(hosts.size());
    result.zoneAreas.resize(zones.size());

    // Which zone each host is in (-1: none), and which hosts and zones keep their place.
    QList<QList<int>> keptIn(zones.size() + 1), freeIn(zones.size() + 1); // last: no zone
    const qsizetype noZone = zones.size();
    QList<qsizetype> groupOf(hosts.size());
    QList<int> keptHosts;
    for (int i = 0; i < hosts.size(); ++i) {
        const Host &host = hosts.at(i);
        const int zone = design.zoneIndex(host.zone);
        const qsizetype group = zone < 0 ? noZone : zone;
        groupOf[i] = group;
        if (keep && host.hasPosition) {
            result.hostCentres[i] = host.position;
            keptIn[group].append(i);
            keptHosts.append(i);
        } else {
            freeIn[group].append(i);
        }
    }
    LinkOrder linkOrder(design);
    // The area of each zone as far as it is known: kept, or set around kept hosts; a zone that
    // grows moves what lies below it, so these change as the zones are worked through.
    QList<QRectF> areas(zones.size());
    if (keep) {
        for (int z = 0; z < zones.size(); ++z)
            areas[z] = zones.at(z).area;
    }
    const auto keptCard = [&](int host) { return Placement::hostRect(result.hostCentres.at(host)); };
    // True when `rect`, zone z's area grown from `area`, covers another zone or a kept card of
    // another zone (or of none) that `area` does not cover already.
    const auto coversOthers = [&](const QRectF &rect, const QRectF &area, int z) {
        for (int other = 0; other < zones.size(); ++other) {
            if (other != z && !areas.at(other).isEmpty() && areas.at(other).intersects(rect))
                return true;
        }
        for (int host : std::as_const(keptHosts)) {
            const QRectF card = keptCard(host);
            if (groupOf.at(host) != z && card.intersects(rect) && !card.intersects(area))
                return true;
        }
        return false;
    };
    // Moves down by `shift` every zone whose area starts at or below `line` (with its hosts) and
    // every kept card of no placed zone that does: nothing that was apart comes to overlap.
    const auto moveDown = [&](qreal line, qreal shift, int grower) {
        QList<bool> moved(zones.size(), false);
        for (int z = 0; z < zones.size(); ++z) {
            if (z != grower && !areas.at(z).isEmpty() && areas.at(z).top() >= line) {
                areas[z].translate(0, shift);
                moved[z] = true;
            }
        }
        for (int i = 0; i < hosts.size(); ++i) {
            const qsizetype group = groupOf.at(i);
            const bool inPlacedZone = group < noZone && !areas.at(group).isEmpty();
            if (inPlacedZone ? moved.at(group)
                             : (keep && hosts.at(i).hasPosition && keptCard(i).top() >= line))
                result.hostCentres[i] += QPointF(0, shift);
        }
    };
    // Puts `free` in the first free cells of a grid `columns` wide from the area's first cell,
    // around the cards of `blocking`; returns the last row used.
    const auto fillCells
        = [&](const QRectF &area, int columns, const QList<int> &free, const QList<QRectF> &blocking) {
              const QPointF origin = area.topLeft() + QPointF(CellLeft, CellTop);
              QSet<qint64> taken;
              // A cell is taken when its card would overlap a blocking one or come within CardGap.
              const qreal reachX = 2 * HalfWidth + CardGap;
              const qreal reachY = 2 * HalfHeight + CardGap;
              for (const QRectF &card : blocking) {
                  const QPointF offset = card.center() - origin;
                  const int firstColumn = std::max(0, int(std::floor((offset.x() - reachX) / GridX)));
                  const int lastColumn = std::min(columns - 1, int(std::ceil((offset.x() + reachX) / GridX)));
                  const int firstRow = std::max(0, int(std::floor((offset.y() - reachY) / GridY)));
                  const int lastRow = int(std::ceil((offset.y() + reachY) / GridY));
                  for (int row = firstRow; row <= lastRow; ++row) {
                      for (int column = firstColumn; column <= lastColumn; ++column) {
                          if (std::abs(offset.x() - column * GridX) < reachX
                              && std::abs(offset.y() - row * GridY) < reachY)
                              taken.insert(cellKey(column, row));
                      }
                  }
              }
              int cell = 0;
              int lastRow = 0;
              for (int host : free) {
                  while (taken.contains(cellKey(cell % columns, cell / columns)))
                      ++cell;
                  lastRow = cell / columns;
                  result.hostCentres[host] = origin + QPointF((cell % columns) * GridX, lastRow * GridY);
                  ++cell;
              }
              return lastRow;
          };

    QList<Frame> frames;
    for (int z = 0; z <= zones.size(); ++z) {
        const QList<int> &kept = keptIn.at(z);
        const QList<int> free = linkOrder.order(freeIn.at(z));
        const bool isZone = z < zones.size();
        if (isZone && keep && !zones.at(z).area.isEmpty()) {
            // A zone that keeps its area: its new hosts fill the free cells of its grid.
            const QRectF area = areas.at(z);
            if (!free.isEmpty()) {
                QList<QRectF> blocking; // kept cards in the area, and the zone's own wherever they are
                for (int host : std::as_const(keptHosts)) {
                    const QRectF card = keptCard(host);
                    if (groupOf.at(host) == z || card.intersects(area))
                        blocking.append(card);
                }
                const int columns = std::max(1, int((area.width() - 20) / GridX));
                QRectF grown = area;
                grown.setBottom(std::max(
                    area.bottom(), area.top() + frameHeight(fillCells(area, columns, free, blocking) + 1)));
                if (grown != area && coversOthers(grown, area, z)) {
                    // Too short for its hosts, and something lies below: first try more columns in
                    // the rows it has, if the room beside it is free.
                    int rows = 1;
                    while (frameHeight(rows + 1) <= area.height())
                        ++rows;
                    const int cells = int(free.size() + blocking.size());
                    const int first = std::max(columns + 1, (cells + rows - 1) / rows);
                    bool wider = false;
                    for (int wide = first; wide < first + 8 && !wider; ++wide) {
                        if (fillCells(area, wide, free, blocking) + 1 > rows)
                            continue;
                        QRectF widened = area;
                        widened.setRight(std::max(area.right(), area.left() + frameWidth(wide)));
                        wider = !coversOthers(widened, area, z);
                        if (wider)
                            grown = widened;
                        break;
                    }
                    if (!wider) {
                        // Else it grows down, and what lies below it moves down as much.
                        grown = area;
                        grown.setBottom(std::max(area.bottom(),
                            area.top() + frameHeight(fillCells(area, columns, free, blocking) + 1)));
                        moveDown(area.bottom(), grown.bottom() - area.bottom(), z);
                    }
                }
                areas[z] = grown;
            }
        } else if (isZone && !kept.isEmpty()) {
            // A zone without an area around hosts that keep their place: its frame surrounds
            // them, and its other hosts go in rows under them.
            QRectF cards;
            for (int host : kept)
                cards |= keptCard(host);
            QRectF area = cards.adjusted(-FrameMargin, -(CellTop - HalfHeight), FrameMargin, FrameMargin);
            if (!free.isEmpty()) {
                const int columns = std::max(int(std::ceil(std::sqrt(double(free.size())))),
                    std::max(1, int((area.width() - 20) / GridX)));
                const QPointF origin(
                    area.left() + CellLeft, cards.bottom() + FrameMargin + GridY - HalfHeight);
                for (int i = 0; i < free.size(); ++i)
                    result.hostCentres[free.at(i)]
                        = origin + QPointF((i % columns) * GridX, (i / columns) * GridY);
                const int rows = int((free.size() + columns - 1) / columns);
                area.setRight(std::max(area.right(), area.left() + frameWidth(columns)));
                area.setBottom(origin.y() + (rows - 1) * GridY + HalfHeight + FrameMargin);
            }
            areas[z] = area;
        } else if (isZone || !free.isEmpty()) {
            // Placed by the packing below: a zone without an area and without kept hosts, or the
            // hosts in no zone that have no coordinates.
            Frame frame;
            frame.zone = isZone ? z : -1;
            frame.hosts = free;
            const int count = std::max(1, int(free.size()));
            frame.columns = int(std::ceil(std::sqrt(double(count))));
            const int rows = (count + frame.columns - 1) / frame.columns;
            frame.rect = QRectF(0, 0, frameWidth(frame.columns), frameHeight(rows));
            frames.append(frame);
        }
        if (!run.advance(int(kept.size() + free.size()) + (isZone ? 1 : 0)))
            return std::nullopt;
    }
    QRectF occupied; // everything that keeps its place, and the frames grown around it
    for (int host : std::as_const(keptHosts))
        occupied |= keptCard(host);
    for (int z = 0; z < zones.size(); ++z) {
        if (!areas.at(z).isEmpty()) {
            result.zoneAreas[z] = areas.at(z);
            occupied |= areas.at(z);
        }
    }

    // Pack the new frames in rows under whatever kept its place, tallest first, each row about
    // as wide as the packed block is tall times 1.6 (a landscape screen).
    std::stable_sort(frames.begin(), frames.end(),
        [](const Frame &a, const Frame &b) { return a.rect.height() > b.rect.height(); });
    double surface = 0;
    qreal widest = 0;
    for (const Frame &frame : std::as_const(frames)) {
        surface += (frame.rect.width() + FrameGap) * (frame.rect.height() + FrameGap);
        widest = std::max(widest, frame.rect.width());
    }
    const qreal rowWidth = std::max(widest, qreal(std::sqrt(surface * 1.6)));
    const QPointF start
        = occupied.isNull() ? QPointF(0, 0) : QPointF(occupied.left(), occupied.bottom() + FrameGap);
    qreal x = start.x();
    qreal y = start.y();
    qreal rowHeight = 0;
    for (Frame &frame : frames) {
        if (x > start.x() && x + frame.rect.width() > start.x() + rowWidth) {
            x = start.x();
            y += rowHeight + FrameGap;
            rowHeight = 0;
        }
        frame.rect.moveTopLeft(QPointF(x, y));
        x += frame.rect.width() + FrameGap;
        rowHeight = std::max(rowHeight, frame.rect.height());
        const QPointF origin = frame.rect.topLeft() + QPointF(CellLeft, CellTop);
        for (int i = 0; i < frame.hosts.size(); ++i) {
            result.hostCentres[frame.hosts.at(i)]
                = origin + QPointF((i % frame.columns) * GridX, (i / frame.columns) * GridY);
        }
        if (frame.zone >= 0)
            result.zoneAreas[frame.zone] = frame.rect;
    }
    if (run.cancelled())
        return std::nullopt;
    return result;
}

Design AutoLayout::applied(const Design &design, const Result &result)
{
    Design placed = design;
    for (int i = 0; i < design.hosts().size() && i < result.hostCentres.size(); ++i) {
        Host host = design.hosts().at(i);
        host.position = result.hostCentres.at(i);
        host.hasPosition = true;
        placed.setHost(i, host);
    }
    for (int i = 0; i < design.zones().size() && i < result.zoneAreas.size(); ++i) {
        Zone zone = design.zones().at(i);
        zone.area = result.zoneAreas.at(i);
        placed.setZone(i, zone);
    }
    return placed;
}

} // namespace portolan
