#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <QList>

namespace portolan {

/** A host with its catalog type and every parameter resolved (written value, or default). */
struct ResolvedHost
{
    int index = -1;
    const Host *host = nullptr;
    const HostType *type = nullptr;
    QList<Value> params;

    Value param(int nameId) const
    {
        const int slot = type->paramIndex(nameId);
        return slot < 0 ? Value() : params.at(slot);
    }
};

/** The design as the pipeline steps read it: resolved hosts and who is linked to whom. */
struct DerivationInput
{
    const Design *design = nullptr;
    const Catalog *catalog = nullptr;
    QList<ResolvedHost> hosts;
    QList<QList<int>> neighbours; ///< per host, indexes of the hosts it is linked to
};

} // namespace portolan
