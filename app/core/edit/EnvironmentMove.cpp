#include "core/edit/EnvironmentMove.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/layout/AutoLayout.h"

#include <algorithm>
#include <unordered_set>

namespace topo {

namespace {

using IdSet = std::unordered_set<std::string>;

bool contains(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Puts the listed elements of `items` into `environmentId`; returns the ids that changed.
template <typename T>
std::vector<std::string> reassign(std::vector<T>& items, const IdSet& ids,
                                  const std::string& environmentId)
{
    std::vector<std::string> moved;
    for (T& item : items)
        if (ids.count(item.id) && item.environment != environmentId) {
            item.environment = environmentId;
            moved.push_back(item.id);
        }
    return moved;
}

// The server's environment, or nullptr when no server has that id.
const std::string* serverEnvironment(const Topology& topology, const std::string& serverId)
{
    const Server* server = findById(topology.servers, serverId);
    return server ? &server->environment : nullptr;
}

bool inOtherEnvironment(const Topology& topology, const std::string& serverId,
                        const std::string& environmentId)
{
    const std::string* env = serverEnvironment(topology, serverId);
    return env && *env != environmentId;
}

void leaveOtherEnvironments(Topology& topology, const std::string& serverId)
{
    const std::string& env = findById(topology.servers, serverId)->environment;
    for (Environment& other : topology.environments)
        if (other.id != env)
            for (Zone& zone : other.zones)
                std::erase(zone.members, serverId);
    for (LoadBalancer& lb : topology.loadBalancers)
        if (lb.environment != env)
            std::erase(lb.targets, serverId);
    for (MessageQueue& mq : topology.messageQueues)
        if (mq.hostServer == serverId && mq.environment != env)
            mq.hostServer.clear();
}

void rebalance(Topology& topology, const std::string& lbId)
{
    LoadBalancer& lb = *findById(topology.loadBalancers, lbId);
    std::erase_if(lb.targets, [&](const std::string& target) {
        return inOtherEnvironment(topology, target, lb.environment);
    });
    for (const std::string& id : unbalancedFrontEnds(topology, lb.environment))
        lb.targets.push_back(id);
}

template <typename T>
void clearLayouts(std::vector<T>& items, const std::vector<std::string>& cleared)
{
    for (T& item : items)
        if (item.layout && contains(cleared, item.id))
            item.layout.reset();
}

} // namespace

std::vector<std::string> unbalancedFrontEnds(const Topology& topology,
                                             const std::string& environmentId)
{
    std::vector<std::string> served;
    for (const LoadBalancer& lb : topology.loadBalancers)
        if (lb.environment == environmentId)
            served.insert(served.end(), lb.targets.begin(), lb.targets.end());
    std::vector<std::string> ids;
    for (const Server& s : topology.servers)
        if (s.environment == environmentId && !s.standby && s.servesTraffic &&
            s.hasRole(Role::Frontend) && !contains(served, s.id))
            ids.push_back(s.id);
    return ids;
}

TopologyPatch moveToEnvironment(const Topology& topology, const std::vector<std::string>& ids,
                                const std::string& environmentId, Placement placement)
{
    if (!findById(topology.environments, environmentId))
        return {};
    const IdSet wanted(ids.begin(), ids.end());
    Topology after = topology;
    const auto servers = reassign(after.servers, wanted, environmentId);
    const auto balancers = reassign(after.loadBalancers, wanted, environmentId);
    const auto queues = reassign(after.messageQueues, wanted, environmentId);

    for (const std::string& id : servers)
        leaveOtherEnvironments(after, id);
    for (const std::string& id : balancers)
        rebalance(after, id);
    for (const std::string& id : queues) {
        MessageQueue& mq = *findById(after.messageQueues, id);
        if (inOtherEnvironment(after, mq.hostServer, environmentId))
            mq.hostServer.clear();
    }
    for (const std::string& id : servers)
        joinPools(after, id);

    if (placement == Placement::IntoFrame) {
        std::vector<std::string> moved = servers;
        moved.insert(moved.end(), balancers.begin(), balancers.end());
        moved.insert(moved.end(), queues.begin(), queues.end());
        clearLayouts(after.servers, moved);
        clearLayouts(after.loadBalancers, moved);
        clearLayouts(after.messageQueues, moved);
        AutoLayout::placeOnly(after, moved);
    }
    return TopologyPatch::between(topology, after);
}

} // namespace topo
