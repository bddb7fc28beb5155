#include "customflows.h"

#include <QHash>

namespace portolan {

namespace {

/// A (source, destination, protocol) of allowed flows.
quint64 pairKey(int source, int destination, Protocol protocol)
{
    return (quint64(quint32(source)) << 34) | (quint64(quint32(destination)) << 2) | quint64(protocol);
}

/// The ports a flow covers; an icmp flow covers "port 0", so port arithmetic works for it too.
PortSet coveredPorts(Protocol protocol, const PortSet &ports)
{
    return protocol == Protocol::Icmp ? PortSet::single(0) : ports;
}

QString portsText(Protocol protocol, const PortSet &ports)
{
    return protocol == Protocol::Icmp ? protocolName(protocol)
                                      : protocolName(protocol) + QLatin1Char(' ') + ports.toString();
}

} // namespace

void CustomFlows::apply(const Design &design, const Catalog &catalog, Derivation *derivation)
{
    if (design.customFlows.isEmpty())
        return;
    const QList<Host> &hosts = design.hosts();
    QList<Flow> &flows = derivation->flows;
    const auto firstBlock = std::find_if(
        flows.cbegin(), flows.cend(), [](const Flow &flow) { return flow.action == Action::Block; });
    const qsizetype allowedCount = firstBlock - flows.cbegin();

    // What the catalog allows, blocks and declares one-way for the hosts the custom flows join:
    // one pass over the derivation, whatever its size.
    QHash<quint64, PortSet> allowed; // (source, destination, protocol) -> ports the catalog allows
    QHash<quint64, QList<qsizetype>> oneWay; // (source, destination, protocol) -> one-way flows
    QHash<int, QList<qsizetype>> blocksInto; // destination -> block rows
    QList<int> sources(design.customFlows.size(), -1);
    QList<int> destinations(design.customFlows.size(), -1);
    for (qsizetype i = 0; i < design.customFlows.size(); ++i) {
        const CustomFlow &custom = design.customFlows.at(i);
        sources[i] = design.hostIndex(custom.source);
        destinations[i] = design.hostIndex(custom.destination);
        if (sources.at(i) < 0 || destinations.at(i) < 0)
            continue;
        allowed.insert(pairKey(sources.at(i), destinations.at(i), custom.protocol), PortSet());
        oneWay.insert(pairKey(destinations.at(i), sources.at(i), custom.protocol), {});
        blocksInto.insert(destinations.at(i), {});
    }
    for (qsizetype f = 0; f < flows.size(); ++f) {
        const Flow &flow = flows.at(f);
        if (flow.action == Action::Block) {
            if (const auto found = blocksInto.find(flow.destination); found != blocksInto.end())
                found->append(f);
            continue;
        }
        const quint64 key = pairKey(flow.source, flow.destination, flow.protocol);
        if (const auto found = allowed.find(key); found != allowed.end()) {
            const PortSet covered = coveredPorts(flow.protocol, flow.ports); // outlives the loop
            for (const PortRange &range : covered.ranges())
                found->add(range);
        }
        if (const auto found = oneWay.find(key); found != oneWay.end())
            found->append(f);
    }

    QList<Flow> added;
    QList<Finding> findings;
    for (qsizetype i = 0; i < design.customFlows.size(); ++i) {
        const CustomFlow &custom = design.customFlows.at(i);
        const int source = sources.at(i);
        const int destination = destinations.at(i);
        if (source < 0 || destination < 0 || source == destination)
            continue; // the design readers refuse these; nothing to derive
        const Host &from = hosts.at(source);
        const Host &to = hosts.at(destination);
        const QString shown = tr("Custom flow \"%1\" (%2 to %3, %4)")
                                  .arg(custom.id, from.displayName(), to.displayName(),
                                      portsText(custom.protocol, custom.ports));
        const quint64 key = pairKey(source, destination, custom.protocol);
        PortSet &already = allowed[key];
        PortSet wanted = coveredPorts(custom.protocol, custom.ports);

        // A block row of the destination forbids it from outside the destination's zone, except
        // where the catalog itself allows the flow; a one-way flow forbids its reverse.
        PortSet forbidden;
        QStringList forbiddenBy;
        if (from.zone != to.zone) {
            for (const qsizetype b : blocksInto.value(destination)) {
                const Flow &block = flows.at(b);
                if (block.protocol != custom.protocol)
                    continue;
                const PortSet hit
                    = coveredPorts(block.protocol, block.ports).intersected(wanted).subtracted(already);
                if (hit.isEmpty())
                    continue;
                for (const PortRange &range : hit.ranges())
                    forbidden.add(range);
                forbiddenBy << tr("the block rule %1 (%2)").arg(block.rule, block.reference);
            }
        }
        for (const qsizetype f : oneWay.value(pairKey(destination, source, custom.protocol))) {
            const Flow &reverse = flows.at(f);
            const OneWayRule *rule = catalog.oneWayRule(reverse.rule, to.type, from.type);
            if (!rule)
                continue;
            const PortSet hit
                = coveredPorts(reverse.protocol, reverse.ports).intersected(wanted).subtracted(already);
            if (hit.isEmpty())
                continue;
            for (const PortRange &range : hit.ranges())
                forbidden.add(range);
            forbiddenBy << tr("the one-way rule %1 (%2)").arg(rule->rule, rule->reference);
        }
        if (!forbidden.isEmpty()) {
            forbiddenBy.removeDuplicates();
            const QString what = custom.protocol == Protocol::Icmp
                ? tr("%1 is forbidden by %2: it is not allowed through.")
                      .arg(shown, forbiddenBy.join(QStringLiteral("; ")))
                : tr("%1: ports %2 are forbidden by %3: they are not allowed through.")
                      .arg(shown, forbidden.toString(), forbiddenBy.join(QStringLiteral("; ")));
            findings.append({Severity::Error, {source, destination}, -1, custom.ruleId(), what});
            wanted = wanted.subtracted(forbidden);
        }

        const PortSet fresh = wanted.subtracted(already);
        if (fresh.isEmpty()) {
            if (forbidden.isEmpty())
                findings.append({Severity::Warning, {source, destination}, -1, custom.ruleId(),
                    tr("%1 adds nothing: the catalog's flows or an earlier custom flow already allow it.")
                        .arg(shown)});
            continue;
        }
        for (const PortRange &range : fresh.ranges())
            already.add(range);
        Flow &flow = added.emplace_back();
        flow.source = source;
        flow.destination = destination;
        flow.protocol = custom.protocol;
        flow.ports = custom.protocol == Protocol::Icmp ? PortSet() : fresh;
        flow.action = Action::Allow;
        flow.service = custom.service.isEmpty() ? tr("Custom flow %1").arg(custom.id) : custom.service;
        flow.rule = custom.ruleId();
        flow.reference = custom.reference();
        if (custom.protocol != Protocol::Icmp && fresh != custom.ports)
            flow.notes = tr("Custom flow: ports %1 of the %2 asked for are left out (allowed already or "
                            "forbidden).")
                             .arg(custom.ports.subtracted(fresh).toString(), custom.ports.toString());
        flow.crossesZones = from.zone != to.zone;
    }
    if (!added.isEmpty()) {
        flows.insert(allowedCount, added.size(), Flow());
        std::move(added.begin(), added.end(), flows.begin() + allowedCount);
    }
    derivation->findings += findings;
}

void CustomFlowOverlay::update(const Design &design, const Catalog &catalog, const Derivation &base,
    bool editsRecorded, qsizetype shownBefore)
{
    const bool wasActive = m_active;
    m_active = !design.customFlows.isEmpty();
    m_ownChanges = wasActive || m_active;
    if (!m_ownChanges)
        return;
    if (wasActive && m_active && !editsRecorded && m_applied == design.customFlows) {
        m_spans.clear();
        m_findingsChanged = false;
        return;
    }
    if (m_active) {
        m_result = base;
        CustomFlows::apply(design, catalog, &m_result);
        m_applied = design.customFlows;
    } else {
        m_result = Derivation();
        m_applied.clear();
    }
    const qsizetype shownNow = m_active ? m_result.flows.size() : base.flows.size();
    m_spans = {{0, int(shownBefore), int(shownNow)}};
    m_findingsChanged = true;
}

} // namespace portolan
