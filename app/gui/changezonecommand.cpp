#include "changezonecommand.h"

#include "document.h"

namespace portolan {

ChangeZoneCommand::ChangeZoneCommand(Document *document, const Zone &before, const Zone &after,
                                     const QString &property, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(before), m_after(after),
      m_property(property)
{
}

void ChangeZoneCommand::redo() { apply(m_after); }
void ChangeZoneCommand::undo() { apply(m_before); }
int ChangeZoneCommand::id() const { return 0x5a4f4e45; }

bool ChangeZoneCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeZoneCommand *>(other);
    if (change->m_after.id != m_after.id || change->m_property != m_property)
        return false;
    m_after = change->m_after;
    return true;
}

void ChangeZoneCommand::apply(const Zone &value)
{
    m_document->setZone(value);
}

} // namespace portolan
