#pragma once

#include "core/model/Topology.h"

namespace topo {

// The words of domain-rules.md ("active", "FE", "traffic FE", "DC", "scheduler server"),
// shared by the rules and the analysis models so that both count the same servers.
inline bool isFrontEnd(const Server& s)
{
    return !s.standby && s.hasRole(Role::Frontend);
}
inline bool isTrafficFrontEnd(const Server& s)
{
    return isFrontEnd(s) && s.servesTraffic;
}
inline bool isController(const Server& s)
{
    return !s.standby && s.hasRole(Role::DeploymentController);
}
inline bool isSchedulerServer(const Server& s)
{
    return !s.standby && s.hasRole(Role::Scheduler);
}

} // namespace topo
