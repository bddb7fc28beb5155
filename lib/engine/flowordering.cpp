#include "steps.h"

#include <algorithm>
#include <tuple>

namespace portolan::steps {

namespace {

/**
 * The flows grouped by (action, source) with a stable counting sort: linear in the number of
 * flows, and each group is small (one host's flows), so work inside a group stays in cache.
 * Returns the group boundaries into *order.
 */
QList<qsizetype> groupBySource(const QList<Flow> &flows, qsizetype hostCount, QList<qsizetype> *order)
{
    // Slot 0 holds block rows from any source, then one slot per host, allowed rows before blocks.
    const auto slot = [hostCount](const Flow &flow) {
        return qsizetype(flow.action) * (hostCount + 1) + (flow.source + 1);
    };
    QList<qsizetype> starts(2 * (hostCount + 1) + 1, 0);
    for (const Flow &flow : flows)
        ++starts[slot(flow) + 1];
    for (qsizetype i = 1; i < starts.size(); ++i)
        starts[i] += starts.at(i - 1);
    QList<qsizetype> next = starts;
    order->resize(flows.size());
    for (qsizetype i = 0; i < flows.size(); ++i)
        (*order)[next[slot(flows.at(i))]++] = i;
    return starts;
}

} // namespace

void removeRepeatedPorts(const DerivationInput &input, Derivation *out)
{
    QList<qsizetype> order;
    const QList<qsizetype> groups = groupBySource(out->flows, input.hosts.size(), &order);
    QList<bool> keep(out->flows.size(), true);
    struct Seen
    {
        int destination;
        Protocol protocol;
        PortSet ports;
    };
    QList<Seen> seen; // the directions of one source, in the order the rules gave them
    for (qsizetype g = 0; g + 1 < groups.size(); ++g) {
        seen.clear();
        for (qsizetype k = groups.at(g); k < groups.at(g + 1); ++k) {
            Flow &flow = out->flows[order.at(k)];
            if (flow.action != Action::Allow)
                continue;
            auto it = std::find_if(seen.begin(), seen.end(), [&flow](const Seen &s) {
                return s.destination == flow.destination && s.protocol == flow.protocol;
            });
            if (it == seen.end()) {
                seen.append({flow.destination, flow.protocol,
                    flow.protocol == Protocol::Icmp ? PortSet::single(0) : flow.ports});
                continue;
            }
            if (flow.protocol == Protocol::Icmp) {
                keep[order.at(k)] = false;
                continue;
            }
            const PortSet fresh = flow.ports.subtracted(it->ports);
            if (fresh.isEmpty()) {
                keep[order.at(k)] = false;
                continue;
            }
            for (const PortRange &range : fresh.ranges())
                it->ports.add(range);
            flow.ports = fresh;
        }
    }
    qsizetype kept = 0;
    for (qsizetype i = 0; i < out->flows.size(); ++i) {
        if (keep.at(i)) {
            if (kept != i)
                out->flows[kept] = std::move(out->flows[i]);
            ++kept;
        }
    }
    out->flows.resize(kept);
}

void orderFlows(const DerivationInput &input, Derivation *out)
{
    for (Flow &flow : out->flows) {
        const QString &destinationZone = input.hosts.at(flow.destination).host->zone;
        flow.crossesZones
            = flow.source == Flow::AnySource || input.hosts.at(flow.source).host->zone != destinationZone;
    }
    // Allowed rows first, then blocks; within each, by source in design order (a linear counting
    // sort), then by destination, protocol and first port within each source's small group.
    QList<qsizetype> order;
    const QList<qsizetype> groups = groupBySource(out->flows, input.hosts.size(), &order);
    const auto byDestination = [out](qsizetype a, qsizetype b) {
        const Flow &x = out->flows.at(a);
        const Flow &y = out->flows.at(b);
        return std::tuple(x.destination, x.protocol, x.ports.firstPort())
            < std::tuple(y.destination, y.protocol, y.ports.firstPort());
    };
    for (qsizetype g = 0; g + 1 < groups.size(); ++g)
        std::stable_sort(order.begin() + groups.at(g), order.begin() + groups.at(g + 1), byDestination);
    QList<Flow> ordered;
    ordered.reserve(out->flows.size());
    for (qsizetype index : std::as_const(order))
        ordered.append(std::move(out->flows[index]));
    out->flows = std::move(ordered);
}

} // namespace portolan::steps
