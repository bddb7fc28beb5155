#pragma once

#include "exportformat.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QStringList>

namespace portolan {

/**
 * The flows of a design arranged as firewall rules, shared by the nftables, iptables and ASA
 * exports. Each zone pair (source zone -> destination zone) is one firewall and one section;
 * allow rules of every pair come first, then one section per destination zone with its block
 * rows, which match every source outside that zone, so the allowed exceptions precede them.
 *
 * Allowed flows that differ only by their source (or destination) hosts merge into one rule
 * whose side is a named address group; identical host sets share one group. Flows within one
 * zone cross no firewall and stay out unless asked for.
 */
class RuleSetPlan
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetPlan)

public:
    struct AddressGroup
    {
        QString name; ///< valid as nft set, ASA object-group and shell word: [A-Za-z0-9_]
        QList<int> hosts; ///< host indexes, ascending
    };

    /// One side of a rule: a single host, or a group of several.
    struct Side
    {
        QList<int> hosts; ///< empty on the source side of a block row: "outside the zone"
        int group = -1; ///< index in groups() when hosts has several members
    };

    struct Rule
    {
        Side source;
        Side destination;
        Protocol protocol = Protocol::Tcp;
        PortSet ports;
        PortSet sourcePorts;
        Action action = Action::Allow;
        QString service;
        QString rule;
        QString reference;
        QString notes;
        /// Block rows: the allowed flows to the same hosts and ports that precede the block.
        QStringList exceptions;
        bool ipv6 = false;
    };

    struct Section
    {
        QString sourceZone; ///< zone id; empty on a block section (any source outside the zone)
        QString destinationZone;
        bool blocks = false;
        QList<Rule> rules;
    };

    static RuleSetPlan build(
        const Design &design, const Derivation &derivation, const ExportOptions &options);

    const QList<Section> &sections() const { return m_sections; }
    const QList<AddressGroup> &groups() const { return m_groups; }
    /// Hosts that a rule needs and that have no address, in design order.
    const QList<int> &hostsWithoutAddress() const { return m_missing; }
    /// Flows left out because they stay within one zone.
    int intraZoneFlows() const { return m_intraZone; }
    /// Flows left out because source and destination addresses are of different families.
    const QStringList &mixedFamilyFlows() const { return m_mixedFamily; }

    /// False with "hosts without an address: a, b" unless placeholders are allowed.
    bool checkAddresses(QString *error) const;

    /// The address to write for a host: its own, or its placeholder (192.0.2.x).
    QHostAddress address(int host) const;
    bool isPlaceholder(int host) const { return m_placeholders.contains(host); }
    /// "HOST_tmc": the placeholder name of a host without address, unique among the placeholders.
    QString placeholderName(int host) const;

    QString zoneTitle(const QString &zoneId) const; ///< "Control network (control)"
    /// The zone as an identifier for chain, ACL and group names ("nozone" for hosts without one).
    static QString zoneIdentifier(const QString &zoneId);
    QString hostTitle(int host) const; ///< "VOS-M1 (vos-m1)"
    /// Zone subnets of the address family, as "a/len" text.
    QStringList zoneSubnets(const QString &zoneId, bool ipv6) const;
    /// Zones of the design plus the "no zone" pseudo zone when a host has none, in design order.
    QStringList zoneIds() const;
    /// Lower-case identifier made of [a-z0-9_] from any text.
    static QString identifier(const QString &text);

    /// Header lines (without comment markers) shared by the rule set formats.
    QStringList headerLines(const QString &formatTitle, const ExportOptions &options) const;
    /// One-line description of a rule for comments: hosts, service, catalog rule and reference.
    QString describe(const Rule &rule) const;
    QString sideText(const Side &side) const;

    const Design &design() const { return *m_design; }

private:
    void addGroup(Side *side);

    const Design *m_design = nullptr;
    QList<Section> m_sections;
    QList<AddressGroup> m_groups;
    QHash<QList<int>, int> m_groupIndex;
    QList<int> m_missing;
    QHash<int, QHostAddress> m_placeholders;
    QHash<int, QString> m_placeholderNames;
    QStringList m_mixedFamily;
    int m_intraZone = 0;
    bool m_allowPlaceholders = false;
};

} // namespace portolan
