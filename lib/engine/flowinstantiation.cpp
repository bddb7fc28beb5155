#include "steps.h"

namespace portolan::steps {

namespace {

void instantiateOneWay(const FlowTemplate &flow, const ResolvedHost &from, const ResolvedHost &to,
    RoleContext &context, Derivation *out)
{
    PortSet ports = flow.literalPorts.value_or(PortSet());
    PortSet sourcePorts = flow.literalSourcePorts.value_or(PortSet());
    QString problem;
    if ((!flow.literalPorts && !PortSet::parse(flow.ports.evaluate(context), &ports, &problem))
        || (!flow.literalSourcePorts
            && !PortSet::parse(flow.sourcePorts.evaluate(context), &sourcePorts, &problem))) {
        out->findings.append({Severity::Error, {from.index, to.index}, -1, flow.rule,
            Catalog::tr("Rule \"%1\" between \"%2\" and \"%3\": %4.")
                .arg(flow.rule, from.host->id, to.host->id, problem)});
        return;
    }
    QString notes;
    for (const NoteTemplate &note : flow.notes) {
        if (!note.when.isTrue(context))
            continue;
        if (!notes.isEmpty())
            notes += QLatin1Char(' ');
        notes += note.text.evaluate(context);
    }
    for (const QString &protocolText : flow.protocols) {
        Flow row;
        protocolFromName(protocolText, &row.protocol);
        if (row.protocol != Protocol::Icmp && ports.isEmpty())
            continue; // a port list that a parameter left empty: no flow
        row.source = from.index;
        row.destination = to.index;
        row.ports = row.protocol == Protocol::Icmp ? PortSet() : ports;
        row.sourcePorts = sourcePorts;
        row.service = flow.service;
        row.rule = flow.rule;
        row.reference = flow.reference;
        row.notes = notes;
        out->flows.append(row);
    }
}

} // namespace

void instantiateFlow(const FlowTemplate &flow, const ResolvedHost &a, const ResolvedHost &b,
    RoleContext &context, Derivation *out)
{
    const ResolvedHost *byRole[2] = {&a, &b};
    const ResolvedHost &from = *byRole[flow.from];
    const ResolvedHost &to = *byRole[flow.to];
    context.setRoles(&a, &b, &from, &to);
    if (!flow.when.isTrue(context))
        return;
    instantiateOneWay(flow, from, to, context, out);
    if (flow.bothWays) {
        context.setRoles(&a, &b, &to, &from);
        instantiateOneWay(flow, to, from, context, out);
    }
}

} // namespace portolan::steps
