#include "editor/paint/ScalingElements.h"

#include <string_view>
#include <unordered_set>

namespace topo::paint {

ScalingElements::ScalingElements(const Topology& design,
                                 const std::vector<std::string>& environments)
{
    const std::unordered_set<std::string_view> chosen(environments.begin(), environments.end());
    const auto shown = [&](const std::string& environment) {
        return chosen.count(environment) > 0;
    };
    m_shown.sites = design.sites;
    for (const Environment& env : design.environments)
        if (shown(env.id))
            m_shown.environments.push_back(env);
    for (const Server& server : design.servers)
        if (shown(server.environment)) {
            m_servers.emplace(server.id, m_shown.servers.size());
            m_shown.servers.push_back(server);
        }
    // The scaling plan puts an environment's own balancers in front of its clusters.
    for (const LoadBalancer& lb : design.loadBalancers)
        if (shown(lb.environment)) {
            m_balancers.emplace(lb.id, m_shown.loadBalancers.size());
            m_shown.loadBalancers.push_back(lb);
        }
}

const Server* ScalingElements::server(const std::string& id) const
{
    const auto found = m_servers.find(id);
    return found == m_servers.end() ? nullptr : &m_shown.servers[found->second];
}

const LoadBalancer* ScalingElements::balancer(const std::string& id) const
{
    const auto found = m_balancers.find(id);
    return found == m_balancers.end() ? nullptr : &m_shown.loadBalancers[found->second];
}

} // namespace topo::paint
