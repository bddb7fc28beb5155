#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

namespace portolan::test {

/**
 * A small random source (SplitMix64) that gives the same numbers on every platform and standard
 * library, so a seed printed by a failing test reproduces the failure anywhere.
 */
class RandomSource
{
public:
    explicit RandomSource(quint64 seed)
        : m_state(seed)
    { }

    quint64 next();
    /// A whole number from 0 to n - 1; 0 when n is not positive.
    int below(int n);
    /// True in about `percent` cases out of a hundred.
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

/**
 * A design of `hostCount` hosts that uses every host type of the catalog: zones with IPv4 and
 * IPv6 subnets (and some without), hosts with random parameter values (now and then a wrong
 * value or an unknown parameter), addresses inside or outside their zone or none, names that
 * need quoting in CSV, links the catalog gives a meaning to, chains of ClearSCADA servers, VOS
 * modules sharing a few system names, TippingPoint pairs, and a few repeated and meaningless
 * links. The same seed always gives the same design.
 *
 * The recorded output hashes of tst_outputbytes depend on this function: change it only
 * together with them.
 */
Design randomDesign(const Catalog &catalog, RandomSource &random, int hostCount);

/// A random host of a catalog type for `design` (a fresh id; zone, address and parameters as
/// randomDesign() gives them).
Host randomHost(const Catalog &catalog, RandomSource &random, const Design &design, const QString &type);

/// A random value for one parameter: mostly one it accepts, now and then one it refuses.
QJsonValue randomParamValue(const ParamSpec &spec, RandomSource &random);

/// Two hosts of the design the catalog lets link and that are not linked yet, or false.
bool randomLinkablePair(const Catalog &catalog, RandomSource &random, const Design &design, int *a, int *b);

} // namespace portolan::test
