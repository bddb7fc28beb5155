// Times each export format on a synthetic estate (10k hosts by default): derivation once, then
// render() of the whole output in memory; reports milliseconds and the output size.
#include "base/allocator.h"
#include "estategenerator.h"

#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "export/renderformats.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>

using namespace portolan;

namespace {

struct Estate
{
    Design design;
    Derivation derivation;
};

const Estate &estate(int hosts)
{
    static QHash<int, Estate *> cache;
    if (!cache.contains(hosts)) {
        auto *e = new Estate {generateEstate(hosts), {}};
        e->derivation = RuleEngine().derive(e->design);
        cache.insert(hosts, e);
    }
    return *cache.value(hosts);
}

void exportFormat(benchmark::State &state, const char *id)
{
    const Estate &e = estate(int(state.range(0)));
    const ExportFormat *format = ExportFormat::find(QLatin1String(id));
    ExportOptions options;
    options.placeholders = true;
    qsizetype bytes = 0;
    for (auto _ : state) {
        QByteArray data;
        QString error;
        if (!format->render({e.design, e.derivation, options}, &data, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        bytes = data.size();
        benchmark::DoNotOptimize(data.data());
    }
    state.counters["hosts"] = double(e.design.hosts().size());
    state.counters["flows"] = double(e.derivation.flows.size());
    state.counters["MB"] = double(bytes) / 1e6;
}

} // namespace

BENCHMARK_CAPTURE(exportFormat, csv, "csv")->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK_CAPTURE(exportFormat, nft, "nft")->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK_CAPTURE(exportFormat, iptables, "iptables")
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0);
BENCHMARK_CAPTURE(exportFormat, asa, "asa")->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK_CAPTURE(exportFormat, json, "json")->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK_CAPTURE(exportFormat, svg, "svg")->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK_CAPTURE(exportFormat, png, "png")->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK_CAPTURE(exportFormat, pdf, "pdf")->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);

int main(int argc, char **argv)
{
    portolan::tuneAllocator();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    registerRenderFormats();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
