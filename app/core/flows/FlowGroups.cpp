#include "core/flows/FlowGroups.h"

#include "core/flows/FlowSets.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace topo {

namespace {

// The ends of `ends` that have a flow to or from one of `others`: a server has none with
// itself alone.
std::vector<FlowEnd> connected(const std::vector<FlowEnd>& ends, const std::vector<FlowEnd>& others)
{
    if (others.size() != 1 || others.front().kind != EndKind::Server)
        return ends;
    std::vector<FlowEnd> kept;
    for (const FlowEnd& end : ends)
        if (end != others.front())
            kept.push_back(end);
    return kept;
}

void merge(std::vector<FlowEnd>& into, const std::vector<FlowEnd>& more)
{
    into.insert(into.end(), more.begin(), more.end());
    std::sort(into.begin(), into.end());
    into.erase(std::unique(into.begin(), into.end()), into.end());
}

} // namespace

std::vector<FlowGroupRow> groupedFlows(const Topology& topology, std::string_view onlyEnvironment)
{
    std::vector<FlowGroupRow> rows;
    using Key = std::tuple<std::uint32_t, FlowKind, std::uint16_t, std::string, std::string>;
    std::map<Key, std::size_t> rowOf;
    for (const FlowSet& set : flowSets(topology, onlyEnvironment)) {
        std::vector<FlowEnd> sources = connected(set.sources, set.destinations);
        std::vector<FlowEnd> destinations = connected(set.destinations, set.sources);
        if (sources.empty() || destinations.empty())
            continue;
        const Key key{set.environment, set.kind, set.port, set.sourceGroup, set.destinationGroup};
        const auto [it, added] = rowOf.try_emplace(key, rows.size());
        if (added) {
            rows.push_back({set.environment,
                            set.kind,
                            set.port,
                            {set.sourceGroup, std::move(sources)},
                            {set.destinationGroup, std::move(destinations)}});
            continue;
        }
        merge(rows[it->second].source.members, sources);
        merge(rows[it->second].destination.members, destinations);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const FlowGroupRow& a, const FlowGroupRow& b) {
        return std::tie(a.environment, a.kind, a.source.members.front(),
                        a.destination.members.front(),
                        a.port) < std::tie(b.environment, b.kind, b.source.members.front(),
                                           b.destination.members.front(), b.port);
    });
    return rows;
}

std::string sideTitle(const FlowGroupSide& side, const FlowEnds& ends)
{
    if (side.members.size() == 1)
        return std::string(ends.name(side.members.front()));
    return side.group + " (" + std::to_string(side.members.size()) + ")";
}

} // namespace topo
