#include "core/analysis/CapacityModel.h"

#include "core/rules/DesignIndex.h"

#include <algorithm>
#include <functional>
#include <numeric>

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

BalancedSplit balancedDeploymentSplit(const std::vector<double>& shares)
{
    std::vector<std::size_t> order(shares.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return shares[a] > shares[b]; });
    BalancedSplit split;
    for (std::size_t i : order) {
        const int group = split.totals[0] <= split.totals[1] ? 0 : 1;
        split.groups[group].push_back(i);
        split.totals[group] += shares[i];
    }
    return split;
}

double balancedDeploymentCapacity(const std::vector<double>& shares)
{
    if (shares.size() < 2)
        return 0;
    const BalancedSplit split = balancedDeploymentSplit(shares);
    return std::min(split.totals[0], split.totals[1]);
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
    std::vector<double> largestFirst;
    for (const Server* server : serversOf(m_topology, environment.id, isTrafficFrontEnd))
        largestFirst.push_back(server->hardware.cpuCores * current.perCore);
    std::sort(largestFirst.begin(), largestFirst.end(), std::greater<>());
    const auto count = static_cast<int>(largestFirst.size());
    const double perServer = current.commonSpec.cpuCores * current.perCore;
    // Worked from the current total, so that n = N is the total and n = N − 1 the N−1
    // figure exactly, as the model states them.
    std::vector<double> fewer(static_cast<std::size_t>(count) + 1, current.total);
    for (int out = 1; out <= count; ++out)
        fewer[static_cast<std::size_t>(count - out)] =
            fewer[static_cast<std::size_t>(count - out + 1)] -
            largestFirst[static_cast<std::size_t>(out - 1)];
    std::vector<SeriesPoint> series;
    for (int n = 1; n <= maxCount; ++n) {
        const double y = n <= count ? fewer[static_cast<std::size_t>(n)]
                                    : current.total + (n - count) * perServer;
        series.push_back({static_cast<double>(n), y});
    }
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
