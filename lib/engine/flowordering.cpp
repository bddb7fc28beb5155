#include "steps.h"

#include <QHash>

#include <algorithm>

namespace portolan::steps {

namespace {

quint64 directionKey(int source, int destination, Protocol protocol)
{
    return (quint64(quint32(source)) << 34) ^ (quint64(quint32(destination)) << 2) ^ quint64(protocol);
}

} // namespace

void removeRepeatedPorts(Derivation *out)
{
    QHash<quint64, PortSet> covered;
    covered.reserve(out->flows.size());
    QList<Flow> kept;
    kept.reserve(out->flows.size());
    for (Flow &flow : out->flows) {
        PortSet &seen = covered[directionKey(flow.source, flow.destination, flow.protocol)];
        if (flow.protocol == Protocol::Icmp) {
            if (seen.contains(0))
                continue;
            seen.add({0, 0});
        } else {
            const PortSet fresh = seen.isEmpty() ? flow.ports : flow.ports.subtracted(seen);
            if (fresh.isEmpty())
                continue;
            for (const PortRange &range : fresh.ranges())
                seen.add(range);
            flow.ports = fresh;
        }
        kept.append(std::move(flow));
    }
    out->flows = std::move(kept);
}

void deriveBlocks(const DerivationInput &input, Derivation *out)
{
    // Allowed flows by destination, so each block row can name the flows it must not hide.
    QHash<int, QList<int>> allowedInto;
    for (int f = 0; f < out->flows.size(); ++f)
        allowedInto[out->flows.at(f).destination].append(f);
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
                    notes += (notes.isEmpty() ? QString() : QStringLiteral(" ")) + note.text.evaluate(context);
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
                        + Catalog::tr("Except the allowed flows from %1, which stay allowed above this block.")
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
        flow.crossesZones = flow.source == Flow::AnySource || input.hosts.at(flow.source).host->zone != destinationZone;
    }
    // Allowed rows first, then blocks; within each, by source and destination in design order,
    // then protocol and first port. Sorting small keys and moving each flow once is cheaper
    // than sorting the flows themselves.
    struct Key
    {
        int action, source, destination, protocol, port;
        qsizetype index;
        auto operator<=>(const Key &) const = default;
    };
    QList<Key> keys;
    keys.reserve(out->flows.size());
    for (qsizetype i = 0; i < out->flows.size(); ++i) {
        const Flow &flow = out->flows.at(i);
        keys.append({int(flow.action), flow.source, flow.destination, int(flow.protocol), flow.ports.firstPort(), i});
    }
    std::sort(keys.begin(), keys.end());
    QList<Flow> ordered;
    ordered.reserve(out->flows.size());
    for (const Key &key : std::as_const(keys))
        ordered.append(std::move(out->flows[key.index]));
    out->flows = std::move(ordered);
}

} // namespace portolan::steps
