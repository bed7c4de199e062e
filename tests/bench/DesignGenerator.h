#pragma once

#include "core/model/Topology.h"

namespace topo::bench {

// Builds a realistic design of about `serverCount` platform servers: groups of development,
// non-production, production and LifeTime environments, each with a deployment controller,
// front-ends behind load balancers, a dedicated scheduler, a standby spare, a database
// holding the environment's catalogs, a RabbitMQ cluster, hardware and sites.
Topology generateDesign(int serverCount);

} // namespace topo::bench
