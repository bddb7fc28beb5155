#pragma once

#include "exportformat.h"

namespace portolan {

class RuleSetPlan;

/**
 * An iptables-restore file of the filter table (IPv4). IPv6 rules follow as commented
 * ip6tables lines, since one restore file holds one family; the nftables export covers both.
 *
 * Each zone pair is a chain of its own ("office:cell") that FORWARD jumps to, and each zone's
 * blocks a chain "outside_<zone>": a change to one firewall touches only its chain, so a delta
 * (`portolan-cli diff --format iptables`) can delete and append rules and still give exactly the
 * rule set of the new design's export.
 */
class IptablesExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(IptablesExport)

public:
    /** One line of the filter table, as the restore file writes it. */
    struct Line
    {
        QString text;
        QString chain; ///< the chain a command line appends to; empty for comments and blank lines
        int section = -1; ///< the plan section of a rule line, -1 for a chain's structure
        int rule = -1; ///< the rule within the section
        int source = -1; ///< the host index of a rule line's source, -1 for any
        int destination = -1;
    };
    /** The filter table of a plan: its user chains, then its lines in order. */
    struct Table
    {
        QStringList chains; ///< user chains, in the order the file declares them
        QList<Line> lines; ///< after the chain declarations, before COMMIT; no command twice in a chain
        QStringList ipv6; ///< the IPv6 part, as ip6tables lines (not applied)
    };

    /// The filter table of the plan; the plan must have an address (or placeholder) for every host.
    static Table table(const RuleSetPlan &plan);
    /// The chain of the allow rules from one zone to another (ids; empty for hosts without a zone).
    static QString pairChain(const QString &sourceZone, const QString &destinationZone);
    /// The chain of the blocks into a zone from outside it.
    static QString blockChain(const QString &zone);

    QString id() const override { return QStringLiteral("iptables"); }
    QString title() const override { return tr("iptables-restore rule set"); }
    QString fileSuffix() const override { return QStringLiteral("rules"); }
    bool isText() const override { return true; }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;
};

} // namespace portolan
