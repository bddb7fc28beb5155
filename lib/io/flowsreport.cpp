#include "flowsreport.h"

#include "csvwriter.h"
#include "jsonstring.h"

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace portolan {

namespace {

/** Appends JSON text by hand: keys in the contract's order, and fast for a million rows. */
class JsonText
{
public:
    QByteArray data;

    void string(const QString &text) { appendJsonString(&data, text); }
    void key(const char *name) { data.append('"').append(name).append("\": "); }
    void field(const char *name, const QString &value, bool last = false)
    {
        key(name);
        string(value);
        if (!last)
            data.append(", ");
    }
};

QString hostId(const Design &design, int index)
{
    return index == Flow::AnySource ? QStringLiteral("any") : design.hosts().at(index).id;
}

QString hostZone(const Design &design, int index)
{
    return index == Flow::AnySource ? QString() : design.hosts().at(index).zone;
}

} // namespace

QByteArray FlowsReport::toJson(const Design &design, const Derivation &derivation, bool findingsOnly)
{
    JsonText json;
    json.data.reserve(findingsOnly ? 4096 : derivation.flows.size() * 420);
    json.data.append("{\n");
    if (!findingsOnly) {
        json.data.append("  \"flows\": [");
        for (qsizetype i = 0; i < derivation.flows.size(); ++i) {
            const Flow &flow = derivation.flows.at(i);
            json.data.append(i == 0 ? "\n    { " : ",\n    { ");
            json.field("source", hostId(design, flow.source));
            json.field("destination", hostId(design, flow.destination));
            json.field("protocol", protocolName(flow.protocol));
            json.field("ports", flow.ports.toString());
            if (!flow.sourcePorts.isEmpty())
                json.field("source_ports", flow.sourcePorts.toString());
            json.field("action", actionName(flow.action));
            json.field("service", flow.service);
            json.field("rule", flow.rule);
            json.field("reference", flow.reference);
            json.field("source_zone", hostZone(design, flow.source));
            json.field("destination_zone", hostZone(design, flow.destination));
            json.key("crosses_zones");
            json.data.append(flow.crossesZones ? "true, " : "false, ");
            json.field("notes", flow.notes, true);
            json.data.append(" }");
        }
        json.data.append(derivation.flows.isEmpty() ? "],\n" : "\n  ],\n");
    }
    json.data.append("  \"findings\": [");
    for (qsizetype i = 0; i < derivation.findings.size(); ++i) {
        const Finding &finding = derivation.findings.at(i);
        json.data.append(i == 0 ? "\n    { " : ",\n    { ");
        json.field("severity", severityName(finding.severity));
        json.key("hosts");
        json.data.append('[');
        for (qsizetype h = 0; h < finding.hosts.size(); ++h) {
            if (h > 0)
                json.data.append(", ");
            json.string(design.hosts().at(finding.hosts.at(h)).id);
        }
        json.data.append("], ");
        if (finding.link >= 0) {
            json.key("link");
            json.data.append(QByteArray::number(finding.link)).append(", ");
        }
        json.field("rule", finding.rule);
        if (!finding.category.isEmpty())
            json.field("category", finding.category);
        json.field("message", finding.message, true);
        json.data.append(" }");
    }
    json.data.append(derivation.findings.isEmpty() ? "]" : "\n  ]");
    if (!findingsOnly) {
        json.data.append(",\n  \"ephemeral_ports\": [");
        for (qsizetype i = 0; i < derivation.ephemeral.size(); ++i) {
            const EphemeralRange &range = derivation.ephemeral.at(i);
            json.data.append(i == 0 ? "\n    { " : ",\n    { ");
            json.field("host", hostId(design, range.host));
            json.field("protocol", protocolName(range.protocol));
            json.field("ports", range.ports.toString());
            json.field("reference", range.reference, true);
            json.data.append(" }");
        }
        json.data.append(derivation.ephemeral.isEmpty() ? "]" : "\n  ]");
    }
    json.data.append("\n}\n");
    return json.data;
}

QStringList FlowsReport::csvHeader()
{
    return {QStringLiteral("source"), QStringLiteral("destination"), QStringLiteral("protocol"),
        QStringLiteral("ports"), QStringLiteral("source_ports"), QStringLiteral("action"),
        QStringLiteral("service"), QStringLiteral("rule"), QStringLiteral("reference"),
        QStringLiteral("source_zone"), QStringLiteral("destination_zone"), QStringLiteral("crosses_zones"),
        QStringLiteral("notes"), QStringLiteral("source_name"), QStringLiteral("source_address"),
        QStringLiteral("destination_name"), QStringLiteral("destination_address")};
}

namespace {

/** The cells of a host that every flow row repeats, computed once per host. */
struct HostCells
{
    QString id;
    QString zone;
    QString name;
    QString address;
};

HostCells hostCells(const Host *host)
{
    if (!host)
        return {QStringLiteral("any"), QString(), QStringLiteral("any"), QString()};
    return {host->id, host->zone, host->displayName(),
        host->address.isNull() ? QString() : host->address.toString()};
}

QStringList rowCells(const Flow &flow, const HostCells &source, const HostCells &destination)
{
    return {source.id, destination.id, protocolName(flow.protocol), flow.ports.toString(),
        flow.sourcePorts.toString(), actionName(flow.action), flow.service, flow.rule, flow.reference,
        source.zone, destination.zone, flow.crossesZones ? QStringLiteral("true") : QStringLiteral("false"),
        flow.notes, source.name, source.address, destination.name, destination.address};
}

} // namespace

QStringList FlowsReport::csvRow(const Design &design, const Flow &flow)
{
    const Host *source = flow.source == Flow::AnySource ? nullptr : &design.hosts().at(flow.source);
    return rowCells(flow, hostCells(source), hostCells(&design.hosts().at(flow.destination)));
}

QByteArray FlowsReport::toCsv(const Design &design, const Derivation &derivation, bool byteOrderMark)
{
    QList<HostCells> cells;
    cells.reserve(design.hosts().size());
    for (const Host &host : design.hosts())
        cells.append(hostCells(&host));
    const HostCells any = hostCells(nullptr);
    const auto formatRows = [&](qsizetype first, qsizetype last, CsvWriter *csv) {
        csv->reserve((last - first) * 260);
        for (qsizetype i = first; i < last; ++i) {
            const Flow &flow = derivation.flows.at(i);
            const HostCells &source = flow.source == Flow::AnySource ? any : cells.at(flow.source);
            csv->addRow(rowCells(flow, source, cells.at(flow.destination)));
        }
    };
    // Large matrices are formatted in slices on every core, then joined in order.
    constexpr qsizetype RowsPerSlice = 50000;
    const qsizetype rows = derivation.flows.size();
    const qsizetype slices
        = std::clamp<qsizetype>(rows / RowsPerSlice, 1, qMax(1, QThread::idealThreadCount()));
    QList<CsvWriter> parts(slices);
    std::vector<std::thread> workers;
    for (qsizetype s = 1; s < slices; ++s)
        workers.emplace_back(formatRows, rows * s / slices, rows * (s + 1) / slices, &parts[s]);
    CsvWriter csv(byteOrderMark);
    csv.addRow(csvHeader());
    formatRows(0, rows / slices, &csv);
    for (std::thread &worker : workers)
        worker.join();
    QByteArray data = csv.data();
    for (qsizetype s = 1; s < slices; ++s)
        data.append(parts.at(s).data());
    return data;
}

QString FlowsReport::findingLine(const QString &file, const Finding &finding)
{
    return file + QStringLiteral(": ") + severityName(finding.severity) + QStringLiteral(": ")
        + finding.message;
}

} // namespace portolan
