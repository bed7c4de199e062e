#pragma once

#include <nlohmann/json.hpp>

namespace topo {

// Insertion-ordered JSON: unknown members are written back in the order they were read.
using Json = nlohmann::ordered_json;

} // namespace topo
