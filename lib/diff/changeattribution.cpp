#include "changeattribution.h"

#include <algorithm>

namespace portolan {

namespace {

using Pair = QPair<QString, QString>;

Pair pairOf(const QString &a, const QString &b)
{
    return a <= b ? Pair(a, b) : Pair(b, a);
}

/** Union-find over host ids. */
class IdComponents
{
public:
    QString find(const QString &id)
    {
        QString root = id;
        while (true) {
            const QString parent = m_parent.value(root, root);
            if (parent == root)
                break;
            root = parent;
        }
        m_parent.insert(id, root);
        return root;
    }
    void join(const QString &a, const QString &b)
    {
        const QString ra = find(a);
        const QString rb = find(b);
        if (ra != rb)
            m_parent.insert(ra, rb);
    }

private:
    QHash<QString, QString> m_parent;
};

bool isSystemType(const Catalog &catalog, const QString &type)
{
    for (const SystemRule &system : catalog.systems()) {
        if (system.types.contains(type))
            return true;
    }
    return false;
}

} // namespace

/** One of the two designs, indexed for the tries. */
struct ChangeAttribution::Side
{
    const Design *design = nullptr;
    const Derivation *derivation = nullptr;
    QList<QList<int>> linksOfHost;
    QHash<Pair, QList<int>> linksOfPair;
    QList<QList<int>> flowsOfHost; ///< flows whose source or destination the host is
    QList<QList<int>> findingsOfHost;

    void index(const Design &d, const Derivation &derived)
    {
        design = &d;
        derivation = &derived;
        const qsizetype hosts = d.hosts().size();
        linksOfHost.resize(hosts);
        for (int l = 0; l < d.links().size(); ++l) {
            const Link &link = d.links().at(l);
            linksOfPair[pairOf(link.a, link.b)].append(l);
            const int a = d.hostIndex(link.a);
            const int b = d.hostIndex(link.b);
            if (a >= 0)
                linksOfHost[a].append(l);
            if (b >= 0 && b != a)
                linksOfHost[b].append(l);
        }
        flowsOfHost.resize(hosts);
        for (int f = 0; f < derived.flows.size(); ++f) {
            const Flow &flow = derived.flows.at(f);
            if (flow.source != Flow::AnySource)
                flowsOfHost[flow.source].append(f);
            if (flow.destination != flow.source)
                flowsOfHost[flow.destination].append(f);
        }
        findingsOfHost.resize(hosts);
        for (int f = 0; f < derived.findings.size(); ++f) {
            QList<int> hostsOfFinding = derived.findings.at(f).hosts;
            std::sort(hostsOfFinding.begin(), hostsOfFinding.end());
            hostsOfFinding.erase(
                std::unique(hostsOfFinding.begin(), hostsOfFinding.end()), hostsOfFinding.end());
            for (const int host : std::as_const(hostsOfFinding))
                findingsOfHost[host].append(f);
        }
    }

    /// The design cut down to the hosts given and the links between them; every zone stays.
    Design restrictedTo(const QSet<QString> &ids) const
    {
        Design result;
        result.name = design->name;
        for (const Zone &zone : design->zones())
            result.addZone(zone);
        QList<int> hosts;
        for (const QString &id : ids) {
            const int index = design->hostIndex(id);
            if (index >= 0)
                hosts.append(index);
        }
        std::sort(hosts.begin(), hosts.end());
        QList<int> links;
        for (const int host : std::as_const(hosts)) {
            result.addHost(design->hosts().at(host));
            for (const int l : linksOfHost.at(host)) {
                const Link &link = design->links().at(l);
                if (ids.contains(link.a) && ids.contains(link.b))
                    links.append(l);
            }
        }
        std::sort(links.begin(), links.end());
        links.erase(std::unique(links.begin(), links.end()), links.end());
        for (const int l : std::as_const(links))
            result.addLink(design->links().at(l));
        for (const CustomFlow &flow : design->customFlows) {
            if (ids.contains(flow.source) && ids.contains(flow.destination))
                result.customFlows.append(flow);
        }
        return result;
    }
};

/** The items of a derivation about a set of hosts: flows by key, findings by identity and count. */
struct ChangeAttribution::Snapshot
{
    KeyedFlows flows;
    QHash<QString, int> findings;

    bool operator==(const Snapshot &other) const
    {
        return flows.states == other.flows.states && findings == other.findings;
    }

    /// From a whole derivation, through the side's per-host index.
    static Snapshot ofSide(const Side &side, const QSet<QString> &ids)
    {
        Snapshot snapshot;
        QList<int> flows;
        QList<int> findings;
        for (const QString &id : ids) {
            const int host = side.design->hostIndex(id);
            if (host < 0)
                continue;
            flows += side.flowsOfHost.at(host);
            findings += side.findingsOfHost.at(host);
        }
        std::sort(flows.begin(), flows.end());
        flows.erase(std::unique(flows.begin(), flows.end()), flows.end());
        for (const int f : std::as_const(flows))
            snapshot.flows.add(*side.design, side.derivation->flows.at(f));
        std::sort(findings.begin(), findings.end());
        findings.erase(std::unique(findings.begin(), findings.end()), findings.end());
        for (const int f : std::as_const(findings))
            ++snapshot.findings[findingIdentity(*side.design, side.derivation->findings.at(f))];
        return snapshot;
    }

    /// From the derivation of a (cut down) design: every item about the hosts.
    static Snapshot of(const Design &design, const Derivation &derivation, const QSet<QString> &ids)
    {
        Snapshot snapshot;
        for (const Flow &flow : derivation.flows) {
            if ((flow.source != Flow::AnySource && ids.contains(design.hosts().at(flow.source).id))
                || ids.contains(design.hosts().at(flow.destination).id))
                snapshot.flows.add(design, flow);
        }
        for (const Finding &finding : derivation.findings) {
            const bool about = std::any_of(finding.hosts.cbegin(), finding.hosts.cend(),
                [&](int host) { return ids.contains(design.hosts().at(host).id); });
            if (about)
                ++snapshot.findings[findingIdentity(design, finding)];
        }
        return snapshot;
    }

    bool differs(const Snapshot &other, const Target &target) const
    {
        if (!target.isFlow)
            return findings.value(target.finding) != other.findings.value(target.finding);
        const auto mine = flows.states.constFind(target.flow);
        const auto theirs = other.flows.states.constFind(target.flow);
        const bool here = mine != flows.states.cend();
        const bool there = theirs != other.flows.states.cend();
        return here != there || (here && *mine != *theirs);
    }
};

ChangeAttribution::ChangeAttribution(const ChangeSet &changes, const RuleEngine &engine, bool wholeDesign)
    : m_changes(changes)
    , m_engine(engine)
    , m_wholeDesign(wholeDesign)
{
    const Catalog &catalog = engine.catalog();
    IdComponents systems;
    for (const Design *design : {&changes.before, &changes.after}) {
        for (const Host &host : design->hosts()) {
            if (isSystemType(catalog, host.type))
                m_systemMembers.insert(host.id);
        }
    }
    for (const Design *design : {&changes.before, &changes.after}) {
        for (const Link &link : design->links()) {
            if (link.a == link.b)
                continue;
            m_neighbours[link.a].insert(link.b);
            m_neighbours[link.b].insert(link.a);
            if (m_systemMembers.contains(link.a) && m_systemMembers.contains(link.b))
                systems.join(link.a, link.b);
        }
    }
    QHash<QString, QStringList> byRoot;
    for (const QString &member : std::as_const(m_systemMembers))
        byRoot[systems.find(member)].append(member);
    for (const QStringList &members : std::as_const(byRoot)) {
        for (const QString &member : members)
            m_systems.insert(member, members);
    }
    for (int c = 0; c < changes.designChanges.size(); ++c) {
        for (const QString &host : changes.designChanges.at(c).hostIds())
            m_changesOfHost[host].append(c);
    }
}

QSet<QString> ChangeAttribution::reach(int index) const
{
    const DesignChange &change = m_changes.designChanges.at(index);
    QSet<QString> hosts;
    if (change.isZoneChange()) {
        for (const Design *design : {&m_changes.before, &m_changes.after}) {
            for (const Host &host : design->hosts()) {
                if (host.zone == change.zone)
                    hosts.insert(host.id);
            }
        }
        return hosts;
    }
    const auto addSystem = [&](const QString &id) {
        for (const QString &member : m_systems.value(id))
            hosts.insert(member);
    };
    if (change.isCustomFlowChange()) {
        for (const QString &host : change.hostIds())
            hosts.insert(host);
        return hosts;
    }
    if (change.isLinkChange()) {
        hosts << change.a << change.b;
        if (m_systemMembers.contains(change.a) && m_systemMembers.contains(change.b)) {
            addSystem(change.a);
            addSystem(change.b);
        }
        return hosts;
    }
    hosts.insert(change.host);
    if (change.kind == DesignChange::Kind::HostChanged && change.field == QLatin1String("type")) {
        // linked() counts neighbours by type, and the type decides redundant-system membership.
        for (const QString &neighbour : m_neighbours.value(change.host))
            hosts.insert(neighbour);
        addSystem(change.host);
    }
    return hosts;
}

QList<int> ChangeAttribution::unit(int index, Direction direction) const
{
    using Kind = DesignChange::Kind;
    const QList<DesignChange> &changes = m_changes.designChanges;
    const DesignChange &change = changes.at(index);
    QList<int> result {index};
    const auto add = [&result](int c) {
        if (!result.contains(c))
            result.append(c);
    };
    const auto hostChange = [&](const QString &host, Kind kind) {
        for (const int c : m_changesOfHost.value(host)) {
            if (changes.at(c).kind == kind && changes.at(c).host == host)
                return c;
        }
        return -1;
    };
    // Taking back a host takes back its links and the hosts they need; taking back a link takes
    // back the hosts it needs. Applying alone is the mirror image.
    const Kind hostGone = direction == Direction::TakeBack ? Kind::HostRemoved : Kind::HostAdded;
    const Kind hostNew = direction == Direction::TakeBack ? Kind::HostAdded : Kind::HostRemoved;
    const Kind linkGone = direction == Direction::TakeBack ? Kind::LinkRemoved : Kind::LinkAdded;
    const Kind linkNew = direction == Direction::TakeBack ? Kind::LinkAdded : Kind::LinkRemoved;
    if (change.kind == hostNew) {
        for (const int c : m_changesOfHost.value(change.host)) {
            if (changes.at(c).kind == linkNew)
                add(c);
        }
    } else if (change.kind == hostGone) {
        for (const int c : m_changesOfHost.value(change.host)) {
            if (changes.at(c).kind != linkGone)
                continue;
            add(c);
            const QString other = changes.at(c).a == change.host ? changes.at(c).b : changes.at(c).a;
            if (const int end = hostChange(other, hostGone); end >= 0)
                add(end);
        }
    } else if (change.kind
        == (direction == Direction::TakeBack ? Kind::CustomFlowRemoved : Kind::CustomFlowAdded)) {
        // A custom flow that comes back needs its two hosts.
        for (const QString &end : {change.a, change.b}) {
            if (const int c = hostChange(end, hostGone); c >= 0)
                add(c);
        }
    } else if (change.kind == linkGone) {
        for (const QString &end : {change.a, change.b}) {
            if (const int c = hostChange(end, hostGone); c >= 0)
                add(c);
        }
    } else if (change.kind == Kind::HostChanged && change.field == QLatin1String("type")) {
        for (const int c : m_changesOfHost.value(change.host)) {
            if (changes.at(c).kind == Kind::ParamChanged)
                add(c);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

QSet<QString> ChangeAttribution::context(const QSet<QString> &hosts) const
{
    // The items about the hosts are flows to their neighbours and system partners; the rules of
    // those read both ends and how many hosts of a type each end is linked to.
    QSet<QString> first = hosts;
    for (const QString &host : hosts) {
        for (const QString &neighbour : m_neighbours.value(host))
            first.insert(neighbour);
        for (const QString &member : m_systems.value(host))
            first.insert(member);
    }
    QSet<QString> result = first;
    for (const QString &host : std::as_const(first)) {
        for (const QString &neighbour : m_neighbours.value(host))
            result.insert(neighbour);
    }
    return result;
}

void ChangeAttribution::moveTowards(Design *design, const QList<int> &unit, const Design &target) const
{
    using Kind = DesignChange::Kind;
    const QList<DesignChange> &changes = m_changes.designChanges;
    // Zones.
    for (const int c : unit) {
        const DesignChange &change = changes.at(c);
        if (!change.isZoneChange())
            continue;
        const Zone *wanted = target.zone(change.zone);
        const int index = design->zoneIndex(change.zone);
        if (change.kind != Kind::ZoneChanged) {
            if (wanted && index < 0)
                design->addZone(*wanted);
            else if (!wanted && index >= 0)
                design->removeZone(index);
        } else if (wanted && index >= 0) {
            Zone zone = design->zones().at(index);
            if (change.field == QLatin1String("name"))
                zone.name = wanted->name;
            else
                zone.subnets = wanted->subnets;
            design->setZone(index, zone);
        }
    }
    // Hosts that come in, where the target has them relative to the hosts already there.
    for (const int c : unit) {
        const DesignChange &change = changes.at(c);
        if (change.kind != Kind::HostAdded && change.kind != Kind::HostRemoved)
            continue;
        const int wanted = target.hostIndex(change.host);
        if (wanted < 0 || design->hostIndex(change.host) >= 0)
            continue;
        int position = 0;
        for (int before = wanted - 1; before >= 0; --before) {
            const int there = design->hostIndex(target.hosts().at(before).id);
            if (there >= 0) {
                position = there + 1;
                break;
            }
        }
        design->insertHost(position, target.hosts().at(wanted));
    }
    // Fields and parameters.
    for (const int c : unit) {
        const DesignChange &change = changes.at(c);
        if (change.kind != Kind::HostChanged && change.kind != Kind::ParamChanged)
            continue;
        const int index = design->hostIndex(change.host);
        const Host *wanted = target.host(change.host);
        if (index < 0 || !wanted)
            continue;
        Host host = design->hosts().at(index);
        if (change.kind == Kind::ParamChanged) {
            if (wanted->params.contains(change.param))
                host.params.insert(change.param, wanted->params.value(change.param));
            else
                host.params.remove(change.param);
        } else if (change.field == QLatin1String("name")) {
            host.name = wanted->name;
        } else if (change.field == QLatin1String("type")) {
            host.type = wanted->type;
        } else if (change.field == QLatin1String("zone")) {
            host.zone = wanted->zone;
        } else if (change.field == QLatin1String("address")) {
            host.address = wanted->address;
        }
        design->setHost(index, host);
    }
    // Links: each pair's links become the target's where the unit says so, and stay otherwise.
    QHash<Pair, QSet<int>> occurrences;
    for (const int c : unit) {
        const DesignChange &change = changes.at(c);
        if (change.isLinkChange())
            occurrences[pairOf(change.a, change.b)].insert(change.occurrence);
    }
    for (auto it = occurrences.cbegin(); it != occurrences.cend(); ++it) {
        QList<int> present;
        for (int l = 0; l < design->links().size(); ++l) {
            if (pairOf(design->links().at(l).a, design->links().at(l).b) == it.key())
                present.append(l);
        }
        QList<Link> wanted;
        for (const Link &link : target.links()) {
            if (pairOf(link.a, link.b) == it.key())
                wanted.append(link);
        }
        QList<Link> result;
        for (int k = 0; k < std::max(present.size(), wanted.size()); ++k) {
            if (it.value().contains(k)) {
                if (k < wanted.size())
                    result.append(wanted.at(k));
            } else if (k < present.size()) {
                result.append(design->links().at(present.at(k)));
            }
        }
        for (qsizetype k = present.size() - 1; k >= 0; --k)
            design->removeLink(present.at(k));
        for (const Link &link : std::as_const(result))
            design->addLink(link);
    }
    // Custom flows: each becomes the target's in what the unit changes of it.
    for (const int c : unit) {
        const DesignChange &change = changes.at(c);
        if (!change.isCustomFlowChange())
            continue;
        const int index = design->customFlowIndex(change.customFlow);
        const int wanted = target.customFlowIndex(change.customFlow);
        if (wanted < 0) {
            if (index >= 0)
                design->customFlows.removeAt(index);
            continue;
        }
        const CustomFlow &goal = target.customFlows.at(wanted);
        if (index < 0) {
            design->customFlows.append(goal);
            continue;
        }
        CustomFlow &flow = design->customFlows[index];
        if (change.kind != Kind::CustomFlowChanged)
            flow = goal;
        else if (change.field == QLatin1String("source"))
            flow.source = goal.source;
        else if (change.field == QLatin1String("destination"))
            flow.destination = goal.destination;
        else if (change.field == QLatin1String("protocol"))
            flow.protocol = goal.protocol;
        else if (change.field == QLatin1String("ports"))
            flow.ports = goal.ports;
        else if (change.field == QLatin1String("service"))
            flow.service = goal.service;
        else
            flow.reason = goal.reason;
    }
    // Hosts that go, with any link still on them.
    for (const int c : unit) {
        const DesignChange &change = changes.at(c);
        if (change.kind != Kind::HostAdded && change.kind != Kind::HostRemoved)
            continue;
        const int index = design->hostIndex(change.host);
        if (target.hostIndex(change.host) >= 0 || index < 0)
            continue;
        for (int l = int(design->links().size()) - 1; l >= 0; --l) {
            if (design->links().at(l).a == change.host || design->links().at(l).b == change.host)
                design->removeLink(l);
        }
        design->removeHost(index);
    }
}

void ChangeAttribution::attribute(
    Direction direction, QList<Target> *targets, const QList<int> &open, AttributionStats *stats)
{
    Side base;
    base.index(direction == Direction::TakeBack ? m_changes.after : m_changes.before,
        direction == Direction::TakeBack ? m_changes.derivedAfter : m_changes.derivedBefore);
    const Design &towards = direction == Direction::TakeBack ? m_changes.before : m_changes.after;

    QHash<QString, QList<int>> targetsOfHost;
    for (const int t : open) {
        for (const QString &host : targets->at(t).hosts)
            targetsOfHost[host].append(t);
    }
    for (int c = 0; c < m_changes.designChanges.size(); ++c) {
        const QList<int> members = unit(c, direction);
        QSet<QString> hosts;
        for (const int member : members)
            hosts.unite(reach(member));
        QList<int> about;
        for (const QString &host : std::as_const(hosts))
            about += targetsOfHost.value(host);
        if (about.isEmpty())
            continue;
        std::sort(about.begin(), about.end());
        about.erase(std::unique(about.begin(), about.end()), about.end());

        ++stats->tests;
        const Snapshot whole = Snapshot::ofSide(base, hosts);
        Design tried;
        if (!m_wholeDesign) {
            tried = base.restrictedTo(context(hosts));
            stats->derivedHosts += int(tried.hosts().size());
        }
        if (m_wholeDesign || !(Snapshot::of(tried, m_engine.derive(tried), hosts) == whole)) {
            // The cut-down design does not derive these items as the whole one does: try the whole.
            tried = *base.design;
            ++stats->wholeDesignDerivations;
        }
        moveTowards(&tried, members, towards);
        const Snapshot without = Snapshot::of(tried, m_engine.derive(tried), hosts);
        stats->derivedHosts += int(tried.hosts().size());
        for (const int t : std::as_const(about)) {
            Target &target = (*targets)[t];
            if (whole.differs(without, target) && !target.because.contains(c))
                target.because.append(c);
        }
    }
}

void ChangeAttribution::run(QList<Target> *targets, AttributionStats *stats)
{
    QList<int> all;
    for (int t = 0; t < targets->size(); ++t)
        all.append(t);
    attribute(Direction::TakeBack, targets, all, stats);

    QList<int> unexplained;
    for (int t = 0; t < targets->size(); ++t) {
        if (targets->at(t).because.isEmpty())
            unexplained.append(t);
    }
    if (unexplained.isEmpty())
        return;
    stats->secondPass += int(unexplained.size());
    attribute(Direction::ApplyAlone, targets, unexplained, stats);

    for (const int t : std::as_const(unexplained)) {
        Target &target = (*targets)[t];
        if (!target.because.isEmpty())
            continue;
        for (int c = 0; c < m_changes.designChanges.size(); ++c) {
            QSet<QString> hosts;
            for (const int member : unit(c, Direction::TakeBack))
                hosts.unite(reach(member));
            const bool touches = std::any_of(target.hosts.cbegin(), target.hosts.cend(),
                [&hosts](const QString &host) { return hosts.contains(host); });
            if (touches)
                target.because.append(c);
        }
        if (!target.because.isEmpty())
            ++stats->unexplained;
    }
    for (Target &target : *targets)
        std::sort(target.because.begin(), target.because.end());
}

} // namespace portolan
