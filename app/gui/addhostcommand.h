#pragma once

#include "model/host.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/** Adds one host, as a palette drop does. */
class AddHostCommand : public QUndoCommand
{
public:
    AddHostCommand(Document *document, const Host &host, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Host m_host;
};

} // namespace portolan
