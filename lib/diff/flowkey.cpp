#include "flowkey.h"

namespace portolan {

namespace {

const QString AnyId = QStringLiteral("any");

QString addressOf(const Design &design, int host)
{
    if (host == Flow::AnySource)
        return QString();
    const QHostAddress &address = design.hosts().at(host).address;
    return address.isNull() ? QString() : address.toString();
}

QString zoneOf(const Design &design, int host)
{
    return host == Flow::AnySource ? QString() : design.hosts().at(host).zone;
}

} // namespace

FlowKey FlowKey::of(const Design &design, const Flow &flow)
{
    return {flow.source == Flow::AnySource ? AnyId : design.hosts().at(flow.source).id,
        design.hosts().at(flow.destination).id, flow.protocol, flow.action, flow.rule};
}

size_t qHash(const FlowKey &key, size_t seed)
{
    return qHashMulti(seed, key.source, key.destination, int(key.protocol), int(key.action), key.rule);
}

FlowState FlowState::of(const Design &design, const Flow &flow)
{
    return {flow.ports, flow.sourcePorts, flow.service, flow.notes, flow.reference,
        zoneOf(design, flow.source), zoneOf(design, flow.destination), addressOf(design, flow.source),
        addressOf(design, flow.destination)};
}

void KeyedFlows::add(const Design &design, const Flow &flow)
{
    const FlowKey key = FlowKey::of(design, flow);
    auto it = flows.find(key);
    if (it == flows.end()) {
        order.append(key);
        flows.insert(key, flow);
        states.insert(key, FlowState::of(design, flow));
        return;
    }
    for (const PortRange &range : flow.ports.ranges())
        it->ports.add(range);
    states[key].ports = it->ports;
}

QString findingIdentity(const Design &design, const Finding &finding)
{
    const QChar separator(0x1f);
    QString identity
        = severityName(finding.severity) + separator + finding.rule + separator + finding.category;
    for (const int host : finding.hosts)
        identity += separator + design.hosts().at(host).id;
    if (finding.link >= 0 && finding.link < design.links().size()) {
        const Link &link = design.links().at(finding.link);
        identity += QStringLiteral("%1link %2 %3").arg(separator).arg(link.a, link.b);
    }
    const bool namesLinkIndex = finding.link >= 0
        && (finding.rule == QLatin1String("design.link-meaning")
            || finding.rule == QLatin1String("design.repeated-link"));
    if (!namesLinkIndex)
        identity += separator + finding.message;
    return identity;
}

} // namespace portolan
