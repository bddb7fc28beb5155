#pragma once

#include "model/host.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/**
 * Changes one property of a host (named by `property`), from the properties editor.
 * Consecutive edits of the same property of the same host merge into one undo step.
 */
class ChangeHostCommand : public QUndoCommand
{
public:
    ChangeHostCommand(Document *document, const Host &before, const Host &after, const QString &property,
                      const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Host &value);

    Document *m_document;
    Host m_before;
    Host m_after;
    QString m_property;
};

} // namespace portolan
