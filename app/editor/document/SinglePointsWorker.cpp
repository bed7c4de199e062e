#include "editor/document/SinglePointsWorker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace topo {

namespace {

struct Search {
    std::shared_ptr<const Topology> snapshot;
    std::vector<SinglePointOfFailure> points;
};

std::mutex& hookMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::function<void()>& beforeSearchHook()
{
    static std::function<void()> hook;
    return hook;
}

void runHook()
{
    std::function<void()> hook;
    {
        const std::lock_guard lock(hookMutex());
        hook = beforeSearchHook();
    }
    if (hook)
        hook();
}

} // namespace

SinglePointsWorker::SinglePointsWorker(QObject* parent) : QObject(parent) {}

SinglePointsWorker::~SinglePointsWorker() = default;

void SinglePointsWorker::setBeforeSearchHook(std::function<void()> hook)
{
    const std::lock_guard lock(hookMutex());
    beforeSearchHook() = std::move(hook);
}

void SinglePointsWorker::request(const Topology& topology)
{
    const std::uint64_t generation = ++m_generation;
    m_running = generation;
    m_busy = true;
    auto snapshot = std::make_shared<const Topology>(topology);
    auto* watcher = new QFutureWatcher<Search>(this);
    connect(watcher, &QFutureWatcher<Search>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer design was requested since: this result is stale
        Search search = watcher->result();
        m_points = std::move(search.points);
        m_snapshot = std::move(search.snapshot);
        m_busy = false;
        Q_EMIT finished();
    });
    // The snapshot is shared with the task: it lives until the search ends, whatever happens
    // to the document or to this object meanwhile.
    watcher->setFuture(QtConcurrent::run([snapshot] {
        runHook();
        return Search{snapshot, simulateEach(*snapshot)};
    }));
}

void SinglePointsWorker::cancel()
{
    ++m_generation;
    m_busy = false;
    m_points.clear();
    m_snapshot.reset();
}

} // namespace topo
