#pragma once

#include "engine/derivation.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QList>

namespace portolan {

/**
 * The flows of a design grouped by zone pair, as the matrix and the report show them: pairs in
 * the design's zone order (hosts without a zone last), allow rows first, then the block rows
 * from any source outside the destination zone, one group per destination zone.
 */
class FlowMatrix
{
    Q_DECLARE_TR_FUNCTIONS(FlowMatrix)

public:
    struct Group
    {
        QString sourceZone; ///< zone id; empty for hosts without zone or on a block group
        QString destinationZone;
        bool anySource = false; ///< block rows from any host outside the destination zone
        QList<int> flows; ///< indexes in Derivation::flows, in derivation order
    };

    static QList<Group> groups(const Design &design, const Derivation &derivation);

    static QString zoneName(const Design &design, const QString &zoneId); ///< "(no zone)" when empty
    /// "Enterprise IT -> Control network" or "Any outside Control network -> Control network".
    static QString pairTitle(const Design &design, const Group &group);
};

} // namespace portolan
