#pragma once

#include "catalogbinding.h"
#include "derivation.h"
#include "editlog.h"
#include "flowspan.h"
#include "model/design.h"

#include <QHash>
#include <QList>

#include <memory>

namespace portolan {

/**
 * A flow as the steps produce it: host indexes, the catalog rule and indexes of shared port sets
 * and notes. Forty bytes; it becomes a Flow of the derivation only once, in its final place.
 */
struct FlowRecord
{
    int source = -1; ///< host index
    int destination = -1;
    const CatalogBinding::Flow *rule = nullptr;
    int ports = 0; ///< index in DerivationState::ports
    int sourcePorts = 0;
    int notes = 0; ///< index in DerivationState::notes
    int keptPorts = 0; ///< the ports left once the source's earlier flows are taken away
    Protocol protocol = Protocol::Tcp;
    bool kept = true; ///< false when earlier flows of the source already cover every port
};

/** A recommended block row of a host: from any source outside its zone. */
struct BlockRow
{
    const CatalogBinding::Flow *rule = nullptr;
    int ports = 0;
    int notes = 0;
    Protocol protocol = Protocol::Tcp;
};

/** A contiguous run of a list kept by DerivationState (records, orders, block rows). */
struct Range
{
    qsizetype first = 0;
    int count = 0;
};

} // namespace portolan

Q_DECLARE_TYPEINFO(portolan::FlowRecord, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(portolan::BlockRow, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(portolan::Range, Q_PRIMITIVE_TYPE);

namespace portolan {

/**
 * Everything the rule engine keeps of one design's derivation, split by what produced it: per
 * host its resolved parameters, its allowed flows in final order, its block rows and findings;
 * per link its flows and findings; per redundant system (connected members) its flows and
 * findings. The pipeline steps (steps.h) fill it for the units they are given: all of them for
 * a full derivation, only those an edit can affect for an update. Lists are index-aligned with
 * the design and shift when hosts or links are inserted or removed.
 *
 * Flow records, orders and block rows live in three lists that units refer to by range; a unit
 * that is derived again appends a fresh range and leaves its old one as garbage, which compact()
 * removes once it outweighs what is alive.
 */
class DerivationState
{
public:
    explicit DerivationState(std::shared_ptr<const CatalogBinding> binding);

    /// Derives the whole design; the result replaces any earlier one.
    void deriveAll(const Design &design);
    /// Brings the derivation up to date after `change` made `design` of the design it was made from.
    void update(const Design &design, const EditLog &change);

    const Derivation &result() const { return m_result; }
    Derivation takeResult() { return std::move(m_result); }
    /// How the flows changed in the last update, in increasing order (see FlowSpan).
    const QList<FlowSpan> &flowSpans() const { return m_spans; }
    bool findingsChanged() const { return m_findingsChanged; }

    // --- What the steps read and write ------------------------------------------------------

    struct HostState
    {
        int type = -1; ///< index in the catalog's types
        int zone = -1; ///< the zone id as a number: equal numbers, equal ids (zoneKey())
        QList<Value> params; ///< resolved: written value, or default
        Range allowed; ///< record indexes in `order`: the host's allowed flows as sources, sorted
        Range blocks; ///< rows in `blockRows`
        // Update bookkeeping.
        int oldIndex = -1; ///< index before the update; -1 when inserted by it
        bool dirty = false; ///< the host itself changed
        bool contextDirty = false; ///< the hosts it is linked to changed
        bool affected = false; ///< flows from or to it may have changed
    };
    struct LinkState
    {
        int a = -1; ///< host index of the link's first end
        int b = -1;
        int repeats = -1; ///< index of the earlier link between the same hosts, or -1
        const CatalogBinding::LinkMeaning *meaning = nullptr; ///< null: the catalog gives none
        bool swapped = false;
        bool dirty = false;
        Range records;
        QList<Finding> findings; ///< from its rules (the repeat and meaning checks are made apart)
    };
    struct Component
    {
        QList<int> members; ///< host indexes, ascending
        Range records;
        /// Record indexes by source member (in member order), each member's in rule order;
        /// bySource[sourceStart[m]..sourceStart[m + 1]) are those from members[m].
        QList<int> bySource;
        QList<int> sourceStart;
        QList<int> byDestination; ///< likewise by destination member
        QList<int> destinationStart;
        QList<Finding> findings;
        bool dirty = false;
    };

    const Design *design = nullptr;
    std::shared_ptr<const CatalogBinding> binding;
    QList<HostState> hosts;
    QList<LinkState> links;
    QList<QList<Component>> components; ///< per system rule, in the order of their first member
    QList<QList<int>> componentOf; ///< per system rule, per host: index in components, or -1
    // Links by host: the indexes of the links that touch each host, ascending.
    QList<int> adjacencyStart;
    QList<int> adjacency;

    QList<FlowRecord> records;
    QList<int> order; ///< record indexes, by host ranges
    QList<BlockRow> blockRows;
    qsizetype liveRecords = 0;
    qsizetype liveOrder = 0;
    qsizetype liveBlockRows = 0;

    QList<PortSet> ports; ///< shared port sets; index 0 is the empty set
    QHash<QString, int> portIndex; ///< port text -> index in ports
    QList<QString> notes; ///< shared note texts; index 0 is empty
    QHash<QString, int> noteIndex;
    QHash<QString, int> zoneKeys;

    // Per-host outputs, sorted by host index: what resolveHosts, applyHostRules and checkZones
    // found, and the ephemeral ranges.
    QList<Finding> paramFindings;
    QList<Finding> ruleFindings;
    QList<Finding> zoneFindings;
    QList<EphemeralRange> ephemeral;

    int internPorts(const QString &text, const PortSet &set);
    /// The index of the port set a text names, parsing it the first time; -1 with *problem set
    /// when the text is not a port list.
    int portsFromText(const QString &text, QString *problem);
    int internNotes(const QString &text);
    /// A number for a zone id, the same for equal ids while this state lives.
    int zoneKey(const QString &zone);
    /// Links of a host: [begin, end) in `adjacency`.
    const int *linksBegin(int host) const { return adjacency.constData() + adjacencyStart.at(host); }
    const int *linksEnd(int host) const { return adjacency.constData() + adjacencyStart.at(host + 1); }
    /// The host at the other end of a link.
    int otherEnd(int link, int host) const
    {
        return links.at(link).a == host ? links.at(link).b : links.at(link).a;
    }

    /// Replaces a unit's range with records appended since `first`.
    void setRecords(Range *range, qsizetype first);
    void dropRecords(Range *range);
    /// A host's parameter by its catalog-wide name id, or null.
    Value param(int host, int nameId) const;
    /// Calls visit(record index) for every record from (or to) a host, in the order the rules
    /// give flows in: its links in design order, then its redundant systems in catalog order.
    /// Repeated ports and block exceptions follow that order.
    template <typename Visit> void forEachRecordFrom(int host, Visit visit) const
    {
        forEachRecord<false>(host, visit);
    }
    template <typename Visit> void forEachRecordTo(int host, Visit visit) const
    {
        forEachRecord<true>(host, visit);
    }
    /// Indexes a system's records by source and by destination member.
    void indexComponent(Component *component) const;

    bool findingsTouched = false; ///< a step changed findings in this run
    bool ephemeralTouched = false;

private:
    template <bool ToHost, typename Visit> void forEachRecord(int host, Visit visit) const
    {
        for (const int *link = linksBegin(host); link != linksEnd(host); ++link) {
            const Range &range = links.at(*link).records;
            for (qsizetype r = range.first; r < range.first + range.count; ++r) {
                const FlowRecord &record = records.at(r);
                if ((ToHost ? record.destination : record.source) == host)
                    visit(r);
            }
        }
        for (qsizetype s = 0; s < components.size(); ++s) {
            const int c = componentOf.at(s).at(host);
            if (c < 0)
                continue;
            const Component &component = components.at(s).at(c);
            const qsizetype member
                = std::lower_bound(component.members.cbegin(), component.members.cend(), host)
                - component.members.cbegin();
            const QList<int> &indexes = ToHost ? component.byDestination : component.bySource;
            const QList<int> &starts = ToHost ? component.destinationStart : component.sourceStart;
            for (int k = starts.at(member); k < starts.at(member + 1); ++k)
                visit(qsizetype(indexes.at(k)));
        }
    }

    void clear();
    bool resolveLinkEnds(int link);
    void rebuildAdjacency();
    int firstLinkBetween(int a, int b) const;
    void computeComponents(int system, bool reuse);
    void deriveDirtyComponents();
    void hostInsertedAt(int index);
    void hostRemovedAt(int index);
    void linkInsertedAt(int index);
    void linkRemovedAt(int index);
    bool replay(
        const EditLog &change, QList<bool> *removedOld, bool *zonesChanged, QList<bool> *systemsChanged);
    void materializeAll();
    void materializeChanges(const QList<int> &oldAllowed, const QList<int> &oldBlocks,
        const QList<bool> &removedOld, const QList<bool> &allowedChanged, const QList<bool> &blocksChanged);
    void assembleFindings();
    void appendAllowed(QList<Flow> *flows, int host) const;
    void appendBlocks(QList<Flow> *flows, int host) const;
    void compact();

    Derivation m_result;
    QList<FlowSpan> m_spans;
    bool m_findingsChanged = false;
    bool m_derived = false;
};

} // namespace portolan
