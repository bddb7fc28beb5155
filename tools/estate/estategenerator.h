#pragma once

#include "model/design.h"

namespace portolan {

/**
 * Builds a synthetic estate for benchmarks: repeated plant cells of 20 hosts that use every
 * product (a ClearSCADA system with a DMZ standby, VOS modules with an NIO, PowerChute agents and
 * an NMC, an SMS with its client and an IPS pair, and the servers around them), ten cells to a
 * zone, laid out on a grid. The same count always gives the same design.
 */
Design generateEstate(int hostCount);

/// The estate of that size, generated once per process, for benchmarks that run many times.
const Design &sharedEstate(int hostCount);

} // namespace portolan
