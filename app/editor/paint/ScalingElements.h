#pragma once

#include "core/model/Topology.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace topo::paint {

// The part of a design the scaling picture draws: the environments it shows, their servers
// and load balancers, and every site (a card names its site), each found by id in constant
// time. A picture of one environment of a large design copies that environment alone, and
// drawing a card never searches the whole design.
class ScalingElements {
public:
    ScalingElements() = default;
    ScalingElements(const Topology& design, const std::vector<std::string>& environments);

    // A design holding only the elements above: what the card painters read.
    const Topology& topology() const { return m_shown; }
    const Server* server(const std::string& id) const;
    const LoadBalancer* balancer(const std::string& id) const;

private:
    Topology m_shown;
    std::unordered_map<std::string, std::size_t> m_servers;   // index in m_shown.servers
    std::unordered_map<std::string, std::size_t> m_balancers; // index in m_shown.loadBalancers
};

} // namespace topo::paint
