#include "iptablesexport.h"

#include "rulesetplan.h"
#include "rulesettext.h"

namespace portolan {

namespace {

QString quoted(const QString &text)
{
    // The comment match holds at most 255 bytes.
    QString clean = text;
    clean.replace(QLatin1Char('"'), QLatin1Char('\''));
    clean.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return QLatin1Char('"') + RuleSetText::oneLine(clean, 250) + QLatin1Char('"');
}

/// A comment line of the restore file; the text is made one line whatever it holds.
QString comment(const QString &text)
{
    const QString line = RuleSetText::oneLine(text);
    return line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line;
}

QString range(const PortRange &r, QChar separator = QLatin1Char(':'))
{
    return r.first == r.last ? QString::number(r.first)
                             : QString::number(r.first) + separator + QString::number(r.last);
}

/// Port matches: one range per --dport, up to 15 used (a range takes two) per multiport match.
QStringList portMatches(const PortSet &set, const QString &single, const QString &multi)
{
    if (set.isEmpty())
        return {QString()};
    if (set.ranges().size() == 1)
        return {QStringLiteral(" %1 %2").arg(single, range(set.ranges().front()))};
    QStringList matches;
    QStringList chunk;
    int used = 0;
    for (const PortRange &r : set.ranges()) {
        const int need = r.first == r.last ? 1 : 2;
        if (used + need > 15) {
            matches << QStringLiteral(" -m multiport %1 %2").arg(multi, chunk.join(QLatin1Char(',')));
            chunk.clear();
            used = 0;
        }
        chunk << range(r);
        used += need;
    }
    matches << QStringLiteral(" -m multiport %1 %2").arg(multi, chunk.join(QLatin1Char(',')));
    return matches;
}

QString chainName(const QString &zone)
{
    return (QStringLiteral("outside_") + RuleSetPlan::zoneIdentifier(zone)).left(28);
}

} // namespace

bool IptablesExport::render(const ExportInput &input, QByteArray *data, QString *error) const
{
    const RuleSetPlan plan = RuleSetPlan::build(input.design, input.derivation, input.options);
    if (!plan.checkAddresses(error))
        return false;
    QStringList out;
    for (const QString &line : plan.headerLines(title(), input.options))
        out << comment(line);
    out << QStringLiteral("#")
        << tr("# Apply with: iptables-restore FILE (replaces the filter table). IPv4 only: IPv6 rules, if "
              "any,")
        << tr("# follow at the end as commented ip6tables lines; the nftables export carries both families.")
        << tr("# Address groups are written out host by host (restore files have no ipset); each rule names "
              "its group.")
        << QString();

    QStringList blockChains;
    for (const RuleSetPlan::Section &section : plan.sections()) {
        if (section.blocks)
            blockChains << chainName(section.destinationZone);
    }
    out << QStringLiteral("*filter") << QStringLiteral(":INPUT ACCEPT [0:0]")
        << QStringLiteral(":FORWARD DROP [0:0]") << QStringLiteral(":OUTPUT ACCEPT [0:0]");
    for (const QString &chain : std::as_const(blockChains))
        out << QStringLiteral(":%1 - [0:0]").arg(chain);
    out << QStringLiteral("-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT")
        << QStringLiteral("-A FORWARD -m conntrack --ctstate INVALID -j DROP");

    QStringList v6;
    const auto host = [&plan](int index, bool ipv6) {
        return plan.address(index).toString() + (ipv6 ? QStringLiteral("/128") : QStringLiteral("/32"));
    };
    for (const RuleSetPlan::Section &section : plan.sections()) {
        const QString chain = section.blocks ? chainName(section.destinationZone) : QStringLiteral("FORWARD");
        QStringList lines;
        lines << QString();
        if (section.blocks) {
            lines << comment(QStringLiteral("=== ")
                + tr("Blocks into %1 from any source outside the zone")
                      .arg(plan.zoneTitle(section.destinationZone))
                + QStringLiteral(" ==="));
        } else {
            lines << comment(QStringLiteral("=== ")
                + tr("%1 -> %2")
                      .arg(plan.zoneTitle(section.sourceZone), plan.zoneTitle(section.destinationZone))
                + QStringLiteral(" ==="));
        }
        QStringList v4Lines = lines;
        QStringList v6Lines = lines;
        if (section.blocks) {
            v4Lines << QStringLiteral("-A FORWARD -j %1").arg(chain);
            for (const QString &subnet : plan.zoneSubnets(section.destinationZone, false))
                v4Lines << QStringLiteral("-A %1 -s %2 -j RETURN").arg(chain, subnet);
            v6Lines << QStringLiteral("-A FORWARD -j %1").arg(chain);
            for (const QString &subnet : plan.zoneSubnets(section.destinationZone, true))
                v6Lines << QStringLiteral("-A %1 -s %2 -j RETURN").arg(chain, subnet);
        }
        bool anyV4 = false;
        bool anyV6 = false;
        for (const RuleSetPlan::Rule &rule : section.rules) {
            QStringList &target = rule.ipv6 ? v6Lines : v4Lines;
            (rule.ipv6 ? anyV6 : anyV4) = true;
            target << comment(plan.describe(rule));
            if (!rule.exceptions.isEmpty())
                target << comment(
                    tr("Exceptions allowed above: %1").arg(rule.exceptions.join(QStringLiteral("; "))));
            QString protocol;
            if (rule.protocol == Protocol::Icmp)
                protocol = rule.ipv6 ? QStringLiteral(" -p ipv6-icmp") : QStringLiteral(" -p icmp");
            else
                protocol = QStringLiteral(" -p ") + protocolName(rule.protocol);
            const QStringList sports = rule.protocol == Protocol::Icmp
                ? QStringList {QString()}
                : portMatches(rule.sourcePorts, QStringLiteral("--sport"), QStringLiteral("--sports"));
            const QStringList dports = rule.protocol == Protocol::Icmp
                ? QStringList {QString()}
                : portMatches(rule.ports, QStringLiteral("--dport"), QStringLiteral("--dports"));
            const QString comment = QStringLiteral(" -m comment --comment ")
                + quoted(rule.rule
                    + (rule.source.group >= 0 || rule.destination.group >= 0
                            ? QStringLiteral(" ") + plan.sideText(rule.source) + QStringLiteral(" -> ")
                                + plan.sideText(rule.destination)
                            : QString()));
            const QString verdict
                = rule.action == Action::Allow ? QStringLiteral(" -j ACCEPT") : QStringLiteral(" -j DROP");
            const QList<int> sources = rule.source.hosts.isEmpty() ? QList<int> {-1} : rule.source.hosts;
            for (const int source : sources) {
                for (const int destination : rule.destination.hosts) {
                    for (const QString &sport : sports) {
                        for (const QString &dport : dports) {
                            QString line = QStringLiteral("-A ") + chain;
                            if (source >= 0)
                                line += QStringLiteral(" -s ") + host(source, rule.ipv6);
                            line += QStringLiteral(" -d ") + host(destination, rule.ipv6) + protocol + sport
                                + dport + comment + verdict;
                            target << line;
                        }
                    }
                }
            }
        }
        if (anyV4)
            out << v4Lines;
        if (anyV6)
            v6 << v6Lines;
    }
    out << QString() << QStringLiteral("COMMIT");
    if (!v6.isEmpty()) {
        out << QString()
            << tr("# IPv6 rules for ip6tables-restore (a *filter table with the same chains); not applied by "
                  "this file:");
        for (const QString &line : std::as_const(v6))
            out << (line.startsWith(QLatin1Char('#')) || line.isEmpty() ? line : QStringLiteral("# ") + line);
    }
    out << QString();
    return RuleSetText::join(out, data, error);
}

} // namespace portolan
