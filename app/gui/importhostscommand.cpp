#include "importhostscommand.h"

#include <QCoreApplication>

namespace portolan {

ImportHostsCommand::ImportHostsCommand(Document *document, const Design &fragment, QUndoCommand *parent)
    : PasteCommand(document, fragment, parent)
{
    setText(QCoreApplication::translate(
        "portolan::ImportHostsCommand", "Import %n hosts", nullptr, int(fragment.hosts().size())));
}

} // namespace portolan
