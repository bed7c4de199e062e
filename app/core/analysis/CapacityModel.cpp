#include "analysis/CapacityModel.h"

#include "rules/DesignIndex.h"

#include <algorithm>
#include <functional>

namespace topo {

namespace {

RoleResources resourcesOf(const std::vector<const Server*>& servers)
{
    RoleResources resources;
    for (const Server* server : servers) {
        ++resources.servers;
        resources.cpuCores += server->hardware.cpuCores;
        resources.ramGb += server->hardware.ramGb;
    }
    return resources;
}

} // namespace

double balancedDeploymentCapacity(const std::vector<double>& shares)
{
    if (shares.size() < 2)
        return 0;
    std::vector<double> sorted = shares;
    std::stable_sort(sorted.begin(), sorted.end(), std::greater<>());
    double first = 0;
    double second = 0;
    for (double share : sorted)
        (first <= second ? first : second) += share;
    return std::min(first, second);
}

EnvironmentCapacity CapacityModel::environment(const Environment& environment) const
{
    EnvironmentCapacity result;
    result.environment = environment.id;
    result.perCore = m_topology.assumptions.perCore(environment.appKind);
    result.expected = environment.expectedRequestsPerSecond;
    const std::vector<const Server*> traffic =
        serversOf(m_topology, environment.id, isTrafficFrontEnd);
    int largestCores = 0;
    std::vector<double> shares;
    for (const Server* server : traffic) {
        result.trafficFrontEnds.push_back(server->id);
        largestCores = std::max(largestCores, server->hardware.cpuCores);
        shares.push_back(server->hardware.cpuCores * result.perCore);
    }
    result.total = capacityOf(traffic, result.perCore);
    result.withoutLargest = result.total - largestCores * result.perCore;
    result.balancedDeployment = balancedDeploymentCapacity(shares);
    result.commonSpec = mostCommonSpec(traffic);
    result.frontEnds = resourcesOf(serversOf(m_topology, environment.id, isFrontEnd));
    result.controllers = resourcesOf(serversOf(m_topology, environment.id, isController));
    result.schedulers = resourcesOf(serversOf(m_topology, environment.id, isSchedulerServer));
    return result;
}

std::vector<EnvironmentCapacity> CapacityModel::environments() const
{
    std::vector<EnvironmentCapacity> result;
    for (const Environment& environment : m_topology.environments)
        result.push_back(this->environment(environment));
    return result;
}

std::vector<SeriesPoint> CapacityModel::byFrontEndCount(const Environment& environment,
                                                        int maxCount) const
{
    const EnvironmentCapacity current = this->environment(environment);
    const double perServer = current.commonSpec.cpuCores * current.perCore;
    std::vector<SeriesPoint> series;
    for (int n = 1; n <= maxCount; ++n)
        series.push_back({static_cast<double>(n), n * perServer});
    return series;
}

std::vector<SeriesPoint> CapacityModel::byCoresPerFrontEnd(const Environment& environment,
                                                           const std::vector<int>& coreCounts) const
{
    const EnvironmentCapacity current = this->environment(environment);
    const auto count =
        static_cast<double>(std::max<std::size_t>(1, current.trafficFrontEnds.size()));
    std::vector<SeriesPoint> series;
    for (int cores : coreCounts)
        series.push_back({static_cast<double>(cores), count * cores * current.perCore});
    return series;
}

} // namespace topo
