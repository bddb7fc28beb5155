#pragma once

#include "model/design.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/** Adds a copied fragment (zones, hosts and the links between them) in one step. */
class PasteCommand : public QUndoCommand
{
public:
    /// The fragment's ids must already be free in the document's design.
    PasteCommand(Document *document, const Design &fragment, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Design m_fragment;
};

} // namespace portolan
