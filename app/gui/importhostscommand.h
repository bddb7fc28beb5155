#pragma once

#include <QUndoCommand>

namespace portolan {

class Design;
class Document;

/**
 * Adds the zones and hosts of an inventory import in one undo step. Each new host gets its place
 * as the layout keeping every place already set gives it (AutoLayout::Mode::KeepSet): in a free
 * cell of its zone's grid, never on a card already there; a zone too small for its new hosts grows
 * in the same step (and what the layout moves to make room for it moves with it).
 */
class ImportHostsCommand : public QUndoCommand
{
public:
    /// The fragment's ids must already be free in the document's design.
    ImportHostsCommand(Document *document, const Design &fragment, QUndoCommand *parent = nullptr);
};

} // namespace portolan
