#include "rulesetplan.h"

#include "catalog/catalog.h"

#include <QSet>

#include <algorithm>

namespace portolan {

namespace {

const QString noZoneId = QStringLiteral("-");

QString zoneOf(const Design &design, int host)
{
    const QString zone = design.hosts().at(host).zone;
    return zone.isEmpty() ? noZoneId : zone;
}

// Everything but the hosts: flows with equal keys can share one rule.
QString serviceKey(const Flow &flow)
{
    const QChar separator(0x1f);
    return protocolName(flow.protocol) + separator + flow.ports.toString() + separator
        + flow.sourcePorts.toString() + separator + flow.service + separator + flow.rule + separator
        + flow.reference + separator + flow.notes;
}

QString hostsKey(const QList<int> &hosts)
{
    QStringList parts;
    for (const int host : hosts)
        parts.append(QString::number(host));
    return parts.join(QLatin1Char(','));
}

/** Keeps insertion order of keys, for a stable output. */
template <typename Value> struct OrderedMap
{
    QStringList keys;
    QHash<QString, Value> values;

    Value &operator[](const QString &key)
    {
        if (!values.contains(key))
            keys.append(key);
        return values[key];
    }
};

RuleSetPlan::Rule ruleFrom(const Flow &flow)
{
    RuleSetPlan::Rule rule;
    rule.protocol = flow.protocol;
    rule.ports = flow.ports;
    rule.sourcePorts = flow.sourcePorts;
    rule.action = flow.action;
    rule.service = flow.service;
    rule.rule = flow.rule;
    rule.reference = flow.reference;
    rule.notes = flow.notes;
    return rule;
}

QHostAddress placeholderAddress(int n)
{
    // Documentation ranges (RFC 5737): never a real host, so a forgotten placeholder is harmless.
    static const char *const nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
    const int net = std::min(n / 254, 2);
    return QHostAddress(QLatin1String(nets[net]) + QString::number(n % 254 + 1));
}

} // namespace

QString RuleSetPlan::identifier(const QString &text)
{
    QString result;
    for (const QChar c : text.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        result += ok ? c : QLatin1Char('_');
    }
    if (result.isEmpty() || result.front().isDigit())
        result.prepend(QLatin1Char('z'));
    return result;
}

QString RuleSetPlan::zoneIdentifier(const QString &zoneId)
{
    return zoneId == noZoneId || zoneId.isEmpty() ? QStringLiteral("nozone") : identifier(zoneId);
}

QStringList RuleSetPlan::zoneIds() const
{
    QStringList ids;
    for (const Zone &zone : m_design->zones())
        ids.append(zone.id);
    for (const Host &host : m_design->hosts()) {
        if (host.zone.isEmpty() || !m_design->zone(host.zone)) {
            ids.append(noZoneId);
            break;
        }
    }
    return ids;
}

QString RuleSetPlan::zoneTitle(const QString &zoneId) const
{
    if (zoneId == noZoneId)
        return tr("Hosts without a zone");
    const Zone *zone = m_design->zone(zoneId);
    return zone && !zone->name.isEmpty() ? tr("%1 (%2)").arg(zone->name, zoneId) : zoneId;
}

QString RuleSetPlan::hostTitle(int host) const
{
    const Host &h = m_design->hosts().at(host);
    return h.name.isEmpty() || h.name == h.id ? h.id : tr("%1 (%2)").arg(h.name, h.id);
}

QStringList RuleSetPlan::zoneSubnets(const QString &zoneId, bool ipv6) const
{
    QStringList result;
    if (const Zone *zone = m_design->zone(zoneId)) {
        for (const Subnet &subnet : zone->subnets) {
            if ((subnet.first.protocol() == QAbstractSocket::IPv6Protocol) == ipv6)
                result.append(Zone::subnetText(subnet));
        }
    }
    return result;
}

QHostAddress RuleSetPlan::address(int host) const
{
    const QHostAddress &own = m_design->hosts().at(host).address;
    return own.isNull() ? m_placeholders.value(host) : own;
}

QString RuleSetPlan::placeholderName(int host) const
{
    return m_placeholderNames.value(host);
}

void RuleSetPlan::addGroup(Side *side)
{
    if (side->hosts.size() < 2)
        return;
    const auto found = m_groupIndex.constFind(side->hosts);
    if (found != m_groupIndex.constEnd()) {
        side->group = *found;
        return;
    }
    // Named after what the hosts have in common: their type when they share it, and their zone.
    const Host &first = m_design->hosts().at(side->hosts.front());
    bool sameType = true;
    for (const int host : side->hosts)
        sameType = sameType && m_design->hosts().at(host).type == first.type;
    const QString base = zoneIdentifier(zoneOf(*m_design, side->hosts.front())) + QLatin1Char('_')
        + (sameType ? identifier(first.type) : QStringLiteral("hosts"));
    QString name = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(
            m_groups.cbegin(), m_groups.cend(), [&](const AddressGroup &g) { return g.name == name; });
        if (!taken)
            break;
        name = base + QLatin1Char('_') + QString::number(n);
    }
    side->group = int(m_groups.size());
    m_groupIndex.insert(side->hosts, side->group);
    m_groups.append({name, side->hosts});
}

RuleSetPlan RuleSetPlan::build(
    const Design &design, const Derivation &derivation, const ExportOptions &options)
{
    RuleSetPlan plan;
    plan.m_design = &design;
    plan.m_allowPlaceholders = options.placeholders;

    // Which flows go in, and which hosts they need.
    QList<const Flow *> allows;
    QList<const Flow *> blocks;
    QSet<int> needed;
    for (const Flow &flow : derivation.flows) {
        if (flow.action == Action::Block) {
            blocks.append(&flow);
            needed.insert(flow.destination);
        } else if (flow.crossesZones || options.includeIntraZone) {
            allows.append(&flow);
            needed.insert(flow.source);
            needed.insert(flow.destination);
        } else {
            ++plan.m_intraZone;
        }
    }
    QSet<QString> placeholderNames;
    for (int host = 0; host < design.hosts().size(); ++host) {
        if (needed.contains(host) && design.hosts().at(host).address.isNull()) {
            plan.m_placeholders.insert(host, placeholderAddress(int(plan.m_missing.size())));
            plan.m_missing.append(host);
            // Ids that differ only in characters an identifier cannot hold ("a-b", "a.b") get
            // names of their own.
            const QString base = QStringLiteral("HOST_") + identifier(design.hosts().at(host).id);
            QString name = base;
            for (int n = 2; placeholderNames.contains(name); ++n)
                name = base + QLatin1Char('_') + QString::number(n);
            placeholderNames.insert(name);
            plan.m_placeholderNames.insert(host, name);
        }
    }
    const auto isV6
        = [&plan](int host) { return plan.address(host).protocol() == QAbstractSocket::IPv6Protocol; };

    const QStringList zones = plan.zoneIds();
    const auto zoneRank = [&zones](const QString &zone) { return zones.indexOf(zone); };

    // Allowed flows: per zone pair, merge the sources of flows to one destination, then the
    // destinations that share the same sources.
    struct Pair
    {
        OrderedMap<QList<int>> sourcesByServiceAndDestination;
        QHash<QString, const Flow *> sample;
    };
    OrderedMap<Pair> pairs;
    for (const Flow *flow : allows) {
        if (isV6(flow->source) != isV6(flow->destination)) {
            plan.m_mixedFamily.append(
                tr("%1 -> %2 %3 %4 (%5): the addresses are of different families")
                    .arg(plan.hostTitle(flow->source), plan.hostTitle(flow->destination),
                        protocolName(flow->protocol), flow->ports.toString(), flow->rule));
            continue;
        }
        const QString pairKey
            = zoneOf(design, flow->source) + QLatin1Char('\n') + zoneOf(design, flow->destination);
        Pair &pair = pairs[pairKey];
        const QString key = serviceKey(*flow);
        pair.sample.insert(key, flow);
        QList<int> &sources = pair.sourcesByServiceAndDestination[key + QLatin1Char('\n')
            + QString::number(flow->destination)];
        if (!sources.contains(flow->source))
            sources.append(flow->source);
    }
    QStringList pairKeys = pairs.keys;
    std::stable_sort(pairKeys.begin(), pairKeys.end(), [&](const QString &a, const QString &b) {
        const QStringList za = a.split(QLatin1Char('\n'));
        const QStringList zb = b.split(QLatin1Char('\n'));
        return std::pair(zoneRank(za.at(0)), zoneRank(za.at(1)))
            < std::pair(zoneRank(zb.at(0)), zoneRank(zb.at(1)));
    });
    for (const QString &pairKey : std::as_const(pairKeys)) {
        const Pair &pair = pairs.values.value(pairKey);
        Section section;
        section.sourceZone = pairKey.section(QLatin1Char('\n'), 0, 0);
        section.destinationZone = pairKey.section(QLatin1Char('\n'), 1, 1);
        OrderedMap<QList<int>> destinationsByServiceAndSources;
        QHash<QString, QList<int>> sourcesOf;
        for (const QString &key : pair.sourcesByServiceAndDestination.keys) {
            QList<int> sources = pair.sourcesByServiceAndDestination.values.value(key);
            std::sort(sources.begin(), sources.end());
            const QString service = key.section(QLatin1Char('\n'), 0, 0);
            const int destination = key.section(QLatin1Char('\n'), 1, 1).toInt();
            const QString ruleKey = service + QLatin1Char('\n') + hostsKey(sources);
            destinationsByServiceAndSources[ruleKey].append(destination);
            sourcesOf.insert(ruleKey, sources);
        }
        for (const QString &ruleKey : std::as_const(destinationsByServiceAndSources.keys)) {
            Rule rule = ruleFrom(*pair.sample.value(ruleKey.section(QLatin1Char('\n'), 0, 0)));
            rule.source.hosts = sourcesOf.value(ruleKey);
            rule.destination.hosts = destinationsByServiceAndSources.values.value(ruleKey);
            std::sort(rule.destination.hosts.begin(), rule.destination.hosts.end());
            rule.ipv6 = isV6(rule.destination.hosts.front());
            plan.addGroup(&rule.source);
            plan.addGroup(&rule.destination);
            section.rules.append(rule);
        }
        plan.m_sections.append(section);
    }

    // Block rows: per destination zone, after every allow rule, so the exceptions come first.
    // Rows that differ only in their notes (which no rule set prints) are one rule.
    OrderedMap<OrderedMap<QList<int>>> blocksByZone;
    QHash<QString, const Flow *> blockSample;
    // The notes of each key, each text once in order of appearance, joined once per key.
    struct Notes
    {
        QStringList texts;
        QSet<QString> seen;
        QString joined;
        bool isJoined = false;
    };
    QHash<QString, Notes> blockNotes;
    for (const Flow *flow : blocks) {
        Flow withoutNotes = *flow;
        withoutNotes.notes.clear();
        const QString key = serviceKey(withoutNotes) + QLatin1Char('\n')
            + (isV6(flow->destination) ? QLatin1Char('6') : QLatin1Char('4'));
        blockSample.insert(key, flow);
        Notes &notes = blockNotes[key];
        if (!flow->notes.isEmpty() && !notes.seen.contains(flow->notes)) {
            notes.seen.insert(flow->notes);
            notes.texts.append(flow->notes);
        }
        QList<int> &destinations = blocksByZone[zoneOf(design, flow->destination)][key];
        if (!destinations.contains(flow->destination))
            destinations.append(flow->destination);
    }
    // The allowed flows to each host, in derivation order, for the exceptions of the blocks.
    QHash<int, QList<int>> allowsTo;
    for (int i = 0; i < allows.size(); ++i)
        allowsTo[allows.at(i)->destination].append(i);
    QStringList blockZones = blocksByZone.keys;
    std::stable_sort(blockZones.begin(), blockZones.end(),
        [&](const QString &a, const QString &b) { return zoneRank(a) < zoneRank(b); });
    for (const QString &zone : std::as_const(blockZones)) {
        Section section;
        section.destinationZone = zone;
        section.blocks = true;
        const OrderedMap<QList<int>> &rows = blocksByZone.values[zone];
        for (const QString &key : rows.keys) {
            const Flow *sample = blockSample.value(key);
            Rule rule = ruleFrom(*sample);
            Notes &notes = blockNotes[key];
            if (!notes.isJoined) {
                notes.joined = notes.texts.join(QStringLiteral("; "));
                notes.isJoined = true;
            }
            rule.notes = notes.joined;
            rule.destination.hosts = rows.values.value(key);
            std::sort(rule.destination.hosts.begin(), rule.destination.hosts.end());
            rule.ipv6 = key.endsWith(QLatin1Char('6'));
            plan.addGroup(&rule.destination);
            QList<int> candidates;
            for (const int host : std::as_const(rule.destination.hosts))
                candidates += allowsTo.value(host);
            std::sort(candidates.begin(), candidates.end());
            for (const int index : std::as_const(candidates)) {
                const Flow *allow = allows.at(index);
                if (allow->protocol != sample->protocol
                    || (sample->protocol != Protocol::Icmp && !allow->ports.intersects(sample->ports)))
                    continue;
                const QString exception
                    = tr("%1 -> %2 %3 %4")
                          .arg(design.hosts().at(allow->source).id, design.hosts().at(allow->destination).id,
                              protocolName(allow->protocol), allow->ports.toString());
                if (!rule.exceptions.contains(exception))
                    rule.exceptions.append(exception);
            }
            section.rules.append(rule);
        }
        plan.m_sections.append(section);
    }
    return plan;
}

bool RuleSetPlan::checkAddresses(QString *error) const
{
    if (m_missing.isEmpty() || m_allowPlaceholders)
        return true;
    QStringList ids;
    for (const int host : m_missing)
        ids.append(m_design->hosts().at(host).id);
    *error = tr("%n host(s) without an address: %1. Give them addresses, or export with placeholders "
                "(--placeholders).",
        nullptr, int(ids.size()))
                 .arg(ids.join(QStringLiteral(", ")));
    return false;
}

QString RuleSetPlan::sideText(const Side &side) const
{
    if (side.hosts.isEmpty())
        return tr("any host outside the zone");
    if (side.group >= 0)
        return m_groups.at(side.group).name;
    return m_design->hosts().at(side.hosts.front()).id;
}

QString RuleSetPlan::describe(const Rule &rule) const
{
    QString text = tr("%1 -> %2: %3 [%4]")
                       .arg(sideText(rule.source), sideText(rule.destination), rule.service, rule.rule);
    if (!rule.reference.isEmpty())
        text += tr("; see %1").arg(rule.reference);
    QStringList placeholders;
    for (const QList<int> *hosts : {&rule.source.hosts, &rule.destination.hosts}) {
        for (const int host : *hosts) {
            if (isPlaceholder(host))
                placeholders << placeholderName(host);
        }
    }
    if (!placeholders.isEmpty())
        text += tr(" [PLACEHOLDER address: %1]").arg(placeholders.join(QStringLiteral(", ")));
    return text;
}

QStringList RuleSetPlan::headerLines(const QString &formatTitle, const ExportOptions &options) const
{
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc();
    QStringList lines;
    lines
        << (m_design->name.isEmpty() ? tr("%1 for an untitled design").arg(formatTitle)
                                     : tr("%1 for the design \"%2\"").arg(formatTitle, m_design->name))
        << tr("Generated by Portolan %1 on %2 from the product catalog; each rule cites its vendor document.")
               .arg(QStringLiteral(PORTOLAN_VERSION), date.toString(Qt::ISODate))
        << QString() << tr("One section per zone pair: source zone -> destination zone, one firewall.")
        << tr("Allow rules of every zone pair come first, then the block rows of each destination zone,")
        << tr("which match any source outside that zone; the allowed exceptions precede them.")
        << tr("Replies of allowed connections pass (established, related); everything else is dropped.");
    if (options.includeIntraZone)
        lines << tr("Flows within one zone cross no firewall; they are included on request.");
    else
        lines << tr("%n flow(s) within one zone cross no firewall and are left out.", nullptr, m_intraZone);
    for (const QString &mixed : m_mixedFamily)
        lines << tr("Left out: %1").arg(mixed);
    if (!m_groups.isEmpty()) {
        lines << QString() << tr("Address groups (hosts that share the same flows):");
        for (const AddressGroup &group : m_groups) {
            QStringList ids;
            for (const int host : group.hosts)
                ids.append(m_design->hosts().at(host).id);
            lines << tr("  %1: %2").arg(group.name, ids.join(QStringLiteral(", ")));
        }
    }
    if (!m_missing.isEmpty()) {
        lines << QString()
              << tr("PLACEHOLDERS: these hosts have no address in the design. Replace each placeholder")
              << tr("address (documentation range, RFC 5737) with the real one before applying:");
        for (const int host : m_missing)
            lines << tr("  %1 = %2  address of %3")
                         .arg(placeholderName(host), address(host).toString(), hostTitle(host));
    }
    return lines;
}

} // namespace portolan
