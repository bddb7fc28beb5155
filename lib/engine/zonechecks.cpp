#include "steps.h"

namespace portolan::steps {

void checkZones(const DerivationInput &input, Derivation *out)
{
    const Design &design = *input.design;
    for (const ResolvedHost &resolved : input.hosts) {
        const Host &host = *resolved.host;
        if (host.address.isNull() || host.zone.isEmpty())
            continue;
        const Zone *zone = design.zone(host.zone);
        if (!zone || zone->subnets.isEmpty() || zone->contains(host.address))
            continue;
        QStringList subnets;
        for (const Subnet &subnet : zone->subnets)
            subnets.append(Zone::subnetText(subnet));
        out->findings.append(
            {Severity::Warning, {resolved.index}, -1, QStringLiteral("design.address-outside-zone"),
                Catalog::tr("Host \"%1\": address %2 lies outside every subnet of zone \"%3\" (%4).")
                    .arg(host.id, host.address.toString(), zone->id, subnets.join(QStringLiteral(", ")))});
    }
}

} // namespace portolan::steps
