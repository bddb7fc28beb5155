#pragma once

#include <QtGlobal>

namespace portolan {

/**
 * A run of flows that an update replaced: the `removed` flows at `first` gave way to `inserted`
 * new ones. Spans of one update come in increasing order and `first` counts in the list as it is
 * once the earlier spans are applied, so applying them in order turns the old list into the new
 * one. A span with removed == inserted may hold the same flows as before (a host's flows derived
 * again because a host they lead to was renamed).
 */
struct FlowSpan
{
    int first = 0;
    int removed = 0;
    int inserted = 0;

    friend bool operator==(const FlowSpan &, const FlowSpan &) = default;
};

} // namespace portolan

Q_DECLARE_TYPEINFO(portolan::FlowSpan, Q_PRIMITIVE_TYPE);
