#include "core/analysis/AvailabilityModel.h"

#include "core/rules/DesignIndex.h"

#include <cmath>

namespace topo {

double tierAvailability(double nodeAvailability, long long nodes)
{
    if (nodes <= 0)
        return 0;
    return 1 - std::pow(1 - nodeAvailability, static_cast<double>(nodes));
}

ServingAvailability AvailabilityModel::environment(const Environment& environment) const
{
    const double a = m_topology.assumptions.serverAvailability;
    ServingAvailability result;
    result.environment = environment.id;
    result.frontEnds =
        static_cast<int>(serversOf(m_topology, environment.id, isTrafficFrontEnd).size());
    result.loadBalancers =
        static_cast<int>(balancersWithTargets(m_topology, environment.id).size());
    if (const Database* database = platformDatabase(m_topology, environment.id))
        result.databaseNodes = database->haMode == DbHaMode::None ? 1 : database->nodes;
    result.frontEndTier = tierAvailability(a, result.frontEnds);
    result.loadBalancerTier =
        result.loadBalancers > 0 ? tierAvailability(a, result.loadBalancers) : 1.0;
    result.databaseTier = tierAvailability(a, result.databaseNodes);
    result.serving = result.frontEndTier * result.loadBalancerTier * result.databaseTier;
    return result;
}

std::vector<ServingAvailability> AvailabilityModel::environments() const
{
    std::vector<ServingAvailability> result;
    for (const Environment& environment : m_topology.environments)
        result.push_back(this->environment(environment));
    return result;
}

std::vector<SeriesPoint> AvailabilityModel::byFrontEndCount(const Environment& environment,
                                                            int maxCount) const
{
    const ServingAvailability current = this->environment(environment);
    const double rest = current.loadBalancerTier * current.databaseTier;
    const double a = m_topology.assumptions.serverAvailability;
    std::vector<SeriesPoint> series;
    for (int n = 1; n <= maxCount; ++n)
        series.push_back({static_cast<double>(n), tierAvailability(a, n) * rest});
    return series;
}

std::string AvailabilityModel::modelStatement()
{
    return "A model, not a measurement: each server, load balancer and database node is up "
           "with the same probability (assumptions.serverAvailability), independently of the "
           "others; a tier of n interchangeable nodes is up while one is, 1 - (1 - a)^n. Real "
           "failures are often shared (a site, the network, storage, a faulty release), so "
           "real availability is lower.";
}

} // namespace topo
