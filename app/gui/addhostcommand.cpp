#include "addhostcommand.h"

#include "document.h"

namespace portolan {

AddHostCommand::AddHostCommand(Document *document, const Host &host, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_host(host)
{
    setText(QCoreApplication::translate("portolan::AddHostCommand", "Add %1").arg(host.displayName()));
}

void AddHostCommand::redo()
{
    m_document->insertHost(int(m_document->design().hosts().size()), m_host);
}

void AddHostCommand::undo()
{
    m_document->removeHost(m_host.id);
}

} // namespace portolan
