#pragma once

#include "design.h"

#include <QPointF>
#include <QStringList>

namespace portolan {

// Copy and paste of part of a design, as plain functions the editor's clipboard calls.
//
// A fragment is a Design holding the copied zones, the copied hosts and the links between two
// copied hosts. A host whose zone stays behind keeps that zone's id in its extra under
// FragmentLeftZoneKey, so that a paste into the same design puts it back in that zone.

/// The key, in a copied host's extra, of the zone it was in when that zone was not copied.
inline constexpr QLatin1String FragmentLeftZoneKey("portolan-clipboard-zone");

/// The named zones (in design order) and hosts (in the given order), and the links between two
/// of those hosts. Unknown ids are skipped.
Design extractFragment(const Design &design, const QStringList &hostIds, const QStringList &zoneIds);

/**
 * The fragment made ready to add to `target`: every zone and host gets an id free in `target`,
 * made from the prefix of its old id ("nmc-2" -> "nmc-7"); links and zone memberships follow the
 * new ids; areas and positions move by `offset`; a host with a name of its own is named "NAME
 * (copy)". A host that left its zone behind rejoins it when `target` has that zone.
 */
Design remapFragment(const Design &fragment, const Design &target, const QPointF &offset);

/// "nmc-12" -> "nmc": the prefix fresh ids are made from; an id without a number stays whole.
QString idPrefix(const QString &id);

} // namespace portolan
