#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

enum class Alignment { Left, Right, Top, Bottom, HorizontalCenter, VerticalCenter };
enum class Axis { Horizontal, Vertical };

// Lines the elements up on the selection's edge or centre line (environments carry their
// content along). Zones follow their members; fewer than two placed elements: no edit.
TopologyPatch alignElements(const Topology& topology, const std::vector<std::string>& ids,
                            Alignment alignment);
// Spaces three or more elements evenly between the outermost two along `axis`.
TopologyPatch distributeElements(const Topology& topology, const std::vector<std::string>& ids,
                                 Axis axis);

} // namespace topo
