#pragma once

#include "portset.h"

#include <QString>

namespace portolan {

enum class Protocol { Tcp, Udp, Icmp };
enum class Action { Allow, Block };

QString protocolName(Protocol protocol);
bool protocolFromName(QStringView name, Protocol *protocol);
QString actionName(Action action);

/** One directional row of the firewall matrix, derived from the catalog. */
struct Flow
{
    static constexpr int AnySource = -1;

    int source = AnySource; ///< host index in the design, AnySource on a block row
    int destination = -1;
    Protocol protocol = Protocol::Tcp;
    PortSet ports; ///< destination ports; empty for icmp
    PortSet sourcePorts; ///< set where the source port is fixed (NTP 123, FTP data 20)
    Action action = Action::Allow;
    QString service;
    QString rule;
    QString reference;
    QString notes;
    bool crossesZones = false;

    friend bool operator==(const Flow &, const Flow &) = default;
};

} // namespace portolan

// Flows are moved as bytes when a list of them grows or shifts: every member is relocatable.
Q_DECLARE_TYPEINFO(portolan::Flow, Q_RELOCATABLE_TYPE);
