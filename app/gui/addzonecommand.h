#pragma once

#include "model/zone.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/** Adds a zone. It starts empty: a host joins it when it is dropped or moved into its area. */
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
