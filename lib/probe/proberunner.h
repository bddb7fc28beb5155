#pragma once

#include "probeplan.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class QTcpSocket;

namespace portolan {

/** What one target of a plan gave. */
struct ProbeOutcome
{
    ProbeResult result = ProbeResult::Pending;
    QString detail; ///< what was seen ("refused", "no answer within 1500 ms") or why it was not tried
    int milliseconds = -1; ///< from the connect to its answer; -1 when nothing was tried
    QDateTime time; ///< when the connect started (UTC); null when nothing was tried
};

/** Limits that keep a probe gentle on a live plant network. */
struct ProbeSettings
{
    static constexpr int defaultTimeout = 1500;
    static constexpr int defaultConcurrency = 32;
    static constexpr int defaultRate = 50;

    int timeout = defaultTimeout; ///< milliseconds a connect may take before it counts as filtered
    int concurrency = defaultConcurrency; ///< connects in flight at most
    int rate = defaultRate; ///< connects started per second at most
    /// The address connects leave from; null lets the system choose. Set it to the host's address
    /// when this machine has it, so the firewall sees the host.
    QHostAddress source;

    /// False with a message naming the setting when one is out of its range.
    bool check(QString *error) const;
};

/**
 * Runs a ProbePlan on the live network, from this machine: asynchronous QTcpSocket connects on the
 * thread's event loop, never a thread per connection, never more than `concurrency` at once nor
 * more than `rate` started per second, spread over the destinations in turn. A connect that
 * succeeds is open and is closed at once; a refusal (TCP reset) is closed; no answer within the
 * timeout is filtered, and so is an ICMP host or network unreachable (the answer of a firewall's
 * reject rule, or of a router without a route): either way the connection does not pass. A connect
 * this machine cannot make at all (an address family it lacks) is not probed, with the reason.
 *
 * Only the addresses of the plan's targets are ever connected to, and no name is ever looked up.
 */
class ProbeRunner : public QObject
{
    Q_OBJECT

public:
    ProbeRunner(const ProbePlan &plan, const ProbeSettings &settings, QObject *parent = nullptr);
    ~ProbeRunner() override;

    const ProbePlan &plan() const { return m_plan; }
    const ProbeSettings &settings() const { return m_settings; }
    /// One per target of the plan, in its order; rows that are not connects are NotProbed from the start.
    const QList<ProbeOutcome> &outcomes() const { return m_outcomes; }

    void start();
    /// Stops at once: connects in flight are dropped and every target not yet answered is NotProbed.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int doneCount() const { return m_done; }
    int connectCount() const { return m_plan.connectCount(); }
    /// The most connects that were in flight at once.
    int peakInFlight() const { return m_peak; }
    QDateTime startTime() const { return m_startTime; }
    QDateTime finishTime() const { return m_finishTime; }

signals:
    void outcomeReady(int target);
    void finished();

private:
    struct Attempt;

    void pump();
    void launch(int target);
    void settle(Attempt *attempt, ProbeResult result, const QString &detail);
    void finish();

    ProbePlan m_plan;
    ProbeSettings m_settings;
    QList<ProbeOutcome> m_outcomes;
    QList<int> m_queue; ///< connect targets in the order they start
    qsizetype m_next = 0;
    std::vector<std::unique_ptr<Attempt>> m_inFlight;
    QTimer m_pacer;
    QElapsedTimer m_clock;
    qint64 m_nextStart = 0; ///< nanoseconds on m_clock before which no connect may start
    int m_done = 0;
    int m_peak = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QDateTime m_startTime;
    QDateTime m_finishTime;
};

} // namespace portolan
