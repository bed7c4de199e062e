#pragma once

#include "core/analysis/FailoverSimulation.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace topo {

// Fails one element at a time over one FailoverSimulation, as simulateEach does for every
// candidate. An index from each failable element to the environments that depend on it is
// built once; each scenario then marks only that element down in one reused scenario state
// and works out again only those environments (and, when a LifeTime environment stops
// serving, the management of the others). The statuses carry no notes and no arithmetic
// text: the search compares capabilities only. Everything else is as simulate({id}) gives.
class SingleFailureSearch {
public:
    explicit SingleFailureSearch(const FailoverSimulation& simulation);

    // simulate({}), in full.
    const FailoverResult& baseline() const { return m_baseline; }

    // Fails `id` alone (a failable element: FailoverSimulation::kindOf). Afterwards
    // statuses()[i] is environment i's status in that scenario, and changed() lists, in
    // file order, the environments whose status may differ from the baseline.
    void fail(std::string_view id);
    const std::vector<EnvironmentStatus>& statuses() const { return m_current; }
    const std::vector<std::size_t>& changed() const { return m_changed; }

    // The name of a failable element, without a search over the design.
    const std::string& nameOf(std::string_view id) const;

private:
    using Plan = FailoverSimulation::Plan;
    void index();
    void restore();
    void markDown(FailableKind kind, std::size_t index);
    void dependOn(std::vector<std::vector<std::size_t>>& list, std::size_t element,
                  std::size_t plan);

    const FailoverSimulation& m_simulation;
    const Topology& m_topology;
    FailoverResult m_baseline;
    bool m_lifetimeServes = false;
    // Plans (environments) depending on each element, by the element's index.
    std::vector<std::vector<std::size_t>> m_serverPlans, m_balancerPlans, m_databasePlans,
        m_queuePlans;
    std::vector<std::vector<std::size_t>> m_hostedQueues; // by server index
    // The servers, balancers and databases of each site, by site index.
    std::vector<std::vector<std::size_t>> m_siteServers, m_siteBalancers, m_siteDatabases;

    FailoverSimulation::Down m_down;
    std::vector<std::pair<FailableKind, std::size_t>> m_marked; // what m_down has down
    std::vector<std::size_t> m_lifetimePlans;
    std::vector<EnvironmentStatus> m_lean;    // the baseline without notes and text
    std::vector<EnvironmentStatus> m_current; // the last scenario
    std::vector<std::size_t> m_changed;
};

} // namespace topo
