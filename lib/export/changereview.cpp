#include "changereview.h"

#include "rulesetplan.h"

#include "io/csvwriter.h"
#include "io/flowsreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace portolan {

namespace {

const QChar Separator(0x1f);

QString sectionKey(const RuleSetPlan::Section &section)
{
    return section.blocks ? QStringLiteral("blocks") + Separator + section.destinationZone
                          : section.sourceZone + Separator + section.destinationZone;
}

/// The section a flow of a design falls in, keyed as sectionKey() does.
QString sectionKeyOf(const Design &design, const Flow &flow)
{
    const auto zone = [&design](int host) {
        const QString id = design.hosts().at(host).zone;
        return id.isEmpty() || !design.zone(id) ? QStringLiteral("-") : id;
    };
    return flow.source == Flow::AnySource ? QStringLiteral("blocks") + Separator + zone(flow.destination)
                                          : zone(flow.source) + Separator + zone(flow.destination);
}

QStringList idsOf(const Design &design, const QList<int> &hosts)
{
    QStringList ids;
    for (const int host : hosts)
        ids.append(design.hosts().at(host).id);
    return ids;
}

/// What a rule enforces: its action, protocol, ports, catalog rule and its hosts with their addresses.
QString ruleIdentity(const RuleSetPlan &plan, const RuleSetPlan::Rule &rule)
{
    QStringList parts {actionName(rule.action), protocolName(rule.protocol), rule.ports.toString(),
        rule.sourcePorts.toString(), rule.rule, rule.ipv6 ? QStringLiteral("6") : QStringLiteral("4")};
    for (const QList<int> *side : {&rule.source.hosts, &rule.destination.hosts}) {
        QStringList hosts;
        for (const int host : *side) {
            const Host &h = plan.design().hosts().at(host);
            hosts.append(h.id + QLatin1Char('@') + (h.address.isNull() ? QString() : h.address.toString()));
        }
        parts.append(hosts.join(QLatin1Char(',')));
    }
    return parts.join(Separator);
}

void unite(QList<int> *into, const QList<int> &more)
{
    for (const int index : more) {
        if (!into->contains(index))
            into->append(index);
    }
    std::sort(into->begin(), into->end());
}

QString indexText(const QList<int> &indexes)
{
    QStringList parts;
    for (const int index : indexes)
        parts.append(QString::number(index));
    return parts.join(QLatin1Char(';'));
}

QJsonArray indexArray(const QList<int> &indexes)
{
    QJsonArray array;
    for (const int index : indexes)
        array.append(index);
    return array;
}

} // namespace

int ChangeReview::Firewall::count(bool added) const
{
    return int(std::count_if(
        rules.cbegin(), rules.cend(), [added](const RuleChange &rule) { return rule.added == added; }));
}

RuleSetPlan ChangeReview::plan(const Design &design, const Derivation &derivation)
{
    ExportOptions options;
    options.placeholders = true;
    return RuleSetPlan::build(design, derivation, options);
}

ChangeReview ChangeReview::build(ChangeSet changes)
{
    ChangeReview review;
    review.changes = std::move(changes);
    const ChangeSet &set = review.changes;

    for (const FlowChange &change : set.added)
        review.m_flowCausesNew.insert(FlowKey::of(set.after, change.after), change.because);
    for (const FlowChange &change : set.changed) {
        review.m_flowCausesNew.insert(FlowKey::of(set.after, change.after), change.because);
        review.m_flowCausesOld.insert(FlowKey::of(set.before, change.before), change.because);
    }
    for (const FlowChange &change : set.removed)
        review.m_flowCausesOld.insert(FlowKey::of(set.before, change.before), change.because);

    // Each flow change by the section its flow falls in, for rules whose own flows did not change
    // (hosts regrouped because another flow came or went).
    struct Located
    {
        QString section;
        const FlowChange *change;
        const Design *design;
        const Flow *flow;
    };
    QList<Located> located;
    for (const FlowChange &change : set.added)
        located.append({sectionKeyOf(set.after, change.after), &change, &set.after, &change.after});
    for (const FlowChange &change : set.removed)
        located.append({sectionKeyOf(set.before, change.before), &change, &set.before, &change.before});
    for (const FlowChange &change : set.changed) {
        located.append({sectionKeyOf(set.before, change.before), &change, &set.before, &change.before});
        located.append({sectionKeyOf(set.after, change.after), &change, &set.after, &change.after});
    }

    const RuleSetPlan before = plan(set.before, set.derivedBefore);
    const RuleSetPlan after = plan(set.after, set.derivedAfter);
    struct Entry
    {
        QString identity;
        int section;
        int rule;
    };
    QStringList order;
    QHash<QString, QList<Entry>> entries[2];
    QHash<QString, const RuleSetPlan::Section *> sections[2];
    const RuleSetPlan *plans[2] = {&before, &after};
    for (int side : {1, 0}) {
        const RuleSetPlan &p = *plans[side];
        for (int s = 0; s < p.sections().size(); ++s) {
            const RuleSetPlan::Section &section = p.sections().at(s);
            const QString key = sectionKey(section);
            if (!order.contains(key))
                order.append(key);
            sections[side].insert(key, &section);
            for (int r = 0; r < section.rules.size(); ++r)
                entries[side][key].append({ruleIdentity(p, section.rules.at(r)), s, r});
        }
    }

    for (const QString &key : std::as_const(order)) {
        Firewall firewall;
        const RuleSetPlan::Section *section = sections[1].value(key, sections[0].value(key));
        firewall.blocks = section->blocks;
        firewall.sourceZone
            = section->blocks || section->sourceZone == QLatin1String("-") ? QString() : section->sourceZone;
        firewall.destinationZone
            = section->destinationZone == QLatin1String("-") ? QString() : section->destinationZone;
        for (int side : {0, 1}) {
            const bool added = side == 1;
            QHash<QString, int> others;
            for (const Entry &entry : entries[1 - side].value(key))
                ++others[entry.identity];
            const RuleSetPlan &p = *plans[side];
            const Design &design = p.design();
            for (const Entry &entry : entries[side].value(key)) {
                int &count = others[entry.identity];
                if (count > 0) {
                    --count;
                    continue;
                }
                const RuleSetPlan::Rule &rule = p.sections().at(entry.section).rules.at(entry.rule);
                RuleChange change;
                change.added = added;
                change.rule = rule.rule;
                change.action = rule.action;
                change.protocol = rule.protocol;
                change.ports = rule.ports;
                change.sourcePorts = rule.sourcePorts;
                change.sources = idsOf(design, rule.source.hosts);
                change.destinations = idsOf(design, rule.destination.hosts);
                change.description = p.describe(rule);
                const QHash<FlowKey, QList<int>> &flowCauses
                    = added ? review.m_flowCausesNew : review.m_flowCausesOld;
                const QStringList sources
                    = change.sources.isEmpty() ? QStringList {QStringLiteral("any")} : change.sources;
                for (const QString &source : sources) {
                    for (const QString &destination : std::as_const(change.destinations))
                        unite(&change.because,
                            flowCauses.value({source, destination, rule.protocol, rule.action, rule.rule}));
                }
                if (change.because.isEmpty()) {
                    // None of its own flows changed: it was regrouped by a flow of the same rule
                    // that came or went beside it.
                    for (const Located &l : std::as_const(located)) {
                        if (l.section != key || l.flow->rule != rule.rule || l.flow->protocol != rule.protocol
                            || l.flow->action != rule.action)
                            continue;
                        const QString source = l.flow->source == Flow::AnySource
                            ? QString()
                            : l.design->hosts().at(l.flow->source).id;
                        const QString destination = l.design->hosts().at(l.flow->destination).id;
                        if (change.sources.contains(source) || change.destinations.contains(destination))
                            unite(&change.because, l.change->because);
                    }
                }
                (added ? review.m_ruleCausesNew : review.m_ruleCausesOld)
                    .insert(key + Separator + entry.identity, change.because);
                firewall.rules.append(change);
            }
        }
        if (!firewall.rules.isEmpty())
            review.firewalls.append(firewall);
    }
    return review;
}

QList<int> ChangeReview::ruleCauses(const RuleSetPlan &plan, int section, int rule, bool added) const
{
    const RuleSetPlan::Section &s = plan.sections().at(section);
    return (added ? m_ruleCausesNew : m_ruleCausesOld)
        .value(sectionKey(s) + Separator + ruleIdentity(plan, s.rules.at(rule)));
}

QList<int> ChangeReview::flowCauses(
    const RuleSetPlan &plan, int section, int rule, int source, int destination, bool added) const
{
    const RuleSetPlan::Rule &r = plan.sections().at(section).rules.at(rule);
    const Design &design = plan.design();
    const FlowKey key {source < 0 ? QStringLiteral("any") : design.hosts().at(source).id,
        design.hosts().at(destination).id, r.protocol, r.action, r.rule};
    return (added ? m_flowCausesNew : m_flowCausesOld).value(key);
}

QString ChangeReview::firewallTitle(const Firewall &firewall) const
{
    const auto zone = [this](const QString &id) {
        if (id.isEmpty())
            return tr("hosts without a zone");
        const Zone *z = changes.after.zone(id);
        if (!z)
            z = changes.before.zone(id);
        return z && !z->name.isEmpty() ? tr("%1 (%2)").arg(z->name, id) : id;
    };
    if (firewall.blocks)
        return tr("Blocks into %1 from outside it").arg(zone(firewall.destinationZone));
    return tr("%1 \u2192 %2").arg(zone(firewall.sourceZone), zone(firewall.destinationZone));
}

QByteArray ChangeReview::toJson() const
{
    QJsonObject object = changes.toJson();
    QJsonArray list;
    for (const Firewall &firewall : firewalls) {
        QJsonObject entry {
            {QStringLiteral("source_zone"), firewall.blocks ? QStringLiteral("any") : firewall.sourceZone},
            {QStringLiteral("destination_zone"), firewall.destinationZone},
            {QStringLiteral("rules_added"), firewall.count(true)},
            {QStringLiteral("rules_removed"), firewall.count(false)}};
        if (firewall.blocks)
            entry.insert(QStringLiteral("blocks"), true);
        QJsonArray added;
        QJsonArray removed;
        for (const RuleChange &rule : firewall.rules) {
            QJsonObject r {{QStringLiteral("rule"), rule.rule},
                {QStringLiteral("action"), actionName(rule.action)},
                {QStringLiteral("protocol"), protocolName(rule.protocol)},
                {QStringLiteral("ports"), rule.ports.toString()},
                {QStringLiteral("sources"), QJsonArray::fromStringList(rule.sources)},
                {QStringLiteral("destinations"), QJsonArray::fromStringList(rule.destinations)},
                {QStringLiteral("description"), rule.description},
                {QStringLiteral("because"), indexArray(rule.because)}};
            if (!rule.sourcePorts.isEmpty())
                r.insert(QStringLiteral("source_ports"), rule.sourcePorts.toString());
            (rule.added ? added : removed).append(r);
        }
        entry.insert(QStringLiteral("added"), added);
        entry.insert(QStringLiteral("removed"), removed);
        list.append(entry);
    }
    object.insert(QStringLiteral("firewalls"), list);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray ChangeReview::toCsv() const
{
    const QStringList flowHeader = FlowsReport::csvHeader();
    const qsizetype flowColumns = flowHeader.size();
    CsvWriter csv;
    csv.addRow(QStringList {QStringLiteral("change"), QStringLiteral("because"), QStringLiteral("causes")}
        + flowHeader
        + QStringList {QStringLiteral("severity"), QStringLiteral("hosts"), QStringLiteral("message")});
    const QStringList noFlow(flowColumns);
    const QStringList noFinding(3);
    for (int c = 0; c < changes.designChanges.size(); ++c) {
        csv.addRow(QStringList {QStringLiteral("design change"), QString::number(c),
                       changes.designChanges.at(c).describe()}
            + noFlow + noFinding);
    }
    const auto flowRow
        = [&](const QString &kind, const Design &design, const Flow &flow, const QList<int> &because) {
              csv.addRow(QStringList {kind, indexText(because), changes.causeText(because)}
                  + FlowsReport::csvRow(design, flow) + noFinding);
          };
    for (const FlowChange &change : changes.added)
        flowRow(QStringLiteral("added"), changes.after, change.after, change.because);
    for (const FlowChange &change : changes.removed)
        flowRow(QStringLiteral("removed"), changes.before, change.before, change.because);
    for (const FlowChange &change : changes.changed) {
        flowRow(QStringLiteral("changed from"), changes.before, change.before, change.because);
        flowRow(QStringLiteral("changed to"), changes.after, change.after, change.because);
    }
    const auto findingRow = [&](const QString &kind, const Design &design, const FindingChange &change) {
        QStringList flow = noFlow;
        flow[flowHeader.indexOf(QStringLiteral("rule"))] = change.finding.rule;
        csv.addRow(QStringList {kind, indexText(change.because), changes.causeText(change.because)} + flow
            + QStringList {severityName(change.finding.severity),
                idsOf(design, change.finding.hosts).join(QLatin1Char(';')), change.finding.message});
    };
    for (const FindingChange &change : changes.findingsAdded)
        findingRow(QStringLiteral("finding added"), changes.after, change);
    for (const FindingChange &change : changes.findingsRemoved)
        findingRow(QStringLiteral("finding removed"), changes.before, change);
    for (const Firewall &firewall : firewalls) {
        for (const RuleChange &rule : firewall.rules) {
            QStringList flow = noFlow;
            const auto set = [&](const char *column, const QString &value) {
                flow[flowHeader.indexOf(QLatin1String(column))] = value;
            };
            set("source",
                rule.sources.isEmpty() ? QStringLiteral("any") : rule.sources.join(QLatin1Char(';')));
            set("destination", rule.destinations.join(QLatin1Char(';')));
            set("protocol", protocolName(rule.protocol));
            set("ports", rule.ports.toString());
            set("source_ports", rule.sourcePorts.toString());
            set("action", actionName(rule.action));
            set("rule", rule.rule);
            set("source_zone", firewall.blocks ? QStringLiteral("any") : firewall.sourceZone);
            set("destination_zone", firewall.destinationZone);
            set("notes", rule.description);
            csv.addRow(
                QStringList {rule.added ? QStringLiteral("rule added") : QStringLiteral("rule removed"),
                    indexText(rule.because), changes.causeText(rule.because)}
                + flow + noFinding);
        }
    }
    return csv.data();
}

} // namespace portolan
