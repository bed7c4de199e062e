#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// Arranges the cards of each listed environment as automatic placement would (load balancers
// on top, servers in a grid with each zone's members together, databases and queues at the
// bottom) from the top-left of its frame, as wide as the frame, and fits the frame to them.
// Environments without a frame and unknown ids are left alone.
TopologyPatch tidyUp(const Topology& topology, const std::vector<std::string>& environmentIds);

// Fits each listed environment's frame to its content: the smallest frame holding its cards
// and zones (it may shrink or grow); a frame with nothing inside keeps its place at the
// smallest size.
TopologyPatch fitFramesToContent(const Topology& topology,
                                 const std::vector<std::string>& environmentIds);

} // namespace topo
