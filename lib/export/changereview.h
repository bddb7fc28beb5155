#pragma once

#include "diff/changeset.h"
#include "diff/flowkey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace portolan {

class RuleSetPlan;

/**
 * The review of a design change for the firewalls: the ChangeSet (design changes, and the flows
 * and findings they cause) with, per firewall (zone pair), the rules added and removed after the
 * grouping the nftables, iptables and ASA exports use (RuleSetPlan). The JSON and CSV of
 * `portolan-cli diff`, and what the change report and the rule-set deltas read.
 */
class ChangeReview
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReview)

public:
    /** A rule of a rule set that the change adds or removes. */
    struct RuleChange
    {
        bool added = true;
        QString rule; ///< catalog rule id
        Action action = Action::Allow;
        Protocol protocol = Protocol::Tcp;
        PortSet ports;
        PortSet sourcePorts;
        QStringList sources; ///< host ids; empty on a block row (any source outside the zone)
        QStringList destinations;
        QString description; ///< as the rule sets' comments describe it
        QList<int> because;
    };

    /** One firewall: the allow rules between two zones, or the blocks into one zone. */
    struct Firewall
    {
        QString sourceZone; ///< zone id, empty for hosts without a zone; empty for blocks
        QString destinationZone;
        bool blocks = false; ///< the block rows into destinationZone from any source outside it
        QList<RuleChange> rules; ///< removed first, then added, each in rule-set order

        int count(bool added) const;
    };

    ChangeSet changes;
    QList<Firewall> firewalls; ///< the firewalls whose rules change, in rule-set order

    static ChangeReview build(ChangeSet changes);

    /// The diff's JSON (shared/spec/review.md, part 1): the ChangeSet's members and "firewalls".
    QByteArray toJson() const;
    /// One row per design change, flow change and finding change, each with its causes.
    QByteArray toCsv() const;

    /// The causes of the rule of a plan section (of the new design when `added`, else the old).
    QList<int> ruleCauses(const RuleSetPlan &plan, int section, int rule, bool added) const;
    /// The causes of the flow between two hosts (host indexes; source -1 for any) of a rule.
    QList<int> flowCauses(
        const RuleSetPlan &plan, int section, int rule, int source, int destination, bool added) const;
    /// The firewall's title: "Control network (ot) -> OT DMZ (dmz)", or "Blocks into ...".
    QString firewallTitle(const Firewall &firewall) const;

    /// The rule plan of a design as the reviews build it: every host, placeholders where an address is
    /// missing.
    static RuleSetPlan plan(const Design &design, const Derivation &derivation);

private:
    QHash<FlowKey, QList<int>> m_flowCausesNew; ///< added and changed flows by key
    QHash<FlowKey, QList<int>> m_flowCausesOld; ///< removed and changed flows by key
    QHash<QString, QList<int>> m_ruleCausesNew; ///< added rules by section and identity
    QHash<QString, QList<int>> m_ruleCausesOld;
};

} // namespace portolan
