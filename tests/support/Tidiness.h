#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo::test {

// What keeps a design from being tidy on the canvas, one line each: two environment frames
// overlapping, two cards (servers, load balancers, databases, queues) overlapping, a card
// outside its environment frame's content area. Empty for a tidy design.
std::vector<std::string> untidiness(const Topology& topology);

} // namespace topo::test
