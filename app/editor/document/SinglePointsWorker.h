#pragma once

#include "core/analysis/SinglePointsOfFailure.h"
#include "core/model/Topology.h"

#include <QObject>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace topo {

// Runs the single-point-of-failure search on a worker thread over a snapshot of the design
// (a copy taken at request time), so that editing never waits for it. Each request
// supersedes the previous one: a result from an older snapshot is dropped, never announced.
class SinglePointsWorker : public QObject {
    Q_OBJECT
public:
    explicit SinglePointsWorker(QObject* parent = nullptr);
    ~SinglePointsWorker() override;

    void request(const Topology& topology);
    void cancel(); // nothing to search any more: drops the running request's result

    // A request is running whose result is still wanted.
    bool isBusy() const { return m_running == m_generation && m_busy; }
    // The points of the latest request, once finished() says so.
    const std::vector<SinglePointOfFailure>& points() const { return m_points; }
    const Topology* snapshot() const { return m_snapshot.get(); } // the design they are of

    // Runs on the worker thread before each search: a test holds it there to order events.
    static void setBeforeSearchHook(std::function<void()> hook);

Q_SIGNALS:
    void finished(); // points() are those of the latest request

private:
    std::uint64_t m_generation = 0; // of the latest request
    std::uint64_t m_running = 0;    // of the latest request started
    bool m_busy = false;
    std::vector<SinglePointOfFailure> m_points;
    std::shared_ptr<const Topology> m_snapshot;
};

} // namespace topo
