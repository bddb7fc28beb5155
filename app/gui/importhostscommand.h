#pragma once

#include "pastecommand.h"

namespace portolan {

/** Adds the zones and hosts of an inventory import in one undo step. */
class ImportHostsCommand : public PasteCommand
{
public:
    /// The fragment's ids must already be free in the document's design.
    ImportHostsCommand(Document *document, const Design &fragment, QUndoCommand *parent = nullptr);
};

} // namespace portolan
