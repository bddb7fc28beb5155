#include "placement.h"

#include <QHash>

#include <algorithm>

namespace portolan {

QList<QPointF> Placement::hostCentres(const Design &design)
{
    const QList<Host> &hosts = design.hosts();
    QList<QPointF> centres;
    centres.reserve(hosts.size());
    QHash<QString, int> placedInZone; // hosts placed so far in each zone's grid
    int placedOutside = 0;
    qreal bottom = 0; // hosts outside every zone area go under the lowest one
    for (const Zone &zone : design.zones())
        bottom = std::max(bottom, zone.area.bottom());
    for (const Host &host : hosts) {
        if (host.hasPosition) {
            centres.append(host.position);
            continue;
        }
        const Zone *zone = design.zone(host.zone);
        if (zone && !zone->area.isEmpty()) {
            const int n = placedInZone[zone->id]++;
            const int columns = std::max(1, int((zone->area.width() - 20) / GridX));
            centres.append(
                zone->area.topLeft() + QPointF(80 + (n % columns) * GridX, 76 + (n / columns) * GridY));
        } else {
            const int n = placedOutside++;
            centres.append(QPointF(80 + (n % 10) * GridX, bottom + 80 + (n / 10) * GridY));
        }
    }
    return centres;
}

QRectF Placement::hostRect(const QPointF &centre)
{
    return QRectF(centre.x() - HostWidth / 2, centre.y() - HostHeight / 2, HostWidth, HostHeight);
}

} // namespace portolan
