#include "addzonecommand.h"

#include "document.h"

namespace portolan {

AddZoneCommand::AddZoneCommand(Document *document, const Zone &zone, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_zone(zone)
{
    setText(QCoreApplication::translate("portolan::AddZoneCommand", "Add zone %1").arg(zone.name));
}

void AddZoneCommand::redo()
{
    m_document->insertZone(int(m_document->design().zones().size()), m_zone);
}

void AddZoneCommand::undo()
{
    m_document->removeZone(m_zone.id);
}

} // namespace portolan
