#pragma once

#include "core/analysis/SizingAdvisor.h"
#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// What applying a sizing advice does to a design: one patch (one undo step) and the servers
// it adds and resizes, for the designer to say so.
struct SizingChange {
    TopologyPatch patch;
    std::vector<std::string> added;   // new server ids, in the order of the advice
    std::vector<std::string> resized; // existing server ids whose hardware grows
    bool empty() const { return patch.empty(); }
};

// Makes an environment match a sizing advice without deleting anything. For each
// recommendation in turn, the active servers of the environment holding its first role
// (front-end, or deployment controller) that an earlier recommendation did not take are its
// servers: each one grows to at least the recommended cores, RAM and disk (a bigger server
// keeps its size, and roles stay as they are); new servers with the recommended roles are
// added until the recommended count is reached: a new front-end with the spec of the
// environment's front-ends (ElementFactory::frontEndSpec) grown to the recommendation, so
// that a farm stays uniform, any other with the recommended spec. New servers continue the
// environment's naming, join its default zone and its single load balancer, and are placed
// by AutoLayout next to what is there.
SizingChange applySizing(const Topology& topology, const SizingAdvice& advice);

// What applySizing() would do, worked out without copying the design: the existing servers
// it grows (in the same order) and how many it adds.
struct SizingPlan {
    std::vector<std::string> resized;
    int added = 0;
    bool empty() const { return resized.empty() && added == 0; }
};
SizingPlan planSizing(const Topology& topology, const SizingAdvice& advice);

} // namespace topo
