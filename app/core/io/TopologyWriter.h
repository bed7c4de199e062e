#pragma once

#include "core/model/Json.h"
#include "core/model/Topology.h"

#include <string>
#include <string_view>

namespace topo {

// Writes the canonical form of format v1: every field written out, members in the order of
// file-format.md then unknown members in their original order, 2-space indent, "\n" line
// ends, final newline. `generator` replaces the topology's generator when not empty.
std::string writeTopology(const Topology& topology, std::string_view generator = {});

// The same canonical form as a JSON document (the design comparison reads its members).
Json topologyDocument(const Topology& topology, std::string_view generator = {});

} // namespace topo
