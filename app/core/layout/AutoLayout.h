#pragma once

#include "core/layout/LayoutConstants.h"
#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// Places, readably, every element that has no position yet: environments in rows
// (LifeTime first), and inside each environment load balancers on top, servers in a grid
// (each deployment zone's members together), databases and queues at the bottom. Elements
// that already have a position keep it; an environment frame without one is sized around
// its content, and frames are kept apart. Geometry: layout/LayoutConstants.h.
class AutoLayout {
public:
    // Fills the missing layouts; returns true when anything changed. Environments placed
    // anew are arranged in rows so that together they come near `targetAspect` (width /
    // height); each one's server grid is near square.
    static bool place(Topology& topology, double targetAspect = layout::kDesignAspect);

    // Gives the listed elements that have no position one (as place() would) and grows
    // their environments' frames around them; everything else keeps its layout, even
    // elements the design leaves unplaced. Meant for designs as the designer shows them
    // (every frame placed): an unplaced frame may be shifted by place(), its content not.
    static void placeOnly(Topology& topology, const std::vector<std::string>& ids);

    // True when some element or environment has no layout.
    static bool needsPlacement(const Topology& topology);
};

} // namespace topo
