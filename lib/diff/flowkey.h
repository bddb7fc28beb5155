#pragma once

#include "engine/derivation.h"
#include "model/design.h"

#include <QHash>
#include <QList>
#include <QString>

namespace portolan {

/** Which flow a flow is, across two designs: its hosts by id, protocol, action and catalog rule. */
struct FlowKey
{
    QString source; ///< host id, "any" on a block row
    QString destination;
    Protocol protocol = Protocol::Tcp;
    Action action = Action::Allow;
    QString rule;

    static FlowKey of(const Design &design, const Flow &flow);
    friend bool operator==(const FlowKey &, const FlowKey &) = default;
};

size_t qHash(const FlowKey &key, size_t seed = 0);

/** What a flow is, beyond which flow it is: a flow changed when this differs. */
struct FlowState
{
    PortSet ports;
    PortSet sourcePorts;
    QString service;
    QString notes;
    QString reference;
    QString sourceZone;
    QString destinationZone;
    QString sourceAddress;
    QString destinationAddress;

    static FlowState of(const Design &design, const Flow &flow);
    friend bool operator==(const FlowState &, const FlowState &) = default;
};

/**
 * The flows of a derivation by key. The rules give each (source, destination, protocol, action,
 * rule) once; should one come twice, its ports are merged into the first.
 */
struct KeyedFlows
{
    QList<FlowKey> order; ///< keys in the order of their first flow
    QHash<FlowKey, Flow> flows;
    QHash<FlowKey, FlowState> states;

    void add(const Design &design, const Flow &flow);
};

/// A finding's identity across designs: severity, rule, category, host ids, link ends and message.
/// The built-in link findings name the link by its index, which other links shift; their identity
/// leaves the message out (the rest says all it says).
QString findingIdentity(const Design &design, const Finding &finding);

} // namespace portolan
