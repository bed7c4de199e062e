#pragma once

#include "core/edit/TopologyPatch.h"

#include <optional>
#include <set>
#include <string>

namespace topo {

// The environments whose analysis (analyzeEnvironment) can read something `patch` changes:
// the environment of each server and load balancer it changes, the environments of each
// database's catalogs, and each environment it changes, as they were before and after.
// A change of an element's position alone feeds no analysis; notes feed none. nullopt when
// every environment may be affected: the design-wide fields (the assumptions among them),
// a site or a message queue changed.
std::optional<std::set<std::string>> affectedEnvironments(const TopologyPatch& patch);

} // namespace topo
