#include "removeitemscommand.h"

#include "document.h"

#include <QSet>

#include <algorithm>

namespace portolan {

RemoveItemsCommand::RemoveItemsCommand(Document *document, const QStringList &hostIds,
    const QList<HostPair> &links, const QStringList &zoneIds, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_hostIds(hostIds)
    , m_linkPairs(links)
    , m_zoneIds(zoneIds)
{
    const qsizetype count = hostIds.size() + links.size() + zoneIds.size();
    if (count == 1 && hostIds.size() == 1) {
        const Host *host = document->design().host(hostIds.first());
        setText(QCoreApplication::translate("portolan::RemoveItemsCommand", "Delete %1")
                    .arg(host ? host->displayName() : hostIds.first()));
    } else {
        setText(QCoreApplication::translate(
            "portolan::RemoveItemsCommand", "Delete %n items", nullptr, int(count)));
    }
}

void RemoveItemsCommand::redo()
{
    // However many objects go, the design and the views see one change (see Document::removeMany).
    const Design &design = m_document->design();
    m_hosts.clear();
    m_links.clear();
    m_zones.clear();
    m_zoneMembers.clear();

    const QSet<QString> hostSet(m_hostIds.cbegin(), m_hostIds.cend());
    const QList<int> named = m_document->linkIndexes(m_linkPairs);
    QSet<int> linkIndexes(named.cbegin(), named.cend());
    for (int i = 0; i < design.links().size(); ++i) {
        const Link &link = design.links().at(i);
        if (hostSet.contains(link.a) || hostSet.contains(link.b))
            linkIndexes.insert(i);
    }
    for (int index : std::as_const(linkIndexes))
        m_links.append({index, design.links().at(index)});
    for (const QString &id : std::as_const(m_hostIds)) {
        const int index = design.hostIndex(id);
        if (index >= 0)
            m_hosts.append({index, design.hosts().at(index)});
    }
    const QSet<QString> zoneSet(m_zoneIds.cbegin(), m_zoneIds.cend());
    for (const QString &id : std::as_const(m_zoneIds)) {
        const int index = design.zoneIndex(id);
        if (index >= 0)
            m_zones.append({index, design.zones().at(index)});
    }
    for (const Host &host : design.hosts()) {
        if (!host.zone.isEmpty() && zoneSet.contains(host.zone) && !hostSet.contains(host.id))
            m_zoneMembers.append(host);
    }
    const auto byIndex = [](const auto &x, const auto &y) { return x.first < y.first; };
    std::sort(m_hosts.begin(), m_hosts.end(), byIndex);
    std::sort(m_links.begin(), m_links.end(), byIndex);
    std::sort(m_zones.begin(), m_zones.end(), byIndex);
    m_hosts.erase(std::unique(m_hosts.begin(), m_hosts.end(),
                      [](const auto &x, const auto &y) { return x.first == y.first; }),
        m_hosts.end());
    m_zones.erase(std::unique(m_zones.begin(), m_zones.end(),
                      [](const auto &x, const auto &y) { return x.first == y.first; }),
        m_zones.end());

    // Hosts of a deleted zone stay, in no zone.
    QList<Host> leaving;
    leaving.reserve(m_zoneMembers.size());
    for (Host host : std::as_const(m_zoneMembers)) {
        host.zone.clear();
        leaving.append(host);
    }
    m_document->changeMany(leaving, {});
    QList<int> links;
    QStringList hosts, zones;
    for (const auto &link : std::as_const(m_links))
        links.append(link.first);
    for (const auto &host : std::as_const(m_hosts))
        hosts.append(host.second.id);
    for (const auto &zone : std::as_const(m_zones))
        zones.append(zone.second.id);
    m_document->removeMany(links, hosts, zones);
}

void RemoveItemsCommand::undo()
{
    // Everything back at its former index, in one change.
    m_document->insertMany(m_zones, m_hosts, m_links);
    m_document->changeMany(m_zoneMembers, {});
}

} // namespace portolan
