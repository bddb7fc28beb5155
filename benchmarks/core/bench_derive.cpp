// Derives synthetic estates and reports hosts and flows per second (time per host is their inverse); also
// times the whole `portolan-cli flows --format csv` pipeline (read JSON, derive, write CSV) in memory.
#include "base/allocator.h"
#include "estategenerator.h"

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
