#pragma once

#include "model/zone.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/** Adds a zone; hosts whose centre falls in its area join it. */
class AddZoneCommand : public QUndoCommand
{
public:
    AddZoneCommand(Document *document, const Zone &zone, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Zone m_zone;
};

} // namespace portolan
