#include "asaexport.h"

#include "rulesetplan.h"
#include "rulesettext.h"

namespace portolan {

namespace {

/// One line of text for the configuration: at most `limit` characters, "..." where it was cut.
QString oneLine(const QString &text, qsizetype limit)
{
    QString clean = RuleSetText::oneLine(text);
    if (clean.size() > limit) {
        clean.truncate(limit - 3);
        if (!clean.isEmpty() && clean.back().isHighSurrogate())
            clean.chop(1);
        clean += QStringLiteral("...");
    }
    return clean;
}

QString remark(const QString &acl, const QString &text)
{
    // Remarks hold at most 100 characters.
    return QStringLiteral("access-list %1 remark %2").arg(acl, oneLine(text, 100));
}

/// A comment line of the configuration.
QString comment(const QString &text)
{
    const QString line = RuleSetText::oneLine(text);
    return line.isEmpty() ? QStringLiteral("!") : QStringLiteral("! ") + line;
}

QString subnetText(const QString &subnet)
{
    // "10.10.0.0/16" -> "10.10.0.0 255.255.0.0"; IPv6 keeps the prefix form.
    const QPair<QHostAddress, int> parsed = QHostAddress::parseSubnet(subnet);
    if (parsed.first.protocol() == QAbstractSocket::IPv6Protocol)
        return subnet;
    const quint32 mask = parsed.second == 0 ? 0 : ~quint32(0) << (32 - parsed.second);
    return parsed.first.toString() + QLatin1Char(' ') + QHostAddress(mask).toString();
}

class Writer
{
public:
    explicit Writer(const RuleSetPlan &plan)
        : m_plan(plan)
    { }

    QString host(int index) const
    {
        return m_plan.isPlaceholder(index) ? QStringLiteral("object ") + m_plan.placeholderName(index)
                                           : QStringLiteral("host ") + m_plan.address(index).toString();
    }

    QString side(const RuleSetPlan::Side &side) const
    {
        if (side.hosts.isEmpty())
            return QStringLiteral("any");
        return side.group >= 0 ? QStringLiteral("object-group ") + m_plan.groups().at(side.group).name
                               : host(side.hosts.front());
    }

    static QStringList portSpecs(const PortSet &set)
    {
        if (set.isEmpty())
            return {QString()};
        QStringList specs;
        for (const PortRange &r : set.ranges())
            specs << (r.first == r.last ? QStringLiteral(" eq %1").arg(r.first)
                                        : QStringLiteral(" range %1 %2").arg(r.first).arg(r.last));
        return specs;
    }

    /// The ACEs of one rule: one per source and destination port range.
    QStringList entries(const QString &acl, const RuleSetPlan::Rule &rule) const
    {
        QString protocol = protocolName(rule.protocol);
        if (rule.protocol == Protocol::Icmp && rule.ipv6)
            protocol = QStringLiteral("icmp6");
        const bool icmp = rule.protocol == Protocol::Icmp;
        QStringList lines;
        for (const QString &sport : icmp ? QStringList {QString()} : portSpecs(rule.sourcePorts)) {
            for (const QString &dport : icmp ? QStringList {QString()} : portSpecs(rule.ports)) {
                lines << QStringLiteral("access-list %1 extended %2 %3 %4%5 %6%7%8")
                             .arg(acl,
                                 rule.action == Action::Allow ? QStringLiteral("permit")
                                                              : QStringLiteral("deny"),
                                 protocol, side(rule.source), sport, side(rule.destination), dport,
                                 rule.action == Action::Block ? QStringLiteral(" log") : QString());
            }
        }
        return lines;
    }

private:
    const RuleSetPlan &m_plan;
};

} // namespace

bool AsaExport::render(const ExportInput &input, QByteArray *data, QString *error) const
{
    const RuleSetPlan plan = RuleSetPlan::build(input.design, input.derivation, input.options);
    if (!plan.checkAddresses(error))
        return false;
    const Writer writer(plan);
    const QString global = QStringLiteral("portolan_global");
    QStringList out;
    for (const QString &line : plan.headerLines(title(), input.options))
        out << comment(line);
    out << QStringLiteral("!")
        << tr("! One access list per source zone, named <zone>_in, for the ingress interface of that zone, "
              "with")
        << tr("! its permits. The block rows into every zone are written once, in the global list %1, which "
              "the")
               .arg(global)
        << tr("! firewall reads after the interface lists: a flow permitted above never reaches its block, "
              "and")
        << tr("! the global list ends with the final deny. The access-group lines at the end are commented "
              "out:")
        << tr("! check the interface names before enabling them, and enable the global list with them.")
        << QStringLiteral("!");
    for (const int host : plan.hostsWithoutAddress()) {
        out << QStringLiteral("object network %1").arg(plan.placeholderName(host))
            << QStringLiteral(" host %1").arg(plan.address(host).toString())
            << QStringLiteral(" description ")
                + oneLine(tr("PLACEHOLDER: fill in the address of %1").arg(plan.hostTitle(host)), 200);
    }
    for (const RuleSetPlan::AddressGroup &group : plan.groups()) {
        out << QStringLiteral("object-group network %1").arg(group.name);
        for (const int host : group.hosts) {
            out << (plan.isPlaceholder(host)
                    ? QStringLiteral(" network-object object %1").arg(plan.placeholderName(host))
                    : QStringLiteral(" network-object host %1").arg(plan.address(host).toString()));
        }
    }
    out << QStringLiteral("!");

    QStringList acls;
    for (const QString &zone : plan.zoneIds()) {
        const QString acl = RuleSetPlan::zoneIdentifier(zone) + QStringLiteral("_in");
        QStringList lines;
        for (const RuleSetPlan::Section &section : plan.sections()) {
            if (section.blocks || section.sourceZone != zone)
                continue;
            lines << remark(acl,
                tr("=== %1 -> %2 ===")
                    .arg(plan.zoneTitle(section.sourceZone), plan.zoneTitle(section.destinationZone)));
            for (const RuleSetPlan::Rule &rule : section.rules) {
                lines << remark(acl, plan.describe(rule));
                lines << writer.entries(acl, rule);
            }
        }
        if (lines.isEmpty())
            continue;
        out << comment(tr("Traffic entering from %1").arg(plan.zoneTitle(zone)));
        const QStringList subnets = plan.zoneSubnets(zone, false) + plan.zoneSubnets(zone, true);
        QStringList subnetTexts;
        for (const QString &subnet : subnets)
            subnetTexts << subnetText(subnet);
        if (!subnetTexts.isEmpty())
            out << comment(tr("Zone subnets: %1").arg(subnetTexts.join(QStringLiteral(", "))));
        out << lines << remark(acl, tr("Everything else goes on to the global list %1").arg(global))
            << QStringLiteral("!");
        acls << acl;
    }

    // Blocks: the vendors' advice for each destination zone, once for every source outside it.
    out << comment(tr("Blocks into each zone from outside it, then the final deny"));
    for (const RuleSetPlan::Section &section : plan.sections()) {
        if (!section.blocks)
            continue;
        out << remark(global,
            tr("=== Blocks into %1 from outside the zone ===").arg(plan.zoneTitle(section.destinationZone)));
        for (const RuleSetPlan::Rule &rule : section.rules) {
            out << remark(global, plan.describe(rule));
            if (!rule.exceptions.isEmpty())
                out << remark(global,
                    tr("Exceptions permitted above: %1").arg(rule.exceptions.join(QStringLiteral("; "))));
            out << writer.entries(global, rule);
        }
    }
    out << remark(global, tr("Everything else is denied"))
        << QStringLiteral("access-list %1 extended deny ip any any log").arg(global) << QStringLiteral("!");
    for (const QString &acl : std::as_const(acls))
        out << QStringLiteral("! access-group %1 in interface %2").arg(acl, acl.chopped(3));
    out << QStringLiteral("! access-group %1 global").arg(global);
    out << QString();
    return RuleSetText::join(out, data, error);
}

} // namespace portolan
