#include "csvmatrixexport.h"

#include "flowmatrix.h"
#include "io/csvwriter.h"

namespace portolan {

bool CsvMatrixExport::render(const ExportInput &input, QByteArray *data, QString *) const
{
    const Design &design = input.design;
    CsvWriter csv(input.options.byteOrderMark);
    // Column names are a stable interface for scripts: not translated.
    csv.addRow(
        {QStringLiteral("Zone pair"), QStringLiteral("Source zone"), QStringLiteral("Destination zone"),
            QStringLiteral("Source"), QStringLiteral("Source address"), QStringLiteral("Destination"),
            QStringLiteral("Destination address"), QStringLiteral("Protocol"), QStringLiteral("Ports"),
            QStringLiteral("Source ports"), QStringLiteral("Action"), QStringLiteral("Service"),
            QStringLiteral("Rule"), QStringLiteral("Reference"), QStringLiteral("Crosses firewall"),
            QStringLiteral("Notes"), QStringLiteral("Source id"), QStringLiteral("Destination id")});
    const auto address
        = [](const Host &host) { return host.address.isNull() ? QString() : host.address.toString(); };
    for (const FlowMatrix::Group &group : FlowMatrix::groups(design, input.derivation)) {
        const QString pair = FlowMatrix::pairTitle(design, group);
        const QString destinationZone = FlowMatrix::zoneName(design, group.destinationZone);
        const QString sourceZone = group.anySource ? tr("Any outside %1").arg(destinationZone)
                                                   : FlowMatrix::zoneName(design, group.sourceZone);
        for (const int index : group.flows) {
            const Flow &flow = input.derivation.flows.at(index);
            const Host *source = flow.source == Flow::AnySource ? nullptr : &design.hosts().at(flow.source);
            const Host &destination = design.hosts().at(flow.destination);
            csv.addRow({pair, sourceZone, destinationZone, source ? source->displayName() : tr("any"),
                source ? address(*source) : QString(), destination.displayName(), address(destination),
                protocolName(flow.protocol), flow.ports.toString(), flow.sourcePorts.toString(),
                actionName(flow.action), flow.service, flow.rule, flow.reference,
                flow.crossesZones ? tr("yes") : tr("no (within one zone)"), flow.notes,
                source ? source->id : tr("any"), destination.id});
        }
    }
    *data = csv.data();
    return true;
}

} // namespace portolan
