#pragma once

#include "model/link.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/**
 * Changes one property of a link (named by `property`), from the properties editor.
 * Consecutive edits of the same property of the same link merge into one undo step.
 */
class ChangeLinkCommand : public QUndoCommand
{
public:
    ChangeLinkCommand(Document *document, const Link &before, const Link &after, const QString &property,
                      const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Link &value);

    Document *m_document;
    Link m_before;
    Link m_after;
    QString m_property;
};

} // namespace portolan
