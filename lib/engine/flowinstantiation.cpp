#include "steps.h"

#include "findingmessage.h"

namespace portolan::steps {

namespace {

void instantiateOneWay(DerivationState &state, const CatalogBinding::Flow &flow, int from, int to,
    RoleContext &context, QList<Finding> *findings)
{
    const FlowTemplate &rule = *flow.rule;
    int ports = flow.ports;
    int sourcePorts = flow.sourcePorts;
    QString problem;
    if (ports < 0)
        ports = state.portsFromText(rule.ports.evaluate(context), &problem);
    if (ports >= 0 && sourcePorts < 0)
        sourcePorts = state.portsFromText(rule.sourcePorts.evaluate(context), &problem);
    if (ports < 0 || sourcePorts < 0) {
        const QList<Host> &hosts = state.design->hosts();
        QList<Mention> mentions;
        const QString message = composeMessage(Catalog::tr("Rule \"%1\" between \"%2\" and \"%3\": %4."),
            {rule.rule, MessageArg::host(hosts.at(from).id), MessageArg::host(hosts.at(to).id), problem},
            &mentions);
        findings->append({Severity::Error, {from, to}, -1, rule.rule, message, QString(), mentions});
        return;
    }
    int notes = flow.notes;
    if (notes < 0) {
        QString text;
        for (const NoteTemplate &note : rule.notes) {
            if (!note.when.isTrue(context))
                continue;
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            text += note.text.evaluate(context);
        }
        notes = state.internNotes(text);
    }
    for (const Protocol protocol : flow.protocols) {
        if (protocol != Protocol::Icmp && ports == 0)
            continue; // a port list that a parameter left empty: no flow
        FlowRecord record;
        record.source = from;
        record.destination = to;
        record.rule = &flow;
        record.ports = protocol == Protocol::Icmp ? 0 : ports;
        record.keptPorts = record.ports;
        record.sourcePorts = sourcePorts;
        record.notes = notes;
        record.protocol = protocol;
        state.records.append(record);
    }
}

} // namespace

void instantiateFlow(DerivationState &state, const CatalogBinding::Flow &flow, int a, int b,
    RoleContext &context, QList<Finding> *findings)
{
    const FlowTemplate &rule = *flow.rule;
    const int byRole[2] = {a, b};
    const int from = byRole[rule.from];
    const int to = byRole[rule.to];
    context.setRoles(a, b, from, to);
    if (!rule.when.isTrue(context))
        return;
    instantiateOneWay(state, flow, from, to, context, findings);
    if (rule.bothWays) {
        context.setRoles(a, b, to, from);
        instantiateOneWay(state, flow, to, from, context, findings);
    }
}

} // namespace portolan::steps
