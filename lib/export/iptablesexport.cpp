#include "iptablesexport.h"

#include "rulesetplan.h"
#include "rulesettext.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>

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

/// A zone id as a chain name writes it: hosts without a zone are "nozone".
QString chainZone(const QString &zone)
{
    return zone.isEmpty() || zone == QLatin1String("-") ? QStringLiteral("nozone") : zone;
}

} // namespace

QString IptablesExport::pairChain(const QString &sourceZone, const QString &destinationZone)
{
    // Zone ids hold [A-Za-z0-9_.-], so ':' joins them without ambiguity; a chain name holds at most
    // 28 characters: a longer pair keeps its start and a hash of the whole, the same in every design.
    const QString name = chainZone(sourceZone) + QLatin1Char(':') + chainZone(destinationZone);
    if (name.size() <= 28)
        return name;
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex();
    return name.left(19) + QLatin1Char('~') + QString::fromLatin1(hash.left(8));
}

QString IptablesExport::blockChain(const QString &zone)
{
    return (QStringLiteral("outside_") + RuleSetPlan::zoneIdentifier(zone)).left(28);
}

IptablesExport::Table IptablesExport::table(const RuleSetPlan &plan)
{
    Table table;
    QHash<QString, QSet<QString>> written; // chain -> command lines already in it
    const auto command = [&table, &written](const QString &chain, const QString &text, int section = -1,
                             int rule = -1, int source = -1, int destination = -1) {
        QSet<QString> &lines = written[chain];
        if (lines.contains(text))
            return; // the same rule twice matches nothing more
        lines.insert(text);
        table.lines.append({text, chain, section, rule, source, destination});
    };
    const auto note = [&table](const QString &text) { table.lines.append({text, QString()}); };

    for (const RuleSetPlan::Section &section : plan.sections()) {
        const QString chain = section.blocks ? blockChain(section.destinationZone)
                                             : pairChain(section.sourceZone, section.destinationZone);
        if (!table.chains.contains(chain))
            table.chains.append(chain);
    }
    command(QStringLiteral("FORWARD"),
        QStringLiteral("-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT"));
    command(QStringLiteral("FORWARD"), QStringLiteral("-A FORWARD -m conntrack --ctstate INVALID -j DROP"));

    const auto host = [&plan](int index, bool ipv6) {
        return plan.address(index).toString() + (ipv6 ? QStringLiteral("/128") : QStringLiteral("/32"));
    };
    QStringList &v6 = table.ipv6;
    for (int s = 0; s < plan.sections().size(); ++s) {
        const RuleSetPlan::Section &section = plan.sections().at(s);
        const QString chain = section.blocks ? blockChain(section.destinationZone)
                                             : pairChain(section.sourceZone, section.destinationZone);
        const QString title = section.blocks
            ? comment(QStringLiteral("=== ")
                + tr("Blocks into %1 from any source outside the zone")
                      .arg(plan.zoneTitle(section.destinationZone))
                + QStringLiteral(" ==="))
            : comment(QStringLiteral("=== ")
                + tr("%1 -> %2")
                      .arg(plan.zoneTitle(section.sourceZone), plan.zoneTitle(section.destinationZone))
                + QStringLiteral(" ==="));
        const bool anyV4 = std::any_of(section.rules.cbegin(), section.rules.cend(),
            [](const RuleSetPlan::Rule &rule) { return !rule.ipv6; });
        const bool anyV6 = std::any_of(section.rules.cbegin(), section.rules.cend(),
            [](const RuleSetPlan::Rule &rule) { return rule.ipv6; });
        if (anyV4) {
            note(QString());
            note(title);
            command(QStringLiteral("FORWARD"), QStringLiteral("-A FORWARD -j %1").arg(chain));
            if (section.blocks) {
                for (const QString &subnet : plan.zoneSubnets(section.destinationZone, false))
                    command(chain, QStringLiteral("-A %1 -s %2 -j RETURN").arg(chain, subnet));
            }
        }
        if (anyV6) {
            v6 << QString() << title << QStringLiteral("-A FORWARD -j %1").arg(chain);
            if (section.blocks) {
                for (const QString &subnet : plan.zoneSubnets(section.destinationZone, true))
                    v6 << QStringLiteral("-A %1 -s %2 -j RETURN").arg(chain, subnet);
            }
        }
        for (int r = 0; r < section.rules.size(); ++r) {
            const RuleSetPlan::Rule &rule = section.rules.at(r);
            QStringList lines;
            lines << comment(plan.describe(rule));
            if (!rule.exceptions.isEmpty())
                lines << comment(
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
            const QString match = QStringLiteral(" -m comment --comment ")
                + quoted(rule.rule
                    + (rule.source.group >= 0 || rule.destination.group >= 0
                            ? QStringLiteral(" ") + plan.sideText(rule.source) + QStringLiteral(" -> ")
                                + plan.sideText(rule.destination)
                            : QString()));
            const QString verdict
                = rule.action == Action::Allow ? QStringLiteral(" -j ACCEPT") : QStringLiteral(" -j DROP");
            const QList<int> sources = rule.source.hosts.isEmpty() ? QList<int> {-1} : rule.source.hosts;
            if (rule.ipv6) {
                v6 << lines;
            } else {
                for (const QString &line : std::as_const(lines))
                    note(line);
            }
            for (const int source : sources) {
                for (const int destination : rule.destination.hosts) {
                    for (const QString &sport : sports) {
                        for (const QString &dport : dports) {
                            QString line = QStringLiteral("-A ") + chain;
                            if (source >= 0)
                                line += QStringLiteral(" -s ") + host(source, rule.ipv6);
                            line += QStringLiteral(" -d ") + host(destination, rule.ipv6) + protocol + sport
                                + dport + match + verdict;
                            if (rule.ipv6)
                                v6 << line;
                            else
                                command(chain, line, s, r, source, destination);
                        }
                    }
                }
            }
        }
    }
    return table;
}

bool IptablesExport::render(const ExportInput &input, QByteArray *data, QString *error) const
{
    const RuleSetPlan plan = RuleSetPlan::build(input.design, input.derivation, input.options);
    if (!plan.checkAddresses(error))
        return false;
    const Table filter = table(plan);
    QStringList out;
    for (const QString &line : plan.headerLines(title(), input.options))
        out << comment(line);
    out << QStringLiteral("#")
        << tr("# Apply with: iptables-restore FILE (replaces the filter table). IPv4 only: IPv6 rules, if "
              "any,")
        << tr("# follow at the end as commented ip6tables lines; the nftables export carries both families.")
        << tr("# Address groups are written out host by host (restore files have no ipset); each rule names "
              "its group.")
        << tr("# FORWARD jumps to one chain per zone pair (source:destination), then to the blocks into each "
              "zone.")
        << QString();

    out << QStringLiteral("*filter") << QStringLiteral(":INPUT ACCEPT [0:0]")
        << QStringLiteral(":FORWARD DROP [0:0]") << QStringLiteral(":OUTPUT ACCEPT [0:0]");
    for (const QString &chain : filter.chains)
        out << QStringLiteral(":%1 - [0:0]").arg(chain);
    for (const Line &line : filter.lines)
        out << line.text;
    out << QString() << QStringLiteral("COMMIT");
    if (!filter.ipv6.isEmpty()) {
        out << QString()
            << tr("# IPv6 rules for ip6tables-restore (a *filter table with the same chains); not applied by "
                  "this file:");
        for (const QString &line : filter.ipv6)
            out << (line.startsWith(QLatin1Char('#')) || line.isEmpty() ? line : QStringLiteral("# ") + line);
    }
    out << QString();
    return RuleSetText::join(out, data, error);
}

} // namespace portolan
