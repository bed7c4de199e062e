#pragma once

#include "core/model/Topology.h"

#include <optional>
#include <string>
#include <vector>

namespace topo {

// One server as the scaling picture shows it.
struct ScalingNode {
    std::string server; // id
    std::string name;   // the server's name, or its id when it has none
    std::vector<Role> roles;
    Hardware hardware;
    bool servesTraffic = true;
    bool standby = false;
    bool differs = false; // its spec is not its cluster's
    bool operator==(const ScalingNode&) const = default;
};

// The front-ends behind one load balancer, or those behind none (balancer ""): they scale out
// by adding one more node of the cluster's spec.
struct ScalingCluster {
    std::string balancer;     // id, "" = not behind a load balancer
    std::string balancerName; // its name, or its id when it has none
    std::vector<ScalingNode> nodes;
    Hardware spec;         // the most common spec of its traffic nodes: the next node's
    bool growable = false; // it has a traffic node, so a next node adds capacity
    double capacity = 0;   // req/s of its traffic nodes
    double capacityWithNext = 0;
    int trafficNodes = 0;
    std::string arithmetic; // how capacity and capacityWithNext are worked out
    // The balancer of an earlier cluster with some of the same servers ("" = none): the
    // environment counts those servers, and their capacity, once.
    std::string sharedWith;
    bool operator==(const ScalingCluster&) const = default;
};

// The deployment controller, which only scales up, against the sizing guidance.
struct ControllerScaling {
    std::optional<ScalingNode> server; // the first controller in file order
    int count = 0;                     // servers holding the role (one is expected)
    Hardware guidance;
    std::string guidanceSource; // where the guidance comes from, e.g. "SIZE-DEV, 10 developers"
    Hardware nextSize;          // the next size up from the server's
    bool operator==(const ControllerScaling&) const = default;
};

// Which kind of node runs timers.
enum class TimerHost { FrontEnd, Controller, Dedicated };

struct TimerNode {
    std::string server;
    std::string name;
    TimerHost host = TimerHost::FrontEnd;
    bool operator==(const TimerNode&) const = default;
};

// The scheduler nodes of one deployment zone: timers are spread over them only.
struct ZoneTimers {
    std::string zone; // id, "" for an environment without zones (all its servers)
    std::string name;
    bool hostsApps = true;
    std::vector<TimerNode> nodes;
    bool operator==(const ZoneTimers&) const = default;
};

// How one environment scales, role by role, read from the design.
struct EnvironmentScaling {
    std::string environment;
    std::string name;
    Purpose purpose = Purpose::Development;
    double perCore = 0;  // req/s per core for the environment's kind of apps
    double expected = 0; // expectedRequestsPerSecond; 0 = not stated
    std::vector<ScalingCluster> frontEnds;
    ControllerScaling controller;
    std::vector<ZoneTimers> timers;

    // The distinct front-end servers of the clusters (standby and out-of-pool ones included):
    // a server behind several load balancers counts once.
    int frontEndCount() const;
};

// The scaling plan of one environment, or of every environment in file order.
EnvironmentScaling environmentScaling(const Topology& topology, const Environment& environment);
std::vector<EnvironmentScaling> scalingPlan(const Topology& topology);

// The controller's sizing guidance: the SIZE-DEV target of a development environment with
// five or more active developers, otherwise the minimum for any platform server.
Hardware controllerGuidance(const Topology& topology, const Environment& environment,
                            std::string* source = nullptr);

// The next size up: the guidance where the server falls short of it (or does not say),
// otherwise the next step of cores and RAM with the same disk.
Hardware nextSizeUp(const Hardware& current, const Hardware& guidance);

// Whether two servers have the same (cores, RAM, disk).
bool sameSpec(const Hardware& a, const Hardware& b);

} // namespace topo
