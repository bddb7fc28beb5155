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

} // namespace portolan
