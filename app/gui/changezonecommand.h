#pragma once

#include "model/zone.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/**
 * Changes one property of a zone (named by `property`), from the properties editor.
 * Consecutive edits of the same property of the same zone merge into one undo step.
 */
class ChangeZoneCommand : public QUndoCommand
{
public:
    ChangeZoneCommand(Document *document, const Zone &before, const Zone &after, const QString &property,
                      const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Zone &value);

    Document *m_document;
    Zone m_before;
    Zone m_after;
    QString m_property;
};

} // namespace portolan
