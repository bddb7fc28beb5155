#pragma once

#include "model/link.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/** Links two hosts, as drawing a link on the canvas does. */
class AddLinkCommand : public QUndoCommand
{
public:
    AddLinkCommand(Document *document, const Link &link, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Link m_link;
};

} // namespace portolan
