#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// `count` servers of one spec holding `roles`.
struct ServerRecommendation {
    std::string purpose; // e.g. "front-end", "deployment controller"
    std::vector<Role> roles;
    int count = 0;
    int cpuCores = 0;
    double ramGb = 0;
    double diskGb = 0;
    bool operator==(const ServerRecommendation&) const = default;
};

// What an environment should have by OutSystems' sizing figures, and the arithmetic that led
// there, one step per line. Empty `servers` when the figures say nothing for it.
struct SizingAdvice {
    std::string environment;
    std::vector<ServerRecommendation> servers;
    std::vector<std::string> lines;
};

// Sizing advice from the figures of domain-background.md: production front-ends from the
// expected load, development servers from the number of active developers. Pure data: the
// designer shows it and may apply it; the advisor changes nothing.
class SizingAdvisor {
public:
    explicit SizingAdvisor(const Topology& topology) : m_topology(topology) {}

    // Development environments by activeDevelopers, any other by expectedRequestsPerSecond.
    SizingAdvice advise(const Environment& environment) const;
    // Traffic front-ends for expectedRequestsPerSecond (N+1 when haRequired).
    SizingAdvice production(const Environment& environment) const;
    // The development servers for activeDevelopers (the SIZE-DEV tables).
    SizingAdvice development(const Environment& environment) const;

private:
    const Topology& m_topology;
};

} // namespace topo
