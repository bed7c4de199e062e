#include "editor/document/AnalysisCache.h"

#include "core/model/Topology.h"

namespace topo {

const EnvironmentAnalysis* AnalysisCache::environment(const Topology& topology,
                                                      const std::string& id)
{
    for (const Environment& environment : topology.environments) {
        if (environment.id != id)
            continue;
        Entry& entry = m_entries[id];
        if (!entry.analysis) {
            entry.analysis = analyzeEnvironment(topology, environment);
            entry.revision = m_nextRevision++;
        }
        return &*entry.analysis;
    }
    return nullptr;
}

std::vector<const EnvironmentAnalysis*> AnalysisCache::all(const Topology& topology)
{
    std::vector<const EnvironmentAnalysis*> result;
    result.reserve(topology.environments.size());
    for (const Environment& environment : topology.environments)
        result.push_back(this->environment(topology, environment.id));
    return result;
}

std::uint64_t AnalysisCache::revision(const std::string& id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() || !it->second.analysis ? 0 : it->second.revision;
}

void AnalysisCache::forget(const std::optional<std::set<std::string>>& environments)
{
    if (!environments) {
        for (auto& [id, entry] : m_entries)
            entry.analysis.reset();
        return;
    }
    for (const std::string& id : *environments)
        if (const auto it = m_entries.find(id); it != m_entries.end())
            it->second.analysis.reset();
}

} // namespace topo
