#pragma once

#include "layout/autolayout.h"

#include <QList>
#include <QUndoCommand>

namespace portolan {

class Document;

/**
 * Design > Arrange and Arrange All: gives hosts and zones the places an automatic layout found, in
 * one step. Keeps the hosts and zones as they were before, by id, and puts them back on undo.
 */
class ArrangeCommand : public QUndoCommand
{
public:
    /// The command for `result` (a layout of the document's design as it is now); null when the
    /// layout moves nothing.
    static ArrangeCommand *create(Document *document, const AutoLayout::Result &result, AutoLayout::Mode mode,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ArrangeCommand(Document *document, AutoLayout::Mode mode, QUndoCommand *parent);

    Document *m_document;
    QList<Host> m_hostsBefore, m_hostsAfter;
    QList<Zone> m_zonesBefore, m_zonesAfter;
};

} // namespace portolan
