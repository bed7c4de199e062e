#include "core/analysis/AnalysisSupport.h"

#include <tuple>

namespace topo {

std::vector<const Server*> serversOf(const Topology& topology, std::string_view environment,
                                     bool (*keep)(const Server&))
{
    std::vector<const Server*> result;
    for (const Server& server : topology.servers) {
        if (server.environment == environment && keep(server))
            result.push_back(&server);
    }
    return result;
}

const Database* platformDatabase(const Topology& topology, std::string_view environment)
{
    for (const Database& database : topology.databases) {
        for (const Catalog& catalog : database.catalogs) {
            if (catalog.environment == environment && catalog.kind == CatalogKind::Platform)
                return &database;
        }
    }
    return nullptr;
}

std::vector<const LoadBalancer*> balancersWithTargets(const Topology& topology,
                                                      std::string_view environment)
{
    std::vector<const LoadBalancer*> result;
    for (const LoadBalancer& lb : topology.loadBalancers) {
        if (lb.environment == environment && !lb.targets.empty())
            result.push_back(&lb);
    }
    return result;
}

Hardware mostCommonSpec(const std::vector<const Server*>& servers)
{
    // Quadratic, but over the front-ends of one environment: a handful of servers.
    const auto triple = [](const Server* s) {
        return std::tie(s->hardware.cpuCores, s->hardware.ramGb, s->hardware.diskGb);
    };
    const Server* best = nullptr;
    std::size_t bestCount = 0;
    for (const Server* candidate : servers) {
        std::size_t count = 0;
        for (const Server* other : servers)
            count += triple(other) == triple(candidate) ? 1 : 0;
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    Hardware spec;
    if (best) {
        spec.cpuCores = best->hardware.cpuCores;
        spec.ramGb = best->hardware.ramGb;
        spec.diskGb = best->hardware.diskGb;
    }
    return spec;
}

double capacityOf(const std::vector<const Server*>& servers, double perCore)
{
    double total = 0;
    for (const Server* server : servers)
        total += server->hardware.cpuCores * perCore;
    return total;
}

} // namespace topo
