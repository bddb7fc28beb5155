#pragma once

#include "designchange.h"
#include "engine/derivation.h"
#include "engine/ruleengine.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace portolan {

/** A flow the change adds, removes or changes, with the design changes that cause it. */
struct FlowChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Added;
    Flow before; ///< removed and changed: the flow as the old design derives it (indexes into it)
    Flow after; ///< added and changed: the flow as the new design derives it
    QList<int> because; ///< indexes into ChangeSet::designChanges, ascending

    /// The flow as it is shown: the old one for a removal, else the new one.
    const Flow &flow() const { return kind == Kind::Removed ? before : after; }
};

/** A finding that appears or goes with the change, with the design changes that cause it. */
struct FindingChange
{
    bool added = true;
    Finding finding; ///< host indexes into the new design when added, the old one when removed
    QList<int> because;
};

/** How the causes of a change were found, for the benchmark and the curious. */
struct AttributionStats
{
    int tests = 0; ///< design changes tried, each on the part of the design it can reach
    int derivedHosts = 0; ///< hosts derived over all tries
    int wholeDesignDerivations = 0; ///< tries that needed the whole design (none, normally)
    int secondPass = 0; ///< flow or finding changes that no single change explained by its absence
    int unexplained = 0; ///< changes named by the hosts they touch, as no try explained them
};

/**
 * What a design change does: the design changes between two designs, and the flows and findings
 * they add, remove and change, each naming the design changes that cause it.
 *
 * A flow is the same flow in both designs when its source and destination ids, protocol, action and
 * catalog rule agree; it changed when its ports, source ports, service, notes, reference, or the
 * zones or addresses of its hosts differ. A finding is the same when its severity, rule, hosts and
 * message agree.
 *
 * The causes come from the rule engine itself, not from the hosts a change names: a design change
 * causes a flow change when the flow change disappears without that design change (the new
 * design with that change taken back; taking back a host also takes back its links, and a link
 * the host it needs). So a removed link that splits a redundant system names the flows between
 * members it never touched. When no single change explains a flow change that way (two changes
 * each enough on their own), the changes that cause it alone on the old design are named, and as
 * a last resort the changes that touch its hosts. Each try derives only the part of the design the
 * change can reach, and checks that this part derives as the whole design does.
 */
class ChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSet)

public:
    Design before;
    Design after;
    Derivation derivedBefore;
    Derivation derivedAfter;
    QList<DesignChange> designChanges;
    QList<FlowChange> added; ///< in the new design's flow order
    QList<FlowChange> removed; ///< in the old design's flow order
    QList<FlowChange> changed; ///< in the old design's flow order
    QList<FindingChange> findingsAdded;
    QList<FindingChange> findingsRemoved;
    AttributionStats stats;

    /// How each try derives: the part of the design the change reaches (checked against the whole
    /// design), or the whole design every time (slower; for tests that compare the two).
    enum class Tries { CutDown, WholeDesign };

    static ChangeSet compute(
        const Design &before, const Design &after, const RuleEngine &engine, Tries tries = Tries::CutDown);

    /// True when no flow and no finding changed (the diff's exit status 0), whatever the design did.
    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && findingsAdded.isEmpty()
            && findingsRemoved.isEmpty();
    }

    /// The flow as the diff's JSON writes it: the keys of `flows --format json`, with names and addresses.
    static QJsonObject flowObject(const Design &design, const Flow &flow);
    /// {"severity", "hosts", "rule", "message", ...} as `flows --format json` writes a finding.
    static QJsonObject findingObject(const Design &design, const Finding &finding);
    /// The "design_changes", "added", "removed", "changed", "findings_added" and "findings_removed"
    /// members of the diff's JSON, each flow and finding with its "because" list.
    QJsonObject toJson() const;
    /// "[0] Link a – b removed; [2] Host c added": the causes as text.
    QString causeText(const QList<int> &because) const;
};

} // namespace portolan
