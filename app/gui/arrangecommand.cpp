#include "arrangecommand.h"

#include "document.h"

#include <QCoreApplication>

namespace portolan {

ArrangeCommand::ArrangeCommand(Document *document, AutoLayout::Mode mode)
    : m_document(document)
{
    setText(mode == AutoLayout::Mode::RedoAll
            ? QCoreApplication::translate("portolan::ArrangeCommand", "Arrange all")
            : QCoreApplication::translate("portolan::ArrangeCommand", "Arrange"));
}

ArrangeCommand *ArrangeCommand::create(
    Document *document, const AutoLayout::Result &result, AutoLayout::Mode mode)
{
    const Design &design = document->design();
    if (result.hostCentres.size() != design.hosts().size()
        || result.zoneAreas.size() != design.zones().size())
        return nullptr; // a layout of another design
    auto *command = new ArrangeCommand(document, mode);
    for (int i = 0; i < design.hosts().size(); ++i) {
        const Host &host = design.hosts().at(i);
        if (host.hasPosition && host.position == result.hostCentres.at(i))
            continue;
        Host moved = host;
        moved.position = result.hostCentres.at(i);
        moved.hasPosition = true;
        command->m_hostsBefore.append(host);
        command->m_hostsAfter.append(moved);
    }
    for (int i = 0; i < design.zones().size(); ++i) {
        const Zone &zone = design.zones().at(i);
        if (zone.area == result.zoneAreas.at(i))
            continue;
        Zone moved = zone;
        moved.area = result.zoneAreas.at(i);
        command->m_zonesBefore.append(zone);
        command->m_zonesAfter.append(moved);
    }
    if (command->m_hostsAfter.isEmpty() && command->m_zonesAfter.isEmpty()) {
        delete command;
        return nullptr;
    }
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
