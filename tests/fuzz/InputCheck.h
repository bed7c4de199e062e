#pragma once

#include "core/model/Topology.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace topo::fuzz {

// Turns a design into file text; the checks save with writeTopology, tests substitute a
// faulty saver to prove that a broken round trip is reported.
using Saver = std::function<std::string(const Topology&)>;

// What one input did to the core.
struct InputReport {
    bool loaded = false; // the loader accepted it (a refusal is a correct outcome)
    std::string problem; // empty when every check held; otherwise what went wrong
    bool ok() const { return problem.empty(); }
};

// The one-at-a-time failure search runs a scenario per failable element; it is skipped above
// this many candidates so that every input stays fast (the other analyses still run).
inline constexpr std::size_t kMaxSearchedCandidates = 256;

// Loads `bytes` with the bounded loader; when it loads, validates it, saves it, loads the
// saved text again and saves that: both loads must give the same design and both saves the
// same bytes. Then runs every analysis of the core on it (capacity, availability, sizing
// advice, scaling plan, failover scenarios, failure marks, single points of failure).
// Anything that escapes as an exception is a problem too.
InputReport checkTopologyInput(std::string_view bytes, const Saver& save = {});

} // namespace topo::fuzz
