#include "nftablesexport.h"

#include "rulesetplan.h"
#include "rulesettext.h"

namespace portolan {

namespace {

QString quoted(const QString &text)
{
    // nft comments hold at most 128 bytes and no double quote.
    QString clean = text;
    clean.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QLatin1Char('"') + RuleSetText::oneLine(clean, 120) + QLatin1Char('"');
}

/// A comment line, indented; the text is made one line whatever it holds.
QString comment(const QString &text, const QString &indent = QString())
{
    const QString line = RuleSetText::oneLine(text);
    return indent + (line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line);
}

QString ports(const PortSet &set)
{
    QStringList parts;
    for (const PortRange &range : set.ranges())
        parts.append(range.first == range.last ? QString::number(range.first)
                                               : QStringLiteral("%1-%2").arg(range.first).arg(range.last));
    return parts.size() == 1 ? parts.front()
                             : QStringLiteral("{ ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" }");
}

class Writer
{
public:
    explicit Writer(const RuleSetPlan &plan)
        : m_plan(plan)
    { }

    QString host(int index) const
    {
        return m_plan.isPlaceholder(index) ? QLatin1Char('$') + m_plan.placeholderName(index)
                                           : m_plan.address(index).toString();
    }

    QString side(const RuleSetPlan::Side &side) const
    {
        return side.group >= 0 ? QLatin1Char('@') + m_plan.groups().at(side.group).name
                               : host(side.hosts.front());
    }

    QString rule(const RuleSetPlan::Rule &rule, const QString &blockedZone, QString *note) const
    {
        const QString family = rule.ipv6 ? QStringLiteral("ip6") : QStringLiteral("ip");
        QStringList parts;
        if (!rule.source.hosts.isEmpty()) {
            parts << family + QStringLiteral(" saddr ") + side(rule.source);
        } else {
            const QStringList subnets = m_plan.zoneSubnets(blockedZone, rule.ipv6);
            if (subnets.isEmpty())
                *note = NftablesExport::tr(
                    "The zone has no subnet of this family: the block matches every source.");
            else
                parts << family + QStringLiteral(" saddr != { ") + subnets.join(QStringLiteral(", "))
                        + QStringLiteral(" }");
        }
        parts << family + QStringLiteral(" daddr ") + side(rule.destination);
        if (rule.protocol == Protocol::Icmp) {
            parts << (rule.ipv6 ? QStringLiteral("meta l4proto ipv6-icmp")
                                : QStringLiteral("meta l4proto icmp"));
        } else {
            const QString protocol = protocolName(rule.protocol);
            if (!rule.sourcePorts.isEmpty())
                parts << protocol + QStringLiteral(" sport ") + ports(rule.sourcePorts);
            if (!rule.ports.isEmpty())
                parts << protocol + QStringLiteral(" dport ") + ports(rule.ports);
            else if (rule.sourcePorts.isEmpty())
                parts << QStringLiteral("meta l4proto ") + protocol;
        }
        parts << (rule.action == Action::Allow ? QStringLiteral("accept") : QStringLiteral("drop"));
        parts << QStringLiteral("comment ") + quoted(rule.rule);
        return parts.join(QLatin1Char(' '));
    }

private:
    const RuleSetPlan &m_plan;
};

} // namespace

bool NftablesExport::render(const ExportInput &input, QByteArray *data, QString *error) const
{
    const RuleSetPlan plan = RuleSetPlan::build(input.design, input.derivation, input.options);
    if (!plan.checkAddresses(error))
        return false;
    const Writer writer(plan);
    QStringList out;
    out << QStringLiteral("#!/usr/sbin/nft -f");
    for (const QString &line : plan.headerLines(title(), input.options))
        out << comment(line);
    out << QStringLiteral("#")
        << tr("# Apply with: nft -f FILE (replaces the table inet portolan and nothing else).") << QString();
    for (const int host : plan.hostsWithoutAddress()) {
        out << QStringLiteral("define %1 = %2  ")
                    .arg(plan.placeholderName(host), plan.address(host).toString())
                + comment(tr("PLACEHOLDER: fill in the address of %1").arg(plan.hostTitle(host)));
    }
    if (!plan.hostsWithoutAddress().isEmpty())
        out << QString();
    // Creating the table first lets the delete succeed on a machine that never had it.
    out << QStringLiteral("table inet portolan") << QStringLiteral("delete table inet portolan") << QString()
        << QStringLiteral("table inet portolan {");
    for (const RuleSetPlan::AddressGroup &group : plan.groups()) {
        QStringList elements;
        for (const int host : group.hosts)
            elements << writer.host(host);
        const bool v6 = plan.address(group.hosts.front()).protocol() == QAbstractSocket::IPv6Protocol;
        out << QStringLiteral("\tset %1 {").arg(group.name)
            << (v6 ? QStringLiteral("\t\ttype ipv6_addr") : QStringLiteral("\t\ttype ipv4_addr"))
            << QStringLiteral("\t\telements = { %1 }").arg(elements.join(QStringLiteral(", ")))
            << QStringLiteral("\t}") << QString();
    }
    out << QStringLiteral("\tchain forward {")
        << QStringLiteral("\t\ttype filter hook forward priority filter; policy drop;")
        << QStringLiteral("\t\tct state established,related accept")
        << QStringLiteral("\t\tct state invalid drop");
    const QString indent = QStringLiteral("\t\t");
    for (const RuleSetPlan::Section &section : plan.sections()) {
        out << QString();
        const QString title = section.blocks
            ? tr("Blocks into %1 from any source outside the zone")
                  .arg(plan.zoneTitle(section.destinationZone))
            : tr("%1 -> %2").arg(plan.zoneTitle(section.sourceZone), plan.zoneTitle(section.destinationZone));
        out << comment(QStringLiteral("=== ") + title + QStringLiteral(" ==="), indent);
        for (const RuleSetPlan::Rule &rule : section.rules) {
            QString note;
            const QString text = writer.rule(rule, section.destinationZone, &note);
            out << comment(plan.describe(rule), indent);
            if (!rule.exceptions.isEmpty())
                out << comment(
                    tr("Exceptions allowed above: %1").arg(rule.exceptions.join(QStringLiteral("; "))),
                    indent);
            if (!note.isEmpty())
                out << comment(note, indent);
            out << QStringLiteral("\t\t") + text;
        }
    }
    out << QStringLiteral("\t}") << QStringLiteral("}") << QString();
    return RuleSetText::join(out, data, error);
}

} // namespace portolan
