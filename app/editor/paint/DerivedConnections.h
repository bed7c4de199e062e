#pragma once

#include "core/edit/TopologyPatch.h"
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

// Whether deriveConnections can give other lines once `before` became `after`, two values of
// one element: false for a rename, new hardware or a moved card, true for another id,
// environment, front-end role, target list, catalog list or purpose. Lets a view keep the
// lines it has when no change can reach them.
bool changesConnections(const ElementValue& before, const ElementValue& after);

} // namespace topo
