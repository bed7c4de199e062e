#pragma once

#include "core/model/Topology.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace topo {

// The network flows of a design (network-flows.md, spec revision 1.2): every TCP connection
// the platform needs between the design's elements, so that an infrastructure team opens
// exactly those ports. One computation for `topology-cli flows`, the Network view and the
// report.

// The kinds, in the order of the specification's table (the order of the output).
enum class FlowKind : std::uint8_t {
    AppAccess,
    LoadBalancing,
    Controller,
    Deployment,
    Monitoring,
    CacheInvalidation,
    RabbitMqCluster,
    Database,
    Telemetry,
    MobileBuild,
    Lifetime,
    Development,
    ZoneAddress
};
inline constexpr std::size_t kFlowKindCount = 13;

// What an end of a flow is, in the order the output sorts ends (servers, load balancers,
// databases, message queues, zones, then the external endpoints).
enum class EndKind : std::uint8_t { Server, LoadBalancer, Database, MessageQueue, Zone, External };

// The external endpoints, in the specification's order (FlowEnd::index of an external end).
enum class ExternalEndpoint : std::uint8_t { Users, Workstations, Telemetry, MobileBuildService };

// One end: an element by its position in its list of the design (zones: in file order over
// the environments), or an external endpoint. Ends compare in file order.
struct FlowEnd {
    EndKind kind = EndKind::Server;
    std::uint32_t index = 0;
    auto operator<=>(const FlowEnd&) const = default;
};

struct NetworkFlow {
    std::uint32_t environment = 0; // position in Topology::environments
    FlowKind kind = FlowKind::AppAccess;
    FlowEnd source;
    FlowEnd destination;
    std::uint16_t port = 0;
    bool operator==(const NetworkFlow&) const = default;
};

// The flows of the design, or of the environment `onlyEnvironment` (an id; "" = all), in the
// specification's order: environments in file order, kinds in table order, then source,
// destination and port. One flow per (environment, kind, source, destination, port).
std::vector<NetworkFlow> networkFlows(const Topology& topology,
                                      std::string_view onlyEnvironment = {});

// The words of the specification for a kind ("app-access"), what it is for, and the title
// of the OutSystems page it comes from.
std::string_view flowKindName(FlowKind kind);
std::string_view flowPurpose(FlowKind kind);
std::string_view flowReference(FlowKind kind);
// True for the ports that must never face the internet (12000–12002, 12100–12102, 5672,
// 4369, 25672, 1433, 1521): the flow is `internal`.
bool internalPort(int port);
std::string_view protocolName(); // "TCP": every flow is TCP

// Reads the ends of one design's flows: kind word, id, name and address.
class FlowEnds {
public:
    explicit FlowEnds(const Topology& topology);

    // "server", "loadBalancer", "database", "messageQueue", "zone" or "external".
    static std::string_view kindName(EndKind kind);
    std::string_view id(const FlowEnd& end) const;
    std::string_view name(const FlowEnd& end) const;
    // A server's name (its host name), a zone's address, an external endpoint's host
    // pattern, else "".
    std::string_view address(const FlowEnd& end) const;
    // The zones of the design in file order (FlowEnd::index of a zone).
    const std::vector<const Zone*>& zones() const { return m_zones; }

private:
    const Topology& m_topology;
    std::vector<const Zone*> m_zones;
};

} // namespace topo
