#include "steps.h"

#include <algorithm>
#include <tuple>

namespace portolan::steps {

void removeRepeatedPorts(DerivationState &state, const QList<int> &sources)
{
    struct Seen
    {
        int destination;
        Protocol protocol;
        PortSet ports;
    };
    QList<Seen> seen; // the directions of one source, in the order the rules gave them
    for (const int source : sources) {
        seen.clear();
        state.forEachRecordFrom(source, [&](qsizetype index) {
            FlowRecord &record = state.records[index];
            record.kept = true;
            record.keptPorts = record.ports;
            auto it = std::find_if(seen.begin(), seen.end(), [&record](const Seen &s) {
                return s.destination == record.destination && s.protocol == record.protocol;
            });
            if (it == seen.end()) {
                seen.append({record.destination, record.protocol,
                    record.protocol == Protocol::Icmp ? PortSet::single(0) : state.ports.at(record.ports)});
                return;
            }
            if (record.protocol == Protocol::Icmp) {
                record.kept = false;
                return;
            }
            const PortSet &ports = state.ports.at(record.ports);
            if (!ports.intersects(it->ports)) {
                for (const PortRange &range : ports.ranges())
                    it->ports.add(range);
                return;
            }
            const PortSet fresh = ports.subtracted(it->ports);
            if (fresh.isEmpty()) {
                record.kept = false;
                return;
            }
            for (const PortRange &range : fresh.ranges())
                it->ports.add(range);
            record.keptPorts = state.internPorts(fresh.toString(), fresh);
        });
    }
}

void orderFlows(DerivationState &state, const QList<int> &sources)
{
    QList<int> kept;
    for (const int source : sources) {
        kept.clear();
        state.forEachRecordFrom(source, [&](qsizetype index) {
            if (state.records.at(index).kept)
                kept.append(int(index));
        });
        // By destination, protocol and first port; ties keep the order the rules gave them.
        const auto key = [&state](int index) {
            const FlowRecord &record = state.records.at(index);
            return std::tuple(
                record.destination, record.protocol, state.ports.at(record.keptPorts).firstPort());
        };
        std::stable_sort(kept.begin(), kept.end(), [&key](int a, int b) { return key(a) < key(b); });
        DerivationState::HostState &host = state.hosts[source];
        state.liveOrder -= host.allowed.count;
        host.allowed = {state.order.size(), int(kept.size())};
        state.order.append(kept);
        state.liveOrder += kept.size();
    }
}

} // namespace portolan::steps
