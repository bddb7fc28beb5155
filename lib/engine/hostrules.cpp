#include "steps.h"

namespace portolan::steps {

void applyHostRules(const DerivationInput &input, Derivation *out)
{
    RoleContext context(input);
    for (const ResolvedHost &host : input.hosts) {
        const HostRule *rule = input.catalog->hostRule(host.host->type);
        if (!rule)
            continue;
        context.setRoles(&host);
        for (const FindingTemplate &finding : rule->findings) {
            if (finding.when.isTrue(context))
                out->findings.append({finding.severity, {host.index}, -1, finding.id,
                    finding.message.evaluate(context), finding.category});
        }
        QList<Protocol> covered;
        for (const EphemeralTemplate &range : rule->ephemeral) {
            Protocol protocol;
            if (!protocolFromName(range.protocol, &protocol) || covered.contains(protocol)
                || !range.when.isTrue(context))
                continue;
            PortSet ports;
            if (PortSet::parse(range.ports.evaluate(context), &ports)) {
                out->ephemeral.append({host.index, protocol, ports, range.reference});
                covered.append(protocol); // the first range that holds for a protocol wins
            }
        }
    }
}

} // namespace portolan::steps
