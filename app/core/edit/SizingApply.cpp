#include "core/edit/SizingApply.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/AutoLayout.h"

#include <algorithm>
#include <utility>

namespace topo {

namespace {

// Whether `server` counts as one of the servers of `recommendation`: active, holding the
// recommendation's first role, and serving traffic when that role is the front-end.
bool counts(const Server& server, const ServerRecommendation& recommendation)
{
    if (server.standby || recommendation.roles.empty())
        return false;
    const Role primary = recommendation.roles.front();
    return server.hasRole(primary) && (primary != Role::Frontend || server.servesTraffic);
}

// Raises each field of `hardware` to the recommendation; true when anything grew.
bool grow(Hardware& hardware, const ServerRecommendation& recommendation)
{
    const Hardware before = hardware;
    hardware.cpuCores = std::max(hardware.cpuCores, recommendation.cpuCores);
    hardware.ramGb = std::max(hardware.ramGb, recommendation.ramGb);
    hardware.diskGb = std::max(hardware.diskGb, recommendation.diskGb);
    return !(hardware == before);
}

// Which servers each recommendation takes, in turn, and what is missing: the servers whose
// hardware grows (with the recommendation that grows them) and how many servers each
// recommendation still needs. Servers applySizing() adds never count for a later one.
struct AdviceMatch {
    std::vector<std::pair<std::size_t, std::size_t>> grown; // server index, recommendation
    std::vector<int> missing;                               // per recommendation
};

AdviceMatch matchAdvice(const Topology& topology, const SizingAdvice& advice)
{
    AdviceMatch match;
    std::vector<bool> taken(topology.servers.size(), false);
    for (std::size_t r = 0; r < advice.servers.size(); ++r) {
        const ServerRecommendation& recommendation = advice.servers[r];
        int present = 0;
        for (std::size_t i = 0; i < topology.servers.size(); ++i) {
            const Server& server = topology.servers[i];
            if (server.environment != advice.environment || taken[i] ||
                !counts(server, recommendation))
                continue;
            taken[i] = true;
            ++present;
            Hardware hardware = server.hardware;
            if (grow(hardware, recommendation))
                match.grown.emplace_back(i, r);
        }
        match.missing.push_back(std::max(0, recommendation.count - present));
    }
    return match;
}

bool applies(const Topology& topology, const SizingAdvice& advice)
{
    return !advice.servers.empty() && findById(topology.environments, advice.environment);
}

} // namespace

SizingPlan planSizing(const Topology& topology, const SizingAdvice& advice)
{
    SizingPlan plan;
    if (!applies(topology, advice))
        return plan;
    const AdviceMatch match = matchAdvice(topology, advice);
    for (const auto& [server, recommendation] : match.grown)
        plan.resized.push_back(topology.servers[server].id);
    for (const int missing : match.missing)
        plan.added += missing;
    return plan;
}

SizingChange applySizing(const Topology& topology, const SizingAdvice& advice)
{
    SizingChange change;
    if (!applies(topology, advice))
        return change;
    const AdviceMatch match = matchAdvice(topology, advice);
    Topology after = topology;
    for (const auto& [server, recommendation] : match.grown) {
        grow(after.servers[server].hardware, advice.servers[recommendation]);
        change.resized.push_back(after.servers[server].id);
    }
    ElementFactory factory(topology);
    for (std::size_t r = 0; r < advice.servers.size(); ++r) {
        const ServerRecommendation& recommendation = advice.servers[r];
        for (int n = 0; n < match.missing[r]; ++n) {
            Server added = factory.makeServer(advice.environment);
            added.roles = recommendation.roles;
            // A front-end joins its farm with the farm's spec (as the Scaling view promises),
            // grown to the advice where the farm's is smaller; any other server gets the
            // advice's spec.
            const bool frontEnd =
                std::find(recommendation.roles.begin(), recommendation.roles.end(),
                          Role::Frontend) != recommendation.roles.end();
            added.hardware =
                frontEnd ? ElementFactory::frontEndSpec(topology, advice.environment) : Hardware{};
            grow(added.hardware, recommendation);
            change.added.push_back(added.id);
            after.servers.push_back(std::move(added));
            joinPools(after, change.added.back());
        }
    }
    AutoLayout::placeOnly(after, change.added);
    change.patch = TopologyPatch::between(topology, after);
    return change;
}

} // namespace topo
