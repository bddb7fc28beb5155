#include "designjson.h"

#include "inputfile.h"
#include "model/designrules.h"
#include "savefile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace portolan {

namespace {

void lineAndColumn(const QByteArray &text, int offset, int *line, int *column)
{
    *line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes.
    *column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
}

// The keys of an object that this version does not read, kept for a lossless round trip.
QJsonObject withoutKeys(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    QJsonObject extra;
    const auto present = std::count_if(keys.begin(), keys.end(),
        [&object](const char *name) { return object.contains(QLatin1String(name)); });
    if (present == object.size())
        return extra; // the common case: nothing unknown
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const bool known = std::any_of(
            keys.begin(), keys.end(), [&key](const char *name) { return key == QLatin1String(name); });
        if (!known)
            extra.insert(key, it.value());
    }
    return extra;
}

/** Reads the JSON form of one design, stopping at the first problem; DesignRules checks the rest. */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(DesignJson)

public:
    explicit Reader(Design *design)
        : m_design(*design)
    { }

    bool read(const QJsonObject &root)
    {
        const QJsonValue format = root.value(QLatin1String("format"));
        if (!format.isUndefined() && format.toString() != QLatin1String("portolan-design"))
            return fail(tr("\"format\" is not \"portolan-design\": this is not a Portolan design"));
        const QJsonValue version = root.value(QLatin1String("version"));
        if (!version.isUndefined() && !version.isDouble())
            return fail(tr("\"version\" must be a number"));
        if (version.toInt(1) > DesignJson::FormatVersion)
            return fail(tr("the design has format version %1; this Portolan reads up to version %2, "
                           "please use a newer Portolan")
                            .arg(version.toInt())
                            .arg(DesignJson::FormatVersion));
        if (!optionalString(
                root, "name", [] { return tr("the design"); }, &m_design.name))
            return false;
        m_design.extra
            = withoutKeys(root, {"format", "version", "name", "zones", "hosts", "links", "custom_flows"});
        return readArray(root, "zones", [this](const QJsonObject &o, int i) { return readZone(o, i); })
            && readArray(root, "hosts", [this](const QJsonObject &o, int i) { return readHost(o, i); })
            && readArray(root, "links", [this](const QJsonObject &o, int i) { return readLink(o, i); })
            && readArray(
                root, "custom_flows", [this](const QJsonObject &o, int i) { return readCustomFlow(o, i); });
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    template <typename Function> bool readArray(const QJsonObject &root, const char *key, Function readItem)
    {
        const QJsonValue value = root.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(tr("\"%1\" must be a list").arg(QLatin1String(key)));
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return fail(tr("%1[%2] must be an object").arg(QLatin1String(key)).arg(i));
            if (!readItem(array.at(i).toObject(), i))
                return false;
        }
        return true;
    }

    // Places are described lazily: building the text for every host would cost more than reading it.
    using Place = std::function<QString()>;

    bool optionalString(const QJsonObject &object, const char *key, const Place &place, QString *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(tr("%1: \"%2\" must be a text").arg(place(), QLatin1String(key)));
        *out = value.toString();
        return true;
    }

    bool optionalNumber(
        const QJsonObject &object, const char *key, const Place &place, double *out, bool *present = nullptr)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isDouble())
            return fail(tr("%1: \"%2\" must be a number").arg(place(), QLatin1String(key)));
        *out = value.toDouble();
        if (present)
            *present = true;
        return true;
    }

    bool requiredId(const QJsonObject &object, const Place &place, QString *id)
    {
        const QJsonValue value = object.value(QLatin1String("id"));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return fail(tr("%1: needs a text \"id\"").arg(place()));
        *id = value.toString();
        return true;
    }

    bool readZone(const QJsonObject &object, int index)
    {
        Zone zone;
        if (!requiredId(
                object, [index] { return tr("zone %1").arg(index); }, &zone.id))
            return false;
        const Place place = [&zone] { return tr("zone \"%1\"").arg(DesignRules::shown(zone.id)); };
        if (!optionalString(object, "name", place, &zone.name))
            return false;
        const QJsonValue subnets = object.value(QLatin1String("subnets"));
        if (!subnets.isUndefined() && !subnets.isArray())
            return fail(tr("%1: \"subnets\" must be a list").arg(place()));
        for (const QJsonValue &subnet : subnets.toArray()) {
            Subnet parsed;
            if (!subnet.isString() || !Zone::parseSubnet(subnet.toString(), &parsed))
                return fail(tr("%1: subnet %2 is not an address/prefix such as 192.168.10.0/24")
                                .arg(place(), subnet.isString() ? subnet.toString() : tr("(not a text)")));
            zone.subnets.append(parsed);
        }
        double x = 0, y = 0, width = 0, height = 0;
        if (!optionalNumber(object, "x", place, &x) || !optionalNumber(object, "y", place, &y)
            || !optionalNumber(object, "width", place, &width)
            || !optionalNumber(object, "height", place, &height))
            return false;
        zone.area = QRectF(x, y, width, height);
        zone.extra = withoutKeys(object, {"id", "name", "subnets", "x", "y", "width", "height"});
        m_design.addZone(zone);
        return true;
    }

    bool readHost(const QJsonObject &object, int index)
    {
        Host host;
        if (!requiredId(
                object, [index] { return tr("host %1").arg(index); }, &host.id))
            return false;
        const Place place = [&host] { return tr("host \"%1\"").arg(DesignRules::shown(host.id)); };
        const QJsonValue type = object.value(QLatin1String("type"));
        if (!type.isString())
            return fail(tr("%1: needs a text \"type\"").arg(place()));
        host.type = type.toString();
        QString address;
        if (!optionalString(object, "name", place, &host.name)
            || !optionalString(object, "zone", place, &host.zone)
            || !optionalString(object, "address", place, &address))
            return false;
        if (!address.isEmpty()) {
            host.address = QHostAddress(address.trimmed());
            if (host.address.isNull())
                return fail(tr("%1: address \"%2\" is not an IPv4 or IPv6 address").arg(place(), address));
        }
        const QJsonValue params = object.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isNull() && !params.isObject())
            return fail(tr("%1: \"params\" must be an object").arg(place()));
        host.params = params.toObject();
        double x = 0, y = 0;
        bool hasX = false, hasY = false;
        if (!optionalNumber(object, "x", place, &x, &hasX) || !optionalNumber(object, "y", place, &y, &hasY))
            return false;
        host.position = QPointF(x, y);
        host.hasPosition = hasX || hasY;
        host.extra = withoutKeys(object, {"id", "type", "name", "zone", "address", "params", "x", "y"});
        m_design.addHost(host);
        return true;
    }

    bool readLink(const QJsonObject &object, int index)
    {
        Link link;
        const Place place = [index] { return tr("link %1").arg(index); };
        const QJsonValue a = object.value(QLatin1String("a"));
        const QJsonValue b = object.value(QLatin1String("b"));
        if (!a.isString() || !b.isString())
            return fail(tr("%1: needs host ids \"a\" and \"b\"").arg(place()));
        link.a = a.toString();
        link.b = b.toString();
        const Place named = [&link, index] {
            return tr("link %1 (%2 - %3)")
                .arg(index)
                .arg(DesignRules::shown(link.a), DesignRules::shown(link.b));
        };
        const QJsonValue params = object.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isNull() && !params.isObject())
            return fail(tr("%1: \"params\" must be an object").arg(named()));
        link.params = params.toObject();
        link.extra = withoutKeys(object, {"a", "b", "params"});
        m_design.addLink(link);
        return true;
    }

    bool readCustomFlow(const QJsonObject &object, int index)
    {
        CustomFlow flow;
        if (!requiredId(
                object, [index] { return tr("custom flow %1").arg(index); }, &flow.id))
            return false;
        const Place place = [&flow] { return tr("custom flow \"%1\"").arg(DesignRules::shown(flow.id)); };
        const QJsonValue source = object.value(QLatin1String("source"));
        const QJsonValue destination = object.value(QLatin1String("destination"));
        if (!source.isString() || !destination.isString())
            return fail(tr("%1: needs host ids \"source\" and \"destination\"").arg(place()));
        flow.source = source.toString();
        flow.destination = destination.toString();
        const QJsonValue protocol = object.value(QLatin1String("protocol"));
        if (!protocol.isString() || !protocolFromName(protocol.toString(), &flow.protocol))
            return fail(tr("%1: \"protocol\" must be \"tcp\", \"udp\" or \"icmp\"").arg(place()));
        // Ports as the flows list writes them ("22,443", "3000-3032"); a single number is taken too.
        const QJsonValue ports = object.value(QLatin1String("ports"));
        QString portText;
        if (ports.isDouble() && ports.toDouble() == double(ports.toInt()))
            portText = QString::number(ports.toInt());
        else if (ports.isString())
            portText = ports.toString();
        else if (!ports.isUndefined() && !ports.isNull())
            return fail(tr("%1: \"ports\" must be a text such as \"443\" or \"3000-3032\"").arg(place()));
        QString problem;
        if (!PortSet::parse(portText, &flow.ports, &problem))
            return fail(tr("%1: %2").arg(place(), problem));
        if (!optionalString(object, "service", place, &flow.service)
            || !optionalString(object, "reason", place, &flow.reason))
            return false;
        flow.extra
            = withoutKeys(object, {"id", "source", "destination", "protocol", "ports", "service", "reason"});
        m_design.customFlows.append(flow);
        return true;
    }

    Design &m_design;
    QString m_error;
};

/// The JSON text as a document; on failure *error names the line and column.
bool parse(const QByteArray &json, QJsonDocument *document, QString *error)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0, column = 0;
        lineAndColumn(json, parseError.offset, &line, &column);
        *error = DesignJson::tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return false;
    }
    return true;
}

/// The design a parsed document holds, checked against the design rules and the catalog.
bool build(const QJsonDocument &document, const Catalog &catalog, Design *design, QString *error)
{
    if (!document.isObject()) {
        *error = DesignJson::tr("the design must be a JSON object");
        return false;
    }
    Design loaded;
    Reader reader(&loaded);
    if (!reader.read(document.object())) {
        *error = reader.error();
        return false;
    }
    const QString problem = DesignRules::check(
        loaded, [&catalog](const QString &type) { return catalog.type(type) != nullptr; });
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *design = std::move(loaded);
    return true;
}

} // namespace

bool DesignJson::read(const QByteArray &json, const Catalog &catalog, Design *design, QString *error)
{
    QJsonDocument document;
    return parse(json, &document, error) && build(document, catalog, design, error);
}

QByteArray DesignJson::write(const Design &design)
{
    QJsonObject root = design.extra;
    root.insert(QStringLiteral("format"), QStringLiteral("portolan-design"));
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("name"), design.name);
    QJsonArray zones;
    for (const Zone &zone : design.zones()) {
        QJsonObject object = zone.extra;
        object.insert(QStringLiteral("id"), zone.id);
        if (!zone.name.isEmpty())
            object.insert(QStringLiteral("name"), zone.name);
        QJsonArray subnets;
        for (const Subnet &subnet : zone.subnets)
            subnets.append(Zone::subnetText(subnet));
        object.insert(QStringLiteral("subnets"), subnets);
        if (!zone.area.isNull()) {
            object.insert(QStringLiteral("x"), zone.area.x());
            object.insert(QStringLiteral("y"), zone.area.y());
            object.insert(QStringLiteral("width"), zone.area.width());
            object.insert(QStringLiteral("height"), zone.area.height());
        }
        zones.append(object);
    }
    QJsonArray hosts;
    for (const Host &host : design.hosts()) {
        QJsonObject object = host.extra;
        object.insert(QStringLiteral("id"), host.id);
        object.insert(QStringLiteral("type"), host.type);
        if (!host.name.isEmpty())
            object.insert(QStringLiteral("name"), host.name);
        if (!host.zone.isEmpty())
            object.insert(QStringLiteral("zone"), host.zone);
        if (!host.address.isNull())
            object.insert(QStringLiteral("address"), host.address.toString());
        if (!host.params.isEmpty())
            object.insert(QStringLiteral("params"), host.params);
        if (host.hasPosition) {
            object.insert(QStringLiteral("x"), host.position.x());
            object.insert(QStringLiteral("y"), host.position.y());
        }
        hosts.append(object);
    }
    QJsonArray links;
    for (const Link &link : design.links()) {
        QJsonObject object = link.extra;
        object.insert(QStringLiteral("a"), link.a);
        object.insert(QStringLiteral("b"), link.b);
        object.insert(QStringLiteral("params"), link.params);
        links.append(object);
    }
    root.insert(QStringLiteral("zones"), zones);
    root.insert(QStringLiteral("hosts"), hosts);
    root.insert(QStringLiteral("links"), links);
    // Written only when there are some: a design without custom flows keeps its bytes.
    if (!design.customFlows.isEmpty()) {
        QJsonArray customFlows;
        for (const CustomFlow &flow : design.customFlows) {
            QJsonObject object = flow.extra;
            object.insert(QStringLiteral("id"), flow.id);
            object.insert(QStringLiteral("source"), flow.source);
            object.insert(QStringLiteral("destination"), flow.destination);
            object.insert(QStringLiteral("protocol"), protocolName(flow.protocol));
            object.insert(QStringLiteral("ports"), flow.ports.toString());
            if (!flow.service.isEmpty())
                object.insert(QStringLiteral("service"), flow.service);
            object.insert(QStringLiteral("reason"), flow.reason);
            customFlows.append(object);
        }
        root.insert(QStringLiteral("custom_flows"), customFlows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool DesignJson::readFile(const QString &path, const Catalog &catalog, Design *design, QString *error)
{
    QByteArray data;
    if (!InputFile::read(path, &data, error))
        return false;
    QString problem;
    QJsonDocument document;
    const bool parsed = parse(data, &document, &problem);
    // The document holds all the text has to say: the bytes go before the design is built, which
    // lowers the peak memory of reading a large design by the size of its file.
    data = QByteArray();
    if (!parsed || !build(document, catalog, design, &problem)) {
        *error = path + QStringLiteral(": ") + problem;
        return false;
    }
    return true;
}

bool DesignJson::writeFile(const QString &path, const Design &design, QString *error)
{
    return saveFile(path, write(design), error);
}

} // namespace portolan
