#include "designreader.h"

#include "base/sidebyside.h"
#include "designjson.h"
#include "jsonoutline.h"
#include "model/designrules.h"

#include <QCoreApplication>
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

/**
 * Reads the JSON form of a design's parts, stopping at the first problem; DesignRules checks the
 * rest. Readers can work side by side, each on a slice of one list.
 *
 * Texts that repeat share one copy: a host's type with the hosts of that type this reader read
 * before, its zone with the zone's id, a link's ends with the hosts' ids (in the design read so
 * far, whose zones come before the hosts and hosts before the links). On the 100k-host estate
 * that is 400k fewer strings kept.
 */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(DesignJson)

public:
    explicit Reader(const Design &readSoFar)
        : m_readSoFar(readSoFar)
    { }

    /// The top-level members that are not lists.
    bool readHeader(const QJsonObject &root, Design *design)
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
                root, "name", [] { return tr("the design"); }, &design->name))
            return false;
        design->extra
            = withoutKeys(root, {"format", "version", "name", "zones", "hosts", "links", "custom_flows"});
        return true;
    }

    bool readZone(const QJsonObject &object, int index, Zone *zone)
    {
        if (!requiredId(
                object, [index] { return tr("zone %1").arg(index); }, &zone->id))
            return false;
        const Place place = [zone] { return tr("zone \"%1\"").arg(DesignRules::shown(zone->id)); };
        if (!optionalString(object, "name", place, &zone->name))
            return false;
        const QJsonValue subnets = object.value(QLatin1String("subnets"));
        if (!subnets.isUndefined() && !subnets.isArray())
            return fail(tr("%1: \"subnets\" must be a list").arg(place()));
        for (const QJsonValue &subnet : subnets.toArray()) {
            Subnet parsed;
            if (!subnet.isString() || !Zone::parseSubnet(subnet.toString(), &parsed))
                return fail(tr("%1: subnet %2 is not an address/prefix such as 192.168.10.0/24")
                                .arg(place(), subnet.isString() ? subnet.toString() : tr("(not a text)")));
            zone->subnets.append(parsed);
        }
        double x = 0, y = 0, width = 0, height = 0;
        if (!optionalNumber(object, "x", place, &x) || !optionalNumber(object, "y", place, &y)
            || !optionalNumber(object, "width", place, &width)
            || !optionalNumber(object, "height", place, &height))
            return false;
        zone->area = QRectF(x, y, width, height);
        zone->extra = withoutKeys(object, {"id", "name", "subnets", "x", "y", "width", "height"});
        return true;
    }

    bool readHost(const QJsonObject &object, int index, Host *host)
    {
        if (!requiredId(
                object, [index] { return tr("host %1").arg(index); }, &host->id))
            return false;
        const Place place = [host] { return tr("host \"%1\"").arg(DesignRules::shown(host->id)); };
        const QJsonValue type = object.value(QLatin1String("type"));
        if (!type.isString())
            return fail(tr("%1: needs a text \"type\"").arg(place()));
        host->type = type.toString();
        const auto knownType = m_types.constFind(host->type);
        if (knownType != m_types.constEnd())
            host->type = *knownType;
        else
            m_types.insert(host->type);
        QString address;
        if (!optionalString(object, "name", place, &host->name)
            || !optionalString(object, "zone", place, &host->zone)
            || !optionalString(object, "address", place, &address))
            return false;
        const int zone = m_readSoFar.zoneIndex(host->zone);
        if (zone >= 0)
            host->zone = m_readSoFar.zones().at(zone).id;
        if (!address.isEmpty()) {
            host->address = QHostAddress(address.trimmed());
            if (host->address.isNull())
                return fail(tr("%1: address \"%2\" is not an IPv4 or IPv6 address").arg(place(), address));
        }
        const QJsonValue params = object.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isNull() && !params.isObject())
            return fail(tr("%1: \"params\" must be an object").arg(place()));
        host->params = params.toObject();
        double x = 0, y = 0;
        bool hasX = false, hasY = false;
        if (!optionalNumber(object, "x", place, &x, &hasX) || !optionalNumber(object, "y", place, &y, &hasY))
            return false;
        host->position = QPointF(x, y);
        host->hasPosition = hasX || hasY;
        host->extra = withoutKeys(object, {"id", "type", "name", "zone", "address", "params", "x", "y"});
        return true;
    }

    bool readLink(const QJsonObject &object, int index, Link *link)
    {
        const Place place = [index] { return tr("link %1").arg(index); };
        const QJsonValue a = object.value(QLatin1String("a"));
        const QJsonValue b = object.value(QLatin1String("b"));
        if (!a.isString() || !b.isString())
            return fail(tr("%1: needs host ids \"a\" and \"b\"").arg(place()));
        link->a = hostId(a.toString());
        link->b = hostId(b.toString());
        const Place named = [link, index] {
            return tr("link %1 (%2 - %3)")
                .arg(index)
                .arg(DesignRules::shown(link->a), DesignRules::shown(link->b));
        };
        const QJsonValue params = object.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isNull() && !params.isObject())
            return fail(tr("%1: \"params\" must be an object").arg(named()));
        link->params = params.toObject();
        link->extra = withoutKeys(object, {"a", "b", "params"});
        return true;
    }

    bool readCustomFlow(const QJsonObject &object, int index, CustomFlow *flow)
    {
        if (!requiredId(
                object, [index] { return tr("custom flow %1").arg(index); }, &flow->id))
            return false;
        const Place place = [flow] { return tr("custom flow \"%1\"").arg(DesignRules::shown(flow->id)); };
        const QJsonValue source = object.value(QLatin1String("source"));
        const QJsonValue destination = object.value(QLatin1String("destination"));
        if (!source.isString() || !destination.isString())
            return fail(tr("%1: needs host ids \"source\" and \"destination\"").arg(place()));
        flow->source = source.toString();
        flow->destination = destination.toString();
        const QJsonValue protocol = object.value(QLatin1String("protocol"));
        if (!protocol.isString() || !protocolFromName(protocol.toString(), &flow->protocol))
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
        if (!PortSet::parse(portText, &flow->ports, &problem))
            return fail(tr("%1: %2").arg(place(), problem));
        if (!optionalString(object, "service", place, &flow->service)
            || !optionalString(object, "reason", place, &flow->reason))
            return false;
        flow->extra
            = withoutKeys(object, {"id", "source", "destination", "protocol", "ports", "service", "reason"});
        return true;
    }

    /// "hosts[3] must be an object", and the like.
    bool notAnObject(const char *list, int index)
    {
        return fail(tr("%1[%2] must be an object").arg(QLatin1String(list)).arg(index));
    }
    bool notAList(const char *list) { return fail(tr("\"%1\" must be a list").arg(QLatin1String(list))); }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
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

    // The id of the host read with that id, or the id itself.
    QString hostId(const QString &id) const
    {
        const int host = m_readSoFar.hostIndex(id);
        return host >= 0 ? m_readSoFar.hosts().at(host).id : id;
    }

    const Design &m_readSoFar;
    QSet<QString> m_types;
    QString m_error;
};

/** One of the design's lists: its key, how an item is read, and how the list joins the design. */
template <typename Item> struct List
{
    const char *key;
    bool (Reader::*read)(const QJsonObject &object, int index, Item *item);
    void (*set)(Design *design, QList<Item> items);
};

// In the order they are read, which is the order their problems are reported in.
const List<Zone> Zones {"zones", &Reader::readZone,
    [](Design *design, QList<Zone> zones) { design->setZones(std::move(zones)); }};
const List<Host> Hosts {"hosts", &Reader::readHost,
    [](Design *design, QList<Host> hosts) { design->setHosts(std::move(hosts)); }};
const List<Link> Links {"links", &Reader::readLink,
    [](Design *design, QList<Link> links) { design->setLinks(std::move(links)); }};
const List<CustomFlow> CustomFlows {"custom_flows", &Reader::readCustomFlow,
    [](Design *design, QList<CustomFlow> flows) { design->customFlows = std::move(flows); }};

template <typename Item>
bool readListOfDocument(const QJsonObject &root, const List<Item> &list, Reader *reader, Design *design)
{
    const QJsonValue value = root.value(QLatin1String(list.key));
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return reader->notAList(list.key);
    const QJsonArray array = value.toArray();
    QList<Item> items(array.size());
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return reader->notAnObject(list.key, i);
        if (!(reader->*list.read)(array.at(i).toObject(), i, &items[i]))
            return false;
    }
    list.set(design, std::move(items));
    return true;
}

// Elements each core reads at least: fewer are read on the calling thread alone.
constexpr qsizetype ElementsPerSlice = 4096;
// Elements parsed by one call of Qt's reader: each call costs a little of its own, and the tree of
// a few hundred elements stays small.
constexpr qsizetype ElementsPerDocument = 256;

/// A text that holds one object, as that object; false for anything else. The text is not copied.
bool objectOf(QByteArrayView text, QJsonObject *object)
{
    if (text.isEmpty() || text.front() != '{')
        return false;
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    *object = document.object();
    return true;
}

bool isDesignList(QByteArrayView name)
{
    return name == QByteArrayView(Zones.key) || name == QByteArrayView(Hosts.key)
        || name == QByteArrayView(Links.key) || name == QByteArrayView(CustomFlows.key);
}

template <typename Item>
bool readOutlinedList(const QList<JsonOutline::Member> &members, const List<Item> &list, Design *design)
{
    const auto member = std::find_if(members.begin(), members.end(),
        [&list](const JsonOutline::Member &m) { return m.name == QByteArrayView(list.key); });
    if (member == members.end())
        return true;
    if (!member->isList)
        return false;
    const QList<QByteArrayView> &elements = member->elements;
    const qsizetype count = elements.size();
    const qsizetype slices = sliceCount(count, ElementsPerSlice);
    // Each element is read into its place in the list, one slice of the list per core.
    QList<Item> items(count);
    Item *const read = items.data();
    QList<char> failed(slices, false);
    runSideBySide(slices, [&](qsizetype slice) {
        const qsizetype last = count * (slice + 1) / slices;
        Reader reader(*design);
        for (qsizetype first = count * slice / slices; first < last; first += ElementsPerDocument) {
            const qsizetype end = qMin(last, first + ElementsPerDocument);
            const char *const from = elements.at(first).data();
            const char *const to = elements.at(end - 1).data() + elements.at(end - 1).size();
            QByteArray text;
            text.reserve(to - from + 2);
            text.append('[').append(from, to - from).append(']');
            QJsonParseError error;
            const QJsonArray array = QJsonDocument::fromJson(text, &error).array();
            if (error.error != QJsonParseError::NoError || array.size() != end - first) {
                failed[slice] = true;
                return;
            }
            for (qsizetype i = first; i < end; ++i) {
                const QJsonValue value = array.at(i - first);
                if (!value.isObject() || !(reader.*list.read)(value.toObject(), int(i), &read[i])) {
                    failed[slice] = true;
                    return;
                }
            }
        }
    });
    if (failed.contains(true))
        return false;
    list.set(design, std::move(items));
    return true;
}

} // namespace

namespace DesignReader {

bool readWholeDocument(const QByteArray &json, Design *design, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0, column = 0;
        lineAndColumn(json, parseError.offset, &line, &column);
        *error = DesignJson::tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = DesignJson::tr("the design must be a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    Design loaded;
    Reader reader(loaded);
    if (!reader.readHeader(root, &loaded) || !readListOfDocument(root, Zones, &reader, &loaded)
        || !readListOfDocument(root, Hosts, &reader, &loaded)
        || !readListOfDocument(root, Links, &reader, &loaded)
        || !readListOfDocument(root, CustomFlows, &reader, &loaded)) {
        *error = reader.error();
        return false;
    }
    *design = std::move(loaded);
    return true;
}

bool readOutlined(QByteArrayView json, Design *design)
{
    QList<JsonOutline::Member> members;
    if (!JsonOutline::read(json, &members))
        return false;
    // The members other than the design's lists, as an object of their own: the header.
    QByteArray header("{");
    for (const JsonOutline::Member &member : std::as_const(members)) {
        if (isDesignList(member.name))
            continue;
        if (header.size() > 1)
            header.append(',');
        header.append(member.text);
    }
    header.append('}');
    QJsonObject root;
    Design loaded;
    Reader reader(loaded);
    if (!objectOf(header, &root) || !reader.readHeader(root, &loaded)
        || !readOutlinedList(members, Zones, &loaded) || !readOutlinedList(members, Hosts, &loaded)
        || !readOutlinedList(members, Links, &loaded) || !readOutlinedList(members, CustomFlows, &loaded))
        return false;
    *design = std::move(loaded);
    return true;
}

} // namespace DesignReader

} // namespace portolan
