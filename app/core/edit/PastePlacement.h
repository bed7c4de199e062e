#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// Moves the `added` elements of `topology` (what a paste or a duplicate just added) as one
// group, by the smallest grid offset, off everything else: cards (servers, load balancers,
// databases, queues, notes) keep clear of other cards, frames (environments, sites) of other
// frames, and a card that lands inside its environment's frame stays inside it. When no such
// spot is near, cards of an environment go below its content (the frame grows around them)
// and anything else below the rest of the design.
void placeClearOfOthers(Topology& topology, const std::vector<std::string>& added);

} // namespace topo
