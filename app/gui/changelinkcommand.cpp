#include "changelinkcommand.h"

#include "document.h"

namespace portolan {

ChangeLinkCommand::ChangeLinkCommand(Document *document, const Link &before, const Link &after,
                                     const QString &property, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(before), m_after(after),
      m_property(property)
{
}

void ChangeLinkCommand::redo() { apply(m_after); }
void ChangeLinkCommand::undo() { apply(m_before); }
int ChangeLinkCommand::id() const { return 0x4c494e4b; }

bool ChangeLinkCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeLinkCommand *>(other);
    if (change->m_after.a != m_after.a || change->m_after.b != m_after.b || change->m_property != m_property)
        return false;
    m_after = change->m_after;
    return true;
}

void ChangeLinkCommand::apply(const Link &value)
{
    const int index = m_document->linkIndex(value.a, value.b);
    if (index >= 0)
        m_document->setLink(index, value);
}

} // namespace portolan
