#include "probeplan.h"

#include <QHash>
#include <QSet>

namespace portolan {

QString probeExpectationName(ProbeExpectation expectation)
{
    return expectation == ProbeExpectation::Open ? QStringLiteral("open") : QStringLiteral("not-open");
}

QString probeResultName(ProbeResult result)
{
    switch (result) {
    case ProbeResult::Pending:
        return QString();
    case ProbeResult::Open:
        return QStringLiteral("open");
    case ProbeResult::Closed:
        return QStringLiteral("closed");
    case ProbeResult::Filtered:
        return QStringLiteral("filtered");
    case ProbeResult::NotProbed:
        return QStringLiteral("not-probed");
    }
    return QString();
}

ProbeVerdict probeVerdict(ProbeExpectation expectation, ProbeResult result)
{
    switch (result) {
    case ProbeResult::Pending:
        return ProbeVerdict::Pending;
    case ProbeResult::NotProbed:
        return ProbeVerdict::NotProbed;
    case ProbeResult::Open:
        return expectation == ProbeExpectation::Open ? ProbeVerdict::AsPlanned : ProbeVerdict::Difference;
    case ProbeResult::Closed:
        // Refused: the firewall let the connection through and nothing listens. For an allowed
        // flow the firewall is as planned and the service is down; a block row that refuses is held
        // (the firewall may reject with a TCP reset), or the port is simply closed on the host.
        return expectation == ProbeExpectation::Open ? ProbeVerdict::ServiceDown : ProbeVerdict::AsPlanned;
    case ProbeResult::Filtered:
        return expectation == ProbeExpectation::Open ? ProbeVerdict::Difference : ProbeVerdict::AsPlanned;
    }
    return ProbeVerdict::Pending;
}

ProbePlan ProbePlan::build(const Design &design, const Derivation &derivation, int host, int rangeSample)
{
    ProbePlan plan;
    plan.m_host = host;
    if (host < 0 || host >= design.hosts().size())
        return plan;
    const Host &self = design.hosts().at(host);

    // The ports each destination is open to from this host, per protocol: the exceptions of the
    // block rows, which an allowed flow of the design never counts against.
    QHash<QPair<int, int>, PortSet> allowed;
    QSet<QPair<int, int>> allowedIcmp;
    for (const Flow &flow : derivation.flows) {
        if (flow.action != Action::Allow || flow.source != host)
            continue;
        if (flow.protocol == Protocol::Icmp) {
            allowedIcmp.insert({flow.destination, int(flow.protocol)});
            continue;
        }
        PortSet &ports = allowed[{flow.destination, int(flow.protocol)}];
        for (const PortRange &range : flow.ports.ranges())
            ports.add(range);
    }

    for (int index = 0; index < derivation.flows.size(); ++index) {
        const Flow &flow = derivation.flows.at(index);
        if (flow.destination < 0 || flow.destination >= design.hosts().size())
            continue;
        if (flow.action == Action::Allow) {
            if (flow.source == host)
                plan.addRow(design, flow, index, flow.ports, rangeSample);
            continue;
        }
        // A block row: from every host outside the destination's zone.
        if (flow.destination == host)
            continue;
        const QString &zone = design.hosts().at(flow.destination).zone;
        if (!zone.isEmpty() && zone == self.zone)
            continue;
        const QPair<int, int> key(flow.destination, int(flow.protocol));
        if (flow.protocol == Protocol::Icmp) {
            if (!allowedIcmp.contains(key))
                plan.addRow(design, flow, index, flow.ports, rangeSample);
            continue;
        }
        const PortSet ports = flow.ports.subtracted(allowed.value(key));
        if (!ports.isEmpty())
            plan.addRow(design, flow, index, ports, rangeSample);
    }
    return plan;
}

void ProbePlan::addRow(
    const Design &design, const Flow &flow, int flowIndex, const PortSet &ports, int rangeSample)
{
    const Host &destination = design.hosts().at(flow.destination);
    ProbeTarget target;
    target.flow = flowIndex;
    target.destination = flow.destination;
    target.address = destination.address;
    target.protocol = flow.protocol;
    target.action = flow.action;
    target.expected = flow.action == Action::Allow ? ProbeExpectation::Open : ProbeExpectation::NotOpen;
    target.ports = ports;
    target.rule = flow.rule;
    target.service = flow.service;

    if (flow.protocol == Protocol::Udp) {
        target.notProbed = tr("udp: a TCP connect cannot test it, and a udp port that does not answer "
                              "proves nothing; test it with the service itself.");
    } else if (flow.protocol == Protocol::Icmp) {
        target.notProbed = tr("icmp: a TCP connect cannot test it; test it with ping.");
    } else if (destination.address.isNull()) {
        target.notProbed = tr("%1 has no address in the design.").arg(destination.id);
    } else if (!flow.sourcePorts.isEmpty()) {
        target.notProbed = tr("The flow leaves from source port %1 and the probe connects from a port the "
                              "system chooses, so the firewall would judge another connection.")
                               .arg(flow.sourcePorts.toString());
    }
    if (!target.isConnect()) {
        // One entry for the whole row; its port only when it has a single one.
        if (ports.ranges().size() == 1 && ports.ranges().front().first == ports.ranges().front().last)
            target.port = ports.firstPort();
        m_targets.append(target);
        return;
    }

    for (const PortRange &range : ports.ranges()) {
        const int count = range.last - range.first + 1;
        if (count <= 2 + std::max(0, rangeSample)) {
            target.sampled = false;
            target.range = PortRange();
            for (int port = range.first; port <= range.last; ++port) {
                target.port = port;
                m_targets.append(target);
                ++m_connects;
            }
            continue;
        }
        // The two ends, and ports spread evenly between them.
        QList<int> picked {range.first};
        for (int k = 1; k <= rangeSample; ++k) {
            const int port = range.first + int((qint64(k) * (range.last - range.first)) / (rangeSample + 1));
            if (port != picked.last() && port != range.last)
                picked.append(port);
        }
        picked.append(range.last);
        target.sampled = true;
        target.range = range;
        for (const int port : std::as_const(picked)) {
            target.port = port;
            m_targets.append(target);
            ++m_connects;
        }
    }
}

QList<QHostAddress> ProbePlan::addresses() const
{
    QList<QHostAddress> result;
    for (const ProbeTarget &target : m_targets) {
        if (target.isConnect() && !result.contains(target.address))
            result.append(target.address);
    }
    return result;
}

} // namespace portolan
