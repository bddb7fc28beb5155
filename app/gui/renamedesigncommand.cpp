#include "renamedesigncommand.h"

#include "document.h"

namespace portolan {

RenameDesignCommand::RenameDesignCommand(Document *document, const QString &name, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("portolan::RenameDesignCommand", "Rename design"), parent)
    , m_document(document)
    , m_before(document->design().name)
    , m_after(name)
{ }

void RenameDesignCommand::redo()
{
    m_document->setDesignName(m_after);
}

void RenameDesignCommand::undo()
{
    m_document->setDesignName(m_before);
}

bool RenameDesignCommand::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const RenameDesignCommand *>(other)->m_after;
    return true;
}

} // namespace portolan
