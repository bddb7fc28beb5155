#include "pastecommand.h"

#include "document.h"

namespace portolan {

PasteCommand::PasteCommand(Document *document, const Design &fragment, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_fragment(fragment)
{
    setText(QCoreApplication::translate("portolan::PasteCommand", "Paste %n items", nullptr,
        int(fragment.hosts().size() + fragment.zones().size())));
}

void PasteCommand::redo()
{
    for (const Zone &zone : m_fragment.zones())
        m_document->insertZone(int(m_document->design().zones().size()), zone);
    for (const Host &host : m_fragment.hosts())
        m_document->insertHost(int(m_document->design().hosts().size()), host);
    for (const Link &link : m_fragment.links())
        m_document->insertLink(int(m_document->design().links().size()), link);
}

void PasteCommand::undo()
{
    for (const Link &link : m_fragment.links()) {
        const int index = m_document->linkIndex(link.a, link.b);
        if (index >= 0)
            m_document->removeLink(index);
    }
    for (const Host &host : m_fragment.hosts())
        m_document->removeHost(host.id);
    for (const Zone &zone : m_fragment.zones())
        m_document->removeZone(zone.id);
}

} // namespace portolan
