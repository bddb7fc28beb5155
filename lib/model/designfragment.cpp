#include "designfragment.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace portolan {

Design extractFragment(const Design &design, const QStringList &hostIds, const QStringList &zoneIds)
{
    Design fragment;
    const QSet<QString> zones(zoneIds.cbegin(), zoneIds.cend());
    for (const Zone &zone : design.zones()) {
        if (zones.contains(zone.id))
            fragment.addZone(zone);
    }
    QSet<QString> hosts;
    for (const QString &id : hostIds) {
        const Host *found = design.host(id);
        if (!found || hosts.contains(id))
            continue;
        hosts.insert(id);
        Host host = *found;
        if (!host.zone.isEmpty() && !zones.contains(host.zone)) {
            // The zone stays behind: remember it, so a paste into the same design keeps it.
            host.extra.insert(FragmentLeftZoneKey, host.zone);
            host.zone.clear();
        }
        fragment.addHost(host);
    }
    for (const Link &link : design.links()) {
        if (hosts.contains(link.a) && hosts.contains(link.b))
            fragment.addLink(link);
    }
    return fragment;
}

Design remapFragment(const Design &fragment, const Design &target, const QPointF &offset)
{
    // `taken` grows as ids are given out, so two copies of "nmc-1" become "nmc-2" and "nmc-3".
    Design taken = target;
    Design result;
    QHash<QString, QString> zoneIds;
    QHash<QString, QString> hostIds;
    for (Zone zone : fragment.zones()) {
        const QString id = taken.uniqueId(idPrefix(zone.id));
        zoneIds.insert(zone.id, id);
        zone.id = id;
        if (!zone.area.isEmpty())
            zone.area.translate(offset);
        taken.addZone(zone);
        result.addZone(zone);
    }
    for (Host host : fragment.hosts()) {
        const QString id = taken.uniqueId(idPrefix(host.id));
        hostIds.insert(host.id, id);
        if (host.name.isEmpty() || host.name == host.id)
            host.name = id;
        else
            host.name = QCoreApplication::translate("portolan::DesignFragment", "%1 (copy)").arg(host.name);
        host.id = id;
        if (!host.zone.isEmpty()) {
            host.zone = zoneIds.value(host.zone);
        } else if (host.extra.contains(FragmentLeftZoneKey)) {
            const QString zone = host.extra.value(FragmentLeftZoneKey).toString();
            host.zone = target.zone(zone) ? zone : QString();
        }
        host.extra.remove(FragmentLeftZoneKey);
        host.position += offset;
        taken.addHost(host);
        result.addHost(host);
    }
    for (Link link : fragment.links()) {
        link.a = hostIds.value(link.a);
        link.b = hostIds.value(link.b);
        result.addLink(link);
    }
    return result;
}

QString idPrefix(const QString &id)
{
    const qsizetype dash = id.lastIndexOf(QLatin1Char('-'));
    if (dash > 0) {
        bool number = false;
        id.mid(dash + 1).toInt(&number);
        if (number)
            return id.left(dash);
    }
    return id;
}

} // namespace portolan
