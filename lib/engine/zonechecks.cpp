#include "steps.h"

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
            found.append({Severity::Warning, {index}, -1, QStringLiteral("design.address-outside-zone"),
                Catalog::tr("Host \"%1\": address %2 lies outside every subnet of zone \"%3\" (%4).")
                    .arg(host.id, host.address.toString(), zone->id, subnets.join(QStringLiteral(", ")))});
        }
        if (replaceForHost(&state.zoneFindings, index, found))
            state.findingsTouched = true;
    }
}

} // namespace portolan::steps
