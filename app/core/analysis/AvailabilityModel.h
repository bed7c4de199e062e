#pragma once

#include "core/analysis/AnalysisSupport.h"
#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// 1 − (1 − a)^n: a tier of n interchangeable nodes, each up with probability a independently,
// is up while one node is. 0 for n ≤ 0.
double tierAvailability(double nodeAvailability, long long nodes);

// The serving path of one environment and the availability of each tier on it.
struct ServingAvailability {
    std::string environment;
    int frontEnds = 0;           // traffic FEs
    int loadBalancers = 0;       // load balancers with targets; 0 = no balancer on the path
    long long databaseNodes = 0; // of the platform catalog's database; 0 = none holds it
    double frontEndTier = 0;
    double loadBalancerTier = 1; // 1 when there is no balancer on the path
    double databaseTier = 0;
    double serving = 0; // the product of the three tiers
};

// The availability model of domain-background.md: every server, load balancer and database
// node is up with probability assumptions.serverAvailability, independently of the others.
// Real failures are correlated (a shared site, network or storage; a bad deployment), so the
// figures are an upper bound for comparing designs, not a prediction.
class AvailabilityModel {
public:
    explicit AvailabilityModel(const Topology& topology) : m_topology(topology) {}

    // Serving needs the traffic FE tier, the load balancer tier (the environment's load
    // balancers with targets, when it has any) and the database holding its platform catalog
    // (a tier of `nodes` when its haMode is not none, else one node).
    ServingAvailability environment(const Environment& environment) const;
    std::vector<ServingAvailability> environments() const;
    // Serving availability with n traffic front-ends, n = 1..maxCount, the rest unchanged.
    std::vector<SeriesPoint> byFrontEndCount(const Environment& environment, int maxCount) const;

    // The model in one sentence, for the charts and reports.
    static std::string modelStatement();

private:
    const Topology& m_topology;
};

} // namespace topo
