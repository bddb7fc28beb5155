#include "placement.h"

#include "autolayout.h"

#include <algorithm>

namespace portolan {

QList<QPointF> Placement::hostCentres(const Design &design)
{
    const QList<Host> &hosts = design.hosts();
    if (std::all_of(hosts.cbegin(), hosts.cend(), [](const Host &host) { return host.hasPosition; })) {
        QList<QPointF> centres;
        centres.reserve(hosts.size());
        for (const Host &host : hosts)
            centres.append(host.position);
        return centres;
    }
    return AutoLayout::arrange(design, AutoLayout::Mode::KeepSet)->hostCentres;
}

QList<QRectF> Placement::zoneAreas(const Design &design)
{
    if (AutoLayout::hasUnplaced(design))
        return AutoLayout::arrange(design, AutoLayout::Mode::KeepSet)->zoneAreas;
    QList<QRectF> areas;
    areas.reserve(design.zones().size());
    for (const Zone &zone : design.zones())
        areas.append(zone.area);
    return areas;
}

QRectF Placement::hostRect(const QPointF &centre)
{
    return QRectF(centre.x() - HostWidth / 2, centre.y() - HostHeight / 2, HostWidth, HostHeight);
}

} // namespace portolan
