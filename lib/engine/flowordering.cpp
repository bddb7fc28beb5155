#include "steps.h"

#include <QHash>

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

void deriveBlocks(const DerivationInput &input, Derivation *out)
{
    // Allowed flows into the hosts that have blocks, so each block row can name the flows it
    // must not hide.
    QList<bool> hasBlocks(input.hosts.size(), false);
    for (const ResolvedHost &host : input.hosts) {
        const HostRule *rule = input.catalog->hostRule(host.host->type);
        hasBlocks[host.index] = rule && !rule->blocks.isEmpty();
    }
    QHash<int, QList<int>> allowedInto;
    for (int f = 0; f < out->flows.size(); ++f) {
        if (hasBlocks.at(out->flows.at(f).destination))
            allowedInto[out->flows.at(f).destination].append(f);
    }
    RoleContext context(input);
    for (const ResolvedHost &host : input.hosts) {
        const HostRule *rule = input.catalog->hostRule(host.host->type);
        if (!rule || rule->blocks.isEmpty())
            continue;
        context.setRoles(&host);
        for (const FlowTemplate &block : rule->blocks) {
            if (!block.when.isTrue(context))
                continue;
            PortSet ports;
            PortSet::parse(block.ports.evaluate(context), &ports);
            QString notes;
            for (const NoteTemplate &note : block.notes) {
                if (note.when.isTrue(context))
                    notes
                        += (notes.isEmpty() ? QString() : QStringLiteral(" ")) + note.text.evaluate(context);
            }
            for (const QString &protocolText : block.protocols) {
                Flow row;
                protocolFromName(protocolText, &row.protocol);
                row.destination = host.index;
                row.ports = ports;
                row.action = Action::Block;
                row.service = block.service;
                row.rule = block.rule;
                row.reference = block.reference;
                QStringList exceptions;
                for (int f : allowedInto.value(host.index)) {
                    const Flow &allowed = out->flows.at(f);
                    if (allowed.protocol != row.protocol || !allowed.ports.intersects(ports))
                        continue;
                    exceptions.append(Catalog::tr("%1 (%2 %3)")
                                          .arg(input.hosts.at(allowed.source).host->id, protocolText,
                                              allowed.ports.intersected(ports).toString()));
                }
                row.notes = notes;
                if (!exceptions.isEmpty()) {
                    row.notes += (notes.isEmpty() ? QString() : QStringLiteral(" "))
                        + Catalog::tr(
                            "Except the allowed flows from %1, which stay allowed above this block.")
                              .arg(exceptions.join(QStringLiteral(", ")));
                }
                out->flows.append(row);
            }
        }
    }
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
