#include "core/analysis/FailoverSimulation.h"

#include "core/analysis/AnalysisSupport.h"
#include "core/analysis/Arithmetic.h"
#include "core/rules/DesignIndex.h"

#include <algorithm>
#include <unordered_set>

namespace topo {

namespace {

bool carries(const EnvironmentStatus& status)
{
    return status.expected <= 0 || status.capacityLeft >= status.expected;
}

} // namespace

std::vector<Capability> lostCapabilities(const EnvironmentStatus& before,
                                         const EnvironmentStatus& now)
{
    std::vector<Capability> lost;
    if (before.serving && !now.serving)
        lost.push_back(Capability::Serving);
    if (before.publishing && !now.publishing)
        lost.push_back(Capability::Publishing);
    if (carries(before) && !carries(now))
        lost.push_back(Capability::Capacity);
    if (before.timers && !now.timers)
        lost.push_back(Capability::Timers);
    if (before.cacheInvalidation && !now.cacheInvalidation)
        lost.push_back(Capability::CacheInvalidation);
    if (before.lifetimeManagement && !now.lifetimeManagement)
        lost.push_back(Capability::Management);
    return lost;
}

struct FailoverSimulation::Members {
    std::vector<std::size_t> servers, balancers, queues; // balancers: the ones with targets
    const Database* database = nullptr; // the first one holding the platform catalog
};

FailoverSimulation::FailoverSimulation(const Topology& topology) : m_topology(topology)
{
    const auto add = [this](const auto& list, FailableKind kind) {
        for (std::size_t i = 0; i < list.size(); ++i)
            m_elements.emplace(list[i].id, std::pair{kind, i});
    };
    add(topology.sites, FailableKind::Site);
    add(topology.servers, FailableKind::Server);
    add(topology.loadBalancers, FailableKind::LoadBalancer);
    add(topology.databases, FailableKind::Database);
    add(topology.messageQueues, FailableKind::Queue);

    // One pass over each list groups the elements by environment (in file order), so that
    // planning stays linear in the size of the design.
    std::unordered_map<std::string_view, std::vector<std::size_t>> environments;
    for (std::size_t i = 0; i < topology.environments.size(); ++i)
        environments[topology.environments[i].id].push_back(i);
    std::vector<Members> members(topology.environments.size());
    const auto forEach = [&](std::string_view environment, const auto& apply) {
        const auto found = environments.find(environment);
        if (found != environments.end())
            for (std::size_t i : found->second)
                apply(members[i]);
    };
    for (std::size_t i = 0; i < topology.servers.size(); ++i)
        forEach(topology.servers[i].environment, [i](Members& m) { m.servers.push_back(i); });
    for (std::size_t i = 0; i < topology.loadBalancers.size(); ++i) {
        const LoadBalancer& lb = topology.loadBalancers[i];
        if (!lb.targets.empty())
            forEach(lb.environment, [i](Members& m) { m.balancers.push_back(i); });
    }
    for (const Database& database : topology.databases) {
        for (const Catalog& catalog : database.catalogs) {
            if (catalog.kind != CatalogKind::Platform)
                continue;
            forEach(catalog.environment, [&database](Members& m) {
                if (!m.database)
                    m.database = &database;
            });
        }
    }
    for (std::size_t i = 0; i < topology.messageQueues.size(); ++i)
        forEach(topology.messageQueues[i].environment, [i](Members& m) { m.queues.push_back(i); });
    for (std::size_t i = 0; i < topology.environments.size(); ++i)
        plan(topology.environments[i], members[i]);
}

std::optional<FailableKind> FailoverSimulation::kindOf(std::string_view id) const
{
    const auto found = m_elements.find(id);
    if (found == m_elements.end())
        return std::nullopt;
    return found->second.first;
}

void FailoverSimulation::plan(const Environment& environment, const Members& elements)
{
    Plan plan;
    plan.environment = &environment;
    plan.perCore = m_topology.assumptions.perCore(environment.appKind);
    plan.populated = !elements.servers.empty();
    for (std::size_t i : elements.servers) {
        const Server& server = m_topology.servers[i];
        if (isTrafficFrontEnd(server))
            plan.traffic.push_back(i);
        if (isController(server))
            plan.controllers.push_back(i);
        if (isSchedulerServer(server))
            plan.schedulers.push_back(i);
        if (server.standby)
            plan.standby.push_back(i);
    }
    const auto serverIndex = [this](const std::string& id) -> std::optional<std::size_t> {
        const auto found = m_elements.find(id);
        if (found == m_elements.end() || found->second.first != FailableKind::Server)
            return std::nullopt;
        return found->second.second;
    };
    // The traffic and scheduler lists are in ascending index order.
    const auto members = [&](const std::vector<std::string>& ids,
                             const std::vector<std::size_t>& among) {
        std::vector<std::size_t> result;
        for (const std::string& id : ids) {
            const std::optional<std::size_t> i = serverIndex(id);
            if (i && std::binary_search(among.begin(), among.end(), *i))
                result.push_back(*i);
        }
        return result;
    };
    for (std::size_t lb : elements.balancers)
        plan.balancers.push_back({lb, members(m_topology.loadBalancers[lb].targets, plan.traffic)});
    if (elements.database)
        plan.database = static_cast<std::size_t>(elements.database - m_topology.databases.data());
    plan.queues = elements.queues;
    for (const Zone& zone : environment.zones) {
        if (zone.hostsApps)
            plan.appZones.push_back({&zone, members(zone.members, plan.traffic),
                                     members(zone.members, plan.schedulers)});
    }
    m_plans.push_back(std::move(plan));
}

bool FailoverSimulation::serves(const Plan& plan, const Down& down,
                                const std::vector<std::size_t>& front) const
{
    const auto live = [&](std::size_t i) { return !down.servers[i]; };
    if (!plan.database || down.databases[*plan.database])
        return false;
    if (std::none_of(front.begin(), front.end(), live))
        return false;
    if (plan.balancers.empty())
        return true;
    return std::any_of(plan.balancers.begin(), plan.balancers.end(), [&](const Balancer& lb) {
        return !down.balancers[lb.index] &&
               std::any_of(lb.trafficTargets.begin(), lb.trafficTargets.end(), [&](std::size_t t) {
                   return live(t) && std::find(front.begin(), front.end(), t) != front.end();
               });
    });
}

double FailoverSimulation::share(const Plan& plan, std::size_t server) const
{
    return m_topology.servers[server].hardware.cpuCores * plan.perCore;
}

bool FailoverSimulation::reachable(const Plan& plan, const Down& down, std::size_t server) const
{
    // A front-end behind load balancers is reached through a live one of them; one that no
    // balancer targets counts as it does in the capacity model (reached directly).
    if (down.servers[server])
        return false;
    bool behindBalancer = false;
    for (const Balancer& lb : plan.balancers) {
        const auto& targets = lb.trafficTargets;
        if (std::find(targets.begin(), targets.end(), server) == targets.end())
            continue;
        if (!down.balancers[lb.index])
            return true;
        behindBalancer = true;
    }
    return !behindBalancer;
}

double FailoverSimulation::reachedCapacity(const Plan& plan, const Down& down,
                                           const std::vector<std::size_t>& front) const
{
    double left = 0;
    for (std::size_t i : front)
        if (reachable(plan, down, i))
            left += share(plan, i);
    return left;
}

EnvironmentStatus FailoverSimulation::status(const Plan& plan, const Down& down,
                                             bool withText) const
{
    EnvironmentStatus status;
    const Environment& environment = *plan.environment;
    status.environment = environment.id;
    status.name = environment.name;
    status.expected = environment.expectedRequestsPerSecond;
    const bool database = plan.database && !down.databases[*plan.database];
    for (std::size_t i : plan.traffic)
        status.capacityTotal += share(plan, i);
    const bool controller = down.anyLive(plan.controllers, down.servers);
    status.publishing = database && controller;
    // "If the server with the Deployment Controller role fails, publishing becomes
    // unavailable. Applications continue to run but cache invalidation mechanisms won't be
    // operational." (OutSystems' failover procedures): whatever machine runs RabbitMQ.
    status.cacheInvalidation = controller && down.anyLive(plan.queues, down.queues);
    if (plan.appZones.empty()) {
        status.serving = serves(plan, down, plan.traffic);
        status.timers = database && down.anyLive(plan.schedulers, down.servers);
    } else {
        status.serving = true;
        status.timers = true;
        for (const ZonePlan& zone : plan.appZones) {
            ZoneStatus zoneStatus{zone.zone->id, zone.zone->name,
                                  serves(plan, down, zone.trafficMembers),
                                  database && down.anyLive(zone.schedulerMembers, down.servers)};
            for (std::size_t i : zone.trafficMembers)
                zoneStatus.capacityTotal += share(plan, i);
            if (zoneStatus.serving)
                zoneStatus.capacityLeft = reachedCapacity(plan, down, zone.trafficMembers);
            status.serving = status.serving && zoneStatus.serving;
            status.timers = status.timers && zoneStatus.timers;
            status.zones.push_back(std::move(zoneStatus));
        }
    }
    // Capacity that cannot reach users is no capacity. With zones, an environment that does
    // not serve every app-hosting zone counts none (the zones show what each one keeps).
    if (status.serving)
        status.capacityLeft = reachedCapacity(plan, down, plan.traffic);
    if (!withText)
        return status;
    if (status.serving) {
        std::vector<const Server*> reached;
        for (std::size_t i : plan.traffic)
            if (reachable(plan, down, i))
                reached.push_back(&m_topology.servers[i]);
        status.capacityArithmetic =
            "live front-ends users reach: " +
            (reached.empty() ? rateText(0) : capacityArithmetic(reached, plan.perCore));
    } else {
        status.capacityArithmetic = "serving stopped: no front-end reaches users, 0 req/s";
    }
    return status;
}

FailoverSimulation::Down FailoverSimulation::nothingDown() const
{
    return Down{std::vector<bool>(m_topology.servers.size()),
                std::vector<bool>(m_topology.loadBalancers.size()),
                std::vector<bool>(m_topology.databases.size()),
                std::vector<bool>(m_topology.messageQueues.size())};
}

FailoverResult FailoverSimulation::simulate(const std::vector<std::string>& failed) const
{
    FailoverResult result;
    Down down = nothingDown();
    std::unordered_set<std::string_view> failedSites;
    for (const std::string& id : failed) {
        if (std::find(result.failed.begin(), result.failed.end(), id) != result.failed.end())
            continue;
        result.failed.push_back(id);
        const auto found = m_elements.find(id);
        if (found == m_elements.end())
            continue;
        const auto [kind, index] = found->second;
        switch (kind) {
        case FailableKind::Site:
            failedSites.insert(m_topology.sites[index].id);
            break;
        case FailableKind::Server:
            down.servers[index] = true;
            break;
        case FailableKind::LoadBalancer:
            down.balancers[index] = true;
            break;
        case FailableKind::Database:
            down.databases[index] = true;
            break;
        case FailableKind::Queue:
            down.queues[index] = true;
            break;
        }
    }
    const auto inFailedSite = [&](const std::string& site) {
        return !site.empty() && failedSites.count(site) > 0;
    };
    for (std::size_t i = 0; i < m_topology.servers.size(); ++i)
        down.servers[i] = down.servers[i] || inFailedSite(m_topology.servers[i].site);
    for (std::size_t i = 0; i < m_topology.loadBalancers.size(); ++i)
        down.balancers[i] = down.balancers[i] || inFailedSite(m_topology.loadBalancers[i].site);
    for (std::size_t i = 0; i < m_topology.databases.size(); ++i)
        down.databases[i] = down.databases[i] || inFailedSite(m_topology.databases[i].site);
    for (std::size_t i = 0; i < m_topology.messageQueues.size(); ++i) {
        const auto host = m_elements.find(m_topology.messageQueues[i].hostServer);
        const bool hostDown = host != m_elements.end() &&
                              host->second.first == FailableKind::Server &&
                              down.servers[host->second.second];
        down.queues[i] = down.queues[i] || hostDown;
    }

    bool lifetimeServes = false;
    bool hasLifetime = false;
    for (const Plan& plan : m_plans) {
        hasLifetime = hasLifetime || plan.environment->purpose == Purpose::Lifetime;
        result.environments.push_back(status(plan, down));
        if (plan.environment->purpose == Purpose::Lifetime)
            lifetimeServes = lifetimeServes || result.environments.back().serving;
    }
    for (std::size_t i = 0; i < m_plans.size(); ++i) {
        EnvironmentStatus& status = result.environments[i];
        const bool isLifetime = m_plans[i].environment->purpose == Purpose::Lifetime;
        // LifeTime manages itself through its own console.
        status.lifetimeManagement = isLifetime ? status.serving : lifetimeServes;
        addNotes(m_plans[i], down, status);
        if (m_plans[i].populated && !status.lifetimeManagement)
            status.notes.push_back(hasLifetime
                                       ? "LifeTime is down: no deployment or monitoring through it."
                                       : "No LifeTime environment manages it.");
    }
    return result;
}

} // namespace topo
