// Derives synthetic estates and reports hosts and flows per second (time per host is their inverse); also
// times one edit and its incremental re-derivation, and the whole `portolan-cli flows --format csv`
// pipeline (read JSON, derive, write CSV) in memory.
#include "base/allocator.h"
#include "estategenerator.h"

#include "engine/incrementalderivation.h"
#include "engine/ruleengine.h"
#include "io/designjson.h"
#include "io/flowsreport.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace portolan;

namespace {

void derive(benchmark::State &state)
{
    const Design &design = sharedEstate(int(state.range(0)));
    const RuleEngine engine;
    qsizetype flows = 0;
    for (auto _ : state) {
        const Derivation derivation = engine.derive(design);
        flows = derivation.flows.size();
        benchmark::DoNotOptimize(flows);
    }
    state.counters["hosts"] = double(design.hosts().size());
    state.counters["flows"] = double(flows);
    state.counters["hosts_per_s"]
        = benchmark::Counter(double(design.hosts().size()), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["flows_per_s"]
        = benchmark::Counter(double(flows), benchmark::Counter::kIsIterationInvariantRate);
}

/// One edit and its incremental re-derivation, in turn: a link added from a workstation to the VOS
/// module of another cell, that link removed, and the module's max_open_server changed.
void edit(benchmark::State &state)
{
    Design design = sharedEstate(int(state.range(0)));
    IncrementalDerivation derivation;
    derivation.reset(design);
    QStringList workstations, modules;
    QList<int> moduleIndexes;
    for (int i = 0; i < design.hosts().size(); ++i) {
        const Host &host = design.hosts().at(i);
        if (host.type == QLatin1String("workstation")) {
            workstations.append(host.id);
        } else if (host.type == QLatin1String("vos-module")) {
            modules.append(host.id);
            moduleIndexes.append(i);
        }
    }
    qint64 run = 0;
    int kind = 0;
    int linkIndex = -1;
    int module = 0;
    for (auto _ : state) {
        EditLog change;
        if (kind == 0) {
            // A pair not linked yet: workstations and modules of different cells.
            const int w = int((run * 7919) % workstations.size());
            module = int((run * 104729 + 3) % modules.size());
            Link link;
            link.a = workstations.at(w);
            link.b = modules.at(module);
            linkIndex = int(design.links().size());
            design.insertLink(linkIndex, link);
            change.linkInserted(linkIndex);
        } else if (kind == 1) {
            design.removeLink(linkIndex);
            change.linkRemoved(linkIndex);
        } else {
            const int index = moduleIndexes.at(module);
            Host host = design.hosts().at(index);
            host.params.insert(QStringLiteral("max_open_server"), int(20 + run % 50));
            design.setHost(index, host);
            change.hostChanged(index);
            ++run;
        }
        kind = (kind + 1) % 3;
        derivation.update(design, change);
        benchmark::DoNotOptimize(derivation.derivation().flows.size());
    }
    state.counters["hosts"] = double(design.hosts().size());
}

void csvPipeline(benchmark::State &state)
{
    const QByteArray json = DesignJson::write(sharedEstate(int(state.range(0))));
    const RuleEngine engine;
    for (auto _ : state) {
        Design design;
        QString error;
        DesignJson::read(json, engine.catalog(), &design, &error);
        const QByteArray csv = FlowsReport::toCsv(design, engine.derive(design));
        benchmark::DoNotOptimize(csv.size());
    }
    state.counters["hosts"] = double(state.range(0));
}

} // namespace

BENCHMARK(derive)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(edit)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(csvPipeline)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    portolan::tuneAllocator();
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
