#include "core/analysis/SingleFailureSearch.h"

#include <algorithm>
#include <unordered_map>

namespace topo {

SingleFailureSearch::SingleFailureSearch(const FailoverSimulation& simulation)
    : m_simulation(simulation), m_topology(simulation.topology()),
      m_baseline(simulation.simulate({})), m_down(simulation.nothingDown())
{
    m_lean = m_baseline.environments;
    for (EnvironmentStatus& status : m_lean) {
        status.notes.clear();
        status.capacityArithmetic.clear();
    }
    m_current = m_lean;
    index();
}

void SingleFailureSearch::dependOn(std::vector<std::vector<std::size_t>>& list, std::size_t element,
                                   std::size_t plan)
{
    // Plans are indexed in order, so a repeat can only be the last entry.
    std::vector<std::size_t>& plans = list[element];
    if (plans.empty() || plans.back() != plan)
        plans.push_back(plan);
}

void SingleFailureSearch::index()
{
    const Topology& t = m_topology;
    m_serverPlans.resize(t.servers.size());
    m_balancerPlans.resize(t.loadBalancers.size());
    m_databasePlans.resize(t.databases.size());
    m_queuePlans.resize(t.messageQueues.size());
    m_hostedQueues.resize(t.servers.size());
    const std::vector<Plan>& plans = m_simulation.m_plans;
    for (std::size_t p = 0; p < plans.size(); ++p) {
        const Plan& plan = plans[p];
        for (const auto* servers : {&plan.traffic, &plan.controllers, &plan.schedulers})
            for (std::size_t i : *servers)
                dependOn(m_serverPlans, i, p);
        for (const FailoverSimulation::Balancer& lb : plan.balancers)
            dependOn(m_balancerPlans, lb.index, p);
        if (plan.database)
            dependOn(m_databasePlans, *plan.database, p);
        for (std::size_t i : plan.queues)
            dependOn(m_queuePlans, i, p);
        if (plan.environment->purpose == Purpose::Lifetime) {
            m_lifetimePlans.push_back(p);
            m_lifetimeServes = m_lifetimeServes || m_baseline.environments[p].serving;
        }
    }
    const auto& elements = m_simulation.m_elements;
    for (std::size_t q = 0; q < t.messageQueues.size(); ++q) {
        const auto host = elements.find(t.messageQueues[q].hostServer);
        if (host != elements.end() && host->second.first == FailableKind::Server)
            m_hostedQueues[host->second.second].push_back(q);
    }
    // A failed site fails every element whose site names it (every site of that id).
    std::unordered_map<std::string_view, std::vector<std::size_t>> sites;
    for (std::size_t s = 0; s < t.sites.size(); ++s)
        if (!t.sites[s].id.empty())
            sites[t.sites[s].id].push_back(s);
    m_siteServers.resize(t.sites.size());
    m_siteBalancers.resize(t.sites.size());
    m_siteDatabases.resize(t.sites.size());
    const auto bySite = [&sites](const auto& list, std::vector<std::vector<std::size_t>>& out) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto found = sites.find(list[i].site);
            if (found != sites.end())
                for (std::size_t s : found->second)
                    out[s].push_back(i);
        }
    };
    bySite(t.servers, m_siteServers);
    bySite(t.loadBalancers, m_siteBalancers);
    bySite(t.databases, m_siteDatabases);
}

void SingleFailureSearch::markDown(FailableKind kind, std::size_t index)
{
    m_marked.emplace_back(kind, index);
    switch (kind) {
    case FailableKind::Site:
        for (std::size_t i : m_siteServers[index])
            markDown(FailableKind::Server, i);
        for (std::size_t i : m_siteBalancers[index])
            markDown(FailableKind::LoadBalancer, i);
        for (std::size_t i : m_siteDatabases[index])
            markDown(FailableKind::Database, i);
        break;
    case FailableKind::Server:
        m_down.servers[index] = true;
        // A queue whose host server is down is down.
        for (std::size_t q : m_hostedQueues[index])
            markDown(FailableKind::Queue, q);
        break;
    case FailableKind::LoadBalancer:
        m_down.balancers[index] = true;
        break;
    case FailableKind::Database:
        m_down.databases[index] = true;
        break;
    case FailableKind::Queue:
        m_down.queues[index] = true;
        break;
    }
}

void SingleFailureSearch::restore()
{
    for (const auto& [kind, index] : m_marked) {
        switch (kind) {
        case FailableKind::Site:
            break;
        case FailableKind::Server:
            m_down.servers[index] = false;
            break;
        case FailableKind::LoadBalancer:
            m_down.balancers[index] = false;
            break;
        case FailableKind::Database:
            m_down.databases[index] = false;
            break;
        case FailableKind::Queue:
            m_down.queues[index] = false;
            break;
        }
    }
    m_marked.clear();
    for (std::size_t p : m_changed)
        m_current[p] = m_lean[p];
    m_changed.clear();
}

void SingleFailureSearch::fail(std::string_view id)
{
    restore();
    const auto found = m_simulation.m_elements.find(id);
    if (found == m_simulation.m_elements.end())
        return;
    markDown(found->second.first, found->second.second);

    std::vector<std::size_t> affected;
    for (const auto& [kind, index] : m_marked) {
        const std::vector<std::vector<std::size_t>>* plans = nullptr;
        switch (kind) {
        case FailableKind::Site:
            continue;
        case FailableKind::Server:
            plans = &m_serverPlans;
            break;
        case FailableKind::LoadBalancer:
            plans = &m_balancerPlans;
            break;
        case FailableKind::Database:
            plans = &m_databasePlans;
            break;
        case FailableKind::Queue:
            plans = &m_queuePlans;
            break;
        }
        affected.insert(affected.end(), (*plans)[index].begin(), (*plans)[index].end());
    }
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());

    const std::vector<Plan>& plans = m_simulation.m_plans;
    for (std::size_t p : affected)
        m_current[p] = m_simulation.status(plans[p], m_down, false);
    bool lifetimeServes = false;
    for (std::size_t p : m_lifetimePlans)
        lifetimeServes = lifetimeServes || m_current[p].serving;
    // As simulate: LifeTime manages itself through its own console.
    const auto manage = [&](std::size_t p) {
        const bool isLifetime = plans[p].environment->purpose == Purpose::Lifetime;
        m_current[p].lifetimeManagement = isLifetime ? m_current[p].serving : lifetimeServes;
    };
    for (std::size_t p : affected)
        manage(p);
    if (lifetimeServes == m_lifetimeServes) {
        m_changed = std::move(affected);
        return;
    }
    for (std::size_t p = 0; p < plans.size(); ++p) {
        manage(p);
        m_changed.push_back(p);
    }
}

const std::string& SingleFailureSearch::nameOf(std::string_view id) const
{
    static const std::string none;
    const auto found = m_simulation.m_elements.find(id);
    if (found == m_simulation.m_elements.end())
        return none;
    const std::size_t i = found->second.second;
    switch (found->second.first) {
    case FailableKind::Site:
        return m_topology.sites[i].name;
    case FailableKind::Server:
        return m_topology.servers[i].name;
    case FailableKind::LoadBalancer:
        return m_topology.loadBalancers[i].name;
    case FailableKind::Database:
        return m_topology.databases[i].name;
    case FailableKind::Queue:
        return m_topology.messageQueues[i].name;
    }
    return none;
}

} // namespace topo
