#include "flowsreport.h"

#include "base/sidebyside.h"
#include "csvwriter.h"
#include "jsonstring.h"

#include <QHash>
#include <QThread>

#include <algorithm>
#include <utility>

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

namespace {

/** The CSV cells of a host that every flow row repeats, encoded once per host. */
struct EncodedHost
{
    QByteArray id;
    QByteArray zone;
    QByteArray name;
    QByteArray address;
};

EncodedHost encodedHost(const HostCells &cells)
{
    return {CsvWriter::encodedCell(cells.id), CsvWriter::encodedCell(cells.zone),
        CsvWriter::encodedCell(cells.name), CsvWriter::encodedCell(cells.address)};
}

/**
 * Writes flow rows cell by cell. Port sets are shared by the flows derived from one catalog entry,
 * so each set is written as text once and its bytes are reused for every flow that shares it.
 */
class FlowRowWriter
{
public:
    FlowRowWriter(const QList<EncodedHost> &hosts, const EncodedHost &any)
        : m_hosts(hosts)
        , m_any(any)
    { }

    void write(const Flow &flow, CsvWriter *csv)
    {
        const EncodedHost &source = flow.source == Flow::AnySource ? m_any : m_hosts.at(flow.source);
        const EncodedHost &destination = m_hosts.at(flow.destination);
        csv->addEncodedCell(source.id);
        csv->addEncodedCell(destination.id);
        csv->addCell(protocolName(flow.protocol));
        csv->addEncodedCell(ports(flow.ports));
        csv->addEncodedCell(ports(flow.sourcePorts));
        csv->addCell(actionName(flow.action));
        csv->addCell(flow.service);
        csv->addCell(flow.rule);
        csv->addCell(flow.reference);
        csv->addEncodedCell(source.zone);
        csv->addEncodedCell(destination.zone);
        csv->addEncodedCell(flow.crossesZones ? QByteArrayView("true") : QByteArrayView("false"));
        csv->addCell(flow.notes);
        csv->addEncodedCell(source.name);
        csv->addEncodedCell(source.address);
        csv->addEncodedCell(destination.name);
        csv->addEncodedCell(destination.address);
        csv->endRow();
    }

private:
    const QByteArray &ports(const PortSet &set)
    {
        // The address of a set's ranges names the shared data: equal for every copy of the set.
        const void *key = &set.ranges();
        auto found = m_ports.constFind(key);
        if (found == m_ports.constEnd())
            found = m_ports.insert(key, CsvWriter::encodedCell(set.toString()));
        return found.value();
    }

    const QList<EncodedHost> &m_hosts;
    const EncodedHost &m_any;
    QHash<const void *, QByteArray> m_ports;
};

} // namespace

bool FlowsReport::writeCsv(const Design &design, const Derivation &derivation, bool byteOrderMark,
    const std::function<bool(const QByteArray &part)> &write)
{
    const qsizetype rows = derivation.flows.size();
    const qsizetype cores = qMax(1, QThread::idealThreadCount());
    const qsizetype parts = qMax<qsizetype>(1, (rows + RowsPerPart - 1) / RowsPerPart);
    QList<EncodedHost> hosts(design.hosts().size());
    EncodedHost *const hostData = hosts.data();
    const qsizetype hostCount = hosts.size();
    const qsizetype hostSlices = qMin(cores, parts);
    runSideBySide(hostSlices, [&](qsizetype slice) {
        const qsizetype last = hostCount * (slice + 1) / hostSlices;
        for (qsizetype i = hostCount * slice / hostSlices; i < last; ++i)
            hostData[i] = encodedHost(hostCells(&design.hosts().at(i)));
    });
    const EncodedHost any = encodedHost(hostCells(nullptr));
    const auto formatPart = [&](qsizetype part) {
        const qsizetype first = rows * part / parts;
        const qsizetype last = rows * (part + 1) / parts;
        CsvWriter csv(part == 0 && byteOrderMark);
        csv.reserve((last - first) * 320);
        if (part == 0)
            csv.addRow(csvHeader());
        FlowRowWriter writer(hosts, any);
        for (qsizetype i = first; i < last; ++i)
            writer.write(derivation.flows.at(i), &csv);
        return csv.takeData();
    };
    // One part per core at a time. The parts of a round are written, in order, while the next
    // round's are formatted: writing a large CSV costs the kernel about as much as formatting it.
    QList<QByteArray> formatted;
    bool written = true;
    for (qsizetype round = 0; written && (round < parts || !formatted.isEmpty()); round += cores) {
        const QList<QByteArray> toWrite
            = std::exchange(formatted, QList<QByteArray>(qBound<qsizetype>(0, parts - round, cores)));
        QByteArray *const formattedData = formatted.data();
        runSideBySide(
            formatted.size(), [&](qsizetype i) { formattedData[i] = formatPart(round + i); },
            [&] {
                for (const QByteArray &part : toWrite) {
                    if (!(written = write(part)))
                        return;
                }
            });
    }
    return written;
}

QByteArray FlowsReport::toCsv(const Design &design, const Derivation &derivation, bool byteOrderMark)
{
    QList<QByteArray> parts;
    writeCsv(design, derivation, byteOrderMark, [&parts](const QByteArray &part) {
        parts.append(part);
        return true;
    });
    if (parts.size() == 1)
        return parts.front();
    return parts.join();
}

QString FlowsReport::findingLine(const QString &file, const Finding &finding)
{
    return file + QStringLiteral(": ") + severityName(finding.severity) + QStringLiteral(": ")
        + finding.message;
}

} // namespace portolan
