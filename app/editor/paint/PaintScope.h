#pragma once

#include "core/model/Topology.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace topo {

// Which ids a partial picture or file of a design holds: one environment, or a selection.
using IdSet = std::unordered_set<std::string>;

// One environment as drawn alone: the environment, its zones and elements, and the databases
// holding its catalogs.
IdSet environmentScope(const Topology& topology, const std::string& environment);

// The chosen elements: every id that names an element of the design, with a chosen
// environment standing for everything environmentScope() holds and a chosen zone for its
// members. Unknown ids are left out.
IdSet selectionScope(const Topology& topology, const std::vector<std::string>& ids);

// `ids` plus the frames that hold them: the environment of each element and the zones each
// server is a member of, so that a partial picture keeps its context.
IdSet withContainers(const Topology& topology, IdSet ids);

} // namespace topo
