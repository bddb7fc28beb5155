#include "steps.h"

#include "findingmessage.h"

namespace portolan::steps {

void applyHostRules(DerivationState &state, const QList<int> &hosts)
{
    RoleContext context(state);
    QList<Finding> findings;
    QList<EphemeralRange> ranges;
    for (const int host : hosts) {
        findings.clear();
        ranges.clear();
        const int type = state.hosts.at(host).type;
        const CatalogBinding::HostRules *rules = type < 0 ? nullptr : state.binding->hostRules(type);
        if (rules) {
            const HostRule &rule = *rules->rule;
            context.setRoles(host);
            for (const FindingTemplate &finding : rule.findings) {
                if (!finding.when.isTrue(context))
                    continue;
                QList<Mention> mentions;
                const QString message = evaluateMessage(finding.message, context, &mentions);
                findings.append(
                    {finding.severity, {host}, -1, finding.id, message, finding.category, mentions});
            }
            QList<Protocol> covered;
            for (const EphemeralTemplate &range : rule.ephemeral) {
                Protocol protocol;
                if (!protocolFromName(range.protocol, &protocol) || covered.contains(protocol)
                    || !range.when.isTrue(context))
                    continue;
                QString ignored;
                const int ports = state.portsFromText(range.ports.evaluate(context), &ignored);
                if (ports >= 0) {
                    ranges.append({host, protocol, state.ports.at(ports), range.reference});
                    covered.append(protocol); // the first range that holds for a protocol wins
                }
            }
        }
        if (replaceForHost(&state.ruleFindings, host, findings))
            state.findingsTouched = true;
        if (replaceForHost(&state.ephemeral, host, ranges))
            state.ephemeralTouched = true;
    }
}

} // namespace portolan::steps
