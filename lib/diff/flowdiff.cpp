#include "flowdiff.h"

#include "io/csvwriter.h"
#include "io/flowsreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace portolan {

namespace {

using FlowKey = std::tuple<QString, QString, int, int, QString>;

FlowKey keyOf(const Design &design, const Flow &flow)
{
    const QString source
        = flow.source == Flow::AnySource ? QStringLiteral("any") : design.hosts().at(flow.source).id;
    return {source, design.hosts().at(flow.destination).id, int(flow.protocol), int(flow.action), flow.rule};
}

QMap<FlowKey, Flow> byKey(const Design &design, const Derivation &derivation)
{
    QMap<FlowKey, Flow> result;
    for (const Flow &flow : derivation.flows) {
        auto it = result.find(keyOf(design, flow));
        if (it == result.end()) {
            result.insert(keyOf(design, flow), flow);
        } else {
            for (const PortRange &range : flow.ports.ranges())
                it->ports.add(range);
        }
    }
    return result;
}

bool sameZones(const Design &oldDesign, const Flow &before, const Design &newDesign, const Flow &after)
{
    const auto zone = [](const Design &design, int host) {
        return host == Flow::AnySource ? QString() : design.hosts().at(host).zone;
    };
    return zone(oldDesign, before.source) == zone(newDesign, after.source)
        && zone(oldDesign, before.destination) == zone(newDesign, after.destination);
}

QJsonObject flowObject(const Design &design, const Flow &flow)
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

} // namespace

FlowDiff FlowDiff::compare(
    const Design &oldDesign, const Derivation &oldFlows, const Design &newDesign, const Derivation &newFlows)
{
    FlowDiff diff;
    const QMap<FlowKey, Flow> before = byKey(oldDesign, oldFlows);
    const QMap<FlowKey, Flow> after = byKey(newDesign, newFlows);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto match = after.constFind(it.key());
        if (match == after.cend()) {
            diff.removed.append(it.value());
            continue;
        }
        const Flow &a = it.value();
        const Flow &b = match.value();
        if (a.ports != b.ports || a.sourcePorts != b.sourcePorts || a.service != b.service
            || a.notes != b.notes || a.reference != b.reference || !sameZones(oldDesign, a, newDesign, b))
            diff.changed.append({a, b});
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            diff.added.append(it.value());
    }
    return diff;
}

QByteArray FlowDiff::toJson(const Design &oldDesign, const Design &newDesign) const
{
    QJsonArray addedArray;
    for (const Flow &flow : added)
        addedArray.append(flowObject(newDesign, flow));
    QJsonArray removedArray;
    for (const Flow &flow : removed)
        removedArray.append(flowObject(oldDesign, flow));
    QJsonArray changedArray;
    for (const Change &change : changed) {
        changedArray.append(QJsonObject {{QStringLiteral("before"), flowObject(oldDesign, change.before)},
            {QStringLiteral("after"), flowObject(newDesign, change.after)}});
    }
    return QJsonDocument(
        QJsonObject {{QStringLiteral("added"), addedArray}, {QStringLiteral("removed"), removedArray},
            {QStringLiteral("changed"), changedArray}})
        .toJson(QJsonDocument::Indented);
}

QByteArray FlowDiff::toCsv(const Design &oldDesign, const Design &newDesign) const
{
    CsvWriter csv;
    csv.addRow(QStringList {QStringLiteral("change")} + FlowsReport::csvHeader());
    for (const Flow &flow : added)
        csv.addRow(QStringList {QStringLiteral("added")} + FlowsReport::csvRow(newDesign, flow));
    for (const Flow &flow : removed)
        csv.addRow(QStringList {QStringLiteral("removed")} + FlowsReport::csvRow(oldDesign, flow));
    for (const Change &change : changed) {
        csv.addRow(
            QStringList {QStringLiteral("changed from")} + FlowsReport::csvRow(oldDesign, change.before));
        csv.addRow(QStringList {QStringLiteral("changed to")} + FlowsReport::csvRow(newDesign, change.after));
    }
    return csv.data();
}

} // namespace portolan
