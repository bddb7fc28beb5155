// Reviews a synthetic estate's own rule set (10k hosts by default) against its design: the
// derivation is done once, as portolan-cli review does before it reads the request; each
// iteration reads the rule set, reviews every rule and writes the JSON report, in memory.
#include "estategenerator.h"

#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "review/requestfile.h"
#include "review/reviewengine.h"
#include "review/reviewreport.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

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

void reviewRuleSet(benchmark::State &state, const char *id)
{
    const Estate &e = estate(int(state.range(0)));
    const RuleEngine engine;
    QByteArray rules;
    QString error;
    if (!ExportFormat::find(QLatin1String(id))
             ->render({e.design, e.derivation, ExportOptions {}}, &rules, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    qsizetype requests = 0;
    for (auto _ : state) {
        RequestFile file;
        ReviewResult result;
        if (!RequestReader::read(rules, QStringLiteral("rules"), &file, &error)
            || !ReviewEngine::review(e.design, e.derivation, engine.catalog(), file, {}, &result, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        const QByteArray json = ReviewReport::toJson(e.design, result);
        requests = result.requests.size();
        benchmark::DoNotOptimize(json.data());
    }
    state.counters["hosts"] = double(e.design.hosts().size());
    state.counters["rules"] = double(requests);
    state.counters["MB"] = double(rules.size()) / 1e6;
}

} // namespace

BENCHMARK_CAPTURE(reviewRuleSet, iptables, "iptables")
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0);
BENCHMARK_CAPTURE(reviewRuleSet, asa, "asa")->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
