#pragma once

#include "model/host.h"
#include "model/link.h"
#include "model/zone.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QUndoCommand>

namespace portolan {

class Document;

/**
 * Deletes hosts, links and zones in one step. Links of a deleted host go with it; hosts of a
 * deleted zone stay and leave the zone. Undo puts everything back at its former index.
 */
class RemoveItemsCommand : public QUndoCommand
{
public:
    using HostPair = QPair<QString, QString>;
    RemoveItemsCommand(Document *document, const QStringList &hostIds, const QList<HostPair> &links,
        const QStringList &zoneIds, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QStringList m_hostIds;
    QList<HostPair> m_linkPairs;
    QStringList m_zoneIds;

    // Filled on redo, in ascending index order.
    QList<QPair<int, Host>> m_hosts;
    QList<QPair<int, Link>> m_links;
    QList<QPair<int, Zone>> m_zones;
    QList<Host> m_zoneMembers; ///< hosts as they were before their zone went
};

} // namespace portolan
