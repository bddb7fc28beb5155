#include "changeset.h"

#include "changeattribution.h"
#include "flowkey.h"
#include "io/flowsreport.h"

#include <QJsonArray>

namespace portolan {

namespace {

QJsonArray indexArray(const QList<int> &indexes)
{
    QJsonArray array;
    for (const int index : indexes)
        array.append(index);
    return array;
}

QStringList flowHosts(const Design &design, const Flow &flow)
{
    QStringList hosts;
    if (flow.source != Flow::AnySource)
        hosts.append(design.hosts().at(flow.source).id);
    hosts.append(design.hosts().at(flow.destination).id);
    return hosts;
}

QStringList findingHosts(const Design &design, const Finding &finding)
{
    QStringList hosts;
    for (const int host : finding.hosts)
        hosts.append(design.hosts().at(host).id);
    return hosts;
}

/// The findings of one derivation that the other does not have, counting repeats.
QList<int> unmatchedFindings(
    const Design &design, const Derivation &derivation, const Design &otherDesign, const Derivation &other)
{
    QHash<QString, int> remaining;
    for (const Finding &finding : other.findings)
        ++remaining[findingIdentity(otherDesign, finding)];
    QList<int> result;
    for (int f = 0; f < derivation.findings.size(); ++f) {
        int &count = remaining[findingIdentity(design, derivation.findings.at(f))];
        if (count > 0)
            --count;
        else
            result.append(f);
    }
    return result;
}

} // namespace

ChangeSet ChangeSet::compute(const Design &before, const Design &after, const RuleEngine &engine, Tries tries)
{
    ChangeSet set;
    set.before = before;
    set.after = after;
    set.derivedBefore = engine.derive(before);
    set.derivedAfter = engine.derive(after);
    set.designChanges = DesignChange::between(before, after, engine.catalog());

    KeyedFlows old;
    for (const Flow &flow : set.derivedBefore.flows)
        old.add(before, flow);
    KeyedFlows now;
    for (const Flow &flow : set.derivedAfter.flows)
        now.add(after, flow);

    QList<ChangeAttribution::Target> targets;
    const auto flowTarget = [&targets](const FlowKey &key, const QStringList &hosts) {
        ChangeAttribution::Target target;
        target.flow = key;
        target.hosts = hosts;
        targets.append(target);
    };
    for (const FlowKey &key : std::as_const(old.order)) {
        const auto match = now.flows.constFind(key);
        FlowChange change;
        change.before = old.flows.value(key);
        if (match == now.flows.cend()) {
            change.kind = FlowChange::Kind::Removed;
            set.removed.append(change);
        } else if (old.states.value(key) != now.states.value(key)) {
            change.kind = FlowChange::Kind::Changed;
            change.after = *match;
            set.changed.append(change);
        }
    }
    for (const FlowKey &key : std::as_const(now.order)) {
        if (old.flows.contains(key))
            continue;
        FlowChange change;
        change.kind = FlowChange::Kind::Added;
        change.after = now.flows.value(key);
        set.added.append(change);
    }
    for (const FlowChange &change : std::as_const(set.added))
        flowTarget(FlowKey::of(after, change.after), flowHosts(after, change.after));
    for (const FlowChange &change : std::as_const(set.removed))
        flowTarget(FlowKey::of(before, change.before), flowHosts(before, change.before));
    for (const FlowChange &change : std::as_const(set.changed)) {
        QStringList hosts = flowHosts(before, change.before);
        for (const QString &host : flowHosts(after, change.after)) {
            if (!hosts.contains(host))
                hosts.append(host);
        }
        flowTarget(FlowKey::of(before, change.before), hosts);
    }

    for (const int f : unmatchedFindings(after, set.derivedAfter, before, set.derivedBefore))
        set.findingsAdded.append({true, set.derivedAfter.findings.at(f), {}});
    for (const int f : unmatchedFindings(before, set.derivedBefore, after, set.derivedAfter))
        set.findingsRemoved.append({false, set.derivedBefore.findings.at(f), {}});
    const auto findingTarget = [&targets](const Design &design, const Finding &finding) {
        ChangeAttribution::Target target;
        target.isFlow = false;
        target.finding = findingIdentity(design, finding);
        target.hosts = findingHosts(design, finding);
        targets.append(target);
    };
    for (const FindingChange &change : std::as_const(set.findingsAdded))
        findingTarget(after, change.finding);
    for (const FindingChange &change : std::as_const(set.findingsRemoved))
        findingTarget(before, change.finding);

    ChangeAttribution(set, engine, tries == Tries::WholeDesign).run(&targets, &set.stats);

    qsizetype t = 0;
    for (QList<FlowChange> *list : {&set.added, &set.removed, &set.changed}) {
        for (FlowChange &change : *list)
            change.because = targets.at(t++).because;
    }
    for (QList<FindingChange> *list : {&set.findingsAdded, &set.findingsRemoved}) {
        for (FindingChange &change : *list)
            change.because = targets.at(t++).because;
    }
    return set;
}

QJsonObject ChangeSet::flowObject(const Design &design, const Flow &flow)
{
    const QStringList header = FlowsReport::csvHeader();
    const QStringList cells = FlowsReport::csvRow(design, flow);
    QJsonObject object;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i) == QLatin1String("crosses_zones"))
            object.insert(header.at(i), flow.crossesZones);
        else if (header.at(i) != QLatin1String("source_ports") || !flow.sourcePorts.isEmpty())
            object.insert(header.at(i), cells.at(i));
    }
    return object;
}

QJsonObject ChangeSet::findingObject(const Design &design, const Finding &finding)
{
    QJsonArray hosts;
    for (const int host : finding.hosts)
        hosts.append(design.hosts().at(host).id);
    QJsonObject object {{QStringLiteral("severity"), severityName(finding.severity)},
        {QStringLiteral("hosts"), hosts}, {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("message"), finding.message}};
    if (finding.link >= 0)
        object.insert(QStringLiteral("link"), finding.link);
    if (!finding.category.isEmpty())
        object.insert(QStringLiteral("category"), finding.category);
    return object;
}

QJsonObject ChangeSet::toJson() const
{
    QJsonArray changes;
    for (const DesignChange &change : designChanges)
        changes.append(change.toJson());
    const auto flows = [](const QList<FlowChange> &list, const Design &design, bool removed) {
        QJsonArray array;
        for (const FlowChange &change : list) {
            QJsonObject object = flowObject(design, removed ? change.before : change.after);
            object.insert(QStringLiteral("because"), indexArray(change.because));
            array.append(object);
        }
        return array;
    };
    QJsonArray changedArray;
    for (const FlowChange &change : changed) {
        changedArray.append(QJsonObject {{QStringLiteral("before"), flowObject(before, change.before)},
            {QStringLiteral("after"), flowObject(after, change.after)},
            {QStringLiteral("because"), indexArray(change.because)}});
    }
    const auto findings = [](const QList<FindingChange> &list, const Design &design) {
        QJsonArray array;
        for (const FindingChange &change : list) {
            QJsonObject object = findingObject(design, change.finding);
            object.insert(QStringLiteral("because"), indexArray(change.because));
            array.append(object);
        }
        return array;
    };
    return QJsonObject {{QStringLiteral("design_changes"), changes},
        {QStringLiteral("added"), flows(added, after, false)},
        {QStringLiteral("removed"), flows(removed, before, true)}, {QStringLiteral("changed"), changedArray},
        {QStringLiteral("findings_added"), findings(findingsAdded, after)},
        {QStringLiteral("findings_removed"), findings(findingsRemoved, before)}};
}

QString ChangeSet::causeText(const QList<int> &because) const
{
    if (because.isEmpty())
        return tr("no design change (the order of the design's items)");
    QStringList parts;
    for (const int index : because)
        parts.append(tr("[%1] %2").arg(index).arg(designChanges.at(index).describe()));
    return parts.join(QStringLiteral("; "));
}

} // namespace portolan
