#pragma once

#include "model/customflow.h"

#include <QList>
#include <QUndoCommand>

namespace portolan {

class Document;

/**
 * Replaces the design's custom flows: an add, an edit or a removal of one, or the removal of
 * those a host delete leaves without an end. The list is short, so the command keeps it whole
 * before and after.
 */
class CustomFlowsCommand : public QUndoCommand
{
public:
    CustomFlowsCommand(Document *document, const QList<CustomFlow> &after, const QString &text,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QList<CustomFlow> m_before;
    QList<CustomFlow> m_after;
};

} // namespace portolan
