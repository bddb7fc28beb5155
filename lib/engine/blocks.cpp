#include "steps.h"

#include <QHash>

namespace portolan::steps {

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

} // namespace portolan::steps
