#include "flow.h"

namespace portolan {

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Tcp:
        return QStringLiteral("tcp");
    case Protocol::Udp:
        return QStringLiteral("udp");
    case Protocol::Icmp:
        return QStringLiteral("icmp");
    }
    return QString();
}

bool protocolFromName(QStringView name, Protocol *protocol)
{
    if (name == QLatin1String("tcp"))
        *protocol = Protocol::Tcp;
    else if (name == QLatin1String("udp"))
        *protocol = Protocol::Udp;
    else if (name == QLatin1String("icmp"))
        *protocol = Protocol::Icmp;
    else
        return false;
    return true;
}

QString actionName(Action action)
{
    return action == Action::Allow ? QStringLiteral("allow") : QStringLiteral("block");
}

} // namespace portolan
