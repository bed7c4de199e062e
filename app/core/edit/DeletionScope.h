#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// What deleting `ids` would leave holding nothing: the databases whose every catalog
// belongs to an environment among `ids` (deleting an environment removes its catalogs, not
// the database). Those among `ids` themselves are left out. In the design's order.
std::vector<std::string> usedOnlyBy(const Topology& topology, const std::vector<std::string>& ids);

} // namespace topo
