#include "importhostscommand.h"

#include "arrangecommand.h"
#include "document.h"
#include "pastecommand.h"

#include "layout/autolayout.h"

#include <QCoreApplication>

namespace portolan {

ImportHostsCommand::ImportHostsCommand(Document *document, const Design &fragment, QUndoCommand *parent)
    : QUndoCommand(parent)
{
    setText(QCoreApplication::translate(
        "portolan::ImportHostsCommand", "Import %n hosts", nullptr, int(fragment.hosts().size())));
    // Lay out the design as it will be, keeping every place already set: the new hosts and zones
    // come after the design's own, in fragment order.
    const Design &design = document->design();
    Design combined = design;
    for (const Zone &zone : fragment.zones())
        combined.addZone(zone);
    for (const Host &host : fragment.hosts())
        combined.addHost(host);
    const AutoLayout::Result layout = *AutoLayout::arrange(combined, AutoLayout::Mode::KeepSet);
    const qsizetype hosts = design.hosts().size();
    const qsizetype zones = design.zones().size();

    Design placed = fragment;
    for (int i = 0; i < fragment.hosts().size(); ++i) {
        Host host = fragment.hosts().at(i);
        host.position = layout.hostCentres.at(hosts + i);
        host.hasPosition = true;
        placed.setHost(i, host);
    }
    for (int i = 0; i < fragment.zones().size(); ++i) {
        Zone zone = fragment.zones().at(i);
        zone.area = layout.zoneAreas.at(zones + i);
        placed.setZone(i, zone);
    }
    new PasteCommand(document, placed, this);
    // What already was in the design and the layout moved: a zone grown, what lies below it.
    AutoLayout::Result before;
    before.hostCentres = layout.hostCentres.mid(0, hosts);
    before.zoneAreas = layout.zoneAreas.mid(0, zones);
    ArrangeCommand::create(document, before, AutoLayout::Mode::KeepSet, this);
}

} // namespace portolan
