#pragma once

#include "core/analysis/FailoverSimulation.h"

#include <string>
#include <vector>

namespace topo {

// What one failure stops in one environment that worked before it.
struct Breakage {
    std::string environment;
    std::vector<Capability> what;   // in Capability order
    std::vector<std::string> zones; // app-hosting zones that stop serving or lose their timers
};

// An element whose failure alone stops something somewhere.
struct SinglePointOfFailure {
    std::string element;
    FailableKind kind = FailableKind::Server;
    std::string name;
    std::vector<Breakage> breaks; // environments in file order
    Capability worst() const;
};

// The elements a one-at-a-time simulation fails, in file order (sites, servers, load balancers,
// databases, queues). A clustered database (haMode not none, nodes ≥ 2) or queue (nodes ≥ 2)
// is left out: one node failing does not take the element down, and the model does not fail
// nodes one by one. Its site or its host server is still tried.
std::vector<std::string> singleFailureCandidates(const Topology& topology);

// Fails every candidate alone and lists those whose failure stops serving, publishing,
// timers, cache invalidation or LifeTime management, or drops capacity below the expected
// load, somewhere it worked without failure. Worst first (in Capability order), ties in file
// order.
std::vector<SinglePointOfFailure> simulateEach(const Topology& topology);

} // namespace topo
