#pragma once

#include "core/analysis/EnvironmentAnalysis.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace topo {

struct Topology;

// The open design's environment analyses (analyzeEnvironment, without the single points of
// failure), each worked out when first asked for after a change and then shared by every
// dock, so that a figure is computed once and is the same everywhere. A change forgets only
// the environments it can affect (affectedEnvironments).
class AnalysisCache {
public:
    // The analysis of environment `id` of `topology`, nullptr when it has none with that id.
    // The pointer stays valid until the next forget().
    const EnvironmentAnalysis* environment(const Topology& topology, const std::string& id);
    // Every environment's, in file order.
    std::vector<const EnvironmentAnalysis*> all(const Topology& topology);

    // Grows each time environment `id`'s analysis is worked out again: a view that drew it
    // at the same number needs no redrawing.
    std::uint64_t revision(const std::string& id) const;

    // Forgets these environments' analyses (nullopt: every one).
    void forget(const std::optional<std::set<std::string>>& environments);

private:
    struct Entry {
        std::optional<EnvironmentAnalysis> analysis;
        std::uint64_t revision = 0;
    };
    std::unordered_map<std::string, Entry> m_entries;
    std::uint64_t m_nextRevision = 1;
};

} // namespace topo
