#include "moveitemscommand.h"

#include "document.h"

namespace portolan {

MoveItemsCommand::MoveItemsCommand(
    Document *document, const QList<HostMove> &hosts, const QList<ZoneMove> &zones, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_hosts(hosts)
    , m_zones(zones)
{
    const int count = int(hosts.size() + zones.size());
    if (count == 1 && hosts.size() == 1) {
        const Host *host = document->design().host(hosts.first().id);
        const QString name = host ? host->displayName() : hosts.first().id;
        if (hosts.first().oldZone != hosts.first().newZone)
            setText(QCoreApplication::translate("portolan::MoveItemsCommand", "Move %1 to another zone")
                        .arg(name));
        else
            setText(QCoreApplication::translate("portolan::MoveItemsCommand", "Move %1").arg(name));
    } else {
        setText(QCoreApplication::translate("portolan::MoveItemsCommand", "Move %n items", nullptr, count));
    }
}

void MoveItemsCommand::redo()
{
    for (const ZoneMove &move : std::as_const(m_zones)) {
        if (const Zone *zone = m_document->design().zone(move.id)) {
            Zone changed = *zone;
            changed.area = move.newArea;
            m_document->setZone(changed);
        }
    }
    for (const HostMove &move : std::as_const(m_hosts)) {
        if (const Host *host = m_document->design().host(move.id)) {
            Host changed = *host;
            changed.position = move.newPosition;
            changed.hasPosition = true;
            changed.zone = move.newZone;
            m_document->setHost(changed);
        }
    }
}

void MoveItemsCommand::undo()
{
    for (const ZoneMove &move : std::as_const(m_zones)) {
        if (const Zone *zone = m_document->design().zone(move.id)) {
            Zone changed = *zone;
            changed.area = move.oldArea;
            m_document->setZone(changed);
        }
    }
    for (const HostMove &move : std::as_const(m_hosts)) {
        if (const Host *host = m_document->design().host(move.id)) {
            Host changed = *host;
            changed.position = move.oldPosition;
            changed.hasPosition = move.oldHasPosition;
            changed.zone = move.oldZone;
            m_document->setHost(changed);
        }
    }
}

} // namespace portolan
