#pragma once

#include "engine/derivation.h"
#include "model/design.h"

#include <QByteArray>
#include <QList>

namespace portolan {

/**
 * The flows a change adds, removes or changes, between two designs. A flow is the same flow in
 * both when its source and destination ids, protocol, action and catalog rule agree; it changed
 * when its ports, service, notes, zones or reference differ.
 */
struct FlowDiff
{
    struct Change
    {
        Flow before;
        Flow after;
    };
    QList<Flow> added; ///< flows of the new design
    QList<Flow> removed; ///< flows of the old design
    QList<Change> changed;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }

    static FlowDiff compare(const Design &oldDesign, const Derivation &oldFlows, const Design &newDesign,
        const Derivation &newFlows);
    QByteArray toJson(const Design &oldDesign, const Design &newDesign) const;
    QByteArray toCsv(const Design &oldDesign, const Design &newDesign) const;
};

} // namespace portolan
