#pragma once

#include "catalog/catalog.h"
#include "model/host.h"

namespace portolan {

/**
 * The value a host's parameter takes for the editor: the one written in the design, or the
 * catalog default, computed when the default is an expression of other parameters.
 */
class ParamValues
{
public:
    static Value value(const Host &host, const HostType &type, int paramIndex);
    static bool isSet(const Host &host, const ParamSpec &spec) { return host.params.contains(spec.name); }
};

} // namespace portolan
