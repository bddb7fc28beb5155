#include "zone.h"

namespace portolan {

bool Zone::contains(const QHostAddress &address) const
{
    for (const Subnet &subnet : subnets) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString Zone::subnetText(const Subnet &subnet)
{
    return subnet.first.toString() + QLatin1Char('/') + QString::number(subnet.second);
}

bool Zone::parseSubnet(const QString &text, Subnet *subnet)
{
    const Subnet parsed = QHostAddress::parseSubnet(text);
    if (parsed.first.isNull() || parsed.second < 0)
        return false;
    *subnet = parsed;
    return true;
}

} // namespace portolan
