// Saves a synthetic estate as a new project file, saves a second revision after moving 10 hosts,
// and opens the latest revision; reports milliseconds per operation and the file size.
#include "base/allocator.h"
#include "estategenerator.h"

#include "storage/projectfile.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace portolan;

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

const QJsonObject View {{QStringLiteral("zoom"), 0.8}};

void save(const QString &path, const Design &design, benchmark::State &state)
{
    QString error;
    ProjectFile::SaveOptions options;
    options.author = QStringLiteral("bench");
    if (!ProjectFile::save(path, design, View, options, nullptr, &error))
        state.SkipWithError(qPrintable(error));
}

Design moveHosts(Design design, int count, int round)
{
    const int step = int(design.hosts().size()) / count;
    for (int i = 0; i < count; ++i) {
        Host host = design.hosts().at(i * step + round % step);
        host.position += QPointF(10 + round, 5);
        design.setHost(i * step + round % step, host);
    }
    return design;
}

void saveNew(benchmark::State &state)
{
    const Design &design = sharedEstate(int(state.range(0)));
    const QString path = folder().filePath(QStringLiteral("new.portolan"));
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(path);
        state.ResumeTiming();
        save(path, design, state);
    }
    state.counters["hosts"] = double(design.hosts().size());
    state.counters["file_kib"] = double(QFileInfo(path).size()) / 1024;
}

void saveRevision(benchmark::State &state)
{
    const Design &design = sharedEstate(int(state.range(0)));
    const QString path = folder().filePath(QStringLiteral("revision.portolan"));
    QFile::remove(path);
    save(path, design, state);
    const qint64 firstSize = QFileInfo(path).size();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const Design moved = moveHosts(design, 10, round++);
        state.ResumeTiming();
        save(path, moved, state);
    }
    state.counters["revisions"] = double(round + 1);
    state.counters["file_kib"] = double(QFileInfo(path).size()) / 1024;
    state.counters["kib_per_revision"] = double(QFileInfo(path).size() - firstSize) / 1024 / qMax(1, round);
}

void openLatest(benchmark::State &state)
{
    const Design &design = sharedEstate(int(state.range(0)));
    const QString path = folder().filePath(QStringLiteral("open.portolan"));
    QFile::remove(path);
    save(path, design, state);
    save(path, moveHosts(design, 10, 1), state);
    for (auto _ : state) {
        ProjectRevision revision;
        QString error;
        if (!ProjectFile::open(path, &revision, &error))
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(revision);
    }
    state.counters["file_kib"] = double(QFileInfo(path).size()) / 1024;
}

} // namespace

BENCHMARK(saveNew)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(saveRevision)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(openLatest)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

int main(int argc, char **argv)
{
    portolan::tuneAllocator();
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
