#include "reviewreport.h"

#include "io/csvwriter.h"
#include "io/jsonstring.h"

#include <QLocale>

namespace portolan {

namespace {

/** JSON text by hand: keys in the contract's order, and fast for tens of thousands of rules. */
class JsonWriter
{
public:
    QByteArray data;

    /// The next element starts on a new line with this indent ("\n    ").
    void indent(const char *text) { m_indent = text; }
    void beginObject()
    {
        element();
        data.append('{');
        m_first.append(true);
    }
    void endObject(const char *indent = nullptr) { end('}', indent); }
    void beginArray()
    {
        element();
        data.append('[');
        m_first.append(true);
    }
    void endArray(const char *indent = nullptr) { end(']', indent); }
    void key(const QString &name)
    {
        element();
        string(name);
        data.append(": ");
        m_afterKey = true;
    }
    void value(const QString &text)
    {
        element();
        string(text);
    }
    void value(qint64 number)
    {
        element();
        data.append(QByteArray::number(number));
    }
    void value(bool flag)
    {
        element();
        data.append(flag ? "true" : "false");
    }
    void field(const char *name, const QString &text)
    {
        key(QLatin1String(name));
        value(text);
    }
    void field(const char *name, qint64 number)
    {
        key(QLatin1String(name));
        value(number);
    }

private:
    void string(const QString &text) { appendJsonString(&data, text); }
    void element()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first.isEmpty()) {
            const bool first = m_first.last();
            m_first.last() = false;
            if (!first)
                data.append(',');
            if (m_indent)
                data.append(m_indent);
            else if (!first)
                data.append(' ');
        }
        m_indent = nullptr;
    }
    void end(char bracket, const char *indent)
    {
        const bool empty = m_first.last();
        m_first.removeLast();
        if (indent && !empty)
            data.append(indent);
        data.append(bracket);
        m_indent = nullptr;
    }

    QList<bool> m_first; ///< per open object or array: no element written yet
    bool m_afterKey = false;
    const char *m_indent = nullptr;
};

QString portsText(const TupleGroup &group)
{
    return group.protocol == Protocol::Icmp ? QString() : group.ports.toString();
}

void writeGroup(JsonWriter &json, const Design &design, const TupleGroup &group, bool withRule,
    const QString &sourceText = QString(), const HostSet &sources = HostSet(),
    const QString &destinationText = QString(), const HostSet &destinations = HostSet())
{
    json.beginObject();
    json.field("source", ReviewReport::sideText(design, group.sources, sourceText, sources));
    json.field(
        "destination", ReviewReport::sideText(design, group.destinations, destinationText, destinations));
    json.field("protocol", protocolName(group.protocol));
    json.field("ports", portsText(group));
    if (withRule) {
        json.field("rule", group.rule);
        json.field("reference", group.reference);
    }
    json.field("tuples", group.tuples);
    if (group.sources.count() > 1)
        json.field("source_hosts", group.sources.count());
    if (group.destinations.count() > 1)
        json.field("destination_hosts", group.destinations.count());
    if (group.summarised) {
        json.key(QStringLiteral("summarised"));
        json.value(true);
    }
    json.endObject();
}

void writeGroups(JsonWriter &json, const Design &design, const QList<TupleGroup> &groups, bool withRule,
    const QString &sourceText = QString(), const HostSet &sources = HostSet(),
    const QString &destinationText = QString(), const HostSet &destinations = HostSet())
{
    json.beginArray();
    for (const TupleGroup &group : groups) {
        json.indent("\n        ");
        writeGroup(json, design, group, withRule, sourceText, sources, destinationText, destinations);
    }
    json.endArray(groups.isEmpty() ? nullptr : "\n      ");
}

QString groupsCell(const Design &design, const QList<TupleGroup> &groups)
{
    QStringList lines;
    for (const TupleGroup &group : groups)
        lines << ReviewReport::groupLine(design, group);
    return lines.join(QStringLiteral("; "));
}

} // namespace

QString ReviewReport::number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString ReviewReport::sideText(
    const Design &design, const HostSet &hosts, const QString &whole, const HostSet &wholeHosts)
{
    const qsizetype count = hosts.count();
    if (count == 1)
        return design.hosts().at(hosts.onlyMember()).id;
    if (count > 1 && count <= 10) {
        QStringList ids;
        hosts.forEach([&](int host) {
            ids << design.hosts().at(host).id;
            return true;
        });
        return ids.join(QLatin1Char(','));
    }
    if (count > 1 && !whole.isEmpty() && hosts == wholeHosts)
        return tr("%1 (%2 hosts)").arg(whole, number(count));
    return tr("%1 hosts").arg(number(count));
}

QString ReviewReport::groupLine(const Design &design, const TupleGroup &group)
{
    QString text = tr("%1 -> %2 %3")
                       .arg(sideText(design, group.sources), sideText(design, group.destinations),
                           protocolName(group.protocol));
    if (group.protocol != Protocol::Icmp) {
        const qsizetype ports = group.ports.portCount();
        text += QLatin1Char(' ')
            + (group.ports.ranges().size() > 8 ? tr("%1 ports").arg(number(ports)) : group.ports.toString());
    }
    if (!group.rule.isEmpty())
        text += tr(" [%1]").arg(group.rule);
    if (group.summarised)
        text += tr(" (%1 tuples in all)").arg(number(group.tuples));
    return text;
}

QByteArray ReviewReport::toJson(const Design &design, const ReviewResult &result)
{
    JsonWriter json;
    json.data.reserve(result.requests.size() * 700 + 4096);
    json.beginObject();
    json.indent("\n  ");
    json.key(QStringLiteral("requests"));
    json.beginArray();
    for (const ReviewedRequest &reviewed : result.requests) {
        const RequestSpec &request = reviewed.request;
        json.indent("\n    ");
        json.beginObject();
        json.indent("\n      ");
        json.field("id", request.id);
        json.field("source", request.source);
        json.field("destination", request.destination);
        json.field("protocol", request.protocol);
        json.field("ports", request.ports);
        json.field("action", actionName(request.action));
        json.field("verdict", verdictName(reviewed.verdict));
        json.indent("\n      ");
        json.key(QStringLiteral("required"));
        writeGroups(json, design, reviewed.required, true);
        json.indent("\n      ");
        json.key(QStringLiteral("excess"));
        writeGroups(json, design, reviewed.excess, false, request.source, reviewed.sources,
            request.destination, reviewed.destinations);
        json.indent("\n      ");
        json.key(QStringLiteral("forbidden"));
        writeGroups(json, design, reviewed.forbidden, true, request.source, reviewed.sources,
            request.destination, reviewed.destinations);
        json.indent("\n      ");
        json.field("message", reviewed.message);
        json.indent("\n      ");
        json.field("line", request.line);
        if (!reviewed.unknownSide.isEmpty())
            json.field("unknown_side", reviewed.unknownSide);
        if (reviewed.verdict == Verdict::Shadowed) {
            json.key(QStringLiteral("shadowed_by"));
            json.beginArray();
            for (const QString &id : reviewed.shadowedBy)
                json.value(id);
            json.endArray();
        }
        json.field("covered_tuples", reviewed.coveredTuples);
        json.field("excess_tuples", reviewed.excessTuples);
        if (!request.comment.isEmpty())
            json.field("comment", request.comment);
        if (!request.columns.isEmpty()) {
            json.key(QStringLiteral("columns"));
            json.beginObject();
            for (const auto &[name, value] : request.columns) {
                json.key(name);
                json.value(value);
            }
            json.endObject();
        }
        if (!request.text.isEmpty()) {
            json.indent("\n      ");
            json.field("text", request.text);
        }
        json.endObject("\n    ");
    }
    json.endArray("\n  ");

    json.indent("\n  ");
    json.key(QStringLiteral("summary"));
    json.beginObject();
    for (const Verdict verdict : allVerdicts()) {
        json.key(verdictName(verdict));
        json.value(qint64(result.count(verdict)));
    }
    json.endObject();

    json.indent("\n  ");
    json.key(QStringLiteral("missing"));
    json.beginArray();
    for (const TupleGroup &group : result.missing) {
        json.indent("\n    ");
        writeGroup(json, design, group, true);
    }
    json.endArray("\n  ");

    json.indent("\n  ");
    json.key(QStringLiteral("input"));
    json.beginObject();
    json.field("file", result.fileName);
    json.field("format", RequestFile::formatName(result.format));
    json.key(QStringLiteral("complete"));
    json.value(result.complete);
    json.key(QStringLiteral("zones"));
    json.beginArray();
    for (const QString &zone : result.zonesCovered)
        json.value(zone);
    json.endArray();
    json.key(QStringLiteral("notes"));
    json.beginArray();
    for (const QString &note : result.notes)
        json.value(note);
    json.endArray();
    json.endObject();
    json.indent("\n  ");
    json.key(QStringLiteral("design"));
    json.beginObject();
    json.field("name", design.name);
    json.endObject();
    json.endObject("\n");
    json.data.append('\n');
    return json.data;
}

QByteArray ReviewReport::toCsv(const Design &design, const ReviewResult &result)
{
    QStringList extra;
    for (const ReviewedRequest &reviewed : result.requests) {
        for (const auto &[name, value] : reviewed.request.columns) {
            Q_UNUSED(value)
            if (!extra.contains(name))
                extra << name;
        }
    }
    CsvWriter csv;
    csv.addRow(QStringList {QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("destination"),
                   QStringLiteral("protocol"), QStringLiteral("ports"), QStringLiteral("action"),
                   QStringLiteral("verdict"), QStringLiteral("reasons"), QStringLiteral("required"),
                   QStringLiteral("excess"), QStringLiteral("forbidden"), QStringLiteral("shadowed_by"),
                   QStringLiteral("comment"), QStringLiteral("line")}
        + extra);
    for (const ReviewedRequest &reviewed : result.requests) {
        const RequestSpec &request = reviewed.request;
        QStringList row {request.id, request.source, request.destination, request.protocol, request.ports,
            actionName(request.action), verdictName(reviewed.verdict), reviewed.message,
            groupsCell(design, reviewed.required), groupsCell(design, reviewed.excess),
            groupsCell(design, reviewed.forbidden), reviewed.shadowedBy.join(QStringLiteral(", ")),
            request.comment, QString::number(request.line)};
        for (const QString &name : std::as_const(extra)) {
            QString value;
            for (const auto &[column, text] : request.columns) {
                if (column == name)
                    value = text;
            }
            row << value;
        }
        csv.addRow(row);
    }
    for (const TupleGroup &group : result.missing) {
        QStringList row {QString(), sideText(design, group.sources), sideText(design, group.destinations),
            protocolName(group.protocol), portsText(group), QStringLiteral("allow"),
            QStringLiteral("missing"),
            tr("No rule allows this flow of the design: %1 (%2).").arg(group.rule, group.reference),
            QString(), QString(), QString(), QString(), QString(), QString()};
        for (qsizetype i = 0; i < extra.size(); ++i)
            row << QString();
        csv.addRow(row);
    }
    return csv.data();
}

} // namespace portolan
