#include "core/analysis/EnvironmentAnalysis.h"

#include "core/analysis/AnalysisSupport.h"
#include "core/analysis/Arithmetic.h"
#include "core/model/DisplayName.h"
#include "core/rules/DesignIndex.h"

#include <algorithm>
#include <set>

namespace topo {

namespace {

// Availabilities are close to 1: enough decimals to tell designs apart.
constexpr int kAvailabilityDecimals = 9;

std::string availabilityText(double value)
{
    return figureText(value, kAvailabilityDecimals);
}

std::string joinLabels(const std::vector<const Server*>& servers)
{
    std::string text;
    for (const Server* server : servers)
        text += (text.empty() ? "" : ", ") + displayName(*server);
    return text;
}

FrontEndCount frontEndCount(const Topology& topology, const Environment& environment,
                            double perCore, const std::vector<const Server*>& traffic)
{
    FrontEndCount count;
    count.traffic = static_cast<int>(traffic.size());
    std::set<int> cores;
    for (const Server* server : traffic) {
        count.ids.push_back(server->id);
        count.shares.push_back(server->hardware.cpuCores * perCore);
        cores.insert(server->hardware.cpuCores);
    }
    count.distinctCores.assign(cores.begin(), cores.end());
    // Every server holding the front-end role, standby included: each counted once.
    for (const Server& server : topology.servers)
        count.all += server.environment == environment.id && server.hasRole(Role::Frontend);
    count.arithmetic = std::to_string(count.traffic) +
                       (count.traffic == 1 ? " traffic front-end" : " traffic front-ends") +
                       (traffic.empty() ? "" : ": " + joinLabels(traffic)) +
                       " (each server once, however many load balancers target it)";
    if (count.all != count.traffic)
        count.arithmetic +=
            "; " + std::to_string(count.all) + " front-ends with the standby and out-of-pool ones";
    return count;
}

std::string nMinus1Arithmetic(const EnvironmentCapacity& capacity,
                              const std::vector<const Server*>& traffic)
{
    if (traffic.empty())
        return "no traffic front-end: 0 req/s";
    // The largest share; ties go to the first in file order.
    const Server* largest = traffic.front();
    for (const Server* server : traffic)
        if (server->hardware.cpuCores > largest->hardware.cpuCores)
            largest = server;
    return rateText(capacity.total) + " − " + std::to_string(largest->hardware.cpuCores) +
           " cores × " + figureText(capacity.perCore) + " req/s per core (" +
           displayName(*largest) + (traffic.size() == 1 ? ", the only one" : ", the largest") +
           ", down) = " + rateText(capacity.withoutLargest);
}

void balancedArithmetic(const FrontEndCount& count, const std::vector<const Server*>& traffic,
                        CapacityArithmetic& arithmetic)
{
    if (traffic.size() < 2) {
        arithmetic.balancedDeployment =
            "fewer than two traffic front-ends: no split into two groups, 0 req/s";
        return;
    }
    const BalancedSplit split = balancedDeploymentSplit(count.shares);
    std::string groups[2];
    for (int g = 0; g < 2; ++g) {
        std::vector<const Server*> members;
        for (std::size_t i : split.groups[g]) {
            members.push_back(traffic[i]);
            arithmetic.balancedGroups[g].push_back(traffic[i]->id);
        }
        groups[g] = "{" + joinLabels(members) + "} = " + rateText(split.totals[g]);
    }
    arithmetic.balancedDeployment =
        "largest first, each into the group with less so far: " + groups[0] + " and " + groups[1] +
        "; the smaller group alone carries " + rateText(std::min(split.totals[0], split.totals[1]));
}

CapacityArithmetic capacityArithmeticOf(const Environment& environment,
                                        const EnvironmentCapacity& capacity,
                                        const FrontEndCount& count,
                                        const std::vector<const Server*>& traffic)
{
    CapacityArithmetic arithmetic;
    const std::string kind(toString(environment.appKind));
    arithmetic.perCore = figureText(capacity.perCore) + " req/s per core for " + kind +
                         " apps (assumptions.requestsPerSecondPerCore." + kind +
                         ", from OutSystems' sizing guidance)";
    arithmetic.total = capacityArithmetic(traffic, capacity.perCore);
    arithmetic.nMinus1 = nMinus1Arithmetic(capacity, traffic);
    balancedArithmetic(count, traffic, arithmetic);
    return arithmetic;
}

AvailabilityArithmetic availabilityArithmeticOf(double a, const ServingAvailability& serving)
{
    AvailabilityArithmetic arithmetic;
    const std::string node = availabilityText(a);
    const auto tier = [&](long long n, double value) {
        return "1 − (1 − " + node + ")^" + std::to_string(n) + " = " + availabilityText(value);
    };
    arithmetic.frontEndTier = serving.frontEnds > 0 ? tier(serving.frontEnds, serving.frontEndTier)
                                                    : "no traffic front-end: 0";
    std::string path = "front-ends " + availabilityText(serving.frontEndTier);
    path += serving.loadBalancers > 0
                ? " × load balancers " + availabilityText(serving.loadBalancerTier) + " (" +
                      std::to_string(serving.loadBalancers) + ")"
                : " × no load balancer (1)";
    path += serving.databaseNodes > 0 ? " × database " + availabilityText(serving.databaseTier) +
                                            " (" + std::to_string(serving.databaseNodes) +
                                            (serving.databaseNodes == 1 ? " node)" : " nodes)")
                                      : " × no platform database (0)";
    arithmetic.servingPath = path + " = " + availabilityText(serving.serving);
    return arithmetic;
}

// The points whose failure breaks `environment`, each with only that breakage.
std::vector<SinglePointOfFailure> pointsOf(const std::vector<SinglePointOfFailure>& all,
                                           const std::string& environment)
{
    std::vector<SinglePointOfFailure> points;
    for (const SinglePointOfFailure& point : all)
        for (const Breakage& breakage : point.breaks)
            if (breakage.environment == environment) {
                SinglePointOfFailure mine = point;
                mine.breaks = {breakage};
                points.push_back(std::move(mine));
            }
    // Worst first within the environment, as `simulate --fail each` ranks them.
    std::stable_sort(points.begin(), points.end(),
                     [](const SinglePointOfFailure& a, const SinglePointOfFailure& b) {
                         return a.worst() < b.worst();
                     });
    return points;
}

} // namespace

EnvironmentAnalysis analyzeEnvironment(const Topology& topology, const Environment& environment)
{
    EnvironmentAnalysis analysis;
    analysis.environment = environment.id;
    analysis.name = displayName(environment);
    analysis.purpose = environment.purpose;
    analysis.capacity = CapacityModel(topology).environment(environment);
    const std::vector<const Server*> traffic =
        serversOf(topology, environment.id, isTrafficFrontEnd);
    analysis.frontEnds = frontEndCount(topology, environment, analysis.capacity.perCore, traffic);
    analysis.capacityArithmetic =
        capacityArithmeticOf(environment, analysis.capacity, analysis.frontEnds, traffic);
    analysis.serverAvailability = topology.assumptions.serverAvailability;
    analysis.availability = AvailabilityModel(topology).environment(environment);
    analysis.availabilityArithmetic =
        availabilityArithmeticOf(analysis.serverAvailability, analysis.availability);
    analysis.scaling = environmentScaling(topology, environment);
    analysis.sizing = SizingAdvisor(topology).advise(environment);
    return analysis;
}

std::vector<EnvironmentAnalysis> analyzeEnvironments(const Topology& topology,
                                                     const std::string& environment,
                                                     SinglePoints singlePoints)
{
    std::vector<EnvironmentAnalysis> result;
    for (const Environment& env : topology.environments)
        if (environment.empty() || env.id == environment)
            result.push_back(analyzeEnvironment(topology, env));
    if (singlePoints == SinglePoints::Skip || result.empty())
        return result;
    const std::vector<SinglePointOfFailure> all = simulateEach(topology);
    for (EnvironmentAnalysis& analysis : result) {
        analysis.singlePointsOfFailure = pointsOf(all, analysis.environment);
        analysis.singlePointsKnown = true;
    }
    return result;
}

} // namespace topo
