#include "core/edit/SizingApply.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/AutoLayout.h"

#include <algorithm>
#include <unordered_set>

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

} // namespace

SizingChange applySizing(const Topology& topology, const SizingAdvice& advice)
{
    SizingChange change;
    if (advice.servers.empty() || !findById(topology.environments, advice.environment))
        return change;
    Topology after = topology;
    ElementFactory factory(topology);
    std::unordered_set<std::string> taken;
    for (const ServerRecommendation& recommendation : advice.servers) {
        int present = 0;
        for (Server& server : after.servers) {
            if (server.environment != advice.environment || taken.count(server.id) ||
                !counts(server, recommendation))
                continue;
            taken.insert(server.id);
            ++present;
            if (grow(server.hardware, recommendation))
                change.resized.push_back(server.id);
        }
        for (; present < recommendation.count; ++present) {
            Server added = factory.makeServer(advice.environment);
            added.roles = recommendation.roles;
            added.hardware = Hardware{};
            grow(added.hardware, recommendation);
            taken.insert(added.id);
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
