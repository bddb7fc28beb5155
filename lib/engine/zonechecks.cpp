#include "steps.h"

#include "findingmessage.h"

namespace portolan::steps {

void checkZones(DerivationState &state, const QList<int> &hosts)
{
    const Design &design = *state.design;
    QList<Finding> found;
    for (const int index : hosts) {
        found.clear();
        const Host &host = design.hosts().at(index);
        const Zone *zone = host.address.isNull() || host.zone.isEmpty() ? nullptr : design.zone(host.zone);
        if (zone && !zone->subnets.isEmpty() && !zone->contains(host.address)) {
            QStringList subnets;
            for (const Subnet &subnet : zone->subnets)
                subnets.append(Zone::subnetText(subnet));
            QList<Mention> mentions;
            const QString message = composeMessage(
                Catalog::tr("Host \"%1\": address %2 lies outside every subnet of zone \"%3\" (%4)."),
                {MessageArg::host(host.id), host.address.toString(), MessageArg::zone(zone->id),
                    subnets.join(QStringLiteral(", "))},
                &mentions);
            found.append({Severity::Warning, {index}, -1, QStringLiteral("design.address-outside-zone"),
                message, QString(), mentions});
        }
        if (replaceForHost(&state.zoneFindings, index, found))
            state.findingsTouched = true;
    }
}

} // namespace portolan::steps
