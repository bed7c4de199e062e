#include "core/flows/FlowSets.h"

#include "core/rules/PlatformSoftware.h"
#include "core/rules/RabbitMqVersions.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <unordered_map>

namespace topo {

namespace {

using Ends = std::vector<FlowEnd>;

FlowEnd endAt(EndKind kind, std::size_t index)
{
    return {kind, static_cast<std::uint32_t>(index)};
}

FlowEnd external(ExternalEndpoint endpoint)
{
    return {EndKind::External, static_cast<std::uint32_t>(endpoint)};
}

// The elements of one environment that its flows connect, each list in file order.
struct EnvironmentEnds {
    Ends frontEnds;   // FE(e): standby ones included
    Ends controllers; // DC(e)
    Ends platform;    // PLAT(e) = FE(e) ∪ DC(e)
    Ends entry;       // entry(e)
    Ends databases;   // those holding a catalog of the environment
    Ends queues;
    Ends addressedZones; // zones with an address
    bool populated = false;
};

// What the flows need to know of the design, gathered in one pass.
class FlowIndex {
public:
    explicit FlowIndex(const Topology& topology) : m_topology(topology)
    {
        m_ends.resize(topology.environments.size());
        for (std::size_t i = 0; i < topology.environments.size(); ++i)
            m_environment.emplace(topology.environments[i].id, i);
        for (std::size_t i = 0; i < topology.servers.size(); ++i)
            m_server.emplace(topology.servers[i].id, i);
        addServers();
        addLoadBalancers();
        addStores();
        std::size_t zone = 0;
        for (std::size_t e = 0; e < topology.environments.size(); ++e)
            for (const Zone& z : topology.environments[e].zones) {
                if (!z.address.empty())
                    m_ends[e].addressedZones.push_back(endAt(EndKind::Zone, zone));
                m_zones.push_back(&z);
                ++zone;
            }
    }

    const Topology& topology() const { return m_topology; }
    const Zone& zone(const FlowEnd& end) const { return *m_zones[end.index]; }
    const EnvironmentEnds& ends(std::size_t environment) const { return m_ends[environment]; }
    std::optional<std::size_t> environmentOf(std::string_view id) const
    {
        const auto it = m_environment.find(id);
        return it == m_environment.end() ? std::nullopt : std::optional(it->second);
    }
    std::optional<FlowEnd> serverOf(std::string_view id) const
    {
        const auto it = m_server.find(id);
        return it == m_server.end() ? std::nullopt
                                    : std::optional(endAt(EndKind::Server, it->second));
    }
    std::string_view platformVersion(const FlowEnd& server) const
    {
        const Server& s = m_topology.servers[server.index];
        const std::optional<std::size_t> e = environmentOf(s.environment);
        return platformVersionOf(s, e ? &m_topology.environments[*e] : nullptr);
    }

private:
    EnvironmentEnds* endsOf(std::string_view environmentId)
    {
        const std::optional<std::size_t> e = environmentOf(environmentId);
        return e ? &m_ends[*e] : nullptr;
    }

    void addServers()
    {
        for (std::size_t i = 0; i < m_topology.servers.size(); ++i) {
            const Server& s = m_topology.servers[i];
            EnvironmentEnds* ends = endsOf(s.environment);
            if (!ends)
                continue;
            ends->populated = true;
            const bool frontEnd = s.hasRole(Role::Frontend);
            const bool controller = s.hasRole(Role::DeploymentController);
            if (frontEnd)
                ends->frontEnds.push_back(endAt(EndKind::Server, i));
            if (controller)
                ends->controllers.push_back(endAt(EndKind::Server, i));
            if (frontEnd || controller)
                ends->platform.push_back(endAt(EndKind::Server, i));
        }
    }

    void addLoadBalancers()
    {
        for (std::size_t i = 0; i < m_topology.loadBalancers.size(); ++i) {
            const LoadBalancer& lb = m_topology.loadBalancers[i];
            EnvironmentEnds* ends = endsOf(lb.environment);
            if (ends && !lb.targets.empty())
                ends->entry.push_back(endAt(EndKind::LoadBalancer, i));
        }
        // Without a load balancer with targets, the front-ends serving traffic are the entry.
        for (EnvironmentEnds& ends : m_ends)
            if (ends.entry.empty())
                for (const FlowEnd& s : ends.frontEnds)
                    if (m_topology.servers[s.index].servesTraffic)
                        ends.entry.push_back(s);
    }

    void addStores()
    {
        const auto& databases = m_topology.databases;
        for (std::size_t i = 0; i < databases.size(); ++i)
            for (const Catalog& c : databases[i].catalogs) {
                EnvironmentEnds* ends = endsOf(c.environment);
                const FlowEnd end = endAt(EndKind::Database, i);
                if (ends && (ends->databases.empty() || ends->databases.back() != end))
                    ends->databases.push_back(end);
            }
        for (std::size_t i = 0; i < m_topology.messageQueues.size(); ++i)
            if (EnvironmentEnds* ends = endsOf(m_topology.messageQueues[i].environment))
                ends->queues.push_back(endAt(EndKind::MessageQueue, i));
    }

    const Topology& m_topology;
    std::unordered_map<std::string_view, std::size_t> m_environment;
    std::unordered_map<std::string_view, std::size_t> m_server;
    std::vector<EnvironmentEnds> m_ends;
    std::vector<const Zone*> m_zones; // in file order: FlowEnd::index of a zone
};

// The products of one environment, kind by kind in table order.
class EnvironmentFlows {
public:
    EnvironmentFlows(const FlowIndex& index, std::size_t environment, std::vector<FlowSet>& out)
        : m_index(index), m_environmentIndex(environment),
          m_environment(index.topology().environments[environment]),
          m_ends(index.ends(environment)), m_out(out)
    {
    }

    void build()
    {
        const bool lifetime = m_environment.purpose == Purpose::Lifetime;
        if (!lifetime)
            add(FlowKind::AppAccess, {80, 443}, "End users", {external(ExternalEndpoint::Users)},
                entryGroup(m_environmentIndex), m_ends.entry);
        loadBalancing();
        add(FlowKind::Controller, {12000}, group("front-ends"), m_ends.frontEnds,
            group("deployment controllers"), m_ends.controllers);
        add(FlowKind::Controller, {12100}, group("front-ends"), m_ends.frontEnds,
            group("deployment controllers"), atLeast(m_ends.controllers, "11.25.0"));
        toFrontEnds(FlowKind::Deployment, group("deployment controllers"), m_ends.controllers);
        toFrontEnds(FlowKind::Monitoring, group("front-ends"), m_ends.frontEnds);
        cacheInvalidation();
        for (const FlowEnd& q : m_ends.queues) {
            const MessageQueue& queue = topology().messageQueues[q.index];
            if (queue.nodes > 1 && queue.hostServer.empty())
                add(FlowKind::RabbitMqCluster, {4369, 25672}, queue.name, {q}, queue.name, {q});
        }
        for (const FlowEnd& d : m_ends.databases) {
            const Database& db = topology().databases[d.index];
            const std::uint16_t port = db.engine == DbEngine::Oracle ? 1521 : 1433;
            add(FlowKind::Database, {port}, group("platform servers"), m_ends.platform, db.name,
                {d});
        }
        add(FlowKind::Telemetry, {443}, group("platform servers"), m_ends.platform,
            "OutSystems telemetry", {external(ExternalEndpoint::Telemetry)});
        if (!lifetime) {
            mobileBuild();
            lifetimeRegistration();
            add(FlowKind::Development, {443}, "Developers' workstations",
                {external(ExternalEndpoint::Workstations)}, entryGroup(m_environmentIndex),
                m_ends.entry);
        }
        for (const FlowEnd& z : m_ends.addressedZones)
            add(FlowKind::ZoneAddress, {80, 443}, group("platform servers"), m_ends.platform,
                m_index.zone(z).name, {z});
    }

private:
    const Topology& topology() const { return m_index.topology(); }

    std::string group(std::string_view words, const Environment* environment = nullptr) const
    {
        return (environment ? environment->name : m_environment.name) + " " + std::string(words);
    }

    std::string entryGroup(std::size_t environment) const
    {
        const Environment& e = topology().environments[environment];
        const Ends& entry = m_index.ends(environment).entry;
        return entry.empty() || entry.front().kind == EndKind::LoadBalancer
                   ? group("load balancers", &e)
                   : group("front-ends serving traffic", &e);
    }

    Ends atLeast(const Ends& servers, std::string_view minimum) const
    {
        Ends recent;
        for (const FlowEnd& s : servers)
            if (platformAtLeast(m_index.platformVersion(s), minimum))
                recent.push_back(s);
        return recent;
    }

    void add(FlowKind kind, std::initializer_list<std::uint16_t> ports,
             const std::string& sourceGroup, const Ends& sources,
             const std::string& destinationGroup, const Ends& destinations)
    {
        if (sources.empty() || destinations.empty())
            return;
        for (std::uint16_t port : ports)
            m_out.push_back({static_cast<std::uint32_t>(m_environmentIndex), kind, port,
                             sourceGroup, sources, destinationGroup, destinations});
    }

    // deployment and monitoring: 80, 12001 and 12002 to every front-end; 12101 and 12102 to
    // the front-ends of a version that listens on them.
    void toFrontEnds(FlowKind kind, const std::string& sourceGroup, const Ends& sources)
    {
        const std::string frontEnds = group("front-ends");
        add(kind, {80, 12001, 12002}, sourceGroup, sources, frontEnds, m_ends.frontEnds);
        add(kind, {12101}, sourceGroup, sources, frontEnds, atLeast(m_ends.frontEnds, "11.24.0"));
        add(kind, {12102}, sourceGroup, sources, frontEnds, atLeast(m_ends.frontEnds, "11.21.0"));
    }

    void loadBalancing()
    {
        const auto& balancers = topology().loadBalancers;
        for (std::size_t i = 0; i < balancers.size(); ++i) {
            const LoadBalancer& lb = balancers[i];
            if (lb.environment != m_environment.id)
                continue;
            Ends targets;
            for (const std::string& id : lb.targets)
                if (const std::optional<FlowEnd> s = m_index.serverOf(id))
                    targets.push_back(*s);
            std::sort(targets.begin(), targets.end());
            targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
            add(FlowKind::LoadBalancing, {80, 443}, lb.name, {endAt(EndKind::LoadBalancer, i)},
                "targets of " + lb.name, targets);
        }
    }

    // To each queue, or to the server it runs on.
    void cacheInvalidation()
    {
        for (const FlowEnd& q : m_ends.queues) {
            const MessageQueue& queue = topology().messageQueues[q.index];
            const std::optional<FlowEnd> host =
                queue.hostServer.empty() ? std::nullopt : m_index.serverOf(queue.hostServer);
            const std::string destination =
                host ? queue.name + " on " + topology().servers[host->index].name : queue.name;
            add(FlowKind::CacheInvalidation, {5672}, group("platform servers"), m_ends.platform,
                destination, {host ? *host : q});
        }
    }

    // Every front-end; the controllers that are not front-ends too from 11.26.0.
    void mobileBuild()
    {
        const Ends mabs{external(ExternalEndpoint::MobileBuildService)};
        add(FlowKind::MobileBuild, {443}, group("front-ends"), m_ends.frontEnds,
            "Mobile Apps Build Service", mabs);
        Ends controllers;
        for (const FlowEnd& d : atLeast(m_ends.controllers, "11.26.0"))
            if (!topology().servers[d.index].hasRole(Role::Frontend))
                controllers.push_back(d);
        add(FlowKind::MobileBuild, {443}, group("deployment controllers"), controllers,
            "Mobile Apps Build Service", mabs);
    }

    // Both ways over HTTPS between each LifeTime environment and this one.
    void lifetimeRegistration()
    {
        const auto& environments = topology().environments;
        for (std::size_t l = 0; l < environments.size(); ++l) {
            const Environment& lifetime = environments[l];
            const EnvironmentEnds& ends = m_index.ends(l);
            if (lifetime.purpose != Purpose::Lifetime || !ends.populated)
                continue;
            add(FlowKind::Lifetime, {443}, group("front-ends", &lifetime), ends.frontEnds,
                entryGroup(m_environmentIndex), m_ends.entry);
            add(FlowKind::Lifetime, {443}, group("front-ends"), m_ends.frontEnds, entryGroup(l),
                ends.entry);
        }
    }

    const FlowIndex& m_index;
    std::size_t m_environmentIndex;
    const Environment& m_environment;
    const EnvironmentEnds& m_ends;
    std::vector<FlowSet>& m_out;
};

} // namespace

bool platformAtLeast(std::string_view version, std::string_view minimum)
{
    return !versionBelow(version, minimum);
}

std::vector<FlowSet> flowSets(const Topology& topology, std::string_view onlyEnvironment)
{
    const FlowIndex index(topology);
    std::vector<FlowSet> sets;
    for (std::size_t e = 0; e < topology.environments.size(); ++e)
        if (index.ends(e).populated &&
            (onlyEnvironment.empty() || topology.environments[e].id == onlyEnvironment))
            EnvironmentFlows(index, e, sets).build();
    return sets;
}

} // namespace topo
