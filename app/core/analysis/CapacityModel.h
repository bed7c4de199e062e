#pragma once

#include "core/analysis/AnalysisSupport.h"
#include "core/model/Topology.h"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace topo {

// Cores and memory that the active servers holding one role add up to (a server with several
// roles counts in each of them).
struct RoleResources {
    int servers = 0;
    long long cpuCores = 0;
    double ramGb = 0;
    bool operator==(const RoleResources&) const = default;
};

// The capacity figures of one environment, in requests per second.
struct EnvironmentCapacity {
    std::string environment;
    double perCore = 0;                        // assumptions.perCore(appKind)
    std::vector<std::string> trafficFrontEnds; // ids, file order
    double total = 0;                          // Σ cpuCores × perCore over the traffic FEs
    double withoutLargest = 0;                 // total minus the largest single FE's share (N−1)
    // The smaller group of the balanced-deployment split (0 with fewer than two traffic FEs):
    // while one group is updated, the other alone must carry the load.
    double balancedDeployment = 0;
    double expected = 0; // expectedRequestsPerSecond; 0 = not stated
    Hardware commonSpec; // the most common traffic FE hardware
    RoleResources frontEnds;
    RoleResources controllers;
    RoleResources schedulers;

    bool hasExpectation() const { return expected > 0; }
    bool carriesExpected() const { return total >= expected; }
    bool carriesExpectedWithOneDown() const { return withoutLargest >= expected; }
};

// The balanced-deployment split of domain-rules.md (CAPACITY-BALANCED): the shares sorted
// largest first (ties keep their order), each put into the group with the smaller total so
// far (ties: the first group).
struct BalancedSplit {
    std::array<std::vector<std::size_t>, 2> groups; // indexes into the shares, in split order
    std::array<double, 2> totals{};
};
BalancedSplit balancedDeploymentSplit(const std::vector<double>& shares);
// The smaller group's total; 0 with fewer than two shares.
double balancedDeploymentCapacity(const std::vector<double>& shares);

// Capacity of each environment by the sizing figures of domain-background.md: how much load
// its traffic front-ends carry, with one of them down, and how that grows when front-ends are
// added (scale out) or get more cores (scale up). Reads the design; changes nothing.
class CapacityModel {
public:
    explicit CapacityModel(const Topology& topology) : m_topology(topology) {}

    EnvironmentCapacity environment(const Environment& environment) const;
    std::vector<EnvironmentCapacity> environments() const;

    // Capacity with n traffic front-ends, n = 1..maxCount: the current ones, fewer by taking
    // the largest out first (so n = N − 1 is the N−1 figure), more by adding nodes of the most
    // common spec. With identical front-ends, n × one front-end's share.
    std::vector<SeriesPoint> byFrontEndCount(const Environment& environment, int maxCount) const;
    // Capacity with the current number of traffic front-ends (at least one), each having
    // the given number of cores.
    std::vector<SeriesPoint> byCoresPerFrontEnd(const Environment& environment,
                                                const std::vector<int>& coreCounts) const;

private:
    const Topology& m_topology;
};

} // namespace topo
