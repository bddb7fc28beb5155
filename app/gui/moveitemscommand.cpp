#include "moveitemscommand.h"

#include "document.h"

#include <QDateTime>

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

void MoveItemsCommand::setNudge(bool nudge)
{
    m_nudge = nudge;
    m_time = QDateTime::currentMSecsSinceEpoch();
}

int MoveItemsCommand::id() const
{
    return m_nudge ? 0x6e756467 : -1; // "nudg"
}

bool MoveItemsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const MoveItemsCommand *>(other);
    if (!next || !m_nudge || !next->m_nudge || next->m_time - m_time > NudgeBurstMs
        || next->m_hosts.size() != m_hosts.size() || next->m_zones.size() != m_zones.size())
        return false;
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i).id != next->m_hosts.at(i).id)
            return false;
    }
    for (qsizetype i = 0; i < m_zones.size(); ++i) {
        if (m_zones.at(i).id != next->m_zones.at(i).id)
            return false;
    }
    // Where the burst started stays; where it ends is the latest nudge's.
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        m_hosts[i].newPosition = next->m_hosts.at(i).newPosition;
        m_hosts[i].newZone = next->m_hosts.at(i).newZone;
    }
    for (qsizetype i = 0; i < m_zones.size(); ++i)
        m_zones[i].newArea = next->m_zones.at(i).newArea;
    m_time = next->m_time;
    return true;
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
