#include "design.h"

#include <algorithm>
#include <utility>

namespace portolan {

namespace {

/// Removes the items at `indexes` (ascending, distinct) from the list, moving each survivor once.
template <typename T> void removeSorted(QList<T> &list, const QList<int> &indexes)
{
    if (indexes.isEmpty())
        return;
    Q_ASSERT(std::is_sorted(indexes.cbegin(), indexes.cend()));
    QList<T> kept;
    kept.reserve(list.size() - indexes.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (next < indexes.size() && indexes.at(next) == i)
            ++next;
        else
            kept.append(std::move(list[i]));
    }
    Q_ASSERT(next == indexes.size());
    list = std::move(kept);
}

/// Puts each item at the index it has in the result (ascending), the others keeping their order.
template <typename T> void insertSorted(QList<T> &list, const QList<QPair<int, T>> &items)
{
    if (items.isEmpty())
        return;
    QList<T> merged;
    merged.reserve(list.size() + items.size());
    qsizetype old = 0;
    for (const QPair<int, T> &item : items) {
        Q_ASSERT(item.first >= merged.size() && item.first <= merged.size() + list.size() - old);
        while (merged.size() < item.first)
            merged.append(std::move(list[old++]));
        merged.append(item.second);
    }
    while (old < list.size())
        merged.append(std::move(list[old++]));
    list = std::move(merged);
}

} // namespace

const Zone *Design::zone(const QString &id) const
{
    const int index = zoneIndex(id);
    return index < 0 ? nullptr : &m_zones.at(index);
}

const Host *Design::host(const QString &id) const
{
    const int index = hostIndex(id);
    return index < 0 ? nullptr : &m_hosts.at(index);
}

void Design::addZone(const Zone &zone)
{
    m_zoneIndex.insert(zone.id, int(m_zones.size()));
    m_zones.append(zone);
}

void Design::insertZone(int index, const Zone &zone)
{
    m_zones.insert(index, zone);
    reindexZones();
}

void Design::setZone(int index, const Zone &zone)
{
    const bool idChanged = m_zones.at(index).id != zone.id;
    m_zones[index] = zone;
    if (idChanged)
        reindexZones();
}

void Design::removeZone(int index)
{
    m_zones.removeAt(index);
    reindexZones();
}

void Design::addHost(const Host &host)
{
    m_hostIndex.insert(host.id, int(m_hosts.size()));
    m_hosts.append(host);
}

void Design::insertHost(int index, const Host &host)
{
    m_hosts.insert(index, host);
    reindexHosts();
}

void Design::setHost(int index, const Host &host)
{
    const bool idChanged = m_hosts.at(index).id != host.id;
    m_hosts[index] = host;
    if (idChanged)
        reindexHosts();
}

void Design::removeHost(int index)
{
    m_hosts.removeAt(index);
    reindexHosts();
}

void Design::addLink(const Link &link)
{
    m_links.append(link);
}

void Design::insertLink(int index, const Link &link)
{
    m_links.insert(index, link);
}

void Design::setLink(int index, const Link &link)
{
    m_links[index] = link;
}

void Design::removeLink(int index)
{
    m_links.removeAt(index);
}

void Design::removeZones(const QList<int> &indexes)
{
    removeSorted(m_zones, indexes);
    reindexZones();
}

void Design::insertZones(const QList<QPair<int, Zone>> &zones)
{
    insertSorted(m_zones, zones);
    reindexZones();
}

void Design::removeHosts(const QList<int> &indexes)
{
    removeSorted(m_hosts, indexes);
    reindexHosts();
}

void Design::insertHosts(const QList<QPair<int, Host>> &hosts)
{
    insertSorted(m_hosts, hosts);
    reindexHosts();
}

void Design::removeLinks(const QList<int> &indexes)
{
    removeSorted(m_links, indexes);
}

void Design::insertLinks(const QList<QPair<int, Link>> &links)
{
    insertSorted(m_links, links);
}

QList<int> Design::linksOf(const QString &hostId) const
{
    QList<int> result;
    for (int i = 0; i < m_links.size(); ++i) {
        if (m_links.at(i).a == hostId || m_links.at(i).b == hostId)
            result.append(i);
    }
    return result;
}

QString Design::uniqueId(const QString &prefix) const
{
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QLatin1Char('-') + QString::number(n);
        if (!m_hostIndex.contains(candidate) && !m_zoneIndex.contains(candidate))
            return candidate;
    }
}

int Design::customFlowIndex(const QString &id) const
{
    for (int i = 0; i < customFlows.size(); ++i) {
        if (customFlows.at(i).id == id)
            return i;
    }
    return -1;
}

QString Design::uniqueCustomFlowId() const
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("c") + QString::number(n);
        if (customFlowIndex(candidate) < 0)
            return candidate;
    }
}

void Design::setZones(QList<Zone> zones)
{
    m_zones = std::move(zones);
    reindexZones();
}

void Design::setHosts(QList<Host> hosts)
{
    m_hosts = std::move(hosts);
    reindexHosts();
}

void Design::setLinks(QList<Link> links)
{
    m_links = std::move(links);
}

void Design::reindexZones()
{
    m_zoneIndex.clear();
    m_zoneIndex.reserve(m_zones.size());
    for (int i = 0; i < m_zones.size(); ++i)
        m_zoneIndex.insert(m_zones.at(i).id, i);
}

void Design::reindexHosts()
{
    m_hostIndex.clear();
    m_hostIndex.reserve(m_hosts.size());
    for (int i = 0; i < m_hosts.size(); ++i)
        m_hostIndex.insert(m_hosts.at(i).id, i);
}

bool operator==(const Zone &a, const Zone &b)
{
    return a.id == b.id && a.name == b.name && a.subnets == b.subnets && a.area == b.area
        && a.extra == b.extra;
}

bool operator==(const Host &a, const Host &b)
{
    return a.id == b.id && a.type == b.type && a.name == b.name && a.zone == b.zone && a.address == b.address
        && a.params == b.params && a.position == b.position && a.hasPosition == b.hasPosition
        && a.extra == b.extra;
}

bool operator==(const Link &a, const Link &b)
{
    return a.a == b.a && a.b == b.b && a.params == b.params && a.extra == b.extra;
}

bool operator==(const Design &a, const Design &b)
{
    return a.name == b.name && a.extra == b.extra && a.m_zones == b.m_zones && a.m_hosts == b.m_hosts
        && a.m_links == b.m_links && a.customFlows == b.customFlows;
}

} // namespace portolan
