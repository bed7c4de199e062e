#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <optional>
#include <string>
#include <string_view>

namespace topo {

// The name of the element or zone `id` as stored (possibly empty); nullopt when nothing has
// that id or the element has no name (a note has a text instead).
std::optional<std::string> storedName(const Topology& topology, std::string_view id);

// One patch giving the element or zone `id` the name `name` (a zone's environment is
// replaced); empty when nothing has that id, the element has no name, or it has it already.
TopologyPatch renameElement(const Topology& topology, std::string_view id, const std::string& name);

} // namespace topo
