#include "derivationstate.h"

#include "findingmessage.h"

#include "steps.h"

#include <numeric>

namespace portolan {

namespace {

QList<int> allIndexes(qsizetype count)
{
    QList<int> indexes(count);
    std::iota(indexes.begin(), indexes.end(), 0);
    return indexes;
}

QList<int> flagged(const QList<bool> &flags)
{
    QList<int> indexes;
    for (int i = 0; i < flags.size(); ++i) {
        if (flags.at(i))
            indexes.append(i);
    }
    return indexes;
}

/** Union-find over host indexes, with path halving. */
class Components
{
public:
    explicit Components(qsizetype count)
        : m_parent(allIndexes(count))
    { }
    int find(int x)
    {
        while (m_parent.at(x) != x) {
            m_parent[x] = m_parent.at(m_parent.at(x));
            x = m_parent.at(x);
        }
        return x;
    }
    void join(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QList<int> m_parent;
};

void shiftIndex(int *index, int from, int delta)
{
    if (*index >= from)
        *index += delta;
}

void shiftFindings(QList<Finding> *findings, int from, int delta)
{
    for (Finding &finding : *findings) {
        for (int &host : finding.hosts)
            shiftIndex(&host, from, delta);
    }
}

} // namespace

DerivationState::DerivationState(std::shared_ptr<const CatalogBinding> catalogBinding)
    : binding(std::move(catalogBinding))
{
    clear();
}

void DerivationState::clear()
{
    hosts.clear();
    links.clear();
    components = QList<QList<Component>>(binding->systems().size());
    componentOf = QList<QList<int>>(binding->systems().size());
    adjacencyStart = {0};
    adjacency.clear();
    records.clear();
    order.clear();
    blockRows.clear();
    liveRecords = liveOrder = liveBlockRows = 0;
    ports = binding->literalPorts();
    portIndex.clear();
    for (int i = 1; i < ports.size(); ++i)
        portIndex.insert(ports.at(i).toString(), i);
    notes = binding->literalNotes();
    noteIndex.clear();
    zoneKeys.clear();
    for (int i = 1; i < notes.size(); ++i)
        noteIndex.insert(notes.at(i), i);
    paramFindings.clear();
    ruleFindings.clear();
    zoneFindings.clear();
    ephemeral.clear();
    m_result = Derivation();
    m_spans.clear();
}

int DerivationState::internPorts(const QString &text, const PortSet &set)
{
    if (set.isEmpty())
        return 0;
    auto found = portIndex.constFind(text);
    if (found == portIndex.constEnd()) {
        found = portIndex.insert(text, int(ports.size()));
        ports.append(set);
    }
    return *found;
}

int DerivationState::portsFromText(const QString &text, QString *problem)
{
    if (const auto found = portIndex.constFind(text); found != portIndex.constEnd())
        return *found;
    PortSet set;
    if (!PortSet::parse(text, &set, problem))
        return -1;
    if (set.isEmpty())
        return 0;
    portIndex.insert(text, int(ports.size()));
    ports.append(set);
    return int(ports.size() - 1);
}

int DerivationState::zoneKey(const QString &zone)
{
    auto found = zoneKeys.constFind(zone);
    if (found == zoneKeys.constEnd())
        found = zoneKeys.insert(zone, int(zoneKeys.size()));
    return *found;
}

int DerivationState::internNotes(const QString &text)
{
    if (text.isEmpty())
        return 0;
    auto found = noteIndex.constFind(text);
    if (found == noteIndex.constEnd()) {
        found = noteIndex.insert(text, int(notes.size()));
        notes.append(text);
    }
    return *found;
}

void DerivationState::setRecords(Range *range, qsizetype first)
{
    liveRecords -= range->count;
    *range = {first, int(records.size() - first)};
    liveRecords += range->count;
}

void DerivationState::dropRecords(Range *range)
{
    liveRecords -= range->count;
    *range = {records.size(), 0};
}

Value DerivationState::param(int host, int nameId) const
{
    const HostState &state = hosts.at(host);
    if (state.type < 0)
        return Value();
    const int slot = binding->type(state.type).paramIndex(nameId);
    return slot < 0 ? Value() : state.params.at(slot);
}

bool DerivationState::resolveLinkEnds(int index)
{
    const Link &link = design->links().at(index);
    LinkState &state = links[index];
    state.a = design->hostIndex(link.a);
    state.b = design->hostIndex(link.b);
    return state.a >= 0 && state.b >= 0;
}

void DerivationState::rebuildAdjacency()
{
    const qsizetype count = hosts.size();
    adjacencyStart.fill(0, count + 1);
    for (const LinkState &link : std::as_const(links)) {
        if (link.a < 0)
            continue;
        ++adjacencyStart[link.a + 1];
        if (link.b != link.a)
            ++adjacencyStart[link.b + 1];
    }
    for (qsizetype h = 0; h < count; ++h)
        adjacencyStart[h + 1] += adjacencyStart.at(h);
    adjacency.resize(adjacencyStart.at(count));
    QList<int> next = adjacencyStart;
    for (int l = 0; l < links.size(); ++l) {
        const LinkState &link = links.at(l);
        if (link.a < 0)
            continue;
        adjacency[next[link.a]++] = l;
        if (link.b != link.a)
            adjacency[next[link.b]++] = l;
    }
}

int DerivationState::firstLinkBetween(int a, int b) const
{
    for (const int *link = linksBegin(a); link != linksEnd(a); ++link) {
        const LinkState &state = links.at(*link);
        if ((state.a == a && state.b == b) || (state.a == b && state.b == a))
            return *link;
    }
    return -1;
}

void DerivationState::computeComponents(int system, bool reuse)
{
    const QList<bool> &member = binding->systems().at(system).member;
    const auto isMember
        = [&](int host) { return hosts.at(host).type >= 0 && member.at(hosts.at(host).type); };
    const qsizetype count = hosts.size();
    Components joined(count);
    for (const LinkState &link : std::as_const(links)) {
        if (link.a >= 0 && isMember(link.a) && isMember(link.b))
            joined.join(link.a, link.b);
    }
    // Systems in the order of their first member; members in design order.
    QList<Component> fresh;
    QList<int> freshOf(count, -1);
    QList<int> ofRoot(count, -1);
    for (int host = 0; host < count; ++host) {
        if (!isMember(host))
            continue;
        int &slot = ofRoot[joined.find(host)];
        if (slot < 0) {
            slot = int(fresh.size());
            fresh.append(Component());
            fresh.back().dirty = true;
        }
        fresh[slot].members.append(host);
        freshOf[host] = slot;
    }
    QList<Component> &old = components[system];
    QList<bool> kept(old.size(), false);
    if (reuse) {
        // A system whose members are the same hosts, none of them changed, keeps its flows.
        const bool readsLinks = binding->systemRulesReadLinks();
        for (Component &component : fresh) {
            const int before = componentOf.at(system).at(component.members.front());
            if (before < 0 || kept.at(before) || old.at(before).dirty
                || old.at(before).members != component.members)
                continue;
            const bool changed
                = std::any_of(component.members.cbegin(), component.members.cend(), [&](int host) {
                      return hosts.at(host).dirty || (readsLinks && hosts.at(host).contextDirty);
                  });
            if (changed)
                continue;
            component.records = old.at(before).records;
            component.bySource = old.at(before).bySource;
            component.sourceStart = old.at(before).sourceStart;
            component.byDestination = old.at(before).byDestination;
            component.destinationStart = old.at(before).destinationStart;
            component.findings = old.at(before).findings;
            component.dirty = false;
            kept[before] = true;
        }
    }
    for (qsizetype c = 0; c < old.size(); ++c) {
        if (kept.at(c))
            continue;
        Component &gone = old[c];
        dropRecords(&gone.records);
        if (!gone.findings.isEmpty())
            findingsTouched = true;
        for (const int host : std::as_const(gone.members))
            hosts[host].affected = true;
    }
    old = std::move(fresh);
    componentOf[system] = std::move(freshOf);
}

void DerivationState::indexComponent(Component *component) const
{
    const QList<int> &members = component->members;
    const auto place = [&](bool byDestination, QList<int> *indexes, QList<int> *starts) {
        starts->fill(0, members.size() + 1);
        const Range &range = component->records;
        QList<int> memberOf(range.count);
        for (int k = 0; k < range.count; ++k) {
            const FlowRecord &record = records.at(range.first + k);
            const int host = byDestination ? record.destination : record.source;
            memberOf[k] = int(std::lower_bound(members.cbegin(), members.cend(), host) - members.cbegin());
            ++(*starts)[memberOf.at(k) + 1];
        }
        for (qsizetype m = 0; m < members.size(); ++m)
            (*starts)[m + 1] += starts->at(m);
        indexes->resize(range.count);
        QList<int> next = *starts;
        for (int k = 0; k < range.count; ++k)
            (*indexes)[next[memberOf.at(k)]++] = int(range.first + k);
    };
    place(false, &component->bySource, &component->sourceStart);
    place(true, &component->byDestination, &component->destinationStart);
}

void DerivationState::deriveDirtyComponents()
{
    for (int s = 0; s < components.size(); ++s) {
        for (Component &component : components[s]) {
            if (!component.dirty)
                continue;
            steps::deriveSystemFlows(*this, s, &component);
            indexComponent(&component);
            component.dirty = false;
            for (const int host : std::as_const(component.members))
                hosts[host].affected = true;
        }
    }
}

void DerivationState::deriveAll(const Design &target)
{
    clear();
    design = &target;
    const qsizetype hostCount = target.hosts().size();
    hosts.resize(hostCount);
    links.resize(target.links().size());
    QList<int> validLinks;
    validLinks.reserve(links.size());
    qsizetype recordEstimate = 0;
    for (int l = 0; l < links.size(); ++l) {
        // A link to a host the design lacks takes no part (the design readers refuse those).
        if (resolveLinkEnds(l))
            validLinks.append(l);
        else
            links[l].a = links[l].b = -1;
    }
    rebuildAdjacency();
    const QList<int> all = allIndexes(hostCount);
    steps::resolveHosts(*this, all);

    // A link between two hosts already linked adds nothing.
    QHash<quint64, int> seen;
    seen.reserve(validLinks.size());
    for (const int l : std::as_const(validLinks)) {
        LinkState &link = links[l];
        const quint64 key = (quint64(qMin(link.a, link.b)) << 32) | quint64(qMax(link.a, link.b));
        const auto found = seen.constFind(key);
        if (found != seen.constEnd())
            link.repeats = *found;
        else
            seen.insert(key, l);
        bool swapped = false;
        const int typeA = hosts.at(link.a).type;
        const int typeB = hosts.at(link.b).type;
        if (const CatalogBinding::LinkMeaning *meaning
            = typeA < 0 || typeB < 0 ? nullptr : binding->link(typeA, typeB, &swapped)) {
            for (const CatalogBinding::Flow &flow : meaning->flows)
                recordEstimate += flow.protocols.size() * (flow.rule->bothWays ? 2 : 1);
        }
    }
    records.reserve(recordEstimate + recordEstimate / 8 + 64);
    steps::deriveLinkFlows(*this, validLinks);
    for (int s = 0; s < components.size(); ++s)
        computeComponents(s, false);
    deriveDirtyComponents();
    steps::applyHostRules(*this, all);
    steps::checkZones(*this, all);
    steps::removeRepeatedPorts(*this, all);
    order.reserve(records.size());
    steps::deriveBlocks(*this, all);
    steps::orderFlows(*this, all);
    for (HostState &host : hosts)
        host.affected = false;
    materializeAll();
    m_findingsChanged = true;
    m_spans = {{0, 0, int(m_result.flows.size())}};
    m_derived = true;
    design = nullptr;
}

void DerivationState::hostInsertedAt(int index)
{
    hosts.insert(index, HostState());
    HostState &host = hosts[index];
    host.dirty = host.affected = true;
    for (LinkState &link : links) {
        shiftIndex(&link.a, index, 1);
        shiftIndex(&link.b, index, 1);
        shiftFindings(&link.findings, index, 1);
    }
    for (int s = 0; s < components.size(); ++s) {
        for (Component &component : components[s]) {
            for (int &member : component.members)
                shiftIndex(&member, index, 1);
            shiftFindings(&component.findings, index, 1);
        }
        componentOf[s].insert(index, -1);
    }
    for (FlowRecord &record : records) {
        shiftIndex(&record.source, index, 1);
        shiftIndex(&record.destination, index, 1);
    }
    for (QList<Finding> *list : {&paramFindings, &ruleFindings, &zoneFindings})
        shiftFindings(list, index, 1);
    for (EphemeralRange &range : ephemeral)
        shiftIndex(&range.host, index, 1);
}

void DerivationState::hostRemovedAt(int index)
{
    HostState &gone = hosts[index];
    liveOrder -= gone.allowed.count;
    liveBlockRows -= gone.blocks.count;
    for (QList<Finding> *list : {&paramFindings, &ruleFindings, &zoneFindings}) {
        const auto [first, end] = steps::hostRange(*list, index);
        if (end > first) {
            list->remove(first, end - first);
            findingsTouched = true;
        }
    }
    const auto [first, end] = steps::hostRange(ephemeral, index);
    if (end > first) {
        ephemeral.remove(first, end - first);
        ephemeralTouched = true;
    }
    for (int s = 0; s < components.size(); ++s) {
        const int c = componentOf.at(s).at(index);
        if (c < 0)
            continue;
        // The system loses a member: its flows and findings are derived again.
        Component &component = components[s][c];
        component.dirty = true;
        component.members.removeOne(index);
        for (const int member : std::as_const(component.members))
            hosts[member].affected = true;
    }
    hosts.remove(index);
    const int from = index + 1;
    for (LinkState &link : links) {
        shiftIndex(&link.a, from, -1);
        shiftIndex(&link.b, from, -1);
        shiftFindings(&link.findings, from, -1);
    }
    for (int s = 0; s < components.size(); ++s) {
        for (Component &component : components[s]) {
            for (int &member : component.members)
                shiftIndex(&member, from, -1);
            shiftFindings(&component.findings, from, -1);
        }
        componentOf[s].remove(index);
    }
    for (FlowRecord &record : records) {
        shiftIndex(&record.source, from, -1);
        shiftIndex(&record.destination, from, -1);
    }
    for (QList<Finding> *list : {&paramFindings, &ruleFindings, &zoneFindings})
        shiftFindings(list, from, -1);
    for (EphemeralRange &range : ephemeral)
        shiftIndex(&range.host, from, -1);
}

void DerivationState::linkInsertedAt(int index)
{
    for (LinkState &link : links) {
        shiftIndex(&link.repeats, index, 1);
        for (Finding &finding : link.findings)
            shiftIndex(&finding.link, index, 1);
    }
    LinkState fresh;
    fresh.dirty = true;
    fresh.records = {records.size(), 0};
    links.insert(index, fresh);
}

void DerivationState::linkRemovedAt(int index)
{
    LinkState &gone = links[index];
    dropRecords(&gone.records);
    for (const int end : {gone.a, gone.b}) {
        HostState &host = hosts[end];
        host.affected = host.contextDirty = true;
    }
    links.remove(index);
    const int from = index + 1;
    for (LinkState &link : links) {
        shiftIndex(&link.repeats, from, -1);
        for (Finding &finding : link.findings)
            shiftIndex(&finding.link, from, -1);
    }
}

bool DerivationState::replay(
    const EditLog &change, QList<bool> *removedOld, bool *zonesChanged, QList<bool> *systemsChanged)
{
    const QList<CatalogBinding::System> &systems = binding->systems();
    const auto markSystems = [&](int typeA, int typeB) {
        for (qsizetype s = 0; s < systems.size(); ++s) {
            const QList<bool> &member = systems.at(s).member;
            if (typeA >= 0 && typeB >= 0 && member.at(typeA) && member.at(typeB))
                (*systemsChanged)[s] = true;
        }
    };
    for (const EditLog::Step &step : change.steps()) {
        switch (step.kind) {
        case EditLog::Kind::HostInserted:
            if (step.index < 0 || step.index > hosts.size())
                return false;
            hostInsertedAt(step.index);
            break;
        case EditLog::Kind::HostRemoved: {
            if (step.index < 0 || step.index >= hosts.size())
                return false;
            // Editors remove a host's links first; a link left to a removed host is not a design.
            for (const LinkState &link : std::as_const(links)) {
                if (link.a == step.index || link.b == step.index)
                    return false;
            }
            const HostState &gone = hosts.at(step.index);
            if (gone.oldIndex >= 0)
                (*removedOld)[gone.oldIndex] = true;
            markSystems(gone.type, gone.type);
            hostRemovedAt(step.index);
            break;
        }
        case EditLog::Kind::HostChanged:
            if (step.index < 0 || step.index >= hosts.size())
                return false;
            hosts[step.index].dirty = true;
            break;
        case EditLog::Kind::LinkInserted:
            if (step.index < 0 || step.index > links.size())
                return false;
            linkInsertedAt(step.index);
            break;
        case EditLog::Kind::LinkRemoved:
        case EditLog::Kind::LinkChanged: {
            if (step.index < 0 || step.index >= links.size())
                return false;
            const LinkState &gone = links.at(step.index);
            if (gone.a < 0 || gone.b < 0)
                return false;
            markSystems(hosts.at(gone.a).type, hosts.at(gone.b).type);
            linkRemovedAt(step.index);
            if (step.kind == EditLog::Kind::LinkChanged)
                linkInsertedAt(step.index);
            break;
        }
        case EditLog::Kind::ZoneInserted:
        case EditLog::Kind::ZoneChanged:
        case EditLog::Kind::ZoneRemoved:
            *zonesChanged = true;
            break;
        }
    }
    return true;
}

void DerivationState::update(const Design &target, const EditLog &change)
{
    const qsizetype shownBefore = m_result.flows.size();
    const auto deriveWhole = [&] {
        deriveAll(target);
        m_spans = {{0, int(shownBefore), int(m_result.flows.size())}};
    };
    if (!m_derived || change.isReset()) {
        deriveWhole();
        return;
    }
    if (change.isEmpty()) {
        m_spans.clear();
        m_findingsChanged = false;
        return;
    }
    design = &target;
    m_spans.clear();
    findingsTouched = ephemeralTouched = false;
    const qsizetype oldCount = hosts.size();
    QList<int> oldAllowed(oldCount);
    QList<int> oldBlocks(oldCount);
    for (int h = 0; h < oldCount; ++h) {
        HostState &host = hosts[h];
        oldAllowed[h] = host.allowed.count;
        oldBlocks[h] = host.blocks.count;
        host.oldIndex = h;
        host.dirty = host.contextDirty = host.affected = false;
    }
    for (LinkState &link : links)
        link.dirty = false;
    QList<bool> removedOld(oldCount, false);
    bool zonesChanged = false;
    QList<bool> systemsChanged(components.size(), false);
    if (!replay(change, &removedOld, &zonesChanged, &systemsChanged) || hosts.size() != target.hosts().size()
        || links.size() != target.links().size()) {
        deriveWhole(); // a change that does not describe the design: derive it all
        return;
    }
    const bool hostsMoved
        = std::any_of(removedOld.cbegin(), removedOld.cend(), [](bool removed) { return removed; })
        || hosts.size() != oldCount;
    const bool linksMoved = std::any_of(change.steps().cbegin(), change.steps().cend(), [](const auto &step) {
        return step.kind == EditLog::Kind::LinkInserted || step.kind == EditLog::Kind::LinkRemoved
            || step.kind == EditLog::Kind::LinkChanged;
    });
    for (int l = 0; l < links.size(); ++l) {
        if (!links.at(l).dirty)
            continue;
        if (!resolveLinkEnds(l)) {
            deriveWhole();
            return;
        }
    }
    if (hostsMoved || linksMoved) {
        rebuildAdjacency();
        findingsTouched = true; // findings name hosts and links by index
    }

    // Hosts that changed: their type and parameters; a new type changes what their neighbours
    // count with linked(), and which systems they belong to.
    const QList<CatalogBinding::System> &systems = binding->systems();
    QList<int> changedHosts;
    QList<int> typesBefore;
    for (int h = 0; h < hosts.size(); ++h) {
        if (hosts.at(h).dirty) {
            changedHosts.append(h);
            typesBefore.append(hosts.at(h).oldIndex < 0 ? -2 : hosts.at(h).type);
        }
    }
    steps::resolveHosts(*this, changedHosts);
    for (qsizetype i = 0; i < changedHosts.size(); ++i) {
        const int h = changedHosts.at(i);
        const int before = typesBefore.at(i);
        const int after = hosts.at(h).type;
        if (before == after)
            continue;
        for (const int *link = linksBegin(h); link != linksEnd(h); ++link)
            hosts[otherEnd(*link, h)].contextDirty = true;
        for (qsizetype s = 0; s < systems.size(); ++s) {
            const QList<bool> &member = systems.at(s).member;
            if ((before >= 0 && member.at(before)) || (after >= 0 && member.at(after)))
                systemsChanged[s] = true;
        }
    }
    for (const LinkState &link : std::as_const(links)) {
        if (!link.dirty)
            continue;
        hosts[link.a].contextDirty = hosts[link.b].contextDirty = true;
        hosts[link.a].affected = hosts[link.b].affected = true;
        for (qsizetype s = 0; s < systems.size(); ++s) {
            const QList<bool> &member = systems.at(s).member;
            const int typeA = hosts.at(link.a).type;
            const int typeB = hosts.at(link.b).type;
            if (typeA >= 0 && typeB >= 0 && member.at(typeA) && member.at(typeB))
                systemsChanged[s] = true;
        }
    }

    // Links to derive again: new ones, those of changed hosts, and those whose repeat status
    // changed; with rules that read linked(), those of hosts whose neighbours changed.
    QList<bool> deriveLink(links.size(), false);
    const bool linkRulesReadLinks = binding->linkRulesReadLinks();
    for (int h = 0; h < hosts.size(); ++h) {
        const HostState &host = hosts.at(h);
        if (!host.dirty && !host.contextDirty && !host.affected)
            continue;
        for (const int *link = linksBegin(h); link != linksEnd(h); ++link) {
            LinkState &state = links[*link];
            if (host.dirty || state.dirty || (linkRulesReadLinks && host.contextDirty))
                deriveLink[*link] = true;
            const int first = firstLinkBetween(state.a, state.b);
            const int repeats = first == *link ? -1 : first;
            if (repeats != state.repeats) {
                state.repeats = repeats;
                deriveLink[*link] = true;
                findingsTouched = true;
            }
        }
    }
    const QList<int> linkList = flagged(deriveLink);
    for (const int l : linkList) {
        const LinkState &link = links.at(l);
        if (link.repeats >= 0 || !link.meaning)
            findingsTouched = true;
    }
    steps::deriveLinkFlows(*this, linkList);
    for (const int l : linkList) {
        const LinkState &link = links.at(l);
        hosts[link.a].affected = hosts[link.b].affected = true;
        if (link.repeats >= 0 || !link.meaning)
            findingsTouched = true;
    }

    // Redundant systems: rebuilt where membership may have changed, else derived again where a
    // member changed.
    const bool systemRulesReadLinks = binding->systemRulesReadLinks();
    for (int s = 0; s < components.size(); ++s) {
        if (systemsChanged.at(s)) {
            computeComponents(s, true);
            continue;
        }
        for (Component &component : components[s]) {
            for (const int member : std::as_const(component.members)) {
                const HostState &host = hosts.at(member);
                if (host.dirty || (systemRulesReadLinks && host.contextDirty))
                    component.dirty = true;
            }
        }
    }
    deriveDirtyComponents();

    const bool hostRulesReadLinks = binding->hostRulesReadLinks();
    QList<int> ruleHosts;
    QList<int> sources;
    QList<int> blockHosts;
    QList<bool> allowedChanged(hosts.size(), false);
    QList<bool> blocksChanged(hosts.size(), false);
    for (int h = 0; h < hosts.size(); ++h) {
        HostState &host = hosts[h];
        const bool rules = host.dirty || (hostRulesReadLinks && host.contextDirty);
        if (rules)
            ruleHosts.append(h);
        if (host.dirty || host.affected) {
            sources.append(h);
            allowedChanged[h] = true;
        }
        if (rules || host.dirty || host.affected) {
            blockHosts.append(h);
            blocksChanged[h] = true;
        }
        if (host.oldIndex < 0)
            allowedChanged[h] = blocksChanged[h] = true;
    }
    steps::applyHostRules(*this, ruleHosts);
    steps::checkZones(*this, zonesChanged ? allIndexes(hosts.size()) : changedHosts);
    steps::removeRepeatedPorts(*this, sources);
    steps::deriveBlocks(*this, blockHosts);
    steps::orderFlows(*this, sources);

    materializeChanges(oldAllowed, oldBlocks, removedOld, allowedChanged, blocksChanged);
    m_findingsChanged = findingsTouched;
    if (findingsTouched)
        assembleFindings();
    if (ephemeralTouched || hostsMoved)
        m_result.ephemeral = ephemeral;
    compact();
    design = nullptr;
}

void DerivationState::appendAllowed(QList<Flow> *flows, int host) const
{
    const HostState &state = hosts.at(host);
    for (qsizetype k = state.allowed.first; k < state.allowed.first + state.allowed.count; ++k) {
        const FlowRecord &record = records.at(order.at(k));
        const FlowTemplate &rule = *record.rule->rule;
        Flow &flow = flows->emplace_back();
        flow.source = record.source;
        flow.destination = record.destination;
        flow.protocol = record.protocol;
        flow.ports = ports.at(record.keptPorts);
        flow.sourcePorts = ports.at(record.sourcePorts);
        flow.service = rule.service;
        flow.rule = rule.rule;
        flow.reference = rule.reference;
        flow.notes = notes.at(record.notes);
        flow.crossesZones = hosts.at(record.destination).zone != state.zone;
    }
}

void DerivationState::appendBlocks(QList<Flow> *flows, int host) const
{
    const HostState &state = hosts.at(host);
    for (qsizetype k = state.blocks.first; k < state.blocks.first + state.blocks.count; ++k) {
        const BlockRow &row = blockRows.at(k);
        const FlowTemplate &rule = *row.rule->rule;
        Flow &flow = flows->emplace_back();
        flow.destination = host;
        flow.protocol = row.protocol;
        flow.ports = ports.at(row.ports);
        flow.action = Action::Block;
        flow.service = rule.service;
        flow.rule = rule.rule;
        flow.reference = rule.reference;
        flow.notes = notes.at(row.notes);
        flow.crossesZones = true;
    }
}

void DerivationState::materializeAll()
{
    QList<Flow> &flows = m_result.flows;
    flows.clear();
    flows.reserve(liveOrder + liveBlockRows);
    for (int h = 0; h < hosts.size(); ++h)
        appendAllowed(&flows, h);
    for (int h = 0; h < hosts.size(); ++h)
        appendBlocks(&flows, h);
    assembleFindings();
    m_result.ephemeral = ephemeral;
}

void DerivationState::materializeChanges(const QList<int> &oldAllowed, const QList<int> &oldBlocks,
    const QList<bool> &removedOld, const QList<bool> &allowedChanged, const QList<bool> &blocksChanged)
{
    const qsizetype oldCount = oldAllowed.size();
    const qsizetype count = hosts.size();
    bool moved = count != oldCount;
    bool sameSizes = true;
    Q_UNUSED(removedOld); // a removed host leaves another host at a new index, or fewer hosts
    for (int h = 0; h < count && !moved; ++h) {
        const HostState &host = hosts.at(h);
        moved = host.oldIndex != h;
        sameSizes = sameSizes && (!allowedChanged.at(h) || host.allowed.count == oldAllowed.at(h))
            && (!blocksChanged.at(h) || host.blocks.count == oldBlocks.at(h));
    }
    QList<Flow> &flows = m_result.flows;
    if (!moved && sameSizes) {
        // Every changed host keeps as many flows: write them in place.
        QList<Flow> fresh;
        qsizetype position = 0;
        const auto rewrite = [&](int h, int shown, bool changed, bool blocks) {
            if (changed && shown > 0) {
                fresh.clear();
                blocks ? appendBlocks(&fresh, h) : appendAllowed(&fresh, h);
                std::move(fresh.begin(), fresh.end(), flows.begin() + position);
                m_spans.append({int(position), shown, shown});
            }
            position += shown;
        };
        for (int h = 0; h < count; ++h)
            rewrite(h, oldAllowed.at(h), allowedChanged.at(h), false);
        for (int h = 0; h < count; ++h)
            rewrite(h, oldBlocks.at(h), blocksChanged.at(h), true);
        return;
    }

    // Hosts came, went or changed their number of flows: lay the list out again, moving the
    // flows of unchanged hosts (their host indexes follow the hosts) and deriving the rest.
    QList<int> newOfOld(oldCount, -1);
    for (int h = 0; h < count; ++h) {
        if (hosts.at(h).oldIndex >= 0)
            newOfOld[hosts.at(h).oldIndex] = h;
    }
    QList<Flow> fresh;
    fresh.reserve(liveOrder + liveBlockRows);
    const bool owned = flows.isDetached();
    Flow *const old = owned ? flows.data() : nullptr;
    qsizetype oldPosition = 0;
    const auto addSpan = [this](qsizetype first, int removed, int inserted) {
        if (removed == 0 && inserted == 0)
            return;
        if (!m_spans.isEmpty() && m_spans.back().first + m_spans.back().inserted == first) {
            m_spans.back().removed += removed;
            m_spans.back().inserted += inserted;
        } else {
            m_spans.append({int(first), removed, inserted});
        }
    };
    const auto section = [&](const QList<int> &oldShown, const QList<bool> &changed, bool blocks) {
        qsizetype i = 0;
        int j = 0;
        while (i < oldCount || j < count) {
            if (i < oldCount && newOfOld.at(i) < 0) {
                addSpan(fresh.size(), oldShown.at(i), 0);
                oldPosition += oldShown.at(i);
                ++i;
                continue;
            }
            const qsizetype first = fresh.size();
            if (j < count && hosts.at(j).oldIndex < 0) {
                blocks ? appendBlocks(&fresh, j) : appendAllowed(&fresh, j);
                addSpan(first, 0, int(fresh.size() - first));
                ++j;
                continue;
            }
            const int shown = oldShown.at(i);
            if (changed.at(j)) {
                blocks ? appendBlocks(&fresh, j) : appendAllowed(&fresh, j);
                addSpan(first, shown, int(fresh.size() - first));
            } else {
                for (qsizetype k = oldPosition; k < oldPosition + shown; ++k) {
                    if (owned)
                        fresh.append(std::move(old[k]));
                    else
                        fresh.append(flows.at(k));
                    Flow &placed = fresh.back();
                    if (placed.source >= 0)
                        placed.source = newOfOld.at(placed.source);
                    placed.destination = newOfOld.at(placed.destination);
                }
            }
            oldPosition += shown;
            ++i;
            ++j;
        }
    };
    section(oldAllowed, allowedChanged, false);
    section(oldBlocks, blocksChanged, true);
    flows = std::move(fresh);
}

void DerivationState::assembleFindings()
{
    QList<Finding> all;
    all.reserve(paramFindings.size() + ruleFindings.size() + zoneFindings.size() + 16);
    all += paramFindings;
    const QList<Link> &designLinks = design->links();
    const QList<Host> &designHosts = design->hosts();
    for (int l = 0; l < links.size(); ++l) {
        const LinkState &link = links.at(l);
        if (link.a < 0)
            continue;
        const Link &written = designLinks.at(l);
        if (link.repeats >= 0) {
            QList<Mention> mentions;
            const QString message
                = steps::composeMessage(Catalog::tr("Link %1 (%2 - %3) repeats link %4; it adds nothing."),
                    {l, steps::MessageArg::host(written.a), steps::MessageArg::host(written.b), link.repeats},
                    &mentions);
            all.append({Severity::Warning, {link.a, link.b}, l, QStringLiteral("design.repeated-link"),
                message, QString(), mentions});
        } else if (!link.meaning) {
            const int typeA = hosts.at(link.a).type;
            const int typeB = hosts.at(link.b).type;
            QList<Mention> mentions;
            const QString message = steps::composeMessage(
                Catalog::tr("Link %1 (%2 - %3): the catalog gives no meaning to a link between "
                            "a %4 and a %5."),
                {l, steps::MessageArg::host(written.a), steps::MessageArg::host(written.b),
                    typeA >= 0 ? binding->type(typeA).name : designHosts.at(link.a).type,
                    typeB >= 0 ? binding->type(typeB).name : designHosts.at(link.b).type},
                &mentions);
            all.append({Severity::Error, {link.a, link.b}, l, QStringLiteral("design.link-meaning"), message,
                QString(), mentions});
        } else {
            all += link.findings;
        }
    }
    for (const QList<Component> &system : std::as_const(components)) {
        for (const Component &component : system)
            all += component.findings;
    }
    all += ruleFindings;
    all += zoneFindings;
    m_result.findings = std::move(all);
}

void DerivationState::compact()
{
    const bool records_ = records.size() > 2 * liveRecords + 65536;
    const bool order_ = order.size() > 2 * liveOrder + 65536;
    const bool blocks_ = blockRows.size() > 2 * liveBlockRows + 16384;
    if (!records_ && !order_ && !blocks_)
        return;
    // Records move to a fresh list in unit order; orders point at them by index.
    QList<int> newIndex(records.size(), -1);
    QList<FlowRecord> freshRecords;
    freshRecords.reserve(liveRecords);
    const auto moveRange = [&](Range *range) {
        const qsizetype first = freshRecords.size();
        for (qsizetype r = range->first; r < range->first + range->count; ++r) {
            newIndex[r] = int(freshRecords.size());
            freshRecords.append(records.at(r));
        }
        range->first = first;
    };
    for (LinkState &link : links)
        moveRange(&link.records);
    for (QList<Component> &system : components) {
        for (Component &component : system) {
            moveRange(&component.records);
            for (QList<int> *indexes : {&component.bySource, &component.byDestination}) {
                for (int &index : *indexes)
                    index = newIndex.at(index);
            }
        }
    }
    records = std::move(freshRecords);
    liveRecords = records.size();
    QList<int> freshOrder;
    freshOrder.reserve(liveOrder);
    QList<BlockRow> freshRows;
    freshRows.reserve(liveBlockRows);
    for (HostState &host : hosts) {
        const qsizetype first = freshOrder.size();
        for (qsizetype k = host.allowed.first; k < host.allowed.first + host.allowed.count; ++k)
            freshOrder.append(newIndex.at(order.at(k)));
        host.allowed.first = first;
        const qsizetype firstRow = freshRows.size();
        for (qsizetype k = host.blocks.first; k < host.blocks.first + host.blocks.count; ++k)
            freshRows.append(blockRows.at(k));
        host.blocks.first = firstRow;
    }
    order = std::move(freshOrder);
    liveOrder = order.size();
    blockRows = std::move(freshRows);
    liveBlockRows = blockRows.size();
}

} // namespace portolan
