#include "randomdesign.h"

namespace portolan::test {

quint64 RandomSource::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int RandomSource::below(int n)
{
    return n <= 0 ? 0 : int(next() % quint64(n));
}

namespace {

const QStringList releases = {QStringLiteral("13.2"), QStringLiteral("14.5.0at"), QStringLiteral("14.7"),
    QStringLiteral("15.1"), QStringLiteral("15.1.0ar"), QStringLiteral("16.1"), QStringLiteral("17.0")};
const QStringList systemNames = {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};

/// Types that make systems, pairs and blocks come up more often than a uniform pick would.
const QStringList favouredTypes = {QStringLiteral("clearscada-main"), QStringLiteral("clearscada-standby"),
    QStringLiteral("clearscada-permanent-standby"), QStringLiteral("clearscada-dmz-standby"),
    QStringLiteral("vos-module"), QStringLiteral("vos-module"), QStringLiteral("nio"),
    QStringLiteral("sms-server"), QStringLiteral("ips"), QStringLiteral("ips"), QStringLiteral("nmc"),
    QStringLiteral("pcns"), QStringLiteral("workstation")};

QString randomName(RandomSource &random, const QString &id)
{
    switch (random.below(6)) {
    case 0:
        return QString(); // shown by its id
    case 1:
        return QStringLiteral("%1, \"spare\"").arg(id.toUpper()); // needs quoting in CSV
    case 2:
        return QStringLiteral("Pumpe %1 Süd").arg(random.below(50)); // not ASCII
    case 3:
        return QStringLiteral("=%1").arg(id); // a formula to defuse in CSV
    default:
        return id.toUpper();
    }
}

QHostAddress randomAddress(RandomSource &random, const Zone *zone)
{
    const int roll = random.below(100);
    if (roll < 15)
        return QHostAddress();
    if (zone && !zone->subnets.isEmpty() && roll < 85) {
        const Subnet &subnet = random.pick(zone->subnets);
        if (subnet.first.protocol() == QAbstractSocket::IPv6Protocol) {
            Q_IPV6ADDR bytes = subnet.first.toIPv6Address();
            bytes[14] = quint8(random.below(256));
            bytes[15] = quint8(1 + random.below(254));
            return QHostAddress(bytes);
        }
        return QHostAddress(subnet.first.toIPv4Address() + 1 + quint32(random.below(250)));
    }
    if (roll < 92)
        return QHostAddress(
            QStringLiteral("192.168.%1.%2").arg(random.below(256)).arg(1 + random.below(254)));
    return QHostAddress(QStringLiteral("2001:db8::%1").arg(1 + random.below(4000), 0, 16));
}

} // namespace

QJsonValue randomParamValue(const ParamSpec &spec, RandomSource &random)
{
    const bool wrong = random.chance(4);
    switch (spec.kind) {
    case ParamSpec::Kind::Bool:
        return wrong ? QJsonValue(QStringLiteral("yes")) : QJsonValue(random.chance(50));
    case ParamSpec::Kind::Int:
        if (wrong)
            return random.chance(50) ? QJsonValue(spec.maximum + 1 + random.below(10))
                                     : QJsonValue(QStringLiteral("x"));
        if (random.chance(40) && spec.defaultValue.type() == Value::Type::Int)
            return QJsonValue(qint64(spec.defaultValue.toInt()));
        return QJsonValue(spec.minimum + random.below(qMin(spec.maximum - spec.minimum + 1, 600)));
    case ParamSpec::Kind::Choice:
        return wrong ? QJsonValue(QStringLiteral("other")) : QJsonValue(random.pick(spec.choices));
    case ParamSpec::Kind::Release:
        return wrong ? QJsonValue(12) : QJsonValue(random.pick(releases));
    case ParamSpec::Kind::Text:
        return wrong ? QJsonValue(3) : QJsonValue(random.pick(systemNames));
    }
    return QJsonValue();
}

Host randomHost(const Catalog &catalog, RandomSource &random, const Design &design, const QString &typeId)
{
    const HostType *type = catalog.type(typeId);
    Q_ASSERT(type);
    Host host;
    host.type = typeId;
    host.id = design.uniqueId(typeId);
    host.name = randomName(random, host.id);
    if (!design.zones().isEmpty() && !random.chance(10))
        host.zone = random.pick(design.zones()).id;
    host.address = randomAddress(random, design.zone(host.zone));
    for (const ParamSpec &spec : type->params) {
        if (random.chance(50))
            host.params.insert(spec.name, randomParamValue(spec, random));
    }
    if (random.chance(2))
        host.params.insert(QStringLiteral("colour"), QStringLiteral("red")); // not a parameter
    host.position = QPointF(random.below(4000), random.below(3000));
    host.hasPosition = true;
    return host;
}

bool randomLinkablePair(const Catalog &catalog, RandomSource &random, const Design &design, int *a, int *b)
{
    const QList<Host> &hosts = design.hosts();
    if (hosts.size() < 2)
        return false;
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int first = random.below(int(hosts.size()));
        const int second = random.below(int(hosts.size()));
        if (first == second || !catalog.canLink(hosts.at(first).type, hosts.at(second).type))
            continue;
        bool linked = false;
        for (const int l : design.linksOf(hosts.at(first).id)) {
            const Link &link = design.links().at(l);
            linked = linked || link.a == hosts.at(second).id || link.b == hosts.at(second).id;
        }
        if (linked)
            continue;
        *a = first;
        *b = second;
        return true;
    }
    return false;
}

Design randomDesign(const Catalog &catalog, RandomSource &random, int hostCount)
{
    Design design;
    design.name = QStringLiteral("Random design %1").arg(hostCount);
    const int zones = qMax(1, hostCount / 15);
    for (int z = 0; z < zones; ++z) {
        Zone zone;
        zone.id = QStringLiteral("z%1").arg(z);
        zone.name = z % 4 == 3 ? QString() : QStringLiteral("Zone %1 – Halle").arg(z);
        if (!random.chance(15))
            zone.subnets.append({QHostAddress(QStringLiteral("10.%1.%2.0").arg(z / 200).arg(z % 200)), 24});
        if (random.chance(15))
            zone.subnets.append({QHostAddress(QStringLiteral("fd00:%1::").arg(z, 0, 16)), 64});
        zone.area = QRectF(z * 500, 0, 480, 400);
        design.addZone(zone);
    }
    const QList<HostType> &types = catalog.types();
    for (int h = 0; h < hostCount; ++h) {
        const QString type = random.chance(50) ? random.pick(favouredTypes) : random.pick(types).id;
        design.addHost(randomHost(catalog, random, design, type));
    }
    // Links the catalog gives a meaning to, about 1.3 per host; then a few that repeat one in the
    // other order, and a few the catalog gives no meaning to.
    for (int l = 0; l < hostCount * 13 / 10; ++l) {
        int a = 0;
        int b = 0;
        if (randomLinkablePair(catalog, random, design, &a, &b))
            design.addLink({design.hosts().at(a).id, design.hosts().at(b).id, {}, {}});
    }
    const int linked = int(design.links().size());
    for (int r = 0; r < hostCount / 40 + 1 && linked > 0; ++r) {
        const Link &link = design.links().at(random.below(linked));
        design.addLink({link.b, link.a, {}, {}});
    }
    for (int m = 0; m < hostCount / 60 + 1; ++m) {
        const Host &a = random.pick(design.hosts());
        const Host &b = random.pick(design.hosts());
        if (a.id != b.id && !catalog.canLink(a.type, b.type))
            design.addLink({a.id, b.id, {}, {}});
    }
    return design;
}

} // namespace portolan::test
