// Probes FLOWS allowed tcp flows (1,000 by default) whose destinations a firewall drops, in a
// private network namespace: loopback addresses stand in for the hosts and an nftables drop rule
// for the firewall, so every connect waits out its timeout. Prints the wall time of the run next
// to timeout x flows / concurrency (what a bounded asynchronous probe should take) and
// flows x timeout (what one connect after another would take).
//
//   bench_probe [FLOWS] [TIMEOUT_MS] [CONCURRENCY] [RATE]

#include "privatenetwork.h"
#include "probe/proberunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace portolan;

namespace {

int argument(const QStringList &arguments, int index, int fallback)
{
    bool ok = false;
    const int value = index < arguments.size() ? arguments.at(index).toInt(&ok) : 0;
    return ok && value > 0 ? value : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QString reason;
    if (!netns::enterPrivateNetwork(&reason)) {
        std::fprintf(stderr, "bench_probe: %s\n", qPrintable(reason));
        return 2;
    }
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int flows = argument(arguments, 1, 1000);
    ProbeSettings settings;
    settings.timeout = argument(arguments, 2, ProbeSettings::defaultTimeout);
    settings.concurrency = argument(arguments, 3, ProbeSettings::defaultConcurrency);
    settings.rate = argument(arguments, 4, ProbeSettings::defaultRate);
    QString error;
    if (!settings.check(&error)) {
        std::fprintf(stderr, "bench_probe: %s\n", qPrintable(error));
        return 2;
    }

    // One source in zone a, destinations in zone b with 20 ports each, every one an allowed flow.
    constexpr int portsPerHost = 20;
    const int destinations = (flows + portsPerHost - 1) / portsPerHost;
    Design design;
    design.name = QStringLiteral("Probe benchmark");
    design.addHost({QStringLiteral("source"), QString(), QString(), QStringLiteral("a"),
        QHostAddress(QStringLiteral("10.9.0.1")), {}, {}, false, {}});
    Derivation derivation;
    for (int d = 0; d < destinations; ++d) {
        const QString address = QStringLiteral("10.9.%1.%2").arg(1 + d / 250).arg(1 + d % 250);
        if (!netns::addLoopbackAddress(address, &error)) {
            std::fprintf(stderr, "bench_probe: %s\n", qPrintable(error));
            return 2;
        }
        design.addHost({QStringLiteral("d%1").arg(d), QString(), QString(), QStringLiteral("b"),
            QHostAddress(address), {}, {}, false, {}});
        for (int p = 0; p < portsPerHost && derivation.flows.size() < flows; ++p) {
            Flow flow;
            flow.source = 0;
            flow.destination = d + 1;
            flow.ports = PortSet::single(1000 + 2 * p);
            flow.rule = QStringLiteral("bench");
            derivation.flows.append(flow);
        }
    }
    const QString firewall = QStringLiteral("table inet bench {\n"
                                            "  chain input {\n"
                                            "    type filter hook input priority 0; policy accept;\n"
                                            "    ip daddr != 10.9.0.0/24 tcp dport 1000-1100 drop\n"
                                            "  }\n"
                                            "}\n");
    if (!netns::loadNftables(firewall, &error)) {
        std::fprintf(stderr, "bench_probe: %s\n", qPrintable(error));
        return 2;
    }

    const ProbePlan plan = ProbePlan::build(design, derivation, 0);
    ProbeRunner runner(plan, settings);
    QElapsedTimer clock;
    QObject::connect(&runner, &ProbeRunner::finished, &app, &QCoreApplication::quit);
    clock.start();
    runner.start();
    app.exec();
    const double seconds = double(clock.elapsed()) / 1000.0;

    int filtered = 0;
    for (const ProbeOutcome &outcome : runner.outcomes())
        filtered += outcome.result == ProbeResult::Filtered ? 1 : 0;
    const double bounded = double(settings.timeout) / 1000.0 * plan.connectCount() / settings.concurrency;
    std::printf("connects %d, filtered %d, timeout %d ms, concurrency %d, rate %d/s, peak in flight %d\n",
        plan.connectCount(), filtered, settings.timeout, settings.concurrency, settings.rate,
        runner.peakInFlight());
    std::printf("wall %.2f s; timeout x flows / concurrency %.2f s; flows / rate %.2f s; "
                "flows x timeout %.0f s\n",
        seconds, bounded, double(plan.connectCount()) / settings.rate,
        double(settings.timeout) / 1000.0 * plan.connectCount());
    return filtered == plan.connectCount() ? 0 : 1;
}
