// The review of a design change on a synthetic estate: the new design differs from the old in 1 % of
// its hosts (a quarter of them removed with their links, a quarter added as workstations linked to
// an agent, a quarter with a parameter changed, a quarter moved to another zone). Reports the time
// of ChangeSet::compute (both derivations, the design changes and the attribution of every flow and
// finding change) and of ChangeReview::build (the per-firewall rule changes) on top.
#include "estategenerator.h"

#include "diff/changeset.h"
#include "engine/ruleengine.h"
#include "export/changereview.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace portolan;

namespace {

Design changed(const Design &before)
{
    Design after = before;
    const int count = int(before.hosts().size()) / 100;
    const int step = int(before.hosts().size()) / count;
    for (int i = 0; i < count; ++i) {
        const int index = i * step + 7;
        if (index >= after.hosts().size())
            break;
        Host host = after.hosts().at(index);
        switch (i % 4) {
        case 0: { // removed, with its links
            const QList<int> links = after.linksOf(host.id);
            for (qsizetype l = links.size() - 1; l >= 0; --l)
                after.removeLink(links.at(l));
            after.removeHost(index);
            break;
        }
        case 1: { // a workstation linked to an agent of the cell
            for (int h = index; h < after.hosts().size(); ++h) {
                const Host agent = after.hosts().at(h);
                if (agent.type != QLatin1String("pcns"))
                    continue;
                Host workstation;
                workstation.id = after.uniqueId(QStringLiteral("ws"));
                workstation.type = QStringLiteral("workstation");
                workstation.zone = agent.zone;
                after.addHost(workstation);
                after.addLink({workstation.id, agent.id, {}, {}});
                break;
            }
            break;
        }
        case 2: // a parameter
            if (host.type == QLatin1String("nmc"))
                host.params.insert(QStringLiteral("protocol"), QStringLiteral("http"));
            else
                host.name += QStringLiteral(" (renamed)");
            after.setHost(index, host);
            break;
        default: // another zone
            host.zone = after.zones().at((i / 4) % after.zones().size()).id;
            after.setHost(index, host);
            break;
        }
    }
    return after;
}

void designChange(benchmark::State &state)
{
    const Design &before = sharedEstate(int(state.range(0)));
    const Design after = changed(before);
    const RuleEngine engine;
    ChangeSet set;
    for (auto _ : state) {
        set = ChangeSet::compute(before, after, engine);
        benchmark::DoNotOptimize(set.added.size());
    }
    state.counters["hosts"] = double(before.hosts().size());
    state.counters["design_changes"] = double(set.designChanges.size());
    state.counters["flow_changes"] = double(set.added.size() + set.removed.size() + set.changed.size());
    state.counters["finding_changes"] = double(set.findingsAdded.size() + set.findingsRemoved.size());
    state.counters["tries"] = double(set.stats.tests);
    state.counters["whole_design_tries"] = double(set.stats.wholeDesignDerivations);
    state.counters["unexplained"] = double(set.stats.unexplained);
}

void changeReview(benchmark::State &state)
{
    const Design &before = sharedEstate(int(state.range(0)));
    const Design after = changed(before);
    const RuleEngine engine;
    qsizetype firewalls = 0;
    for (auto _ : state) {
        const ChangeReview review = ChangeReview::build(ChangeSet::compute(before, after, engine));
        firewalls = review.firewalls.size();
        benchmark::DoNotOptimize(firewalls);
    }
    state.counters["firewalls"] = double(firewalls);
}

} // namespace

BENCHMARK(designChange)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(changeReview)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
