#include "editor/paint/DerivedConnections.h"

#include <type_traits>
#include <unordered_map>
#include <unordered_set>

namespace topo {
namespace {

// The database holding each environment's platform catalog (the first one listed).
std::unordered_map<std::string, std::string> platformDatabases(const Topology& topology)
{
    std::unordered_map<std::string, std::string> result;
    for (const Database& db : topology.databases)
        for (const Catalog& catalog : db.catalogs)
            if (catalog.kind == CatalogKind::Platform)
                result.emplace(catalog.environment, db.id);
    return result;
}

void addLoadBalancing(const Topology& topology, const std::unordered_set<std::string>& servers,
                      std::vector<Connection>& out)
{
    for (const LoadBalancer& lb : topology.loadBalancers)
        for (const std::string& target : lb.targets)
            if (servers.count(target))
                out.push_back({lb.id, target, ConnectionKind::LoadBalancing});
}

void addFrontEndLinks(const Topology& topology, std::vector<Connection>& out)
{
    const auto databases = platformDatabases(topology);
    std::unordered_multimap<std::string, std::string> queues; // environment -> queue
    for (const MessageQueue& mq : topology.messageQueues)
        queues.emplace(mq.environment, mq.id);
    for (const Server& server : topology.servers) {
        if (!server.hasRole(Role::Frontend))
            continue;
        if (auto db = databases.find(server.environment); db != databases.end())
            out.push_back({server.id, db->second, ConnectionKind::Database});
        auto [first, last] = queues.equal_range(server.environment);
        for (auto it = first; it != last; ++it)
            out.push_back({server.id, it->second, ConnectionKind::Queue});
    }
}

void addManagement(const Topology& topology, std::vector<Connection>& out)
{
    for (const Environment& lifetime : topology.environments) {
        if (lifetime.purpose != Purpose::Lifetime)
            continue;
        for (const Environment& managed : topology.environments)
            if (managed.purpose != Purpose::Lifetime)
                out.push_back({lifetime.id, managed.id, ConnectionKind::Management});
    }
}

} // namespace

std::vector<Connection> deriveConnections(const Topology& topology)
{
    std::unordered_set<std::string> servers;
    for (const Server& s : topology.servers)
        servers.insert(s.id);
    std::vector<Connection> result;
    addManagement(topology, result);
    addFrontEndLinks(topology, result);
    addLoadBalancing(topology, servers, result);
    return result;
}

bool changesConnections(const ElementValue& before, const ElementValue& after)
{
    if (before.index() != after.index())
        return true;
    return std::visit(
        [&after](const auto& was) {
            using T = std::decay_t<decltype(was)>;
            const T& now = std::get<T>(after);
            if (was.id != now.id)
                return true;
            if constexpr (std::is_same_v<T, Server>)
                return was.environment != now.environment ||
                       was.hasRole(Role::Frontend) != now.hasRole(Role::Frontend);
            else if constexpr (std::is_same_v<T, LoadBalancer>)
                return was.targets != now.targets;
            else if constexpr (std::is_same_v<T, Database>)
                return was.catalogs != now.catalogs;
            else if constexpr (std::is_same_v<T, MessageQueue>)
                return was.environment != now.environment;
            else if constexpr (std::is_same_v<T, Environment>)
                return was.purpose != now.purpose;
            else // sites and notes have no lines
                return false;
        },
        before);
}

} // namespace topo
