#pragma once

#include "core/analysis/FailoverSimulation.h"
#include "core/model/Topology.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace topo {

// How a failover scenario shows on the design: the elements that are down (the failed ones,
// what a failed site holds, a queue on a down server) and, per environment and app-hosting
// zone, what stopped that worked with nothing failed.
struct FailureMarks {
    FailoverResult result;                // the scenario itself
    std::unordered_set<std::string> down; // element ids
    // Environment or zone id -> what it lost, in Capability order (zones: serving, timers).
    std::unordered_map<std::string, std::vector<Capability>> lost;
};

FailureMarks failureMarks(const Topology& topology, const std::vector<std::string>& failed);

// "serving", "publishing", "capacity", "timers", "cache invalidation", "LifeTime management".
std::string capabilityText(Capability capability);
// The texts joined with ", ".
std::string capabilityList(const std::vector<Capability>& capabilities);

} // namespace topo
