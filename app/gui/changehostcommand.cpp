#include "changehostcommand.h"

#include "document.h"

namespace portolan {

ChangeHostCommand::ChangeHostCommand(Document *document, const Host &before, const Host &after,
                                     const QString &property, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(before), m_after(after),
      m_property(property)
{
}

void ChangeHostCommand::redo() { apply(m_after); }
void ChangeHostCommand::undo() { apply(m_before); }
int ChangeHostCommand::id() const { return 0x484f5354; }

bool ChangeHostCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeHostCommand *>(other);
    if (change->m_after.id != m_after.id || change->m_property != m_property)
        return false;
    m_after = change->m_after;
    return true;
}

void ChangeHostCommand::apply(const Host &value)
{
    m_document->setHost(value);
}

} // namespace portolan
