#include "customflowscommand.h"

#include "document.h"

namespace portolan {

CustomFlowsCommand::CustomFlowsCommand(
    Document *document, const QList<CustomFlow> &after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->design().customFlows)
    , m_after(after)
{ }

void CustomFlowsCommand::redo()
{
    m_document->setCustomFlows(m_after);
}

void CustomFlowsCommand::undo()
{
    m_document->setCustomFlows(m_before);
}

} // namespace portolan
