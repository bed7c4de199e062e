#pragma once

#include "core/model/Topology.h"

#include <string_view>
#include <vector>

namespace topo {

// One point of a chart series: x (a count of servers, cores per server) and y (a capacity in
// requests per second, or an availability between 0 and 1).
struct SeriesPoint {
    double x = 0;
    double y = 0;
    bool operator==(const SeriesPoint&) const = default;
};

// The servers of an environment that satisfy `keep`, in file order.
std::vector<const Server*> serversOf(const Topology& topology, std::string_view environment,
                                     bool (*keep)(const Server&));

// The database holding the environment's platform catalog (the first in file order when a
// design lists it twice), or nullptr when none does.
const Database* platformDatabase(const Topology& topology, std::string_view environment);

// The environment's load balancers that have at least one target, in file order.
std::vector<const LoadBalancer*> balancersWithTargets(const Topology& topology,
                                                      std::string_view environment);

// The most common (cpuCores, ramGb, diskGb) among `servers`; a tie goes to the triple of the
// earliest server (as FE-HW-UNIFORM decides). All zero for no server.
Hardware mostCommonSpec(const std::vector<const Server*>& servers);

// Sum of cpuCores × perCore over `servers`: the capacity of domain-rules.md.
double capacityOf(const std::vector<const Server*>& servers, double perCore);

} // namespace topo
