#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// Where elements moved into another environment go on the canvas.
enum class Placement {
    Keep,      // where they are: a drag has already put them on the new environment's frame
    IntoFrame, // below the new environment's content, its frame grown around them
};

// Moves servers, load balancers and message queues into another environment in one patch:
// the one operation behind both a drag onto an environment's frame and the inspector's
// Environment field, so both leave the same design. Other kinds of element, unknown ids and
// elements already in the environment are left alone; an unknown environment gives an empty
// patch.
//
// A load balancer targets, and a queue runs on, servers of its own environment (rules
// LB-SCOPE and MQ-HOST-ENV), so what a user expects to move along does:
// - a server leaves the zones and the load balancer pools of other environments, stops
//   hosting their queues, and joins the new environment's pools (see joinPools);
// - a load balancer drops its targets in other environments and balances the new
//   environment's traffic front-ends that none of its load balancers targets yet, as a new
//   load balancer there would;
// - a queue whose host server is in another environment runs on its own machines.
// Servers, load balancers and queues moved together keep their pools and hosts.
TopologyPatch moveToEnvironment(const Topology& topology, const std::vector<std::string>& ids,
                                const std::string& environmentId, Placement placement);

// The active traffic front-ends of an environment that none of its load balancers targets.
std::vector<std::string> unbalancedFrontEnds(const Topology& topology,
                                             const std::string& environmentId);

} // namespace topo
