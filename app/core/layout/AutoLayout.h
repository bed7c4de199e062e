#pragma once

#include "model/Topology.h"

namespace topo {

// Places, readably, every element that has no position yet: environments side by side
// (LifeTime first), and inside each environment load balancers on top, servers in a grid
// (each deployment zone's members together), databases and queues at the bottom. Elements
// that already have a position keep it; an environment frame without one is sized around
// its content, and frames are kept apart. Geometry: layout/LayoutConstants.h.
class AutoLayout {
public:
    // Fills the missing layouts; returns true when anything changed.
    static bool place(Topology& topology);

    // True when some element or environment has no layout.
    static bool needsPlacement(const Topology& topology);
};

} // namespace topo
