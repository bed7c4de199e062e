#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

enum class ConnectionKind {
    LoadBalancing, // load balancer -> target server
    Database,      // front-end -> database holding its environment's platform catalog
    Queue,         // front-end -> its environment's RabbitMQ
    Management     // LifeTime environment -> an environment it manages
};

// A line the designer draws on its own: it follows from the model and is never edited.
struct Connection {
    std::string from;
    std::string to;
    ConnectionKind kind = ConnectionKind::LoadBalancing;
    bool operator==(const Connection&) const = default;
};

// Every derived connection of the design, in drawing order; references to missing elements
// are left out (the validator reports them).
std::vector<Connection> deriveConnections(const Topology& topology);

} // namespace topo
