#pragma once

#include "model/design.h"

#include <QJsonArray>

namespace portolan::crashtest {

/**
 * The design the save child writes as its k-th save: a few hundred hosts where k moves some,
 * adds and removes others and sometimes reverses the order, so saves write few and many rows.
 */
inline Design design(int k)
{
    Design design;
    design.name = QStringLiteral("Crash test %1").arg(k);
    design.extra.insert(QStringLiteral("save"), k);
    for (int z = 0; z < 4; ++z) {
        Zone zone;
        zone.id = QStringLiteral("zone-%1").arg(z);
        zone.name = QStringLiteral("Zone %1").arg(z);
        zone.subnets = {{QHostAddress(QStringLiteral("10.%1.0.0").arg(z)), 16}};
        zone.area = QRectF(0, z * 500, 2000, 480 + (k % 3));
        design.addZone(zone);
    }
    const int hosts = 600 + k % 50;
    for (int h = 0; h < hosts; ++h) {
        Host host;
        host.id = QStringLiteral("host-%1").arg(h);
        host.type = QStringLiteral("workstation");
        host.name = QStringLiteral("WS-%1").arg(h);
        host.zone = QStringLiteral("zone-%1").arg(h % 4);
        host.address = QHostAddress(QStringLiteral("10.%1.%2.%3").arg(h % 4).arg(h / 250).arg(h % 250 + 1));
        const bool moved = (h + k) % 37 == 0;
        host.position = QPointF(h % 40 * 50 + (moved ? k : 0), h / 40 * 50);
        host.hasPosition = true;
        if (h % 5 == 0)
            host.params.insert(QStringLiteral("note"), QJsonArray {k % 7, QStringLiteral("x")});
        design.addHost(host);
    }
    if (k % 10 == 9) {
        // Every tenth save reverses the hosts: nearly every row is written again.
        QList<Host> reversed(design.hosts().rbegin(), design.hosts().rend());
        while (!design.hosts().isEmpty())
            design.removeHost(0);
        for (const Host &host : reversed)
            design.addHost(host);
    }
    for (int h = 1; h < hosts; h += 3) {
        Link link;
        link.a = QStringLiteral("host-%1").arg(h - 1);
        link.b = QStringLiteral("host-%1").arg(h);
        design.addLink(link);
    }
    return design;
}

} // namespace portolan::crashtest
