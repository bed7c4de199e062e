#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo::layout {

// The order the keyboard walks the canvas in (Tab): environment by environment, each frame
// followed by what it holds, read top to bottom and left to right (cards whose tops are
// within half a card of each other make one line); then sites, notes and anything outside
// every environment, in the same reading order. Elements without a place are left out.
std::vector<std::string> readingOrder(const Topology& topology);

} // namespace topo::layout
