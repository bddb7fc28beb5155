#include "steps.h"

namespace portolan::steps {

void deriveBlocks(DerivationState &state, const QList<int> &hosts)
{
    RoleContext context(state);
    QList<qsizetype> incoming;
    for (const int host : hosts) {
        DerivationState::HostState &target = state.hosts[host];
        state.liveBlockRows -= target.blocks.count;
        target.blocks = {state.blockRows.size(), 0};
        const CatalogBinding::HostRules *rules
            = target.type < 0 ? nullptr : state.binding->hostRules(target.type);
        if (!rules || rules->blocks.isEmpty())
            continue;
        // Allowed flows into the host, so each block row can name the flows it must not hide.
        incoming.clear();
        state.forEachRecordTo(host, [&](qsizetype index) {
            if (state.records.at(index).kept)
                incoming.append(index);
        });
        context.setRoles(host);
        const qsizetype first = state.blockRows.size();
        for (const CatalogBinding::Flow &block : rules->blocks) {
            const FlowTemplate &rule = *block.rule;
            if (!rule.when.isTrue(context))
                continue;
            int ports = block.ports;
            if (ports < 0) {
                QString ignored;
                ports = qMax(0, state.portsFromText(rule.ports.evaluate(context), &ignored));
            }
            const PortSet &blocked = state.ports.at(ports);
            QString notes;
            for (const NoteTemplate &note : rule.notes) {
                if (note.when.isTrue(context))
                    notes
                        += (notes.isEmpty() ? QString() : QStringLiteral(" ")) + note.text.evaluate(context);
            }
            for (qsizetype p = 0; p < block.protocols.size(); ++p) {
                const Protocol protocol = block.protocols.at(p);
                QStringList exceptions;
                for (const qsizetype index : std::as_const(incoming)) {
                    const FlowRecord &allowed = state.records.at(index);
                    const PortSet &allowedPorts = state.ports.at(allowed.keptPorts);
                    if (allowed.protocol != protocol || !allowedPorts.intersects(blocked))
                        continue;
                    exceptions.append(
                        Catalog::tr("%1 (%2 %3)")
                            .arg(state.design->hosts().at(allowed.source).id, rule.protocols.at(p),
                                allowedPorts.intersected(blocked).toString()));
                }
                QString rowNotes = notes;
                if (!exceptions.isEmpty()) {
                    rowNotes += (notes.isEmpty() ? QString() : QStringLiteral(" "))
                        + Catalog::tr(
                            "Except the allowed flows from %1, which stay allowed above this block.")
                              .arg(exceptions.join(QStringLiteral(", ")));
                }
                state.blockRows.append({&block, ports, state.internNotes(rowNotes), protocol});
            }
        }
        // In the matrix's order within the host: by protocol and first port.
        std::stable_sort(state.blockRows.begin() + first, state.blockRows.end(),
            [&state](const BlockRow &a, const BlockRow &b) {
                return std::pair(a.protocol, state.ports.at(a.ports).firstPort())
                    < std::pair(b.protocol, state.ports.at(b.ports).firstPort());
            });
        target.blocks = {first, int(state.blockRows.size() - first)};
        state.liveBlockRows += target.blocks.count;
    }
}

} // namespace portolan::steps
