#pragma once

#include "base/flow.h"
#include "engine/derivation.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace portolan {

/// What a probe should find: an allowed flow open, a block row anything but open.
enum class ProbeExpectation { Open, NotOpen };

/// What a probe found. Pending until it is tried; NotProbed for rows a TCP connect cannot test.
enum class ProbeResult { Pending, Open, Closed, Filtered, NotProbed };

/**
 * How a result compares with the plan. A refused connection on an allowed flow is as planned for
 * the firewall (it let the connection through) but the service is down: it counts as ok and is
 * reported apart, as ServiceDown.
 */
enum class ProbeVerdict { Pending, AsPlanned, ServiceDown, Difference, NotProbed };

/// "open", "not-open": the words of the command-line contract.
QString probeExpectationName(ProbeExpectation expectation);
/// "open", "closed", "filtered", "not-probed"; empty for Pending.
QString probeResultName(ProbeResult result);
ProbeVerdict probeVerdict(ProbeExpectation expectation, ProbeResult result);

/**
 * One thing to try: a TCP connect to one port of one destination of the design, or a row that is
 * listed without being tried (udp, icmp, a destination without an address), with the reason.
 */
struct ProbeTarget
{
    int flow = -1; ///< index of the flow or block row in the derivation
    int destination = -1; ///< host index in the design
    QHostAddress address; ///< the destination's address in the design; null when it has none
    Protocol protocol = Protocol::Tcp;
    Action action = Action::Allow;
    ProbeExpectation expected = ProbeExpectation::Open;
    int port = -1; ///< the port to connect to; -1 on a listed row of several ports or none (icmp)
    /// The ports of the row this target belongs to, as far as they concern this host (a block row
    /// without the ports an allowed flow from this host excepts).
    PortSet ports;
    bool sampled = false; ///< the port stands for the range it was picked from
    PortRange range; ///< the range of a sampled port
    QString rule;
    QString service;
    QString notProbed; ///< why the row is listed and not tried; empty for a connect

    bool isConnect() const { return notProbed.isEmpty(); }
};

/**
 * What the probe tries from the machine standing in for one host of the design: a connect to every
 * port of every allowed tcp flow from that host (expected open), and to every port of every tcp
 * block row the host falls under (expected not open). A block row's source is every host outside
 * the destination's zone, so the host falls under it when it is in another zone than the
 * destination, or the destination is in none; ports that an allowed flow from the host to the same
 * destination opens are its exceptions and are left out of the block row. Port ranges are tried at
 * both ends and at evenly spaced ports between them. udp and icmp rows, rows to hosts without an
 * address, and tcp rows with a fixed source port are listed as not probed, with the reason.
 *
 * The plan only ever names addresses of the design: the runner connects to nothing else.
 */
class ProbePlan
{
    Q_DECLARE_TR_FUNCTIONS(ProbePlan)

public:
    /// Ports tried inside a port range besides its two ends.
    static constexpr int defaultRangeSample = 3;

    static ProbePlan build(
        const Design &design, const Derivation &derivation, int host, int rangeSample = defaultRangeSample);

    int host() const { return m_host; }
    const QList<ProbeTarget> &targets() const { return m_targets; }
    /// Targets that are connects (the rest are listed as not probed).
    int connectCount() const { return m_connects; }
    /// The distinct destination addresses of the connects: all the probe will ever touch.
    QList<QHostAddress> addresses() const;

private:
    void addRow(const Design &design, const Flow &flow, int flowIndex, const PortSet &ports, int rangeSample);

    int m_host = -1;
    QList<ProbeTarget> m_targets;
    int m_connects = 0;
};

} // namespace portolan
