#include "addlinkcommand.h"

#include "document.h"

namespace portolan {

AddLinkCommand::AddLinkCommand(Document *document, const Link &link, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_link(link)
{
    const Host *a = document->design().host(link.a);
    const Host *b = document->design().host(link.b);
    setText(QCoreApplication::translate("portolan::AddLinkCommand", "Link %1 and %2")
                .arg(a ? a->displayName() : link.a, b ? b->displayName() : link.b));
}

void AddLinkCommand::redo()
{
    m_document->insertLink(int(m_document->design().links().size()), m_link);
}

void AddLinkCommand::undo()
{
    const int index = m_document->linkIndex(m_link.a, m_link.b);
    if (index >= 0)
        m_document->removeLink(index);
}

} // namespace portolan
