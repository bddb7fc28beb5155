#include "flowmatrix.h"

#include <QHash>

#include <algorithm>

namespace portolan {

QString FlowMatrix::zoneName(const Design &design, const QString &zoneId)
{
    const Zone *zone = design.zone(zoneId);
    if (!zone)
        return zoneId.isEmpty() ? tr("(no zone)") : zoneId;
    return zone->name.isEmpty() ? zone->id : zone->name;
}

QString FlowMatrix::pairTitle(const Design &design, const Group &group)
{
    const QString destination = zoneName(design, group.destinationZone);
    if (group.anySource)
        return tr("Any host outside %1 -> %1").arg(destination);
    return tr("%1 -> %2").arg(zoneName(design, group.sourceZone), destination);
}

QList<FlowMatrix::Group> FlowMatrix::groups(const Design &design, const Derivation &derivation)
{
    QHash<QString, int> rank;
    for (int i = 0; i < design.zones().size(); ++i)
        rank.insert(design.zones().at(i).id, i);
    const int last = int(design.zones().size());
    const auto zoneRank = [&](const QString &zone) { return rank.value(zone, last); };

    QList<Group> groups;
    QHash<QString, int> groupIndex;
    for (int i = 0; i < derivation.flows.size(); ++i) {
        const Flow &flow = derivation.flows.at(i);
        const bool any = flow.source == Flow::AnySource;
        const QString source = any ? QString() : design.hosts().at(flow.source).zone;
        const QString destination = design.hosts().at(flow.destination).zone;
        const QString key
            = (any ? QStringLiteral("*") : QStringLiteral("=") + source) + QLatin1Char('\n') + destination;
        auto found = groupIndex.constFind(key);
        if (found == groupIndex.constEnd()) {
            found = groupIndex.insert(key, int(groups.size()));
            groups.append({source, destination, any, {}});
        }
        groups[*found].flows.append(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const Group &a, const Group &b) {
        const auto key = [&](const Group &g) {
            return std::tuple(
                g.anySource, g.anySource ? 0 : zoneRank(g.sourceZone), zoneRank(g.destinationZone));
        };
        return key(a) < key(b);
    });
    return groups;
}

} // namespace portolan
