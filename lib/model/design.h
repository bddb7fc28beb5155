#pragma once

#include "customflow.h"
#include "host.h"
#include "link.h"
#include "zone.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace portolan {

/**
 * A whole design: zones, hosts and links. A plain value; editors wrap it with undo and change
 * notification. Lookups by id go through indexes that every mutating call keeps current.
 */
class Design
{
public:
    QString name;
    QJsonObject extra; ///< unknown top-level keys, kept for a lossless round trip
    /// Flows the designers add by hand, each with a reason ("custom_flows"), in the order written.
    QList<CustomFlow> customFlows;

    const QList<Zone> &zones() const { return m_zones; }
    const QList<Host> &hosts() const { return m_hosts; }
    const QList<Link> &links() const { return m_links; }

    int zoneIndex(const QString &id) const { return m_zoneIndex.value(id, -1); }
    int hostIndex(const QString &id) const { return m_hostIndex.value(id, -1); }
    const Zone *zone(const QString &id) const;
    const Host *host(const QString &id) const;

    void addZone(const Zone &zone);
    void insertZone(int index, const Zone &zone);
    void setZone(int index, const Zone &zone);
    void removeZone(int index);

    void addHost(const Host &host);
    void insertHost(int index, const Host &host);
    void setHost(int index, const Host &host);
    void removeHost(int index);

    void addLink(const Link &link);
    void insertLink(int index, const Link &link);
    void setLink(int index, const Link &link);
    void removeLink(int index);
    // Changes of many objects at once, in one pass however many there are: a delete of many
    // items, its undo, a paste. Removals take distinct indexes in ascending order; insertions take
    // each object with the index it will have once all are in, in ascending order.
    void removeZones(const QList<int> &indexes);
    void insertZones(const QList<QPair<int, Zone>> &zones);
    void removeHosts(const QList<int> &indexes);
    void insertHosts(const QList<QPair<int, Host>> &hosts);
    void removeLinks(const QList<int> &indexes);
    void insertLinks(const QList<QPair<int, Link>> &links);

    // All the zones, hosts or links at once, as a reader builds them: one index pass, no copies.
    void setZones(QList<Zone> zones);
    void setHosts(QList<Host> hosts);
    void setLinks(QList<Link> links);

    /// Indexes of the links that touch the host, in link order.
    QList<int> linksOf(const QString &hostId) const;

    /// An id not used by any host or zone, built from the prefix ("nmc" -> "nmc-3").
    QString uniqueId(const QString &prefix) const;
    /// The index of the custom flow with that id, or -1.
    int customFlowIndex(const QString &id) const;
    /// A custom flow id not used yet ("c1", "c2", ...).
    QString uniqueCustomFlowId() const;

    friend bool operator==(const Design &a, const Design &b);

private:
    void reindexZones();
    void reindexHosts();

    QList<Zone> m_zones;
    QList<Host> m_hosts;
    QList<Link> m_links;
    QHash<QString, int> m_zoneIndex;
    QHash<QString, int> m_hostIndex;
};

bool operator==(const Zone &a, const Zone &b);
bool operator==(const Host &a, const Host &b);
bool operator==(const Link &a, const Link &b);

} // namespace portolan
