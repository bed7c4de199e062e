#include "core/edit/EditOperations.h"

#include "core/edit/ElementLookup.h"

#include <algorithm>
#include <unordered_set>

namespace topo {

namespace {

using IdSet = std::unordered_set<std::string>;

template <typename T> void eraseIds(std::vector<T>& items, const IdSet& ids)
{
    std::erase_if(items, [&](const T& item) { return ids.count(item.id) > 0; });
}

void eraseRefs(std::vector<std::string>& refs, const IdSet& ids)
{
    std::erase_if(refs, [&](const std::string& ref) { return ids.count(ref) > 0; });
}

void shift(std::optional<Point>& layout, double dx, double dy)
{
    if (layout) {
        layout->x += dx;
        layout->y += dy;
    }
}

void shift(std::optional<Rect>& layout, double dx, double dy)
{
    if (layout) {
        layout->x += dx;
        layout->y += dy;
    }
}

void shift(Rect& layout, double dx, double dy)
{
    layout.x += dx;
    layout.y += dy;
}

} // namespace

TopologyPatch moveElements(const Topology& topology, const std::vector<std::string>& ids, double dx,
                           double dy)
{
    IdSet moved(ids.begin(), ids.end());
    IdSet environments;
    for (const Environment& env : topology.environments)
        if (moved.count(env.id))
            environments.insert(env.id);
    auto carried = [&](const std::string& id, const std::string& envId) {
        return moved.count(id) || environments.count(envId);
    };
    TopologyPatch patch;
    auto moveArray = [&](const auto& items, auto envOf) {
        for (const auto& item : items) {
            if (!carried(item.id, envOf(item)))
                continue;
            auto after = item;
            shift(after.layout, dx, dy);
            if (!(after == item))
                patch.replace(ElementValue(item), ElementValue(std::move(after)));
        }
    };
    auto none = [](const auto&) { return std::string(); };
    auto own = [](const auto& item) { return item.environment; };
    moveArray(topology.sites, none);
    moveArray(topology.environments, none);
    moveArray(topology.servers, own);
    moveArray(topology.loadBalancers, own);
    moveArray(topology.databases, [](const Database& db) {
        return db.catalogs.empty() ? std::string() : db.catalogs.front().environment;
    });
    moveArray(topology.messageQueues, own);
    moveArray(topology.notes, none);
    return patch;
}

void joinPools(Topology& topology, const std::string& serverId)
{
    const Server* server = findById(topology.servers, serverId);
    if (!server || !server->hasRole(Role::Frontend))
        return;
    if (Environment* env = findById(topology.environments, server->environment)) {
        for (Zone& zone : env->zones)
            if (zone.isDefault &&
                std::find(zone.members.begin(), zone.members.end(), serverId) == zone.members.end())
                zone.members.push_back(serverId);
    }
    if (!server->servesTraffic)
        return;
    LoadBalancer* pool = nullptr;
    int pools = 0;
    for (LoadBalancer& lb : topology.loadBalancers)
        if (lb.environment == server->environment && !lb.targets.empty()) {
            pool = &lb;
            ++pools;
        }
    if (pools == 1 &&
        std::find(pool->targets.begin(), pool->targets.end(), serverId) == pool->targets.end())
        pool->targets.push_back(serverId);
}

TopologyPatch removeElements(const Topology& topology, const std::vector<std::string>& ids)
{
    IdSet gone(ids.begin(), ids.end());
    IdSet goneEnvironments;
    for (const Environment& env : topology.environments)
        if (gone.count(env.id)) {
            goneEnvironments.insert(env.id);
            for (const Zone& zone : env.zones)
                gone.insert(zone.id);
        }
    auto inGoneEnv = [&](const auto& items) {
        for (const auto& item : items)
            if (goneEnvironments.count(item.environment))
                gone.insert(item.id);
    };
    inGoneEnv(topology.servers);
    inGoneEnv(topology.loadBalancers);
    inGoneEnv(topology.messageQueues);

    Topology after = topology;
    forEachArray(after, [&](auto& items) { eraseIds(items, gone); });
    for (Environment& env : after.environments) {
        eraseIds(env.zones, gone);
        for (Zone& zone : env.zones)
            eraseRefs(zone.members, gone);
    }
    auto clearSite = [&](std::string& site) {
        if (gone.count(site))
            site.clear();
    };
    for (Server& s : after.servers)
        clearSite(s.site);
    for (LoadBalancer& lb : after.loadBalancers) {
        eraseRefs(lb.targets, gone);
        clearSite(lb.site);
    }
    for (Database& db : after.databases) {
        std::erase_if(db.catalogs, [&](const Catalog& c) { return gone.count(c.environment) > 0; });
        clearSite(db.site);
    }
    for (MessageQueue& mq : after.messageQueues)
        if (gone.count(mq.hostServer))
            mq.hostServer.clear();
    return TopologyPatch::between(topology, after);
}

TopologyPatch replaceElement(const Topology& topology, const ElementValue& after)
{
    const auto before = findElement(topology, elementId(after));
    TopologyPatch patch;
    if (before && !(*before == after))
        patch.replace(*before, after);
    return patch;
}

} // namespace topo
