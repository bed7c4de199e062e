#pragma once

#include "core/analysis/AvailabilityModel.h"
#include "core/analysis/CapacityModel.h"
#include "core/analysis/ScalingPlan.h"
#include "core/analysis/SinglePointsOfFailure.h"
#include "core/analysis/SizingAdvisor.h"
#include "core/model/Topology.h"

#include <array>
#include <string>
#include <vector>

namespace topo {

// The front-ends of an environment, each server counted once however many load balancers
// target it.
struct FrontEndCount {
    int traffic = 0;                // distinct traffic FEs
    int all = 0;                    // distinct FEs, standby and out-of-pool ones included
    std::vector<std::string> ids;   // the traffic FEs, file order
    std::vector<double> shares;     // their req/s (cores × perCore), same order
    std::vector<int> distinctCores; // the core counts among them, ascending
    std::string arithmetic;         // "3 traffic front-ends: P-1, P-2, P-3; ..."
    bool mixedCores() const { return distinctCores.size() > 1; }
};

// How each capacity figure was worked out.
struct CapacityArithmetic {
    std::string perCore;            // "62.5 req/s per core for reactive apps (...)"
    std::string total;              // "3 × 4 cores × 62.5 req/s per core = 750 req/s"
    std::string nMinus1;            // "750 − 250 req/s (P-3, the largest) = 500 req/s"
    std::string balancedDeployment; // the two groups and the smaller one
    std::array<std::vector<std::string>, 2> balancedGroups; // server ids of each group
};

struct AvailabilityArithmetic {
    std::string frontEndTier; // "1 − (1 − 0.995)^3 = 0.999999875"
    std::string servingPath;  // the product of the tiers
};

// Every figure the analysis docks, the HTML report and `topology-cli analyze` show for one
// environment, worked out once from the capacity, availability, scaling, sizing and failover
// models, each with the arithmetic behind it. The docks read this object and nothing else,
// so that a figure cannot differ between them.
struct EnvironmentAnalysis {
    std::string environment; // id
    std::string name;        // the name, or the id when it has none
    Purpose purpose = Purpose::Development;
    FrontEndCount frontEnds;
    EnvironmentCapacity capacity; // total, withoutLargest (N−1), balancedDeployment, expected
    CapacityArithmetic capacityArithmetic;
    double serverAvailability = 0;
    ServingAvailability availability;
    AvailabilityArithmetic availabilityArithmetic;
    EnvironmentScaling scaling;
    SizingAdvice sizing;
    // As `simulate --fail each`, each point with only its breakage of this environment.
    // Left empty (and singlePointsKnown false) when they were not asked for.
    std::vector<SinglePointOfFailure> singlePointsOfFailure;
    bool singlePointsKnown = false;
};

// Whether to run the one-failure-at-a-time search (the costliest part).
enum class SinglePoints { Skip, Find };

EnvironmentAnalysis analyzeEnvironment(const Topology& topology, const Environment& environment);
// Every environment in file order, or only `environment` when it is not "" (empty when no
// environment has that id). The single points of failure are searched once for all of them.
std::vector<EnvironmentAnalysis>
analyzeEnvironments(const Topology& topology, const std::string& environment = {},
                    SinglePoints singlePoints = SinglePoints::Find);

} // namespace topo
