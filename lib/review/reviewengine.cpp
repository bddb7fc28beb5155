#include "reviewengine.h"

#include "readersupport.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace portolan {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Required:
        return QStringLiteral("required");
    case Verdict::PartlyRequired:
        return QStringLiteral("partly-required");
    case Verdict::NotRequired:
        return QStringLiteral("not-required");
    case Verdict::Forbidden:
        return QStringLiteral("forbidden");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Conflicts:
        return QStringLiteral("conflicts");
    case Verdict::Consistent:
        return QStringLiteral("consistent");
    case Verdict::Shadowed:
        return QStringLiteral("shadowed");
    }
    return QString();
}

QList<Verdict> allVerdicts()
{
    return {Verdict::Required, Verdict::PartlyRequired, Verdict::NotRequired, Verdict::Forbidden,
        Verdict::Unknown, Verdict::Conflicts, Verdict::Consistent, Verdict::Shadowed};
}

int ReviewResult::count(Verdict verdict) const
{
    return int(std::count_if(requests.cbegin(), requests.cend(),
        [verdict](const ReviewedRequest &request) { return request.verdict == verdict; }));
}

int ReviewResult::exitStatus() const
{
    for (const ReviewedRequest &request : requests) {
        if (request.request.action == Action::Allow && request.verdict != Verdict::Required)
            return 1;
    }
    return missing.isEmpty() ? 0 : 1;
}

namespace {

using review::ReaderSupport;

const PortSet &icmpPorts()
{
    static const PortSet ports = PortSet::single(0); // ICMP has no port: one pseudo port stands for it
    return ports;
}

/** Tuples of one protocol: every source of `sources` to every destination of `destinations`. */
struct Box
{
    HostSet sources;
    HostSet destinations;
    Protocol protocol = Protocol::Tcp;
    PortSet ports;
};

/** Part of what a rule decides at one destination host. */
struct Piece
{
    int request = -1;
    Protocol protocol = Protocol::Tcp;
    HostSet sources;
    PortSet ports;
    int scope = 0;
    PortSet sourcePorts; ///< the rule matches only these source ports; empty: any
};

/// Does a rule that matches only `decidedSourcePorts` decide packets from `sourcePorts`?
bool decidesSourcePorts(const PortSet &decidedSourcePorts, const PortSet &sourcePorts)
{
    return decidedSourcePorts.isEmpty()
        || (!sourcePorts.isEmpty() && sourcePorts.subtracted(decidedSourcePorts).isEmpty());
}

struct DestinationPiece
{
    int destination = -1;
    Piece piece;
};

struct OneWayTarget
{
    int source = -1; ///< the flow's destination: the host that must not connect back
    Protocol protocol = Protocol::Tcp;
    PortSet ports;
    const OneWayRule *rule = nullptr;
};

QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

bool disjoint(const Box &a, const Box &b)
{
    return a.protocol != b.protocol || !a.ports.intersects(b.ports) || !a.sources.intersects(b.sources)
        || !a.destinations.intersects(b.destinations);
}

bool isEmpty(const Box &box)
{
    return box.ports.isEmpty() || box.sources.isEmpty() || box.destinations.isEmpty();
}

/// a minus b, as disjoint boxes.
QList<Box> subtract(const Box &a, const Box &b)
{
    if (disjoint(a, b))
        return {a};
    QList<Box> out;
    const HostSet commonSources = a.sources.intersected(b.sources);
    const HostSet commonDestinations = a.destinations.intersected(b.destinations);
    Box outsideSources {a.sources.subtracted(b.sources), a.destinations, a.protocol, a.ports};
    Box outsideDestinations {commonSources, a.destinations.subtracted(b.destinations), a.protocol, a.ports};
    Box otherPorts {commonSources, commonDestinations, a.protocol, a.ports.subtracted(b.ports)};
    for (Box *box : {&outsideSources, &outsideDestinations, &otherPorts}) {
        if (!isEmpty(*box))
            out.append(std::move(*box));
    }
    return out;
}

QList<Box> subtract(const QList<Box> &list, const QList<Box> &cut)
{
    QList<Box> result = list;
    for (const Box &b : cut) {
        QList<Box> next;
        for (const Box &a : std::as_const(result))
            next += subtract(a, b);
        result = next;
    }
    return result;
}

QList<Box> intersect(const QList<Box> &a, const QList<Box> &b)
{
    QList<Box> out;
    for (const Box &x : a) {
        for (const Box &y : b) {
            if (x.protocol != y.protocol)
                continue;
            Box box {x.sources.intersected(y.sources), x.destinations.intersected(y.destinations), x.protocol,
                x.ports.intersected(y.ports)};
            if (!isEmpty(box))
                out.append(box);
        }
    }
    return out;
}

/// Pairs of (source, destination), a host to itself left out, times the ports.
qint64 tupleCount(const HostSet &sources, const HostSet &destinations, const PortSet &ports)
{
    const qint64 pairs
        = qint64(sources.count()) * destinations.count() - sources.intersected(destinations).count();
    return pairs * ports.portCount();
}

/// Sources at one destination, the destination itself left out: any left?
bool hasOtherSource(const HostSet &sources, int destination)
{
    return sources.count() > (sources.contains(destination) ? 1 : 0);
}

/**
 * Collects tuple groups: one per key, destinations gathered; past `cap` groups, the rest fold into
 * one summarised group per protocol and rule.
 */
class GroupCollector
{
public:
    /// With mergeDestinations false, each destination keeps groups of its own.
    GroupCollector(int universe, bool mergeDestinations)
        : m_universe(universe)
        , m_merge(mergeDestinations)
    { }

    void add(const HostSet &sources, int destination, Protocol protocol, const PortSet &ports,
        const QString &rule, const QString &reference, qint64 tuples)
    {
        QString key = QString::number(qHash(sources)) + QLatin1Char('|') + QString::number(int(protocol))
            + QLatin1Char('|') + ports.toString() + QLatin1Char('|') + rule;
        if (!m_merge)
            key += QLatin1Char('|') + QString::number(destination);
        auto found = m_index.constFind(key);
        int index = -1;
        if (found != m_index.cend() && m_groups.at(*found).group.sources == sources) {
            index = *found;
        } else {
            index = int(m_groups.size());
            m_index.insert(key, index);
            Entry entry;
            entry.group.sources = sources;
            entry.group.protocol = protocol;
            entry.group.ports = ports;
            entry.group.rule = rule;
            entry.group.reference = reference;
            m_groups.append(entry);
        }
        Entry &entry = m_groups[index];
        entry.destinations.append(destination);
        entry.group.tuples += tuples;
    }

    qint64 tuples() const
    {
        qint64 sum = 0;
        for (const Entry &entry : m_groups)
            sum += entry.group.tuples;
        return sum;
    }

    bool isEmpty() const { return m_groups.isEmpty(); }

    QList<TupleGroup> take(int cap)
    {
        QList<TupleGroup> out;
        QHash<QString, int> folded;
        for (qsizetype i = 0; i < m_groups.size(); ++i) {
            Entry &entry = m_groups[i];
            TupleGroup group = entry.group;
            group.destinations = HostSet::of(m_universe, entry.destinations);
            if (group.protocol == Protocol::Icmp)
                group.ports = PortSet();
            if (out.size() < cap) {
                out.append(group);
                continue;
            }
            const QString key = QString::number(int(group.protocol)) + QLatin1Char('|') + group.rule;
            if (!folded.contains(key)) {
                folded.insert(key, int(out.size()));
                group.summarised = true;
                out.append(group);
                continue;
            }
            TupleGroup &summary = out[folded.value(key)];
            summary.sources = summary.sources.united(group.sources);
            summary.destinations = summary.destinations.united(group.destinations);
            for (const PortRange &range : group.ports.ranges())
                summary.ports.add(range);
            summary.tuples += group.tuples;
        }
        return out;
    }

private:
    struct Entry
    {
        TupleGroup group;
        QList<int> destinations;
    };
    int m_universe;
    bool m_merge;
    QList<Entry> m_groups;
    QHash<QString, int> m_index;
};

/** The design as the review looks it up: hosts by address, name and zone; flows by destination. */
class Context
{
public:
    Context(
        const Design &design, const Derivation &derivation, const Catalog &catalog, const QString &fileName)
        : m_fileName(fileName)
        , m_design(design)
        , m_derivation(derivation)
        , m_n(int(design.hosts().size()))
    {
        QHash<QString, int> zoneIndex;
        m_zoneOf.resize(m_n);
        QList<QList<int>> zoneHosts;
        QList<int> withAddress;
        for (int h = 0; h < m_n; ++h) {
            const Host &host = design.hosts().at(h);
            auto found = zoneIndex.constFind(host.zone);
            if (found == zoneIndex.cend()) {
                found = zoneIndex.insert(host.zone, int(m_zoneNames.size()));
                m_zoneNames.append(host.zone);
                zoneHosts.append(QList<int>());
            }
            m_zoneOf[h] = *found;
            zoneHosts[*found].append(h);
            m_byName[host.id].append(h);
            if (!host.name.isEmpty() && host.name != host.id)
                m_byName[host.name].append(h);
            if (host.address.protocol() == QAbstractSocket::IPv4Protocol) {
                m_v4.append({host.address.toIPv4Address(), h});
                withAddress.append(h);
            } else if (host.address.protocol() == QAbstractSocket::IPv6Protocol) {
                const Q_IPV6ADDR bytes = host.address.toIPv6Address();
                m_v6.append({QByteArray(reinterpret_cast<const char *>(bytes.c), 16), h});
                withAddress.append(h);
            }
        }
        for (const QList<int> &hosts : std::as_const(zoneHosts)) {
            m_zoneMembers.append(HostSet::of(m_n, hosts));
            m_outside.append(m_zoneMembers.last().complemented());
        }
        m_withAddress = HostSet::of(m_n, withAddress);
        std::sort(m_v4.begin(), m_v4.end());
        std::sort(m_v6.begin(), m_v6.end());

        m_allowedInto.resize(m_n);
        m_blocksInto.resize(m_n);
        m_oneWayInto.resize(m_n);
        for (int f = 0; f < derivation.flows.size(); ++f) {
            const Flow &flow = derivation.flows.at(f);
            if (flow.destination < 0 || flow.destination >= m_n)
                continue;
            if (flow.action == Action::Block) {
                m_blocksInto[flow.destination].append(f);
                continue;
            }
            if (flow.source < 0 || flow.source >= m_n)
                continue;
            m_allowedInto[flow.destination].append(f);
            // A one-way flow forbids its reverse: from its destination to its source.
            const OneWayRule *oneWay = catalog.oneWayRule(
                flow.rule, design.hosts().at(flow.source).type, design.hosts().at(flow.destination).type);
            if (oneWay)
                m_oneWayInto[flow.source].append(
                    OneWayTarget {flow.destination, flow.protocol, ports(flow), oneWay});
        }
    }

    int hostCount() const { return m_n; }
    const Design &design() const { return m_design; }
    const Flow &flow(int index) const { return m_derivation.flows.at(index); }
    const QList<int> &allowedInto(int host) const { return m_allowedInto.at(host); }
    const QList<int> &blocksInto(int host) const { return m_blocksInto.at(host); }
    const QList<OneWayTarget> &oneWayInto(int host) const { return m_oneWayInto.at(host); }
    int zoneOf(int host) const { return m_zoneOf.at(host); }
    const QStringList &zoneNames() const { return m_zoneNames; }
    const HostSet &zoneMembers(int zone) const { return m_zoneMembers.at(zone); }

    static PortSet ports(const Flow &flow)
    {
        return flow.protocol == Protocol::Icmp ? icmpPorts() : flow.ports;
    }

    /// The ports the design allows from one host to another.
    PortSet allowedPorts(int source, int destination, Protocol protocol) const
    {
        PortSet result;
        for (const int f : m_allowedInto.at(destination)) {
            const Flow &flow = m_derivation.flows.at(f);
            if (flow.source == source && flow.protocol == protocol) {
                const PortSet flowPorts = ports(flow);
                for (const PortRange &range : flowPorts.ranges())
                    result.add(range);
            }
        }
        return result;
    }

    const HostSet &outsideZoneOf(int host) const { return m_outside.at(m_zoneOf.at(host)); }

    /// The hosts a side covers; when none, why in *why. False with *error for an unknown zone.
    bool resolve(const SideSpec &side, HostSet *hosts, QString *why, QString *problem)
    {
        const QString key = cacheKey(side);
        if (const auto found = m_cache.constFind(key); found != m_cache.cend()) {
            *hosts = found->first;
            *why = found->second;
            return true;
        }
        if (side.any) {
            *hosts = HostSet::all(m_n);
            why->clear();
            m_cache.insert(key, {*hosts, *why});
            return true;
        }
        QList<int> members;
        QStringList reasons;
        for (const QString &name : side.names) {
            const QList<int> named = m_byName.value(name);
            members += named;
            if (named.isEmpty())
                reasons << ReviewEngine::tr("no host of the design has the id or name \"%1\"").arg(name);
        }
        for (const QString &zone : side.zones) {
            const int index = m_design.zoneIndex(zone);
            if (index < 0) {
                *problem = ReaderSupport::place(m_fileName,
                    {side.line, side.column,
                        ReviewEngine::tr("the zone \"%1\" is not a zone of the design.").arg(zone)});
                return false;
            }
            const int before = int(members.size());
            for (int h = 0; h < m_n; ++h) {
                if (m_design.hosts().at(h).zone == zone)
                    members.append(h);
            }
            if (int(members.size()) == before)
                reasons << ReviewEngine::tr("the zone \"%1\" has no host").arg(zone);
        }
        QList<int> inRanges;
        for (const AddressRange &range : side.ranges)
            hostsIn(range, &inRanges);
        HostSet result;
        if (side.negated) {
            result = m_withAddress.subtracted(HostSet::of(m_n, inRanges)).united(HostSet::of(m_n, members));
            if (result.isEmpty())
                reasons << ReviewEngine::tr("every host of the design with an address lies in %1")
                               .arg(side.text.mid(1));
        } else {
            result = HostSet::of(m_n, members + inRanges);
            if (inRanges.isEmpty()) {
                for (const AddressRange &range : side.ranges) {
                    reasons << (range.first == range.last
                            ? ReviewEngine::tr("no host of the design has the address %1")
                                  .arg(range.first.toString())
                            : ReviewEngine::tr("no host of the design has an address in %1")
                                  .arg(ReaderSupport::rangeText(range)));
                }
            }
        }
        *hosts = result;
        *why = result.isEmpty() ? reasons.join(QStringLiteral("; ")) : QString();
        m_cache.insert(key, {*hosts, *why});
        return true;
    }

    bool boxes(const MatchSpec &match, QList<Box> *out, QString *problem)
    {
        HostSet sources;
        HostSet destinations;
        QString why;
        if (!resolve(match.source, &sources, &why, problem)
            || !resolve(match.destination, &destinations, &why, problem))
            return false;
        for (const auto &[bit, protocol] : {std::pair {TcpBit, Protocol::Tcp},
                 std::pair {UdpBit, Protocol::Udp}, std::pair {IcmpBit, Protocol::Icmp}}) {
            if (!(match.protocols & bit))
                continue;
            Box box {sources, destinations, protocol, protocol == Protocol::Icmp ? icmpPorts() : match.ports};
            if (!isEmpty(box))
                out->append(box);
        }
        return true;
    }

    /// The zones of the hosts of the set, marked in *zones.
    void markZones(const HostSet &hosts, QList<bool> *zones) const
    {
        if (hosts.count() <= 256) {
            hosts.forEach([&](int host) {
                (*zones)[m_zoneOf.at(host)] = true;
                return true;
            });
            return;
        }
        for (int z = 0; z < m_zoneMembers.size(); ++z) {
            if (!zones->at(z) && m_zoneMembers.at(z).intersects(hosts))
                (*zones)[z] = true;
        }
    }

    QString hostsText(const HostSet &hosts) const
    {
        const qsizetype count = hosts.count();
        if (count == 0)
            return ReviewEngine::tr("no host");
        if (count > 3)
            return ReviewEngine::tr("%1 hosts").arg(number(count));
        QStringList ids;
        hosts.forEach([&](int host) {
            ids << m_design.hosts().at(host).id;
            return true;
        });
        return ids.join(QStringLiteral(", "));
    }

private:
    static QString cacheKey(const SideSpec &side)
    {
        QString key = side.any ? QStringLiteral("*") : QString();
        key += side.negated ? QLatin1Char('!') : QLatin1Char('=');
        for (const QString &name : side.names)
            key += QStringLiteral("n:") + name + QLatin1Char('\n');
        for (const QString &zone : side.zones)
            key += QStringLiteral("z:") + zone + QLatin1Char('\n');
        for (const AddressRange &range : side.ranges)
            key += range.first.toString() + QLatin1Char('-') + range.last.toString() + QLatin1Char('\n');
        return key;
    }

    void hostsIn(const AddressRange &range, QList<int> *out) const
    {
        if (range.first.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 first = range.first.toIPv4Address();
            const quint32 last = range.last.toIPv4Address();
            auto it = std::lower_bound(m_v4.cbegin(), m_v4.cend(), qMakePair(first, -1));
            for (; it != m_v4.cend() && it->first <= last; ++it)
                out->append(it->second);
            return;
        }
        const Q_IPV6ADDR a = range.first.toIPv6Address();
        const Q_IPV6ADDR b = range.last.toIPv6Address();
        const QByteArray first(reinterpret_cast<const char *>(a.c), 16);
        const QByteArray last(reinterpret_cast<const char *>(b.c), 16);
        auto it = std::lower_bound(m_v6.cbegin(), m_v6.cend(), qMakePair(first, -1));
        for (; it != m_v6.cend() && it->first <= last; ++it)
            out->append(it->second);
    }

    QString m_fileName;
    const Design &m_design;
    const Derivation &m_derivation;
    int m_n = 0;
    QList<int> m_zoneOf;
    QStringList m_zoneNames;
    QList<HostSet> m_zoneMembers;
    QList<HostSet> m_outside; ///< per zone, every host outside it
    HostSet m_withAddress;
    QHash<QString, QList<int>> m_byName;
    QList<QPair<quint32, int>> m_v4;
    QList<QPair<QByteArray, int>> m_v6;
    QList<QList<int>> m_allowedInto;
    QList<QList<int>> m_blocksInto;
    QList<QList<OneWayTarget>> m_oneWayInto;
    QHash<QString, QPair<HostSet, QString>> m_cache;
};

/** What one request covers. */
struct Coverage
{
    QList<Box> boxes;
    HostSet sources; ///< its own sides
    HostSet destinations;
    QString unknownSide;
    QString why;
    /// It matches on something beyond the tuples (an interface, an ICMP type): it hides no later rule.
    bool partial = false;
    PortSet sourcePorts; ///< it matches only these source ports (FTP data from 20); empty: any
    qint64 tuples = 0;
};

class Reviewer
{
public:
    Reviewer(const Design &design, const Derivation &derivation, const Catalog &catalog,
        const RequestFile &file, const ReviewEngine::Options &options)
        : m_context(design, derivation, catalog, file.fileName)
        , m_file(file)
        , m_complete(options.complete || file.isRuleSet())
        , m_n(int(design.hosts().size()))
    { }

    bool run(ReviewResult *result, QString *error)
    {
        result->format = m_file.format;
        result->fileName = m_file.fileName;
        result->complete = m_complete;
        result->notes = m_file.notes;
        const bool ordered = m_file.isRuleSet();
        m_decided.resize(ordered ? m_n : 0);
        m_allowAt.resize(m_n);
        m_dropAt.resize(m_n);
        QList<bool> zones(m_context.zoneNames().size(), false);

        for (int r = 0; r < m_file.requests.size(); ++r) {
            const RequestSpec &request = m_file.requests.at(r);
            Coverage coverage;
            QString problem;
            if (!cover(request, &coverage, &problem)) {
                *error = problem;
                return false;
            }
            for (const Box &box : std::as_const(coverage.boxes)) {
                m_context.markZones(box.sources, &zones);
                m_context.markZones(box.destinations, &zones);
            }
            // What the rule decides: all it covers for a change request; for a rule set, what the
            // rules before it in its scope leave.
            QList<DestinationPiece> effective;
            QSet<int> hiders;
            for (const Box &box : std::as_const(coverage.boxes)) {
                box.destinations.forEach([&](int d) {
                    if (!hasOtherSource(box.sources, d))
                        return true;
                    QList<QPair<HostSet, PortSet>> remaining {{box.sources, box.ports}};
                    if (ordered) {
                        for (const Piece &earlier : std::as_const(m_decided.at(d))) {
                            if (earlier.protocol != box.protocol || !visible(earlier.scope, request.scope)
                                || !decidesSourcePorts(earlier.sourcePorts, coverage.sourcePorts))
                                continue;
                            QList<QPair<HostSet, PortSet>> next;
                            for (const auto &[sources, ports] : std::as_const(remaining)) {
                                const HostSet common = sources.intersected(earlier.sources);
                                if (!ports.intersects(earlier.ports) || !hasOtherSource(common, d)) {
                                    next.append({sources, ports});
                                    continue;
                                }
                                hiders.insert(earlier.request);
                                const HostSet outside = sources.subtracted(earlier.sources);
                                if (hasOtherSource(outside, d))
                                    next.append({outside, ports});
                                const PortSet otherPorts = ports.subtracted(earlier.ports);
                                if (!otherPorts.isEmpty())
                                    next.append({common, otherPorts});
                            }
                            remaining = next;
                            if (remaining.isEmpty())
                                break;
                        }
                    }
                    for (const auto &[sources, ports] : std::as_const(remaining))
                        effective.append(
                            {d, {r, box.protocol, sources, ports, request.scope, coverage.sourcePorts}});
                    return true;
                });
            }

            ReviewedRequest reviewed;
            reviewed.request = request;
            judge(coverage, effective, hiders, ordered, &reviewed);
            result->requests.append(reviewed);

            // What it decides hides the rules after it (unless it matches on what the review cannot weigh).
            if (ordered && !coverage.partial) {
                for (const DestinationPiece &piece : std::as_const(effective))
                    m_decided[piece.destination].append(piece.piece);
            }
            for (const DestinationPiece &piece : std::as_const(effective))
                (request.action == Action::Allow ? m_allowAt : m_dropAt)[piece.destination].append(
                    piece.piece);
        }
        for (int z = 0; z < zones.size(); ++z) {
            if (zones.at(z))
                result->zonesCovered << m_context.zoneNames().at(z);
        }
        if (m_complete)
            findMissing(zones, result);
        return true;
    }

private:
    bool visible(int earlierScope, int scope) const
    {
        if (earlierScope == scope)
            return true;
        switch (m_file.scopes) {
        case RequestFile::Scopes::One:
            return true;
        case RequestFile::Scopes::EveryChain:
            return false;
        case RequestFile::Scopes::InterfaceLists:
            return m_file.scopeList.value(scope).global;
        }
        return false;
    }

    bool cover(const RequestSpec &request, Coverage *coverage, QString *problem)
    {
        // Its own sides: the first match names them (every match of a request shares them).
        if (!request.own.isEmpty()) {
            const MatchSpec &own = request.own.front();
            QString why;
            if (!m_context.resolve(own.source, &coverage->sources, &why, problem))
                return false;
            if (coverage->sources.isEmpty()) {
                coverage->unknownSide = QStringLiteral("source");
                coverage->why = why;
            }
            if (!m_context.resolve(own.destination, &coverage->destinations, &why, problem))
                return false;
            if (coverage->destinations.isEmpty() && coverage->unknownSide.isEmpty()) {
                coverage->unknownSide = QStringLiteral("destination");
                coverage->why = why;
            }
        }
        QList<Box> boxes;
        for (int m = 0; m < request.own.size(); ++m) {
            const MatchSpec &match = request.own.at(m);
            QList<Box> more;
            if (!m_context.boxes(match, &more, problem))
                return false;
            boxes += subtract(more, boxes); // keep them disjoint
            coverage->partial = coverage->partial || !match.partial.isEmpty();
            // Source ports are weighed when every match of the rule names the same ones.
            if (m == 0)
                coverage->sourcePorts = match.sourcePorts;
            else if (match.sourcePorts != coverage->sourcePorts)
                coverage->partial = true;
        }
        for (const MatchSpec &condition : request.conditions) {
            QList<Box> more;
            if (!m_context.boxes(condition, &more, problem))
                return false;
            boxes = intersect(boxes, more);
            coverage->partial = coverage->partial || !condition.partial.isEmpty();
        }
        for (const MatchSpec &exclusion : request.exclusions) {
            QList<Box> cut;
            if (!m_context.boxes(exclusion, &cut, problem))
                return false;
            boxes = subtract(boxes, cut);
        }
        coverage->boxes = boxes;
        for (const Box &box : std::as_const(boxes))
            coverage->tuples += tupleCount(box.sources, box.destinations, box.ports);
        return true;
    }

    /// The derived allowed flows within the covered boxes, crossing zones only if asked.
    void flowsCovered(const QList<Box> &boxes, bool crossingOnly, GroupCollector *out) const
    {
        for (const Box &box : boxes) {
            box.destinations.forEach([&](int d) {
                for (const int f : m_context.allowedInto(d)) {
                    const Flow &flow = m_context.flow(f);
                    if (flow.protocol != box.protocol || !box.sources.contains(flow.source)
                        || (crossingOnly && !flow.crossesZones))
                        continue;
                    const PortSet ports = Context::ports(flow).intersected(box.ports);
                    if (!ports.isEmpty())
                        out->add(HostSet::single(m_n, flow.source), d, flow.protocol, ports, flow.rule,
                            flow.reference, ports.portCount());
                }
                return true;
            });
        }
    }

    /// The derived flows crossing zones that a block rule of a rule set drops: those its tuples
    /// cover that no rule before it in a visible scope decides (for flows from a fixed source port,
    /// a rule on that port decides them).
    void flowsDropped(const Coverage &coverage, int scope, GroupCollector *out) const
    {
        for (const Box &box : coverage.boxes) {
            box.destinations.forEach([&](int d) {
                for (const int f : m_context.allowedInto(d)) {
                    const Flow &flow = m_context.flow(f);
                    if (flow.protocol != box.protocol || !flow.crossesZones
                        || !box.sources.contains(flow.source))
                        continue;
                    if (!coverage.sourcePorts.isEmpty() && !flow.sourcePorts.isEmpty()
                        && !coverage.sourcePorts.intersects(flow.sourcePorts))
                        continue;
                    PortSet rest = Context::ports(flow).intersected(box.ports);
                    for (const Piece &earlier : m_decided.at(d)) {
                        if (rest.isEmpty())
                            break;
                        if (earlier.protocol == flow.protocol && visible(earlier.scope, scope)
                            && earlier.sources.contains(flow.source)
                            && decidesSourcePorts(earlier.sourcePorts, flow.sourcePorts))
                            rest = rest.subtracted(earlier.ports);
                    }
                    if (!rest.isEmpty())
                        out->add(HostSet::single(m_n, flow.source), d, flow.protocol, rest, flow.rule,
                            flow.reference, rest.portCount());
                }
                return true;
            });
        }
    }

    /// What the pieces open beyond the derived flows.
    void excessOf(const QList<DestinationPiece> &pieces, GroupCollector *out) const
    {
        for (const DestinationPiece &at : pieces) {
            const Piece &piece = at.piece;
            const int d = at.destination;
            QList<int> withFlows;
            for (const int f : m_context.allowedInto(d)) {
                const Flow &flow = m_context.flow(f);
                if (flow.protocol == piece.protocol && piece.sources.contains(flow.source)
                    && !withFlows.contains(flow.source))
                    withFlows.append(flow.source);
            }
            for (const int source : std::as_const(withFlows)) {
                const PortSet rest
                    = piece.ports.subtracted(m_context.allowedPorts(source, d, piece.protocol));
                if (!rest.isEmpty())
                    out->add(HostSet::single(m_n, source), d, piece.protocol, rest, QString(), QString(),
                        rest.portCount());
            }
            const HostSet bulk = piece.sources.subtracted(HostSet::of(m_n, withFlows));
            if (hasOtherSource(bulk, d))
                out->add(bulk, d, piece.protocol, piece.ports, QString(), QString(),
                    (bulk.count() - (bulk.contains(d) ? 1 : 0)) * piece.ports.portCount());
        }
    }

    /// What the pieces cover that a block row (without an allowed exception) or a one-way rule forbids.
    void forbiddenIn(const QList<DestinationPiece> &pieces, GroupCollector *out) const
    {
        for (const DestinationPiece &at : pieces) {
            const Piece &piece = at.piece;
            const int d = at.destination;
            for (const int b : m_context.blocksInto(d)) {
                const Flow &block = m_context.flow(b);
                if (block.protocol != piece.protocol)
                    continue;
                const PortSet ports = Context::ports(block).intersected(piece.ports);
                if (ports.isEmpty())
                    continue;
                const HostSet sources = piece.sources.intersected(m_context.outsideZoneOf(d));
                if (!hasOtherSource(sources, d))
                    continue;
                QList<int> excepted;
                for (const int f : m_context.allowedInto(d)) {
                    const Flow &flow = m_context.flow(f);
                    if (flow.protocol != piece.protocol || !sources.contains(flow.source)
                        || excepted.contains(flow.source) || !Context::ports(flow).intersects(ports))
                        continue;
                    excepted.append(flow.source);
                    const PortSet rest
                        = ports.subtracted(m_context.allowedPorts(flow.source, d, piece.protocol));
                    if (!rest.isEmpty())
                        out->add(HostSet::single(m_n, flow.source), d, piece.protocol, rest, block.rule,
                            block.reference, rest.portCount());
                }
                const HostSet bulk = sources.subtracted(HostSet::of(m_n, excepted));
                if (hasOtherSource(bulk, d))
                    out->add(bulk, d, piece.protocol, ports, block.rule, block.reference,
                        (bulk.count() - (bulk.contains(d) ? 1 : 0)) * ports.portCount());
            }
            for (const OneWayTarget &reverse : m_context.oneWayInto(d)) {
                if (reverse.protocol != piece.protocol || !piece.sources.contains(reverse.source))
                    continue;
                const PortSet ports
                    = reverse.ports.intersected(piece.ports)
                          .subtracted(m_context.allowedPorts(reverse.source, d, piece.protocol));
                if (!ports.isEmpty())
                    out->add(HostSet::single(m_n, reverse.source), d, piece.protocol, ports,
                        reverse.rule->rule, reverse.rule->reference, ports.portCount());
            }
        }
    }

    QString groupText(const TupleGroup &group) const
    {
        QString text = ReviewEngine::tr("%1 from %2 to %3")
                           .arg(group.protocol == Protocol::Icmp
                                   ? QStringLiteral("icmp")
                                   : ReviewEngine::tr("%1 %2").arg(
                                       protocolName(group.protocol), portsSummary(group.ports)),
                               m_context.hostsText(group.sources), m_context.hostsText(group.destinations));
        return text;
    }

    static QString portsSummary(const PortSet &ports)
    {
        const qsizetype count = ports.portCount();
        if (ports.ranges().size() <= 4)
            return ports == MatchSpec::allPorts()
                ? ReviewEngine::tr("any port (65,535 ports)")
                : (count > 1 && ports.ranges().size() > 1
                        ? ReviewEngine::tr("%1 (%2 ports)").arg(ports.toString(), number(count))
                        : ports.toString());
        return ReviewEngine::tr("%1 ports").arg(number(count));
    }

    static QStringList rulesOf(const QList<TupleGroup> &groups)
    {
        QStringList rules;
        for (const TupleGroup &group : groups) {
            if (!group.rule.isEmpty() && !rules.contains(group.rule))
                rules << group.rule;
        }
        return rules;
    }

    void judge(const Coverage &coverage, const QList<DestinationPiece> &effective, const QSet<int> &hiders,
        bool ordered, ReviewedRequest *out) const
    {
        const RequestSpec &request = out->request;
        out->sources = coverage.sources;
        out->destinations = coverage.destinations;
        out->coveredTuples = coverage.tuples;
        QStringList sentences;
        const bool allow = request.action == Action::Allow;

        if (!coverage.unknownSide.isEmpty()) {
            out->verdict = Verdict::Unknown;
            out->unknownSide = coverage.unknownSide;
            const QString text
                = coverage.unknownSide == QLatin1String("source") ? request.source : request.destination;
            sentences << (coverage.unknownSide == QLatin1String("source")
                    ? ReviewEngine::tr("Unknown: the source \"%1\" covers no host of the design: %2.")
                    : ReviewEngine::tr("Unknown: the destination \"%1\" covers no host of the design: %2."))
                             .arg(text, coverage.why);
        } else if (coverage.boxes.isEmpty() || coverage.tuples == 0) {
            out->verdict = allow ? Verdict::NotRequired : Verdict::Consistent;
            sentences << (allow
                    ? ReviewEngine::tr("Not required: it covers no pair of different hosts of the design "
                                       "(sources %1, destinations %2).")
                    : ReviewEngine::tr("Consistent: it covers no pair of different hosts of the design "
                                       "(sources %1, destinations %2)."))
                             .arg(m_context.hostsText(coverage.sources),
                                 m_context.hostsText(coverage.destinations));
        } else if (ordered && effective.isEmpty()) {
            out->verdict = Verdict::Shadowed;
            QList<int> sorted(hiders.cbegin(), hiders.cend());
            std::sort(sorted.begin(), sorted.end());
            for (const int hider : std::as_const(sorted))
                out->shadowedBy << m_file.requests.at(hider).id;
            sentences << ReviewEngine::tr(
                "Shadowed: every packet it matches is already decided by %1 before it, so "
                "it never applies.")
                             .arg(out->shadowedBy.join(QStringLiteral(", ")));
        }

        GroupCollector required(m_n, false);
        GroupCollector excess(m_n, true);
        GroupCollector forbidden(m_n, true);
        if (out->verdict != Verdict::Unknown) {
            if (allow) {
                flowsCovered(coverage.boxes, false, &required);
                excessOf(effective, &excess);
                forbiddenIn(effective, &forbidden);
            } else {
                // A block conflicts with the flows it would drop; in a rule set, only those that cross a
                // firewall and that no rule before it decides.
                if (ordered)
                    flowsDropped(coverage, out->request.scope, &required);
                else
                    flowsCovered(coverage.boxes, false, &required);
                forbiddenIn(effective, &forbidden);
            }
        }
        out->excessTuples = excess.tuples();
        out->forbiddenTuples = forbidden.tuples();
        const qint64 requiredTuples = required.tuples();
        const bool anyRequired = !required.isEmpty();
        out->required = required.take(ReviewEngine::ListedGroups);
        out->excess = excess.take(ReviewEngine::ListedGroups);
        out->forbidden = forbidden.take(ReviewEngine::ListedGroups);

        if (sentences.isEmpty()) {
            if (allow) {
                if (!out->forbidden.isEmpty()) {
                    out->verdict = Verdict::Forbidden;
                    const TupleGroup &first = out->forbidden.front();
                    QString sentence = ReviewEngine::tr("Forbidden: it opens %1, which %2 forbids (%3).")
                                           .arg(groupText(first), first.rule, first.reference);
                    if (out->forbidden.size() > 1)
                        sentence += QLatin1Char(' ')
                            + ReviewEngine::tr("In all %1 forbidden tuple(s), by %2.")
                                  .arg(number(out->forbiddenTuples),
                                      rulesOf(out->forbidden).join(QStringLiteral(", ")));
                    sentences << sentence;
                } else if (!anyRequired) {
                    out->verdict = Verdict::NotRequired;
                    sentences << ReviewEngine::tr(
                        "Not required: no flow of the design needs what it opens (%1 tuple(s)).")
                                     .arg(number(out->excessTuples));
                } else if (out->excess.isEmpty()) {
                    out->verdict = Verdict::Required;
                    sentences << ReviewEngine::tr(
                        "Required: every tuple it opens is a flow of the design, by %1.")
                                     .arg(rulesOf(out->required).join(QStringLiteral(", ")));
                } else {
                    out->verdict = Verdict::PartlyRequired;
                    sentences << ReviewEngine::tr(
                        "Partly required: it covers %1 tuple(s) the design needs, by %2, and "
                        "opens %3 tuple(s) more than the design needs.")
                                     .arg(number(requiredTuples),
                                         rulesOf(out->required).join(QStringLiteral(", ")),
                                         number(out->excessTuples));
                }
                if (out->verdict == Verdict::PartlyRequired || out->verdict == Verdict::NotRequired) {
                    QStringList parts;
                    for (const TupleGroup &group : std::as_const(out->excess)) {
                        if (parts.size() == 3) {
                            parts << ReviewEngine::tr("and more");
                            break;
                        }
                        parts << groupText(group);
                    }
                    sentences << ReviewEngine::tr("Excess: %1.").arg(parts.join(QStringLiteral("; ")));
                }
            } else if (anyRequired) {
                out->verdict = Verdict::Conflicts;
                sentences << ReviewEngine::tr(
                    "Conflicts: it blocks %1 tuple(s) of flows the design needs, by %2.")
                                 .arg(number(requiredTuples),
                                     rulesOf(out->required).join(QStringLiteral(", ")));
            } else {
                out->verdict = Verdict::Consistent;
                sentences << ReviewEngine::tr("Consistent: it blocks no flow the design needs.");
                if (!out->forbidden.isEmpty())
                    sentences << ReviewEngine::tr("The design forbids the same by %1.")
                                     .arg(rulesOf(out->forbidden).join(QStringLiteral(", ")));
            }
        }
        QStringList partial;
        for (const QList<MatchSpec> *list : {&request.own, &request.conditions}) {
            for (const MatchSpec &match : *list) {
                for (const QString &part : match.partial) {
                    if (!partial.contains(part))
                        partial << part;
                }
            }
        }
        if (!partial.isEmpty())
            sentences << ReviewEngine::tr(
                "It also requires %1, which the review does not weigh: it is reviewed as if "
                "it matched every such tuple, and it hides no later rule.")
                             .arg(partial.join(QStringLiteral("; ")));
        if (!coverage.sourcePorts.isEmpty())
            sentences
                << ReviewEngine::tr("It matches source ports %1 only.").arg(coverage.sourcePorts.toString());
        if (!request.context.isEmpty())
            sentences << ReviewEngine::tr("Reached %1.").arg(request.context.join(QStringLiteral(", ")));
        out->message = sentences.join(QLatin1Char(' '));
    }

    /// The ports of a flow that reach its destination through every scope.
    PortSet passing(const Flow &flow) const
    {
        const PortSet ports = Context::ports(flow);
        const auto decided = [&](const QList<QList<Piece>> &at, int scope) {
            PortSet result;
            for (const Piece &piece : at.at(flow.destination)) {
                if (piece.protocol != flow.protocol || (scope >= 0 && piece.scope != scope)
                    || !piece.sources.contains(flow.source))
                    continue;
                const PortSet common = piece.ports.intersected(ports);
                for (const PortRange &range : common.ranges())
                    result.add(range);
            }
            return result;
        };
        if (m_file.scopes != RequestFile::Scopes::EveryChain) {
            const bool accept
                = m_file.scopes == RequestFile::Scopes::One && m_file.scopeList.value(0).policyAccept;
            return accept ? ports.subtracted(decided(m_dropAt, -1)) : decided(m_allowAt, -1);
        }
        PortSet result = ports;
        for (int scope = 0; scope < m_file.scopeList.size(); ++scope) {
            result = m_file.scopeList.at(scope).policyAccept ? result.subtracted(decided(m_dropAt, scope))
                                                             : result.intersected(decided(m_allowAt, scope));
        }
        return result;
    }

    void findMissing(const QList<bool> &zones, ReviewResult *result) const
    {
        GroupCollector missing(m_n, false);
        for (int d = 0; d < m_n; ++d) {
            for (const int f : m_context.allowedInto(d)) {
                const Flow &flow = m_context.flow(f);
                if (!flow.crossesZones || !zones.at(m_context.zoneOf(flow.source))
                    || !zones.at(m_context.zoneOf(d)))
                    continue;
                const PortSet rest = Context::ports(flow).subtracted(passing(flow));
                if (!rest.isEmpty())
                    missing.add(HostSet::single(m_n, flow.source), d, flow.protocol, rest, flow.rule,
                        flow.reference, rest.portCount());
            }
        }
        result->missing = missing.take(10 * ReviewEngine::ListedGroups);
    }

    Context m_context;
    const RequestFile &m_file;
    bool m_complete = false;
    int m_n = 0;
    QList<QList<Piece>> m_allowAt;
    QList<QList<Piece>> m_dropAt;
    QList<QList<Piece>> m_decided; ///< per destination, what the rules so far decide (rule sets)
};

} // namespace

bool ReviewEngine::review(const Design &design, const Derivation &derivation, const Catalog &catalog,
    const RequestFile &file, const Options &options, ReviewResult *result, QString *error)
{
    ReviewResult reviewed;
    Reviewer reviewer(design, derivation, catalog, file, options);
    if (!reviewer.run(&reviewed, error))
        return false;
    *result = std::move(reviewed);
    return true;
}

} // namespace portolan
