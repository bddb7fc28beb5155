#include "arrangecommand.h"

#include "document.h"

#include <QCoreApplication>

namespace portolan {

ArrangeCommand::ArrangeCommand(Document *document, AutoLayout::Mode mode, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    setText(mode == AutoLayout::Mode::RedoAll
            ? QCoreApplication::translate("portolan::ArrangeCommand", "Arrange all")
            : QCoreApplication::translate("portolan::ArrangeCommand", "Arrange"));
}

ArrangeCommand *ArrangeCommand::create(
    Document *document, const AutoLayout::Result &result, AutoLayout::Mode mode, QUndoCommand *parent)
{
    const Design &design = document->design();
    if (result.hostCentres.size() != design.hosts().size()
        || result.zoneAreas.size() != design.zones().size())
        return nullptr; // a layout of another design
    QList<Host> hostsBefore, hostsAfter;
    QList<Zone> zonesBefore, zonesAfter;
    for (int i = 0; i < design.hosts().size(); ++i) {
        const Host &host = design.hosts().at(i);
        if (host.hasPosition && host.position == result.hostCentres.at(i))
            continue;
        Host moved = host;
        moved.position = result.hostCentres.at(i);
        moved.hasPosition = true;
        hostsBefore.append(host);
        hostsAfter.append(moved);
    }
    for (int i = 0; i < design.zones().size(); ++i) {
        const Zone &zone = design.zones().at(i);
        if (zone.area == result.zoneAreas.at(i))
            continue;
        Zone moved = zone;
        moved.area = result.zoneAreas.at(i);
        zonesBefore.append(zone);
        zonesAfter.append(moved);
    }
    if (hostsAfter.isEmpty() && zonesAfter.isEmpty())
        return nullptr; // made only now: a child once made stays in its parent's list
    auto *command = new ArrangeCommand(document, mode, parent);
    command->m_hostsBefore = hostsBefore;
    command->m_hostsAfter = hostsAfter;
    command->m_zonesBefore = zonesBefore;
    command->m_zonesAfter = zonesAfter;
    return command;
}

void ArrangeCommand::redo()
{
    m_document->changeMany(m_hostsAfter, m_zonesAfter);
}

void ArrangeCommand::undo()
{
    m_document->changeMany(m_hostsBefore, m_zonesBefore);
}

} // namespace portolan
