#include "AnalysisDesigns.h"

#include "core/io/TopologyReader.h"

#include <gtest/gtest.h>

namespace topo::test {

Environment environment(const std::string& id, Purpose purpose)
{
    Environment result;
    result.id = id;
    result.name = id + "-name";
    result.purpose = purpose;
    result.haRequired = purpose == Purpose::Production;
    return result;
}

Server server(const std::string& id, const std::string& environment, std::vector<Role> roles,
              int cores, const std::string& site)
{
    Server result;
    result.id = id;
    result.name = id + "-name";
    result.environment = environment;
    result.roles = std::move(roles);
    result.hardware.cpuCores = cores;
    result.hardware.ramGb = 2.0 * cores;
    result.hardware.diskGb = 100;
    result.site = site;
    return result;
}

Database database(const std::string& id, const std::vector<std::string>& platformOf,
                  const std::string& site)
{
    Database result;
    result.id = id;
    result.name = id + "-name";
    result.site = site;
    for (const std::string& environment : platformOf) {
        result.catalogs.push_back({environment, CatalogKind::Platform});
        result.catalogs.push_back({environment, CatalogKind::Session});
    }
    return result;
}

Topology farm(int frontEnds, int cores)
{
    Topology topology;
    topology.environments.push_back(environment("prod", Purpose::Production));
    LoadBalancer lb;
    lb.id = "lb-1";
    lb.name = "LB-1";
    lb.environment = "prod";
    for (int i = 1; i <= frontEnds; ++i) {
        const std::string id = "fe-" + std::to_string(i);
        topology.servers.push_back(server(id, "prod", {Role::Frontend, Role::Scheduler}, cores));
        lb.targets.push_back(id);
    }
    topology.servers.push_back(server("dc-1", "prod", {Role::DeploymentController}, 8));
    topology.loadBalancers.push_back(lb);
    topology.databases.push_back(database("db-1", {"prod"}));
    MessageQueue queue;
    queue.id = "mq-1";
    queue.name = "MQ-1";
    queue.environment = "prod";
    topology.messageQueues.push_back(queue);
    return topology;
}

const Environment& production(const Topology& topology)
{
    return topology.environments.front();
}

} // namespace topo::test
