#include "estategenerator.h"

#include "layout/placement.h"

#include <QHash>

namespace portolan {

namespace {

constexpr int CellHosts = 20;
constexpr int CellsPerZone = 10;
// Cards are Placement::HostWidth by HostHeight (128 by 72) around a host's position. A cell's five
// columns are a zone grid's step (150) apart and its four rows 110 apart, its first card as far in
// from the cell's corner as in a zone's grid: no two cards touch, and each lies inside the frame.
constexpr double ColumnStep = Placement::GridX;
constexpr double RowStep = 110;
constexpr double FirstX = 80;
constexpr double FirstY = 76;
constexpr double CellWidth = 5 * ColumnStep + 40;
constexpr double CellHeight = 4 * RowStep + 40;

class EstateBuilder
{
public:
    explicit EstateBuilder(int hostCount)
        : m_hostCount(hostCount)
    {
        m_design.name = QStringLiteral("Synthetic estate of %1 hosts").arg(hostCount);
    }

    Design build()
    {
        const int cells = qMax(1, (m_hostCount + CellHosts - 1) / CellHosts);
        const int zones = (cells + CellsPerZone - 1) / CellsPerZone;
        for (int z = 0; z < zones; ++z) {
            Zone zone;
            zone.id = QStringLiteral("zone-%1").arg(z);
            zone.name = QStringLiteral("Area %1").arg(z);
            zone.subnets = {{QHostAddress(QStringLiteral("10.%1.%2.0").arg(z >> 8).arg(z & 255)), 24}};
            zone.area = QRectF(0, z * (CellHeight + 60), CellsPerZone * CellWidth, CellHeight + 20);
            m_design.addZone(zone);
        }
        for (int c = 0; c < cells && int(m_design.hosts().size()) < m_hostCount; ++c)
            addCell(c, zones);
        return m_design;
    }

private:
    QString add(int cell, int slot, const char *type, int zone, const QJsonObject &params = {})
    {
        if (int(m_design.hosts().size()) >= m_hostCount)
            return QString();
        Host host;
        host.id
            = QStringLiteral("c%1-%2").arg(cell).arg(QLatin1String(type)) + QStringLiteral("-%1").arg(slot);
        host.type = QLatin1String(type);
        host.name = host.id.toUpper();
        host.zone = QStringLiteral("zone-%1").arg(zone);
        const int n = ++m_addressesUsed[zone];
        host.address = QHostAddress(QStringLiteral("10.%1.%2.%3").arg(zone >> 8).arg(zone & 255).arg(n));
        host.params = params;
        const int column = cell % CellsPerZone;
        host.position = QPointF(column * CellWidth + FirstX + (slot % 5) * ColumnStep,
            (cell / CellsPerZone) * (CellHeight + 60) + FirstY + (slot / 5) * RowStep);
        host.hasPosition = true;
        m_design.addHost(host);
        return host.id;
    }
    void link(const QString &a, const QString &b)
    {
        if (!a.isEmpty() && !b.isEmpty())
            m_design.addLink({a, b, {}, {}});
    }

    void addCell(int c, int zones)
    {
        const int zone = c / CellsPerZone;
        const int dmzZone = (zone + 1) % zones;
        const QString system = QStringLiteral("sys-%1").arg(c);
        const QString main = add(c, 0, "clearscada-main", zone);
        const QString standby = add(c, 1, "clearscada-standby", zone);
        const QString dmz = add(c, 2, "clearscada-dmz-standby", dmzZone);
        const QString m1 = add(
            c, 3, "vos-module", zone, {{QStringLiteral("system"), system}, {QStringLiteral("bridge"), true}});
        const QString m2 = add(c, 4, "vos-module", zone,
            {{QStringLiteral("system"), system}, {QStringLiteral("release"), QStringLiteral("15.1")}});
        const QString nio = add(c, 5, "nio", zone);
        const QString workstation = add(c, 6, "workstation", zone);
        const QString pcns1 = add(c, 7, "pcns", zone);
        const QString pcns2 = add(c, 8, "pcns", zone, {{QStringLiteral("os"), QStringLiteral("linux")}});
        const QString nmc = add(c, 9, "nmc", zone);
        const QString sms = add(c, 10, "sms-server", zone);
        const QString client = add(c, 11, "sms-client", zone);
        const QString ips1 = add(c, 12, "ips", zone, {{QStringLiteral("ntp_from_sms"), true}});
        const QString ips2 = add(c, 13, "ips", zone);
        const QString dns = add(c, 14, "dns-server", zone);
        const QString ntp = add(c, 15, "ntp-server", zone);
        const QString syslog = add(c, 16, "syslog-server", zone);
        const QString nms = add(c, 17, "snmp-manager", zone);
        const QString files = add(c, 18, "file-server", zone);
        const QString mail = add(c, 19, "mail-server", zone);
        link(main, standby);
        link(main, dmz);
        link(m1, m2);
        link(m1, nio);
        link(workstation, m1);
        link(workstation, pcns1);
        link(pcns1, nmc);
        link(pcns2, nmc);
        link(client, sms);
        link(sms, ips1);
        link(sms, ips2);
        link(ips1, ips2);
        link(sms, dns);
        link(sms, ntp);
        link(sms, syslog);
        link(nms, sms);
        link(nms, m1);
        link(m1, ntp);
        link(m2, dns);
        link(sms, files);
        link(m2, files);
        link(sms, mail);
        if (c > 0)
            link(m1, m_previousBridge); // bridges of neighbouring systems talk Open StrataNet
        m_previousBridge = m1;
    }

    int m_hostCount;
    Design m_design;
    QHash<int, int> m_addressesUsed;
    QString m_previousBridge;
};

} // namespace

Design generateEstate(int hostCount)
{
    return EstateBuilder(hostCount).build();
}

const Design &sharedEstate(int hostCount)
{
    static QHash<int, Design> estates;
    auto it = estates.find(hostCount);
    if (it == estates.end())
        it = estates.insert(hostCount, generateEstate(hostCount));
    return it.value();
}

} // namespace portolan
