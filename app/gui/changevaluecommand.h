#pragma once

#include "model/host.h"
#include "model/zone.h"

#include <QUndoCommand>

namespace portolan {

class Document;

/**
 * Changes one property (named by `property`) of a host or a zone, from an editor. Consecutive
 * edits of the same property of the same object merge into one undo step. Objects are named by
 * id, so the command survives the object being removed and restored by other commands.
 */
template <typename T> class ChangeValueCommand : public QUndoCommand
{
public:
    ChangeValueCommand(Document *document, const T &before, const T &after, const QString &property,
        const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_before(before)
        , m_after(after)
        , m_property(property)
    { }

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *change = static_cast<const ChangeValueCommand *>(other);
        if (change->m_after.id != m_after.id || change->m_property != m_property)
            return false;
        m_after = change->m_after;
        return true;
    }

private:
    void apply(const T &value);

    Document *m_document;
    T m_before;
    T m_after;
    QString m_property;
};

using ChangeHostCommand = ChangeValueCommand<Host>;
using ChangeZoneCommand = ChangeValueCommand<Zone>;

template <> int ChangeValueCommand<Host>::id() const;
template <> int ChangeValueCommand<Zone>::id() const;
template <> void ChangeValueCommand<Host>::apply(const Host &value);
template <> void ChangeValueCommand<Zone>::apply(const Zone &value);

} // namespace portolan
