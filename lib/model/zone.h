#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

namespace portolan {

using Subnet = QPair<QHostAddress, int>;

/** A network zone: hosts in one zone share a firewall boundary with every other zone. */
struct Zone
{
    QString id;
    QString name;
    QList<Subnet> subnets;
    /// Canvas area of the zone; empty when the design has no layout for it.
    QRectF area;
    /// Keys of the design file this version does not know, kept for a lossless round trip.
    QJsonObject extra;

    bool contains(const QHostAddress &address) const;
    /// "192.168.10.0/24", as design JSON and project files write a subnet.
    static QString subnetText(const Subnet &subnet);
    /// Reads "address/prefix" (or "address/netmask") with QHostAddress::parseSubnet, which clears
    /// the host bits; false when the text is not a subnet.
    static bool parseSubnet(const QString &text, Subnet *subnet);
};

} // namespace portolan
