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
    apply(true);
}

void MoveItemsCommand::undo()
{
    apply(false);
}

void MoveItemsCommand::apply(bool forward)
{
    // One change for every item moved, so a move of thousands costs what one of a few does.
    const Design &design = m_document->design();
    QList<Zone> zones;
    for (const ZoneMove &move : std::as_const(m_zones)) {
        if (const Zone *zone = design.zone(move.id)) {
            Zone changed = *zone;
            changed.area = forward ? move.newArea : move.oldArea;
            zones.append(changed);
        }
    }
    QList<Host> hosts;
    for (const HostMove &move : std::as_const(m_hosts)) {
        if (const Host *host = design.host(move.id)) {
            Host changed = *host;
            changed.position = forward ? move.newPosition : move.oldPosition;
            changed.hasPosition = forward || move.oldHasPosition;
            changed.zone = forward ? move.newZone : move.oldZone;
            hosts.append(changed);
        }
    }
    m_document->changeMany(hosts, zones);
}

} // namespace portolan
