#pragma once

#include <QThread>

#include <thread>
#include <vector>

namespace portolan {

/// How many slices to cut work of that many items into: one per core, and at least
/// minimumPerSlice items each, since starting a thread costs more than a few items.
inline qsizetype sliceCount(qsizetype items, qsizetype minimumPerSlice)
{
    const qsizetype cores = qMax(1, QThread::idealThreadCount());
    return qBound<qsizetype>(1, items / qMax<qsizetype>(1, minimumPerSlice), cores);
}

/// Runs work(0) to work(count - 1) side by side, work(0) on this thread; returns once all are done.
template <typename Work> void runSideBySide(qsizetype count, const Work &work)
{
    std::vector<std::thread> workers;
    for (qsizetype i = 1; i < count; ++i)
        workers.emplace_back([&work, i] { work(i); });
    work(0);
    for (std::thread &worker : workers)
        worker.join();
}

/// Runs work(0) to work(count - 1) each on a thread of its own while this thread runs alongside();
/// returns once all are done.
template <typename Work, typename Alongside>
void runSideBySide(qsizetype count, const Work &work, const Alongside &alongside)
{
    std::vector<std::thread> workers;
    for (qsizetype i = 0; i < count; ++i)
        workers.emplace_back([&work, i] { work(i); });
    alongside();
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace portolan
