#include "core/flows/NetworkFlows.h"

#include "core/flows/FlowSets.h"

#include <algorithm>
#include <array>

namespace topo {

namespace {

struct KindText {
    std::string_view name;
    std::string_view purpose;
    std::string_view reference;
};

constexpr std::string_view kNetworkPage = "OutSystems 11 network requirements";

// In FlowKind's order.
constexpr std::array<KindText, kFlowKindCount> kKinds{{
    {"app-access", "End users reach the environment's applications", kNetworkPage},
    {"load-balancing", "The load balancer forwards requests to its front-ends", kNetworkPage},
    {"controller", "Front-ends reach the deployment controller service", kNetworkPage},
    {"deployment", "The deployment controller deploys applications to the front-ends",
     kNetworkPage},
    {"monitoring", "Front-ends reach each other's deployment and scheduler services", kNetworkPage},
    {"cache-invalidation", "Platform servers reach the cache-invalidation service (RabbitMQ)",
     kNetworkPage},
    {"rabbitmq-cluster", "RabbitMQ nodes of one cluster reach each other",
     "RabbitMQ Clustering Guide"},
    {"database", "Platform servers reach the environment's databases", kNetworkPage},
    {"telemetry", "Platform servers send telemetry to OutSystems", kNetworkPage},
    {"mobile-build", "Mobile apps are built by the Mobile Apps Build Service",
     "Meeting Mobile Apps Build Service connectivity requirements"},
    {"lifetime", "LifeTime and the environment it manages reach each other over HTTPS",
     kNetworkPage},
    {"development", "Developers publish from Service Studio and Integration Studio", kNetworkPage},
    {"zone-address", "Platform servers reach the deployment zone's address",
     "Deployment zones reference"},
}};

struct ExternalText {
    std::string_view id;
    std::string_view name;
    std::string_view address;
};

// In ExternalEndpoint's order.
constexpr std::array<ExternalText, 4> kExternal{{
    {"users", "End users", ""},
    {"workstations", "Developers' workstations", ""},
    {"outsystems-telemetry", "OutSystems telemetry", "*.outsystems.com, outsystems.com"},
    {"mabs", "Mobile Apps Build Service", "nativebuilder.api.outsystems.com"},
}};

bool sameBlock(const NetworkFlow& a, const NetworkFlow& b)
{
    return a.environment == b.environment && a.kind == b.kind;
}

// Sorts a block of one environment and kind by source, destination and port, and keeps one
// flow of each (a server with two roles is in two products of one kind).
void orderBlock(std::vector<NetworkFlow>& flows, std::size_t begin)
{
    const auto first = flows.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto key = [](const NetworkFlow& f) { return std::tie(f.source, f.destination, f.port); };
    std::sort(first, flows.end(),
              [&key](const NetworkFlow& a, const NetworkFlow& b) { return key(a) < key(b); });
    flows.erase(std::unique(first, flows.end()), flows.end());
}

} // namespace

std::vector<NetworkFlow> networkFlows(const Topology& topology, std::string_view onlyEnvironment)
{
    std::vector<NetworkFlow> flows;
    std::size_t blockBegin = 0;
    for (const FlowSet& set : flowSets(topology, onlyEnvironment)) {
        const NetworkFlow head{set.environment, set.kind, {}, {}, set.port};
        if (blockBegin < flows.size() && !sameBlock(flows[blockBegin], head)) {
            orderBlock(flows, blockBegin);
            blockBegin = flows.size();
        }
        for (const FlowEnd& source : set.sources)
            for (const FlowEnd& destination : set.destinations)
                if (source != destination || source.kind != EndKind::Server)
                    flows.push_back({set.environment, set.kind, source, destination, set.port});
    }
    orderBlock(flows, blockBegin);
    return flows;
}

std::string_view flowKindName(FlowKind kind)
{
    return kKinds[static_cast<std::size_t>(kind)].name;
}

std::string_view flowPurpose(FlowKind kind)
{
    return kKinds[static_cast<std::size_t>(kind)].purpose;
}

std::string_view flowReference(FlowKind kind)
{
    return kKinds[static_cast<std::size_t>(kind)].reference;
}

bool internalPort(int port)
{
    return (port >= 12000 && port <= 12002) || (port >= 12100 && port <= 12102) || port == 5672 ||
           port == 4369 || port == 25672 || port == 1433 || port == 1521;
}

std::string_view protocolName()
{
    return "TCP";
}

FlowEnds::FlowEnds(const Topology& topology) : m_topology(topology)
{
    for (const Environment& e : topology.environments)
        for (const Zone& z : e.zones)
            m_zones.push_back(&z);
}

std::string_view FlowEnds::kindName(EndKind kind)
{
    static constexpr std::array<std::string_view, 6> kNames{
        "server", "loadBalancer", "database", "messageQueue", "zone", "external"};
    return kNames[static_cast<std::size_t>(kind)];
}

std::string_view FlowEnds::id(const FlowEnd& end) const
{
    switch (end.kind) {
    case EndKind::Server:
        return m_topology.servers[end.index].id;
    case EndKind::LoadBalancer:
        return m_topology.loadBalancers[end.index].id;
    case EndKind::Database:
        return m_topology.databases[end.index].id;
    case EndKind::MessageQueue:
        return m_topology.messageQueues[end.index].id;
    case EndKind::Zone:
        return m_zones[end.index]->id;
    case EndKind::External:
        break;
    }
    return kExternal[end.index].id;
}

std::string_view FlowEnds::name(const FlowEnd& end) const
{
    switch (end.kind) {
    case EndKind::Server:
        return m_topology.servers[end.index].name;
    case EndKind::LoadBalancer:
        return m_topology.loadBalancers[end.index].name;
    case EndKind::Database:
        return m_topology.databases[end.index].name;
    case EndKind::MessageQueue:
        return m_topology.messageQueues[end.index].name;
    case EndKind::Zone:
        return m_zones[end.index]->name;
    case EndKind::External:
        break;
    }
    return kExternal[end.index].name;
}

std::string_view FlowEnds::address(const FlowEnd& end) const
{
    switch (end.kind) {
    case EndKind::Server:
        return m_topology.servers[end.index].name;
    case EndKind::Zone:
        return m_zones[end.index]->address;
    case EndKind::External:
        return kExternal[end.index].address;
    default:
        return {};
    }
}

} // namespace topo
